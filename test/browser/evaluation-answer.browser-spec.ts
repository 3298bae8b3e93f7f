import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EvaluationAnswer } from '../../src/evaluations/evaluation-answer.entity';
import { EvaluationInvitation } from '../../src/evaluations/evaluation-invitation.entity';
import { EvaluationResponse } from '../../src/evaluations/evaluation-response.entity';
import { InvitationService } from '../../src/evaluations/invitation.service';
import type { QuestionnaireItem } from '../../src/evaluations/questionnaire-item.entity';
import { createEdition, createEnrolment, daysFromNow } from '../utils/enrolment-fixtures';
import { createQuestionnaire } from '../utils/evaluation-fixtures';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import { byId, byText, pressAndWaitForNavigation, tabTo } from './support/keyboard';
import type { BrowserSession } from './support/session';

/**
 * /mijn with an open questionnaire, the answer page (a scale section and every item type, also
 * with errors) and the thank-you page pass axe; a participant answers by keyboard only.
 */
describe('answering a questionnaire in the browser', () => {
  let h: BrowserHarness;
  let p: BrowserSession;
  let items: QuestionnaireItem[];
  let path = '';

  before(async () => {
    h = await startHarness();
    const ds = h.testApp.dataSource;
    const { edition, offering } = await createEdition(ds, {
      meetings: [[daysFromNow(7), '09:30', '12:30']],
    });
    ({ items } = await createQuestionnaire(ds, {
      title: 'Zelfvertrouwen in het gesprek',
      kind: 'prepost',
      offeringId: offering.id,
      sections: [{ title: 'Het gesprek aangaan', isScale: true }],
      items: [
        { type: 'likert', text: 'Ik durf het gesprek aan te gaan', section: 0 },
        { type: 'likert', text: 'Ik weet wat ik kan zeggen', section: 0 },
        { type: 'single', text: 'Hebt u eerder zo’n training gevolgd?', options: ['Ja', 'Nee'] },
        { type: 'multiple', text: 'Waar zoekt u hulp?', options: ['Collega', 'Steunpunt'] },
        { type: 'open', text: 'Wat wilt u leren?' },
      ],
    }));
    const user = await createUser(ds, { name: 'Anna de Vries' });
    const enrolment = await createEnrolment(ds, edition.id, user.id);
    await h.testApp.app.get(InvitationService).invite(new Date());
    const invitation = await ds
      .getRepository(EvaluationInvitation)
      .findOneByOrFail({ enrolmentId: enrolment.id, moment: 'pre' });
    path = `/mijn/vragenlijsten/${invitation.id}`;
    p = await h.newSession();
    await p.signIn(user.email, TEST_PASSWORD, '/mijn');
  });
  after(() => h?.close());

  it('/mijn lists the open questionnaire; the answer page passes axe, also with errors', async () => {
    await p.visit('/mijn', { status: 200 });
    await p.page.getByRole('link', { name: 'Zelfvertrouwen in het gesprek' }).click();
    await p.check('the answer page', { status: 200 });
    p.assertPath(path);
    assert.equal(await p.heading(), 'Zelfvertrouwen in het gesprek');

    await p.page
      .getByRole('group', { name: /Ik weet wat ik kan zeggen/ })
      .getByLabel('5 – Helemaal eens')
      .check();
    await Promise.all([
      p.page.waitForEvent('load'),
      p.page.getByRole('button', { name: 'Versturen', exact: true }).click(),
    ]);
    await p.check('the answer page with errors', { status: 422 });
    assert.match(
      await p.text('.jep-error-summary'),
      /Ik durf het gesprek aan te gaan.*Kies een antwoord/,
    );
    assert.equal(
      await p.page.locator(`#field-item-${items[1].id}-5`).isChecked(),
      true,
      'the answer is kept',
    );
  });

  it('a participant answers by keyboard and sees the thank-you page', async () => {
    await p.visit(path, { status: 200 });
    // Items outside any section come first, then the scale; arrow keys move within a group.
    await tabTo(p.page, byId(`field-item-${items[2].id}-0`), 'the single choice', { max: 60 });
    await p.page.keyboard.press('Space');
    await tabTo(p.page, byId(`field-item-${items[3].id}-1`), 'the second checkbox', { max: 5 });
    await p.page.keyboard.press('Space');
    await tabTo(p.page, byId(`field-item-${items[4].id}`), 'the open question', { max: 5 });
    await p.page.keyboard.type('Hoe ik het gesprek begin.');
    await tabTo(p.page, byId(`field-item-${items[0].id}-1`), 'the first Likert item', { max: 5 });
    await p.page.keyboard.press('ArrowRight');
    await p.page.keyboard.press('ArrowRight');
    await p.page.keyboard.press('ArrowRight');
    await tabTo(p.page, byId(`field-item-${items[1].id}-1`), 'the second Likert item', { max: 5 });
    await p.page.keyboard.press('Space');
    await tabTo(p.page, byText('Versturen', 'button'), 'the send button', { max: 5 });
    await pressAndWaitForNavigation(p.page, 'Enter');
    await p.check('the thank-you page', { status: 200 });
    p.assertPath(`${path}/bedankt`);
    assert.equal(await p.heading(), 'Bedankt voor het invullen');
    const [response] = await h.testApp.dataSource.getRepository(EvaluationResponse).find();
    assert.ok(response, 'one response stored');
    const answers = await h.testApp.dataSource
      .getRepository(EvaluationAnswer)
      .find({ where: { responseId: response.id }, order: { itemId: 'ASC' } });
    assert.deepEqual(
      answers.map((a) => [a.itemId, a.valueNumber ?? a.valueText]),
      [
        [items[0].id, 4],
        [items[1].id, 1],
        [items[2].id, 0],
        [items[3].id, 1],
        [items[4].id, 'Hoe ik het gesprek begin.'],
      ],
    );
  });
});
