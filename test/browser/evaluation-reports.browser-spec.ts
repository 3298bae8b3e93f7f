import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Offering } from '../../src/catalogue/offering.entity';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { seedDemoEvaluations } from '../../src/demo/demo-evaluations';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { OfferingQuestionnaire } from '../../src/evaluations/offering-questionnaire.entity';
import { QuestionnaireItem } from '../../src/evaluations/questionnaire-item.entity';
import { Questionnaire } from '../../src/evaluations/questionnaire.entity';
import { EditionTrainer } from '../../src/scheduling/edition-trainer.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { createEdition } from '../utils/enrolment-fixtures';
import { createResponses } from '../utils/evaluation-fixtures';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import type { BrowserSession } from './support/session';

/**
 * The three evaluation report pages on the demo data — the offering (staff), the period across
 * offerings (staff, chosen with the form) and an edition (its trainer), also with a group below
 * the anonymity threshold and with a refused period. Every page passes axe.
 */
describe('evaluation reports in the browser', () => {
  let h: BrowserHarness;
  let staff: BrowserSession;
  let trainer: BrowserSession;
  let omei: Offering;
  let pastEdition: Edition;
  let smallEdition: Edition;

  before(async () => {
    h = await startHarness();
    const ds = h.testApp.dataSource;
    await h.testApp.app.get(DemoSeedService).seedIfEmpty();
    await h.testApp.app.get(TransactionRunner).run((m) => seedDemoEvaluations(m, new Date()));
    omei = await ds.getRepository(Offering).findOneByOrFail({ slug: 'omgaan-met-extreme-idealen' });
    pastEdition = await ds
      .getRepository(Edition)
      .findOneByOrFail({ offeringId: omei.id, title: 'Amersfoort, najaar' });
    const trainerUser = await createUser(ds, { role: 'trainer' });
    await ds
      .getRepository(EditionTrainer)
      .insert({ editionId: pastEdition.id, userId: trainerUser.id });
    // An edition with three evaluations only: every figure hidden.
    smallEdition = (await createEdition(ds, { offering: omei, trainerIds: [trainerUser.id] }))
      .edition;
    const link = await ds
      .getRepository(OfferingQuestionnaire)
      .findOneByOrFail({ offeringId: omei.id, kind: 'evaluation' });
    const questionnaire = await ds
      .getRepository(Questionnaire)
      .findOneByOrFail({ id: link.questionnaireId });
    const [first] = await ds
      .getRepository(QuestionnaireItem)
      .find({ where: { questionnaireId: questionnaire.id }, order: { position: 'ASC' } });
    await createResponses(
      ds,
      [4, 5, 3].map((v) => ({
        questionnaire,
        editionId: smallEdition.id,
        offeringId: omei.id,
        moment: 'evaluation' as const,
        answers: { [first.id]: v },
      })),
    );
    const staffUser = await createUser(ds, { role: 'staff' });
    staff = await h.newSession();
    await staff.signIn(staffUser.email, TEST_PASSWORD, '/beheer');
    trainer = await h.newSession();
    await trainer.signIn(trainerUser.email, TEST_PASSWORD);
  });
  after(() => h?.close());

  it('the offering report of the demo data passes axe and shows the change in words', async () => {
    await staff.visit(`/beheer/evaluaties/aanbod/${omei.id}`, { status: 200 });
    assert.match(await staff.heading(), /Omgaan met Extreme Idealen/);
    assert.match(await staff.text('.jep-eval-report__sentences'), /punt hoger/);
    assert.ok((await staff.page.locator('.jep-eval-report__open li').count()) >= 5);
  });

  it('a refused period shows the error summary and passes axe', async () => {
    await staff.visit(`/beheer/evaluaties/aanbod/${omei.id}?van=2026-02-30`, { status: 400 });
    assert.match(await staff.text('.jep-error-summary'), /bestaande datum/);
    assert.equal(await staff.page.locator('#field-van').getAttribute('aria-invalid'), 'true');
  });

  it('the period report: a questionnaire is chosen with the form, without JavaScript', async () => {
    await staff.visit('/beheer/evaluaties', { status: 200 });
    await staff.page
      .getByLabel('Vragenlijst')
      .selectOption({ label: 'Zelfvertrouwen en kennis (Voor- en nameting)' });
    await Promise.all([
      staff.page.waitForURL((u) => u.search.includes('vragenlijst=')),
      staff.page.getByRole('button', { name: 'Toon', exact: true }).click(),
    ]);
    await staff.check('the period report', { status: 200 });
    assert.match(await staff.text('main'), /Verandering tussen voor- en nameting/);
  });

  it('a trainer sees their edition, and a group below 5 is hidden; both pass axe', async () => {
    await trainer.visit(`/evaluaties/uitvoeringen/${pastEdition.id}`, { status: 200 });
    assert.match(await trainer.text('main'), /alleen zichtbaar voor medewerkers/);
    await trainer.visit(`/evaluaties/uitvoeringen/${smallEdition.id}`, { status: 200 });
    assert.match(await trainer.text('main'), /Minder dan 5 antwoorden: niet getoond/);
    assert.equal(await trainer.page.locator('table.jep-eval-report__distribution').count(), 0);
  });
});
