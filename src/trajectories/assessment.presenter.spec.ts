import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessmentResults, isMomentOpen, momentOfSlug, ScoreRow } from './assessment.presenter';

const phases = [
  { position: 0, opensAssessment: null },
  { position: 1, opensAssessment: 'start' as const },
  { position: 2, opensAssessment: null },
  { position: 5, opensAssessment: 'end' as const },
  { position: 6, opensAssessment: null },
];

describe('isMomentOpen', () => {
  it('opens a moment from its phase on, while the trajectory is active', () => {
    const active = { status: 'active' as const };
    assert.equal(isMomentOpen(active, phases[0], phases, 'start'), false);
    assert.equal(isMomentOpen(active, phases[1], phases, 'start'), true);
    assert.equal(isMomentOpen(active, phases[2], phases, 'start'), true);
    assert.equal(isMomentOpen(active, phases[2], phases, 'end'), false);
    assert.equal(isMomentOpen(active, phases[3], phases, 'end'), true);
    assert.equal(isMomentOpen({ status: 'completed' }, phases[4], phases, 'end'), false);
    assert.equal(isMomentOpen(active, phases[3], [], 'end'), false, 'no phase opens it');
  });
  it('reads the URL word of a moment', () => {
    assert.equal(momentOfSlug('start'), 'start');
    assert.equal(momentOfSlug('eind'), 'end');
    assert.equal(momentOfSlug('end'), null);
  });
});

describe('assessmentResults', () => {
  const row = (
    assessmentId: number,
    moment: 'start' | 'end',
    score: number,
    side: 'school' | 'youth_work',
    comment = '',
  ): ScoreRow => ({
    assessmentId,
    moment,
    factor: 'partnership',
    score,
    comment,
    organisationKind: side,
    organisationName: side === 'school' ? 'Testcollege' : 'Jongerenwerk',
  });
  it('gives means with respondents per moment and side, start and end side by side', () => {
    const results = assessmentResults(
      [
        row(1, 'start', 2, 'school', 'Nog onwennig'),
        row(2, 'start', 3, 'youth_work'),
        row(3, 'start', 4, 'youth_work'),
        row(4, 'end', 5, 'school'),
      ],
      'nl',
    );
    assert.deepEqual(results.respondents, { start: 3, end: 1 });
    const partnership = results.factors.find((f) => f.factor === 'partnership')!;
    assert.deepEqual(
      partnership.cells.map((c) => [c.mean, c.n]),
      [
        ['3,0', 3],
        ['2,0', 1],
        ['3,5', 2],
        ['5,0', 1],
        ['5,0', 1],
        ['', 0],
      ],
    );
    const other = results.factors.find((f) => f.factor === 'embedding')!;
    assert.ok(other.cells.every((c) => c.n === 0));
    assert.deepEqual(results.comments, [
      {
        moment: 'start',
        label: 'trajectories.assessment.moment.start',
        factors: [
          {
            name: 'trajectories.factor.partnership',
            comments: [{ organisation: 'Testcollege', text: 'Nog onwennig' }],
          },
        ],
      },
    ]);
    assert.equal(assessmentResults([], 'en').hasResults, false);
  });
});
