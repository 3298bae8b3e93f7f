import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { QuestionnaireItem } from '../../src/evaluations/questionnaire-item.entity';
import type { Questionnaire } from '../../src/evaluations/questionnaire.entity';
import { createEdition, EditionFixture } from '../utils/enrolment-fixtures';
import { createQuestionnaire, createResponses } from '../utils/evaluation-fixtures';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import { byId, byText, pressAndWaitForNavigation, tabTo } from './support/keyboard';
import type { BrowserSession } from './support/session';

/**
 * The questionnaire builder in the browser: the list, the questionnaire page (with an answered,
 * frozen item), the item form (also with errors), the preview and the offering's questionnaire
 * page pass axe, and staff add an item by keyboard only.
 */
describe('the questionnaire builder in the browser', () => {
  let h: BrowserHarness;
  let s: BrowserSession;
  let fixture: EditionFixture;
  let questionnaire: Questionnaire;
  let href = '';

  before(async () => {
    h = await startHarness();
    const ds = h.testApp.dataSource;
    fixture = await createEdition(ds);
    const made = await createQuestionnaire(ds, {
      title: 'Zelfvertrouwen in het gesprek',
      kind: 'prepost',
      sections: [{ title: 'Zelfvertrouwen', isScale: true }],
      items: [
        { type: 'likert', text: 'Ik durf het gesprek te beginnen', scalePoints: 7, section: 0 },
        { type: 'likert', text: 'Ik weet wat ik kan zeggen', scalePoints: 7, section: 0 },
        { type: 'single', text: 'Hoe vaak komt u dit tegen?', options: ['Nooit', 'Soms', 'Vaak'] },
        { type: 'open', text: 'Wat wilt u nog kwijt?' },
      ],
      offeringId: fixture.offering.id,
    });
    questionnaire = made.questionnaire;
    href = `/beheer/vragenlijsten/${questionnaire.id}`;
    await createResponses(ds, [
      {
        questionnaire,
        editionId: fixture.edition.id,
        offeringId: fixture.offering.id,
        moment: 'pre',
        answers: { [made.items[0].id]: 5 },
      },
    ]);
    const staff = await createUser(ds, { role: 'staff' });
    s = await h.newSession();
    await s.signIn(staff.email, TEST_PASSWORD, '/beheer');
  });
  after(() => h?.close());

  it('the list and the questionnaire page pass axe', async () => {
    await s.visit('/beheer/vragenlijsten', { status: 200 });
    await s.page.getByRole('link', { name: 'Zelfvertrouwen in het gesprek' }).click();
    await s.check('the questionnaire page', { status: 200 });
    s.assertPath(href);
    assert.match(await s.text('.jep-eval-section'), /heeft antwoorden/);
    await s.visit('/beheer/vragenlijsten/nieuw', { status: 200 });
  });

  it('the item form passes axe, also with errors', async () => {
    await s.visit(`${href}/vragen/nieuw`, { status: 200 });
    await s.page.getByLabel('Eén keuze').check();
    await s.page.getByRole('textbox', { name: /^Keuzes/ }).fill('Alleen deze');
    await Promise.all([
      s.page.waitForEvent('load'),
      s.page.getByRole('button', { name: 'Vraag toevoegen', exact: true }).click(),
    ]);
    await s.check('the item form with errors', { status: 422 });
    assert.match(await s.text('.jep-error-summary'), /Vraag: Vul dit veld in/);
    assert.match(await s.text('.jep-error-summary'), /Keuzes: Vul 2 tot 20 keuzes in/);
  });

  it('staff add a Likert item by keyboard only', async () => {
    await s.visit(`${href}/vragen/nieuw?onderdeel=`, { status: 200 });
    await s.page.locator('main h1').click();
    await tabTo(s.page, byId('field-text'), 'the question text', { max: 40 });
    await s.page.keyboard.type('Ik weet waar ik hulp kan vinden');
    await tabTo(s.page, byId('field-labelLow'), 'the lowest label', { max: 40 });
    await s.page.keyboard.type('Helemaal oneens');
    await tabTo(s.page, byId('field-labelHigh'), 'the highest label', { max: 5 });
    await s.page.keyboard.type('Helemaal eens');
    await tabTo(s.page, byText('Vraag toevoegen', 'button'), 'the add button', { max: 20 });
    await pressAndWaitForNavigation(s.page, 'Enter');
    await s.check('the questionnaire page after adding', { status: 200 });
    s.assertPath(href);
    assert.match(await s.text('.jep-flash'), /De vraag is toegevoegd/);
    const added = await h.testApp.dataSource
      .getRepository(QuestionnaireItem)
      .findOneByOrFail({ text: 'Ik weet waar ik hulp kan vinden' });
    assert.equal(added.type, 'likert');
    assert.equal(added.addedInVersion, 2, 'version 1 has answers: a new version');
    assert.match(await s.text(`#vraag-${added.id}`), /nieuw in versie 2/);
  });

  it('the preview and the offering page pass axe', async () => {
    await s.visit(`${href}/voorbeeld`, { status: 200 });
    assert.match(await s.text('.jep-eval-preview-note'), /Voorbeeld/);
    await s.visit(`/beheer/aanbod/${fixture.offering.id}/evaluatie`, { status: 200 });
    assert.equal(
      await s.page.getByLabel('Voor- en nameting').inputValue(),
      String(questionnaire.id),
    );
  });
});
