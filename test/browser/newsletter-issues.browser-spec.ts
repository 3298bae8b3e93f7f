import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { NewsletterDelivery } from '../../src/newsletter/delivery.entity';
import { NewsletterIssue } from '../../src/newsletter/issue.entity';
import { NewsletterSubscriber } from '../../src/newsletter/subscriber.entity';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import type { BrowserSession } from './support/session';

/**
 * A staff member writes a JEPzine issue in the browser: the list, the new form with a preview,
 * the draft's detail page (also with an error), and the page of an issue being sent, whose
 * progress text follows the deliveries by polling. Every page passes axe.
 */
describe('staff write and send a JEPzine issue in the browser', () => {
  let h: BrowserHarness;
  let s: BrowserSession;
  let issueUrl = '';

  before(async () => {
    h = await startHarness();
    const repo = h.testApp.dataSource.getRepository(NewsletterSubscriber);
    for (const [email, topics] of [
      ['alles@example.nl', ''],
      ['leraar@example.nl', 'onderwijs'],
      ['jongerenwerker@example.nl', 'jongerenwerk'],
    ])
      await repo.save(
        repo.create({
          email,
          topics,
          status: 'subscribed',
          subscribedAt: new Date(),
          manageToken: randomBytes(24).toString('base64url'),
        }),
      );
    const staff = await createUser(h.testApp.dataSource, { role: 'staff' });
    s = await h.newSession();
    await s.signIn(staff.email, TEST_PASSWORD, '/beheer');
  });
  after(() => h?.close());

  const click = async (name: string, label: string, status?: number) => {
    await Promise.all([
      s.page.waitForEvent('load'),
      s.page.getByRole('button', { name, exact: true }).click(),
    ]);
    await s.check(label, status ? { status } : {});
  };

  it('/beheer/jepzine — the list, then the new form with a preview of the web version', async () => {
    await s.visit('/beheer/jepzine', { status: 200 });
    assert.match(await s.text('main table'), /Er zijn nog geen edities/);
    await s.page.getByRole('link', { name: 'Nieuwe editie' }).click();
    await s.check('new issue form', { status: 200 });
    await s.page.getByLabel('Titel').fill('Samen sterk: één aanpak');
    await s.page.getByLabel('Samenvatting').fill('Hoe school en jongerenwerk samenwerken.');
    await s.page
      .getByLabel('Tekst')
      .fill('## Waarom samen\n\nScholen en jongerenwerk **weten meer** samen.');
    await s.page.getByLabel('Onderwijs').check();
    await click('Voorbeeld bekijken', 'new issue with its preview', 200);
    assert.equal(
      await s.text('#voorbeeld article h2'),
      'Waarom samen',
      'the Markdown is shown as HTML',
    );
    assert.equal(await s.page.getByLabel('Titel').inputValue(), 'Samen sterk: één aanpak');
    assert.equal(await s.page.getByLabel('Onderwijs').isChecked(), true);
    assert.equal(await h.testApp.dataSource.getRepository(NewsletterIssue).count(), 0);

    await s.page.getByLabel('Titel').fill('');
    await click('Opslaan', 'new issue with an error', 422);
    assert.match(await s.text('.jep-error-summary'), /Titel: Vul dit veld in/);
    await s.page.getByLabel('Titel').fill('Samen sterk: één aanpak');
    await click('Opslaan', 'issue saved');
    s.assertPath(/^\/beheer\/jepzine\/\d+$/);
    issueUrl = s.path();
    assert.match(await s.text('.jep-flash'), /opgeslagen als concept/);
  });

  it('the draft: recipients, the send form refusing without the tick', async () => {
    await s.visit(issueUrl, { status: 200 });
    assert.match(await s.text('.jep-facts'), /2 abonnees/);
    await click('Nu verzenden', 'send without the tick', 422);
    assert.match(await s.text('#field-confirmSend-error'), /Vink aan/);
    await s.page.getByLabel('Ik weet dat dit nu naar 2 abonnees gaat').check();
    await click('Nu verzenden', 'sending');
    assert.match(await s.text('.jep-facts'), /Wordt verzonden/);
  });

  it('the progress text follows the deliveries by polling, and the page reloads when done', async () => {
    const progressText = '[data-progress-text]';
    assert.equal(
      await s.text(progressText),
      '0 van 2 verzonden, 0 mislukt, 2 in de wachtrij, 0 overgeslagen',
    );
    const db = h.testApp.dataSource;
    const issue = await db.getRepository(NewsletterIssue).findOneByOrFail({
      id: Number(issueUrl.split('/').pop()),
    });
    const [first, second] = await db
      .getRepository(NewsletterDelivery)
      .find({ where: { issueId: issue.id }, order: { id: 'ASC' } });
    await db.getRepository(NewsletterDelivery).update(first.id, { status: 'sent' });
    await s.page
      .locator(progressText)
      .filter({ hasText: /^1 van 2 verzonden/ })
      .waitFor({ timeout: 8000 });
    assert.equal(await s.page.locator('progress').getAttribute('value'), '1');
    await s.check('progress updated by polling');

    // the last one is sent and the issue is done: the script reloads the page in its new state
    await db.getRepository(NewsletterDelivery).update(second.id, { status: 'sent' });
    await db
      .getRepository(NewsletterIssue)
      .update(issue.id, { status: 'sent', finishedAt: new Date() });
    await s.page
      .locator('.jep-facts', { hasText: /Status\s*Verzonden/ })
      .waitFor({ timeout: 8000 });
    await s.check('sent issue after the reload');
    assert.equal(
      await s.text(progressText),
      '2 van 2 verzonden, 0 mislukt, 0 in de wachtrij, 0 overgeslagen',
    );
    assert.equal(await s.page.locator('script[src="/js/newsletter-progress.js"]').count(), 0);
  });

  it('the list shows the issue as sent, 2/2', async () => {
    await s.visit('/beheer/jepzine', { status: 200 });
    assert.match(
      await s.text('main tbody'),
      /Samen sterk: één aanpak Verzonden Gestart op .* 2\/2/,
    );
  });
});
