import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { User } from '../../src/accounts/user.entity';
import { OfferingQuestionnaire } from '../../src/evaluations/offering-questionnaire.entity';
import { QuestionnaireItem } from '../../src/evaluations/questionnaire-item.entity';
import { QuestionnaireSection } from '../../src/evaluations/questionnaire-section.entity';
import { Questionnaire } from '../../src/evaluations/questionnaire.entity';
import { createEdition, EditionFixture } from '../utils/enrolment-fixtures';
import { createResponses } from '../utils/evaluation-fixtures';
import { createUser, signedInClient, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';

const LIKERT = (text: string, sectionId: number) => ({
  type: 'likert',
  text,
  required: 'on',
  scalePoints: '7',
  labelLow: 'Helemaal oneens',
  labelHigh: 'Helemaal eens',
  middleLabels: '',
  options: '',
  sectionId: String(sectionId),
});

describe('staff build questionnaires, with versions once answered, and attach them to offerings', () => {
  let t: TestApp;
  let s: WebClient;
  let staff: User;
  let fixture: EditionFixture;
  let qid = 0;
  let href = '';

  const error = (page: Page, field: string) => textOf(page.$, `#field-${field}-error`);
  const questionnaire = () =>
    t.dataSource.getRepository(Questionnaire).findOneByOrFail({ id: qid });
  const items = () =>
    t.dataSource
      .getRepository(QuestionnaireItem)
      .find({ where: { questionnaireId: qid }, order: { id: 'ASC' } });

  before(async () => {
    t = await createTestApp({ smtp: true });
    staff = await createUser(t.dataSource, { role: 'staff' });
    s = t.client();
    await signIn(s, staff.email);
    fixture = await createEdition(t.dataSource);
  });
  after(() => t.close());

  it('creates a questionnaire, refusing a missing title', async () => {
    const bad = await s.submit(
      '/beheer/vragenlijsten',
      { title: '', intro: '', kind: 'prepost' },
      true,
      '/beheer/vragenlijsten/nieuw',
    );
    assert.equal(bad.status, 422);
    assert.match(error(bad, 'title'), /Vul dit veld in/);
    assert.equal(await t.dataSource.getRepository(Questionnaire).count(), 0);

    const page = await s.submit(
      '/beheer/vragenlijsten',
      { title: 'Zelfvertrouwen in het gesprek', intro: 'Vul in wat u nu vindt.', kind: 'prepost' },
      true,
      '/beheer/vragenlijsten/nieuw',
    );
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, 'h1'), 'Zelfvertrouwen in het gesprek');
    const q = await t.dataSource
      .getRepository(Questionnaire)
      .findOneByOrFail({ title: 'Zelfvertrouwen in het gesprek' });
    assert.equal(q.kind, 'prepost');
    assert.equal(q.version, 1);
    qid = q.id;
    href = `/beheer/vragenlijsten/${qid}`;
  });

  it('builds a scale section of three 7-point Likert items, a single and a multiple choice and an open item', async () => {
    const added = await s.submit(
      `${href}/onderdelen`,
      { sectionTitle: 'Zelfvertrouwen', sectionIsScale: 'on' },
      true,
      href,
    );
    assert.equal(added.status, 200);
    assert.match(textOf(added.$, '.jep-eval-section h3'), /Zelfvertrouwen.*schaal/);
    const section = await t.dataSource
      .getRepository(QuestionnaireSection)
      .findOneByOrFail({ questionnaireId: qid });
    assert.equal(section.isScale, true);

    for (const text of [
      'Ik durf een gesprek over extreme ideeën te beginnen',
      'Ik weet wat ik kan zeggen',
      'Ik weet waar ik hulp kan vinden',
    ])
      assert.equal(
        (await s.submit(`${href}/vragen`, LIKERT(text, section.id), true, `${href}/vragen/nieuw`))
          .status,
        200,
      );
    await s.submit(
      `${href}/vragen`,
      {
        type: 'single',
        text: 'Hoe vaak komt u dit tegen?',
        required: 'on',
        scalePoints: '5',
        options: 'Nooit\nSoms\nVaak',
        sectionId: '',
      },
      true,
      `${href}/vragen/nieuw`,
    );
    await s.submit(
      `${href}/vragen`,
      {
        type: 'multiple',
        text: 'Welke signalen herkent u?',
        required: 'on',
        scalePoints: '5',
        options: 'Isolement\nTaalgebruik\nOnline gedrag',
        sectionId: '',
      },
      true,
      `${href}/vragen/nieuw`,
    );
    const page = await s.submit(
      `${href}/vragen`,
      { type: 'open', text: 'Wat wilt u nog kwijt?', scalePoints: '5', options: '', sectionId: '' },
      true,
      `${href}/vragen/nieuw`,
    );
    assert.equal(page.$('.jep-eval-item').length, 6);
    assert.equal(page.$('.jep-eval-section .jep-eval-item').length, 3);
    assert.match(page.text, /1–7: Helemaal oneens · 2 · 3 · 4 · 5 · 6 · Helemaal eens/);
    const stored = await items();
    assert.deepEqual(
      stored.map((i) => i.type),
      ['likert', 'likert', 'likert', 'single', 'multiple', 'open'],
    );
    assert.equal(stored[5].required, false);
    assert.deepEqual(JSON.parse(stored[4].options!), ['Isolement', 'Taalgebruik', 'Online gedrag']);
    assert.ok(stored.every((i) => i.addedInVersion === 1));
    assert.equal((await questionnaire()).version, 1, 'no answers yet: the version stays');
  });

  it('brings the item form back with messages: no text, one option, 6 Likert points', async () => {
    const before = (await items()).length;
    const noText = await s.submit(
      `${href}/vragen`,
      { type: 'open', text: '  ', scalePoints: '5', options: '' },
      true,
      `${href}/vragen/nieuw`,
    );
    assert.equal(noText.status, 422);
    assert.ok(error(noText, 'text'));
    assert.match(textOf(noText.$, '.jep-error-summary'), /Vraag/);

    const oneOption = await s.submit(
      `${href}/vragen`,
      { type: 'single', text: 'Eén keuze', scalePoints: '5', options: 'Alleen deze' },
      true,
      `${href}/vragen/nieuw`,
    );
    assert.equal(oneOption.status, 422);
    assert.equal(error(oneOption, 'options'), 'Fout: Vul 2 tot 20 keuzes in, één per regel.');
    assert.equal(oneOption.$('#field-text').val(), 'Eén keuze', 'the typed text is kept');

    const sixPoints = await s.submit(
      `${href}/vragen`,
      { ...LIKERT('Zes punten', 0), scalePoints: '6', sectionId: '' },
      true,
      `${href}/vragen/nieuw`,
    );
    assert.equal(sixPoints.status, 422);
    assert.match(error(sixPoints, 'scalePoints'), /Kies 5 of 7 punten/);
    assert.equal((await items()).length, before, 'nothing was stored');
  });

  it('previews the questionnaire as a participant sees it, read-only', async () => {
    const page = await s.get(`${href}/voorbeeld`);
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '.jep-eval-preview-note'), /Voorbeeld/);
    assert.equal(page.$('.jep-eval-question').length, 6);
    assert.match(textOf(page.$, '.jep-eval-preview h2'), /Zelfvertrouwen/);
    assert.match(page.text, /Ik weet waar ik hulp kan vinden/);
    assert.equal(page.$('.jep-eval-likert').first().find('input[type=radio]').length, 7);
    assert.match(textOf(page.$, '.jep-eval-likert'), /Helemaal oneens/);
    assert.equal(page.$('.jep-eval-preview input[type=checkbox]').length, 3);
    assert.equal(page.$('.jep-eval-preview textarea').length, 1);
    assert.equal(
      page
        .$('.jep-eval-preview')
        .find('input:not([disabled]), textarea:not([disabled]), button:not([disabled])').length,
      0,
    );
  });

  it('attaches it to an offering as its pre/post questionnaire, and the page says who uses it', async () => {
    const evaluation = await t.dataSource.getRepository(Questionnaire).save({
      title: 'Evaluatie OMEI',
      intro: '',
      kind: 'evaluation',
      version: 1,
      archived: false,
      createdBy: null,
    });
    const archived = await t.dataSource.getRepository(Questionnaire).save({
      title: 'Oude evaluatie',
      intro: '',
      kind: 'evaluation',
      version: 1,
      archived: true,
      createdBy: null,
    });
    const url = `/beheer/aanbod/${fixture.offering.id}/evaluatie`;
    const form = await s.get(url);
    assert.equal(form.status, 200);
    const evaluationChoices = form
      .$('#field-evaluationId option')
      .map((_, o) => form.$(o).text())
      .get();
    assert.deepEqual(evaluationChoices, ['Geen vragenlijst', 'Evaluatie OMEI']);
    assert.equal(form.$(`#field-prepostId option[value="${qid}"]`).length, 1);

    const wrongKind = await s.submit(url, { evaluationId: String(qid), prepostId: '' });
    assert.equal(wrongKind.status, 422);
    assert.match(error(wrongKind, 'evaluationId'), /andere soort/);
    const archivedOne = await s.submit(url, { evaluationId: String(archived.id), prepostId: '' });
    assert.equal(archivedOne.status, 422);
    assert.equal(await t.dataSource.getRepository(OfferingQuestionnaire).count(), 0);

    const saved = await s.submit(url, {
      evaluationId: String(evaluation.id),
      prepostId: String(qid),
    });
    assert.equal(saved.status, 200);
    assert.match(textOf(saved.$, '.jep-facts'), /Evaluatie OMEI.*Zelfvertrouwen in het gesprek/);
    const links = await t.dataSource
      .getRepository(OfferingQuestionnaire)
      .find({ where: { offeringId: fixture.offering.id }, order: { kind: 'ASC' } });
    assert.deepEqual(
      links.map((l) => [l.kind, l.questionnaireId]),
      [
        ['evaluation', evaluation.id],
        ['prepost', qid],
      ],
    );

    const page = await s.get(href);
    assert.match(textOf(page.$, 'body'), new RegExp(`Gebruikt door ${fixture.offering.title}`));
    const list = await s.get('/beheer/vragenlijsten');
    const row = list
      .$('tr')
      .filter((_, tr) => list.$(tr).text().includes('Zelfvertrouwen in het gesprek'));
    assert.match(row.text(), new RegExp(fixture.offering.title));
    assert.match(textOf(list.$, 'tbody'), /Oude evaluatie gearchiveerd/);

    const offeringPage = await s.get(`/beheer/aanbod/${fixture.offering.id}`);
    assert.equal(offeringPage.$(`a[href="${url}"]`).length, 1);

    const none = await s.submit(url, { evaluationId: '', prepostId: String(qid) });
    assert.equal(none.status, 200);
    assert.equal(
      await t.dataSource
        .getRepository(OfferingQuestionnaire)
        .count({ where: { offeringId: fixture.offering.id } }),
      1,
    );
  });

  it('once answered: refuses deleting or changing an answered item, hiding makes version 2, a new item is added in version 2', async () => {
    const q = await questionnaire();
    const [first, second, third, single, multiple, open] = await items();
    await createResponses(t.dataSource, [
      {
        questionnaire: q,
        editionId: fixture.edition.id,
        offeringId: fixture.offering.id,
        moment: 'pre',
        answers: {
          [first.id]: 3,
          [second.id]: 4,
          [third.id]: 2,
          [single.id]: 1,
          [multiple.id]: [0, 2],
          [open.id]: 'Niets',
        },
      },
    ]);
    const page = await s.get(href);
    assert.match(textOf(page.$, `#vraag-${first.id}`), /heeft antwoorden/);
    assert.equal(
      page.$(`#vraag-${first.id} form[action$="/verwijderen"]`).length,
      0,
      'no delete button',
    );
    assert.equal(page.$(`#vraag-${first.id} form[action$="/verbergen"]`).length, 1, 'hide instead');

    // A crafted POST to delete it anyway.
    const deleted = await s.post(`${href}/vragen/${first.id}/verwijderen`, {});
    assert.equal(deleted.status, 422);
    assert.match(textOf(deleted.$, 'main'), /heeft al antwoorden.*Er is niets gewijzigd/);
    assert.equal((await items()).length, 6);

    // A crafted edit of its text.
    const edited = await s.submit(
      `${href}/vragen/${first.id}`,
      { ...LIKERT('Andere tekst', first.sectionId!) },
      true,
    );
    assert.equal(edited.status, 422);
    assert.match(error(edited, 'text'), /heeft al antwoorden/);
    assert.equal((await items())[0].text, 'Ik durf een gesprek over extreme ideeën te beginnen');
    assert.equal((await questionnaire()).version, 1);

    const hidden = await s.submit(`${href}/vragen/${first.id}/verbergen`, {}, true, href);
    assert.equal(hidden.status, 200);
    assert.match(textOf(hidden.$, '#huidige-versie'), /Versie 2/);
    assert.match(textOf(hidden.$, `#vraag-${first.id}`), /verborgen sinds versie 2/);
    assert.match(textOf(hidden.$, '#versies'), /Versies/);
    assert.match(
      textOf(hidden.$, '.jep-eval-versions'),
      /Versie 2, sinds .* ingevuld: 0 \(huidige versie\) Versie 1, sinds .* ingevuld: 1/,
    );
    assert.equal((await questionnaire()).version, 2);
    assert.equal((await items())[0].hiddenInVersion, 2);

    const preview = await s.get(`${href}/voorbeeld`);
    assert.doesNotMatch(preview.text, /Ik durf een gesprek over extreme ideeën te beginnen/);
    assert.equal(preview.$('.jep-eval-question').length, 5);

    await s.submit(
      `${href}/vragen`,
      LIKERT('Ik weet wie ik kan bellen', first.sectionId!),
      true,
      `${href}/vragen/nieuw`,
    );
    const added = (await items()).at(-1)!;
    assert.equal(added.text, 'Ik weet wie ik kan bellen');
    assert.equal(added.addedInVersion, 2);
    assert.equal(
      (await questionnaire()).version,
      2,
      'version 2 has no answers yet: still version 2',
    );

    // The section still holds the hidden item: it cannot be removed.
    const removed = await s.post(`${href}/onderdelen/${first.sectionId}/verwijderen`, {});
    assert.equal(removed.status, 422);
    assert.equal(
      await t.dataSource
        .getRepository(QuestionnaireSection)
        .count({ where: { questionnaireId: qid } }),
      1,
    );
  });

  it('moves items and edits an unanswered one freely', async () => {
    const all = await items();
    const added = all.at(-1)!;
    await s.submit(`${href}/vragen/${added.id}/omhoog`, {}, true, href);
    const page = await s.get(href);
    const order = page
      .$('.jep-eval-section .jep-eval-item')
      .map((_, li) => page.$(li).attr('id'))
      .get();
    assert.equal(order.indexOf(`vraag-${added.id}`), order.length - 2);
    const edited = await s.submit(`${href}/vragen/${added.id}`, {
      ...LIKERT('Ik weet wie ik moet bellen', added.sectionId!),
      scalePoints: '5',
    });
    assert.equal(edited.status, 200);
    const stored = (await items()).at(-1)!;
    assert.equal(stored.text, 'Ik weet wie ik moet bellen');
    assert.equal(stored.scalePoints, 5);
  });

  it('archives it: no longer offered for attaching, still where it was attached', async () => {
    await s.submit(`${href}/archiveren`, {}, true, href);
    assert.equal((await questionnaire()).archived, true);
    const form = await s.get(`/beheer/aanbod/${fixture.offering.id}/evaluatie`);
    assert.match(textOf(form.$, `#field-prepostId option[value="${qid}"]`), /gearchiveerd/);
    const other = await createEdition(t.dataSource);
    const otherForm = await s.get(`/beheer/aanbod/${other.offering.id}/evaluatie`);
    assert.equal(otherForm.$(`#field-prepostId option[value="${qid}"]`).length, 0);
  });

  it('refuses professionals and trainers, and 404s a questionnaire that does not exist', async () => {
    for (const role of ['professional', 'trainer'] as const) {
      const { client } = await signedInClient(() => t.client(), t.dataSource, role);
      for (const path of [
        '/beheer/vragenlijsten',
        href,
        `${href}/voorbeeld`,
        `/beheer/aanbod/${fixture.offering.id}/evaluatie`,
      ])
        assert.equal((await client.get(path)).status, 403, `${role} ${path}`);
      await client.get('/mijn');
      assert.equal((await client.post(`${href}/vragen`, { type: 'open', text: 'x' })).status, 403);
    }
    assert.equal((await s.get('/beheer/vragenlijsten/999999')).status, 404);
    assert.equal((await s.get(`${href}/vragen/999999`)).status, 404);
    assert.equal((await s.get('/beheer/aanbod/999999/evaluatie')).status, 404);
  });
});
