import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { Edition } from '../../src/scheduling/edition.entity';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import type { BrowserSession } from './support/session';

/** `days` from today as the date input takes it. */
function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A staff member plans an OMEI edition on the demo data, in the browser, as a user would:
 * every staff planning page is checked (axe, console, CSP) on the way, including forms with errors.
 */
describe('staff plan an OMEI edition in the browser', () => {
  let h: BrowserHarness;
  let s: BrowserSession;
  let staff: User;
  let editionUrl = '';

  before(async () => {
    h = await startHarness();
    await h.testApp.app.get(DemoSeedService).seedIfEmpty();
    staff = await createUser(h.testApp.dataSource, { role: 'staff', name: 'Sanne Planner' });
    s = await h.newSession();
    await s.signIn(staff.email, TEST_PASSWORD, '/beheer');
  });
  after(() => h?.close());

  const submit = async (label: string, status?: number) => {
    await Promise.all([
      s.page.waitForLoadState('load'),
      s.page.locator('main form.utrecht-form button[type=submit]').first().click(),
    ]);
    await s.check(label, status ? { status } : {});
  };

  it('/beheer/aanbod — the offerings, and the new-offering form with its errors', async () => {
    await s.visit('/beheer/aanbod', { status: 200 });
    assert.match(await s.text('main table'), /Omgaan met Extreme Idealen/);
    await s.page.getByRole('link', { name: 'Nieuw aanbod' }).click();
    await s.check('new offering form', { status: 200 });
    await s.page.getByLabel('Studiebelasting in uren').fill('veel');
    await submit('new offering with errors', 422);
    assert.match(await s.text('.jep-error-summary'), /Titel: Vul dit veld in/);
    assert.match(
      await s.text('.jep-error-summary'),
      /Studiebelasting in uren: Vul een heel getal in/,
    );
  });

  it('/beheer/aanbod/:id — the OMEI offering with its editions', async () => {
    await s.visit('/beheer/aanbod');
    await s.page.getByRole('link', { name: 'Omgaan met Extreme Idealen' }).click();
    await s.check('offering form', { status: 200 });
    assert.equal(await s.page.getByLabel('Titel').inputValue(), 'Omgaan met Extreme Idealen');
    assert.match(await s.text('main'), /Utrecht, winter/);
  });

  it('plans a new edition: the form, an error, then the edition page', async () => {
    await s.page.getByRole('link', { name: 'Nieuwe uitvoering' }).first().click();
    await s.check('new edition form', { status: 200 });
    await s.page.getByLabel('Naam van de groep').fill('Arnhem, voorjaar');
    await s.page.getByLabel('Aantal plaatsen').fill('0');
    await s.page.locator('#field-opensDate').fill(day(1));
    await s.page.locator('#field-closesDate').fill(day(40));
    await s.page.getByLabel('Regio').selectOption({ label: 'Gelderland' });
    await submit('new edition with a bad capacity', 422);
    assert.match(await s.text('#field-capacity-error'), /1 tot en met 1000/);
    assert.equal(await s.page.getByLabel('Naam van de groep').inputValue(), 'Arnhem, voorjaar');
    await s.page.getByLabel('Aantal plaatsen').fill('16');
    await submit('edition created');
    s.assertPath(/^\/beheer\/uitvoeringen\/\d+$/);
    editionUrl = s.path();
    assert.match(await s.text('.jep-flash'), /aangemaakt als concept/);
  });

  it('adds three meetings, one of them clashing with a room in use until overridden', async () => {
    for (const [i, days] of [50, 64, 78].entries()) {
      await s.visit(editionUrl);
      await s.page.getByRole('link', { name: 'Bijeenkomst toevoegen' }).click();
      await s.check(`meeting form ${i + 1}`, { status: 200 });
      await s.page.getByLabel('Datum').fill(day(days));
      await s.page.getByLabel('Begintijd').fill('13:00');
      await s.page.getByLabel('Eindtijd').fill('17:00');
      await s.page
        .getByLabel('Naam van de locatie')
        .fill(i === 2 ? 'Huis van de Wijk Oost' : 'Musis Sacrum');
      await s.page
        .getByLabel('Adres')
        .fill(i === 2 ? 'Oudegracht 245, Utrecht' : 'Velperbuitensingel 25, Arnhem');
      await submit(`meeting ${i + 1}`);
    }
    // the demo's Utrecht edition is in that room on day 49: a meeting the day after is fine,
    // on the same day it clashes
    await s.visit(editionUrl);
    assert.equal(await s.page.locator('#bijeenkomsten + div tbody tr').count(), 3);
    const utrecht = await h.testApp.dataSource
      .getRepository(Edition)
      .findOneByOrFail({ title: 'Utrecht, winter' });
    await s.visit(`/beheer/uitvoeringen/${utrecht.id}`, { status: 200 });
    await s.visit(editionUrl);
    await s.page.getByRole('link', { name: 'Bijeenkomst 3 wijzigen' }).click();
    await s.check('meeting edit form', { status: 200 });
    await s.page.getByLabel('Datum').fill(day(49));
    await submit('meeting clash', 422);
    assert.match(
      await s.text('#field-override-error'),
      /op deze locatie is dan al Omgaan met Extreme Idealen, Utrecht, winter/,
    );
    await s.page.getByLabel('Toch inplannen').check();
    await submit('meeting clash overridden');
    s.assertPath(editionUrl);
  });

  it('adds the demo trainer, publishes, and copies the edition to new dates', async () => {
    await s.page.getByLabel('Trainer').selectOption({ label: 'Marieke Jansen' });
    await Promise.all([
      s.page.waitForLoadState('load'),
      s.page.getByRole('button', { name: 'Trainer toevoegen' }).click(),
    ]);
    // she teaches the Utrecht edition in that room on that day: the clash is shown first
    await s.check('trainer clash', { status: 422 });
    assert.match(
      await s.text('#field-trainerOverride-error'),
      /trainer Marieke Jansen geeft dan al/,
    );
    await s.page.locator('#field-trainerOverride').check();
    await Promise.all([
      s.page.waitForLoadState('load'),
      s.page.getByRole('button', { name: 'Trainer toevoegen' }).click(),
    ]);
    await s.check('trainer added with override');
    assert.match(await s.text('#trainers + ul'), /Marieke Jansen/);
    await Promise.all([
      s.page.waitForLoadState('load'),
      s.page.getByRole('button', { name: 'Publiceren' }).click(),
    ]);
    await s.check('published');
    assert.match(await s.text('.jep-facts'), /Gepubliceerd/);
    await s.page.getByLabel('Datum van de eerste bijeenkomst').fill(day(200));
    await s.page.getByLabel('Naam van de nieuwe groep').fill('Arnhem, najaar');
    await Promise.all([
      s.page.waitForLoadState('load'),
      s.page.getByRole('button', { name: 'Kopie maken' }).click(),
    ]);
    await s.check('the copy');
    assert.match(await s.heading(), /Arnhem, najaar/);
    assert.equal(await s.page.locator('#bijeenkomsten + div tbody tr').count(), 3);
  });

  it('/beheer/uitvoeringen/:id/bewerken — the edition form with stored values', async () => {
    await s.visit(`${editionUrl}/bewerken`, { status: 200 });
    assert.equal(await s.page.getByLabel('Aantal plaatsen').inputValue(), '16');
  });

  it('the published edition is in the public catalogue', async () => {
    const guest = await h.newSession();
    await guest.visit('/aanbod/omgaan-met-extreme-idealen', { status: 200 });
    assert.match(await guest.text('main'), /Arnhem, voorjaar/);
  });
});
