import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvaluationInvitation } from './evaluation-invitation.entity';
import { myEvaluationsSection } from './my-evaluations.presenter';

describe('the /mijn questionnaires section', () => {
  it('lists each open invitation with its link, moment, edition, closing date and whether started', () => {
    const section = myEvaluationsSection(
      [
        {
          invitation: {
            id: 3,
            moment: 'post',
            draft: '{"1":4}',
            closesAt: new Date('2026-04-28T10:30:00Z'),
          } as EvaluationInvitation,
          questionnaireTitle: 'Zelfvertrouwen',
          offeringTitle: 'OMEI',
          editionTitle: 'Utrecht, groep 1',
        },
        {
          invitation: {
            id: 4,
            moment: 'evaluation',
            draft: null,
            closesAt: null,
          } as EvaluationInvitation,
          questionnaireTitle: 'Hoe was het?',
          offeringTitle: 'OMEI',
          editionTitle: 'Utrecht, groep 1',
        },
      ],
      'nl',
    );
    assert.deepEqual(section.rows, [
      {
        href: '/mijn/vragenlijsten/3',
        title: 'Zelfvertrouwen',
        edition: 'OMEI — Utrecht, groep 1',
        momentLabel: 'evaluations.moment.post',
        started: true,
        closes: '28 april 2026',
      },
      {
        href: '/mijn/vragenlijsten/4',
        title: 'Hoe was het?',
        edition: 'OMEI — Utrecht, groep 1',
        momentLabel: 'evaluations.moment.evaluation',
        started: false,
        closes: null,
      },
    ]);
    assert.deepEqual(myEvaluationsSection([], 'nl').rows, []);
  });
});
