import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { User } from '../../src/accounts/user.entity';
import { EvaluationAnswer } from '../../src/evaluations/evaluation-answer.entity';
import { EvaluationInvitation } from '../../src/evaluations/evaluation-invitation.entity';
import { EvaluationResponse } from '../../src/evaluations/evaluation-response.entity';
import { InvitationService } from '../../src/evaluations/invitation.service';
import { pairKey } from '../../src/evaluations/pair-key';
import { QuestionnaireItem } from '../../src/evaluations/questionnaire-item.entity';
import { Questionnaire } from '../../src/evaluations/questionnaire.entity';
import { createEdition, createEnrolment, daysFromNow } from '../utils/enrolment-fixtures';
import { createQuestionnaire } from '../utils/evaluation-fixtures';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf, WebClient } from '../utils/web-client';

const DAY = 86_400_000;

describe('evaluations: answering a questionnaire (save and finish later, once, anonymously)', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  const invitations = () => t.dataSource.getRepository(EvaluationInvitation);
  const responses = () => t.dataSource.getRepository(EvaluationResponse);

  interface Setup {
    editionId: number;
    offeringId: number;
    prepost: Questionnaire;
    items: QuestionnaireItem[];
    evaluationItems: QuestionnaireItem[];
    user: User;
    enrolmentId: number;
    client: WebClient;
    invitation: (moment: string) => Promise<EvaluationInvitation>;
  }

  /** An edition starting in 5 days with both questionnaires; one participant, signed in, invited. */
  async function setUp(): Promise<Setup> {
    const { edition, offering } = await createEdition(t.dataSource, {
      meetings: [
        [daysFromNow(5), '09:30', '12:30'],
        [daysFromNow(6), '09:30', '12:30'],
      ],
    });
    const { questionnaire: prepost, items } = await createQuestionnaire(t.dataSource, {
      title: 'Zelfvertrouwen in het gesprek',
      kind: 'prepost',
      offeringId: offering.id,
      sections: [{ title: 'Het gesprek aangaan', isScale: true }],
      items: [
        { type: 'likert', text: 'Ik durf het gesprek aan te gaan', section: 0 },
        { type: 'likert', text: 'Ik weet wat ik kan zeggen', section: 0, scalePoints: 7 },
        { type: 'single', text: 'Hebt u eerder zo’n training gevolgd?', options: ['Ja', 'Nee'] },
        {
          type: 'multiple',
          text: 'Waar zoekt u hulp?',
          options: ['Collega', 'Leidinggevende', 'Steunpunt'],
        },
        { type: 'open', text: 'Wat wilt u leren?' },
      ],
    });
    await t.dataSource
      .getRepository(Questionnaire)
      .update(prepost.id, { intro: 'Dank dat u meedoet aan dit onderzoek.' });
    const { items: evaluationItems } = await createQuestionnaire(t.dataSource, {
      title: 'Hoe was de training?',
      kind: 'evaluation',
      offeringId: offering.id,
      items: [{ type: 'likert', text: 'De training was nuttig' }],
    });
    const user = await createUser(t.dataSource, { name: 'Anna de Vries' });
    const enrolment = await createEnrolment(t.dataSource, edition.id, user.id);
    await t.app.get(InvitationService).invite(new Date());
    const client = t.client();
    await signIn(client, user.email);
    return {
      editionId: edition.id,
      offeringId: offering.id,
      prepost,
      items,
      evaluationItems,
      user,
      enrolmentId: enrolment.id,
      client,
      invitation: (moment) =>
        invitations().findOneByOrFail({ enrolmentId: enrolment.id, moment: moment as 'pre' }),
    };
  }

  const field = (item: QuestionnaireItem) => `item-${item.id}`;

  it('saves a draft, comes back to it, finishes it; the form shows every item type with labels', async () => {
    const s = await setUp();
    const [brave, words, before, help, learn] = s.items;
    const pre = await s.invitation('pre');
    const path = `/mijn/vragenlijsten/${pre.id}`;

    const form = await s.client.get(path);
    assert.equal(form.status, 200);
    const $ = form.$;
    assert.equal(textOf($, 'h1'), 'Zelfvertrouwen in het gesprek');
    assert.match(textOf($, 'main'), /Dank dat u meedoet aan dit onderzoek\./);
    assert.match(textOf($, 'main'), /zonder uw naam opgeslagen/);
    assert.match(textOf($, 'main'), /minstens 5 deelnemers/);
    // The scale is a fieldset with a legend; each Likert item a fieldset of labelled points.
    const scale = $('fieldset.jep-answer-scale');
    assert.equal(textOf($, 'fieldset.jep-answer-scale > legend'), 'Het gesprek aangaan');
    assert.equal(scale.find(`fieldset#field-${field(brave)} input[type=radio]`).length, 5);
    assert.equal(scale.find(`fieldset#field-${field(words)} input[type=radio]`).length, 7);
    assert.equal(textOf($, `label[for="field-${field(brave)}-1"]`), '1 – Helemaal oneens');
    assert.equal(textOf($, `label[for="field-${field(words)}-7"]`), '7 – Helemaal eens');
    assert.equal(textOf($, `label[for="field-${field(words)}-3"]`), '3');
    assert.match(textOf($, `fieldset#field-${field(brave)} > legend`), /Ik durf .*\(verplicht\)/);
    assert.equal($(`input[type=radio][name=${field(before)}]`).length, 2);
    assert.equal($(`input[type=checkbox][name=${field(help)}]`).length, 3);
    assert.equal($(`textarea[name=${field(learn)}]`).attr('maxlength'), '2000');
    assert.match(textOf($, `label[for="field-${field(learn)}"]`), /niet verplicht/);
    assert.deepEqual(
      $('form.jep-answer-form button[name=action]')
        .map((_, b) => $(b).text())
        .get(),
      ['Versturen', 'Opslaan en later verder'],
    );

    // Save half of it.
    const saved = await s.client.post(path, {
      action: 'save',
      [field(brave)]: '4',
      [field(help)]: ['0', '2'],
      [field(learn)]: 'Hoe ik het <b>gesprek</b> begin',
    });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, path);
    const back = await s.client.get(path);
    assert.match(textOf(back.$, '.jep-flash'), /opgeslagen/);
    assert.equal(back.$(`#field-${field(brave)}-4`).attr('checked'), 'checked');
    assert.equal(back.$(`#field-${field(help)}-0`).attr('checked'), 'checked');
    assert.equal(back.$(`#field-${field(help)}-1`).attr('checked'), undefined);
    assert.equal(back.$(`#field-${field(help)}-2`).attr('checked'), 'checked');
    assert.equal(
      back.$(`textarea[name=${field(learn)}]`).text(),
      'Hoe ik het <b>gesprek</b> begin',
    );
    assert.ok(!back.text.includes('<b>gesprek</b>'), 'escaped');
    assert.equal(
      await responses().countBy({ editionId: s.editionId }),
      0,
      'a draft is no response',
    );

    // /mijn lists it as started.
    const mijn = await s.client.get('/mijn');
    assert.match(
      textOf(mijn.$, '#mijn-vragenlijsten ~ ul'),
      /Zelfvertrouwen in het gesprek.*begonnen/,
    );

    // A session later: finish and send.
    const csrf = back.$('input[name=_csrf]').attr('value')!;
    const answers = {
      action: 'submit',
      [field(brave)]: '4',
      [field(words)]: '6',
      [field(before)]: '1',
      [field(help)]: ['0', '2'],
      [field(learn)]: 'Hoe ik het gesprek begin',
    };
    const sent = await s.client.post(path, answers, { csrf });
    assert.equal(sent.status, 303);
    assert.equal(sent.location, `${path}/bedankt`);
    const thanks = await s.client.get(`${path}/bedankt`);
    assert.equal(thanks.status, 200);
    assert.equal(textOf(thanks.$, 'h1'), 'Bedankt voor het invullen');

    const [response] = await responses().findBy({ editionId: s.editionId });
    assert.ok(response);
    assert.equal(response.moment, 'pre');
    assert.equal(response.questionnaireId, s.prepost.id);
    assert.equal(response.questionnaireVersion, 1);
    assert.equal(response.offeringId, s.offeringId);
    assert.match(response.submittedOn, /^\d{4}-\d{2}-\d{2}$/);
    const rows = await t.dataSource
      .getRepository(EvaluationAnswer)
      .find({ where: { responseId: response.id }, order: { itemId: 'ASC', valueNumber: 'ASC' } });
    assert.deepEqual(
      rows.map((r) => [r.itemId, r.valueNumber, r.valueText]),
      [
        [brave.id, 4, null],
        [words.id, 6, null],
        [before.id, 1, null],
        [help.id, 0, null],
        [help.id, 2, null],
        [learn.id, null, 'Hoe ik het gesprek begin'],
      ],
    );
    const done = await invitations().findOneByOrFail({ id: pre.id });
    assert.ok(done.submittedAt);
    assert.equal(done.draft, null, 'the draft is cleared');

    // Sending again, or opening it again: "already answered", no second response.
    const again = await s.client.post(path, answers, { csrf });
    assert.equal(again.status, 303);
    const answered = await s.client.get(path);
    assert.equal(textOf(answered.$, 'h1'), 'U hebt deze vragenlijst al ingevuld');
    assert.equal(answered.$('form.jep-answer-form').length, 0);
    assert.equal(await responses().countBy({ editionId: s.editionId }), 1);
    const mijnAfter = await s.client.get('/mijn');
    assert.equal(mijnAfter.$(`a[href="${path}"]`).length, 0, 'no longer listed on /mijn');
  });

  it('a missing required answer and a Likert 8 bring the form back with messages, values kept, nothing stored', async () => {
    const s = await setUp();
    const [brave, words, before, help, learn] = s.items;
    const pre = await s.invitation('pre');
    const path = `/mijn/vragenlijsten/${pre.id}`;
    const page = await s.client.submit(
      path,
      {
        action: 'submit',
        [field(words)]: '8',
        [field(help)]: '1',
        [field(learn)]: 'Mijn tekst',
        'item-999999': '3',
      },
      false,
    );
    assert.equal(page.status, 422);
    const summary = textOf(page.$, '.jep-error-summary');
    assert.match(summary, /Ik durf het gesprek aan te gaan.*Kies een antwoord\./);
    assert.match(summary, /Kies een waarde van 1 tot en met 7\./);
    assert.match(textOf(page.$, `#field-${field(brave)}-error`), /Kies een antwoord\./);
    assert.match(textOf(page.$, `#field-${field(words)}-error`), /1 tot en met 7/);
    assert.match(textOf(page.$, `#field-${field(before)}-error`), /Kies een antwoord\./);
    assert.equal(page.$(`#field-${field(help)}-error`).length, 0);
    assert.equal(page.$(`#field-${field(help)}-1`).attr('checked'), 'checked', 'kept');
    assert.equal(page.$(`textarea[name=${field(learn)}]`).text(), 'Mijn tekst', 'kept');
    assert.equal(await responses().countBy({ editionId: s.editionId }), 0);
    const still = await invitations().findOneByOrFail({ id: pre.id });
    assert.equal(still.submittedAt, null);
    assert.equal(still.draft, null);

    // An over-long open answer is refused even for a draft.
    const long = await s.client.submit(
      path,
      { action: 'save', [field(learn)]: 'x'.repeat(2001) },
      false,
    );
    assert.equal(long.status, 422);
    assert.match(textOf(long.$, `#field-${field(learn)}-error`), /hooguit 2000 tekens/);
  });

  it("someone else's invitation is not found; closed ones cannot be answered", async () => {
    const s = await setUp();
    const other = await setUp();
    const pre = await s.invitation('pre');
    const path = `/mijn/vragenlijsten/${pre.id}`;
    assert.equal((await other.client.get(path)).status, 404);
    assert.equal((await other.client.get(`${path}/bedankt`)).status, 404);
    assert.equal((await other.client.get('/mijn/vragenlijsten/99999999')).status, 404);
    assert.equal((await other.client.get('/mijn/vragenlijsten/abc')).status, 404);
    await other.client.get('/mijn');
    const posted = await other.client.post(path, {
      action: 'submit',
      [field(s.items[0])]: '3',
    });
    assert.equal(posted.status, 404);
    assert.equal((await invitations().findOneByOrFail({ id: pre.id })).draft, null);
    const anonymous = await t.client().get(path);
    assert.equal(anonymous.status, 303, 'a visitor is sent to sign in');

    await invitations().update(pre.id, { closesAt: new Date(Date.now() - 1000) });
    const closed = await s.client.get(path);
    assert.equal(closed.status, 200);
    assert.equal(textOf(closed.$, 'h1'), 'Deze vragenlijst is gesloten');
    await s.client.get('/mijn');
    const late = await s.client.post(path, {
      action: 'submit',
      [field(s.items[0])]: '3',
    });
    assert.equal(late.status, 303);
    assert.equal(await responses().countBy({ editionId: s.editionId }), 0);
  });

  it('stores responses without the person; pre and post of one person share a pairing key; a double submit stores one', async () => {
    const s = await setUp();
    const [brave, words, before] = s.items;
    const complete = {
      action: 'submit',
      [field(brave)]: '2',
      [field(words)]: '3',
      [field(before)]: '0',
      [field(s.items[3])]: '1',
    };
    const pre = await s.invitation('pre');
    await s.client.get(`/mijn/vragenlijsten/${pre.id}`);
    const csrf = s.client.csrfToken();
    const path = `/mijn/vragenlijsten/${pre.id}`;
    // Two submits at once (a double click): one response.
    const results = await Promise.all([
      s.client.post(path, complete, { csrf }),
      s.client.post(path, complete, { csrf }),
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      [303, 303],
    );
    assert.equal(await responses().countBy({ editionId: s.editionId, moment: 'pre' }), 1);

    // After the last meeting: the post-measurement and the evaluation.
    await t.app.get(InvitationService).invite(new Date(Date.now() + 8 * DAY));
    const post = await s.invitation('post');
    const evaluation = await s.invitation('evaluation');
    await s.client.submit(`/mijn/vragenlijsten/${post.id}`, { ...complete, [field(brave)]: '5' });
    await s.client.submit(`/mijn/vragenlijsten/${evaluation.id}`, {
      action: 'submit',
      [field(s.evaluationItems[0])]: '4',
    });

    const stored = await responses().find({
      where: { editionId: s.editionId },
      order: { id: 'ASC' },
    });
    assert.deepEqual(
      stored.map((r) => r.moment),
      ['pre', 'post', 'evaluation'],
    );
    const [preR, postR, evalR] = stored;
    assert.ok(preR.pairKey && preR.pairKey === postR.pairKey, 'pre and post are paired');
    assert.equal(preR.pairKey, pairKey(t.config.evaluationPairingSecret, s.enrolmentId));
    assert.notEqual(preR.pairKey, String(s.enrolmentId));
    assert.match(preR.pairKey, /^[0-9a-f]{64}$/);
    assert.equal(evalR.pairKey, null, 'the evaluation is not paired');

    // The stored row has nothing of the person: no user, enrolment or invitation, the day only.
    const raw = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT * FROM evaluation_responses WHERE id = ${Number(preR.id)}`,
    );
    assert.deepEqual(Object.keys(raw[0]).sort(), [
      'edition_id',
      'id',
      'moment',
      'offering_id',
      'pair_key',
      'questionnaire_id',
      'questionnaire_version',
      'submitted_on',
    ]);
    assert.ok(!JSON.stringify(raw[0]).includes(s.user.email));
    assert.match(String(raw[0].submitted_on), /^\d{4}-\d{2}-\d{2}$/);
  });
});
