import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { NewsletterSubscriber, SubscriberStatus } from '../../src/newsletter/subscriber.entity';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import { byText, pressAndWaitForNavigation, tabTo, typeInto } from './support/keyboard';

const LIST = '/beheer/jepzine/abonnees';
const IMPORT = `${LIST}/importeren`;

/**
 * The subscriber pages in the browser: staff search the list by keyboard, choose a CSV file,
 * read the dry run's report and apply it. Every page (the form with an error too) passes axe.
 */
describe('JEPzine subscribers in the browser', () => {
  let h: BrowserHarness;
  let staff: User;

  before(async () => {
    h = await startHarness();
    staff = await createUser(h.testApp.dataSource, { role: 'staff' });
    const repo = h.testApp.dataSource.getRepository(NewsletterSubscriber);
    const statuses: SubscriberStatus[] = ['subscribed', 'subscribed', 'pending', 'bounced'];
    for (const [i, status] of statuses.entries())
      await repo.save(
        repo.create({
          email: `abonnee${i}@example.nl`,
          name: `Abonnee ${i}`,
          status,
          topics: i === 0 ? 'onderwijs' : '',
          manageToken: randomBytes(32).toString('base64url'),
          subscribedAt: status === 'subscribed' ? new Date() : null,
          bouncedAt: status === 'bounced' ? new Date() : null,
          bounceReason: status === 'bounced' ? '550 mailbox unknown' : null,
        }),
      );
  });
  after(() => h?.close());

  it('staff search the list, import a file after its dry run, and every page passes axe', async () => {
    const s = await h.newSession();
    const p = s.page;
    await s.signIn(staff.email, TEST_PASSWORD, '/beheer');

    await s.visit(LIST, { status: 200 });
    assert.equal(await s.heading(), 'JEPzine-abonnees');
    assert.equal(await p.locator('table.jep-subscribers tbody tr').count(), 4);

    // search by keyboard: the GET form puts the filter in the address
    await typeInto(p, 'filter-q', 'abonnee3', 'Zoek op e-mailadres of naam');
    await pressAndWaitForNavigation(p, 'Enter');
    assert.equal(s.path(), `${LIST}?q=abonnee3&status=&onderwerp=`);
    await s.check('the searched list', { status: 200 });
    assert.equal(await p.locator('table.jep-subscribers tbody tr').count(), 1);
    assert.match(await s.text('.jep-bounce-reason'), /550 mailbox unknown/);

    await s.visit(`${LIST}?status=subscribed&onderwerp=onderwijs`, { status: 200 });
    assert.equal(await s.text('.jep-subscribers-count'), '2 abonnee(s) gevonden');
    await tabTo(p, byText('Abonnees importeren uit een CSV-bestand', 'a'), 'the import link');
    await pressAndWaitForNavigation(p, 'Enter');
    s.assertPath(IMPORT);
    await s.check('the import form', { status: 200 });

    // no file chosen: the form again, with the error at the field
    await tabTo(p, byText('Bestand controleren', 'button'), 'the check button');
    await pressAndWaitForNavigation(p, 'Enter');
    await s.check('the import form with an error', { status: 422 });
    assert.match(await s.text('.jep-error-summary'), /CSV-bestand: Kies een CSV-bestand/);

    await p.setInputFiles('#field-file', {
      name: 'vorig-systeem.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'email;naam;onderwerpen;toestemming\r\n' +
          'nieuw@example.nl;Nieuw Lid;onderwijs;ja, 2024 via website\r\n' +
          'abonnee2@example.nl;;;ja\r\n' +
          'abonnee3@example.nl;;;ja\r\n' +
          '"fout@example.nl\r\nBcc: x@example.nl";;;ja\r\n',
      ),
    });
    await Promise.all([
      p.waitForURL(/\/importeren\/\d+$/),
      p.locator('main form button[type=submit]').click(),
    ]);
    await s.check('the dry run report', { status: 200 });
    assert.equal(await s.heading(), 'Controle van de import');
    assert.equal(await p.locator('table.jep-import-rejected tbody tr').count(), 2);
    assert.equal(await p.locator('dd[data-count=toAdd]').innerText(), '1');
    assert.equal(await p.locator('dd[data-count=toActivate]').innerText(), '1');

    await tabTo(p, byText('Importeren', 'button'), 'the Importeren button', { max: 60 });
    await pressAndWaitForNavigation(p, 'Enter');
    await s.check('the applied import', { status: 200 });
    assert.equal(await s.heading(), 'Import uitgevoerd');
    assert.match(
      await s.text('.jep-flash'),
      /1 abonnee\(s\) toegevoegd, 1 aanmelding\(en\) bevestigd/,
    );

    await s.visit(`${LIST}?q=nieuw`, { status: 200 });
    assert.equal(await p.locator('table.jep-subscribers tbody tr').count(), 1);
  });
});
