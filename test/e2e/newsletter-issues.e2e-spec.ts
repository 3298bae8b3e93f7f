import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { User } from '../../src/accounts/user.entity';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { fromAmsterdam } from '../../src/common/views/amsterdam-time';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import { NewsletterDelivery } from '../../src/newsletter/delivery.entity';
import { NewsletterIssue } from '../../src/newsletter/issue.entity';
import { NewsletterSubscriber } from '../../src/newsletter/subscriber.entity';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';

/** A local date `days` from today as the date input sends it. */
function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const UNSAFE_BODY = [
  '## Waarom samen',
  '',
  'Scholen en jongerenwerk **weten meer** samen.',
  '',
  '<script>alert("xss")</script>',
  '',
  '[Klik hier](javascript:alert(1)) of lees [het aanbod](/aanbod).',
].join('\n');

const ISSUE = {
  title: 'Samen sterk: één aanpak',
  slug: '',
  summary: 'Hoe school en jongerenwerk samen signalen oppakken.',
  bodyMarkdown: UNSAFE_BODY,
  audiences: ['onderwijs', 'gemeenten'],
};

describe('staff write, preview, test, schedule and send JEPzine issues', () => {
  let t: TestApp;
  let s: WebClient;
  let staff: User;
  let issueId = 0;
  let issueUrl = '';

  const error = (page: Page, field: string) => textOf(page.$, `#field-${field}-error`);
  const issue = () => t.dataSource.getRepository(NewsletterIssue).findOneByOrFail({ id: issueId });
  const deliveries = () =>
    t.dataSource
      .getRepository(NewsletterDelivery)
      .find({ where: { issueId }, order: { id: 'ASC' } });

  before(async () => {
    t = await createTestApp();
    staff = await createUser(t.dataSource, { role: 'staff', email: 'redactie@example.nl' });
    s = t.client();
    await signIn(s, staff.email);
    // Three match the audiences (onderwijs, gemeenten): everything, onderwijs, gemeenten.
    const subscribers: [string, NewsletterSubscriber['status'], string][] = [
      ['alles@example.nl', 'subscribed', ''],
      ['leraar@example.nl', 'subscribed', 'onderwijs'],
      ['beleid@example.nl', 'subscribed', 'gemeenten,jongerenwerk'],
      ['politie@example.nl', 'subscribed', 'veiligheid'],
      ['weg@example.nl', 'unsubscribed', 'onderwijs'],
      ['wacht@example.nl', 'pending', ''],
    ];
    const repo = t.dataSource.getRepository(NewsletterSubscriber);
    for (const [email, status, topics] of subscribers)
      await repo.save(
        repo.create({
          email,
          status,
          topics,
          manageToken: randomBytes(24).toString('base64url'),
          subscribedAt: status === 'subscribed' ? new Date() : null,
        }),
      );
  });
  after(() => t.close());

  it('previews the web version of what was typed without storing it, script and javascript: links removed', async () => {
    const form = await s.get('/beheer/jepzine/nieuw');
    assert.equal(form.status, 200);
    assert.equal(form.$('#voorbeeld').length, 0, 'no preview before one is asked for');
    const page = await s.post('/beheer/jepzine', { ...ISSUE, action: 'preview' });
    assert.equal(page.status, 200);
    assert.equal(await t.dataSource.getRepository(NewsletterIssue).count(), 0, 'nothing stored');
    // the same form, with what was typed
    assert.equal(page.$('#field-title').val(), ISSUE.title);
    assert.equal(page.$('#field-bodyMarkdown').text(), UNSAFE_BODY);
    assert.equal(page.$('#field-audiences-onderwijs').attr('checked'), 'checked');
    assert.equal(page.$('#field-audiences-veiligheid').attr('checked'), undefined);
    // and below it the Markdown as HTML
    const preview = page.$('#voorbeeld');
    assert.equal(preview.find('h2').eq(1).text(), 'Waarom samen');
    assert.equal(preview.find('strong').last().text(), 'weten meer');
    assert.equal(preview.find('a[href="http://jep.test/aanbod"]').text(), 'het aanbod');
    assert.equal(preview.find('script').length, 0);
    assert.equal(page.$('script:not([src])').length, 0, 'no inline script anywhere');
    assert.equal(page.$('a[href^="javascript"]').length, 0);
    assert.doesNotMatch(preview.html() ?? '', /javascript:|<script/i);
  });

  it('saves a draft with a slug made from the title, and records it in the audit log', async () => {
    await s.get('/beheer/jepzine/nieuw');
    const saved = await s.post('/beheer/jepzine', { ...ISSUE, action: 'save' });
    assert.equal(saved.status, 303);
    const stored = await t.dataSource
      .getRepository(NewsletterIssue)
      .findOneByOrFail({ slug: 'samen-sterk-een-aanpak' });
    issueId = stored.id;
    issueUrl = `/beheer/jepzine/${issueId}`;
    assert.equal(saved.location, issueUrl);
    assert.equal(stored.status, 'draft');
    assert.equal(stored.audiences, 'onderwijs,gemeenten');
    assert.equal(stored.bodyMarkdown, UNSAFE_BODY, 'stored as typed; sanitised when shown');
    assert.equal(stored.createdBy, staff.id);
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'newsletter.create', subjectId: String(issueId) });
    assert.equal(audit.actorId, staff.id);

    const page = await s.get(issueUrl);
    assert.match(textOf(page.$, '.jep-flash'), /opgeslagen als concept/);
    assert.equal(textOf(page.$, 'h1'), ISSUE.title);
    assert.match(textOf(page.$, '.jep-facts'), /Concept/);
    assert.match(textOf(page.$, '.jep-facts'), /\/jepzine\/samen-sterk-een-aanpak/);
    assert.match(textOf(page.$, '.jep-facts'), /Onderwijs, Gemeenten/);
    assert.match(textOf(page.$, '.jep-facts'), /3 abonnees/, 'subscribed and matching only');
    assert.equal(page.$('#field-title').val(), ISSUE.title);
  });

  it('refuses a taken slug, a malformed slug and a body over 100,000 characters, keeping what was typed', async () => {
    await s.get('/beheer/jepzine/nieuw');
    const taken = await s.post('/beheer/jepzine', { ...ISSUE, action: 'save' });
    assert.equal(taken.status, 422);
    assert.match(error(taken, 'slug'), /Er is al een editie met dit webadres/);
    assert.match(textOf(taken.$, '.jep-error-summary'), /Webadres: Er is al een editie/);
    assert.equal(taken.$('#field-title').val(), ISSUE.title);
    // The public pages under /jepzine keep their names.
    const page = await s.post('/beheer/jepzine', { ...ISSUE, slug: 'aanmelden', action: 'save' });
    assert.equal(page.status, 422);
    assert.match(error(page, 'slug'), /Er is al een editie met dit webadres/);

    const malformed = await s.post('/beheer/jepzine', {
      ...ISSUE,
      slug: 'Samen Sterk!',
      action: 'save',
    });
    assert.equal(malformed.status, 422);
    assert.match(error(malformed, 'slug'), /kleine letters, cijfers en streepjes/);

    const long = await s.post('/beheer/jepzine', {
      ...ISSUE,
      slug: 'lang',
      bodyMarkdown: 'a'.repeat(100_001),
      action: 'save',
    });
    assert.equal(long.status, 422, 'the form again, not an error page');
    assert.match(error(long, 'bodyMarkdown'), /hooguit 100000 tekens/);
    assert.equal(long.$('#field-summary').text(), ISSUE.summary);
    const longPreview = await s.post('/beheer/jepzine', {
      ...ISSUE,
      bodyMarkdown: 'a'.repeat(100_001),
      action: 'preview',
    });
    assert.equal(longPreview.status, 422);
    assert.match(error(longPreview, 'bodyMarkdown'), /100000/);

    const limit = await s.post('/beheer/jepzine', {
      ...ISSUE,
      title: 'Lange editie',
      slug: 'precies-de-grens',
      bodyMarkdown: `${'é'.repeat(50_000)}${'a'.repeat(50_000)}`,
      action: 'save',
    });
    assert.equal(limit.status, 303, 'exactly 100,000 characters (with accents) is fine');
    await s.get('/beheer/jepzine/nieuw');
    const missing = await s.post('/beheer/jepzine', { title: '', summary: '', bodyMarkdown: '' });
    assert.equal(missing.status, 422);
    assert.match(error(missing, 'title'), /Vul dit veld in/);
    assert.equal(
      await t.dataSource.getRepository(NewsletterIssue).count(),
      2,
      'only the valid ones stored',
    );
  });

  it('edits the draft, with a preview on the detail page first', async () => {
    await s.get(issueUrl);
    const preview = await s.post(issueUrl, {
      ...ISSUE,
      slug: 'samen-sterk-een-aanpak',
      title: 'Samen sterk: één aanpak (maart)',
      action: 'preview',
    });
    assert.equal(preview.status, 200);
    assert.equal(preview.$('#field-title').val(), 'Samen sterk: één aanpak (maart)');
    assert.equal(preview.$('#voorbeeld strong').first().text(), 'Samen sterk: één aanpak (maart)');
    assert.equal(preview.$('#voorbeeld script').length, 0);
    assert.equal((await issue()).title, ISSUE.title, 'the preview stored nothing');
    const untick = await s.post(issueUrl, { ...ISSUE, audiences: [], action: 'preview' });
    assert.equal(untick.status, 200);
    assert.equal(untick.$('#field-audiences-onderwijs').attr('checked'), undefined, 'as posted');

    const saved = await s.post(issueUrl, {
      ...ISSUE,
      slug: 'samen-sterk-een-aanpak',
      title: 'Samen sterk: één aanpak (maart)',
      audiences: ['onderwijs', 'gemeenten'],
      action: 'save',
    });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, issueUrl);
    assert.equal((await issue()).title, 'Samen sterk: één aanpak (maart)');
    assert.ok(
      await t.dataSource
        .getRepository(AuditEntry)
        .existsBy({ action: 'newsletter.update', subjectId: String(issueId) }),
    );
    await s.get(issueUrl);
    const taken = await s.post(issueUrl, {
      ...ISSUE,
      slug: 'precies-de-grens',
      action: 'save',
    });
    assert.equal(taken.status, 422);
    assert.match(error(taken, 'slug'), /Er is al een editie met dit webadres/);
  });

  it('sends a test to the staff member’s own address through the outbox', async () => {
    await s.get(issueUrl);
    const sent = await s.post(`${issueUrl}/test`, {});
    assert.equal(sent.status, 303);
    assert.equal(sent.location, issueUrl);
    const page = await s.get(issueUrl);
    assert.match(textOf(page.$, '.jep-flash'), /verstuurd naar redactie@example\.nl/);
    const mail = await t.dataSource
      .getRepository(OutboxMessage)
      .findOneByOrFail({ toAddress: 'redactie@example.nl' });
    assert.match(mail.subject, /^\[TEST\] /);
    assert.match(mail.subject, /Samen sterk/);
    assert.equal((await deliveries()).length, 0, 'a test goes to no subscriber');
    assert.equal((await issue()).status, 'draft');
  });

  it('does not send without the tick, and says why', async () => {
    const page = await s.get(issueUrl);
    assert.equal(
      textOf(page.$, 'label[for="field-confirmSend"]'),
      'Ik weet dat dit nu naar 3 abonnees gaat',
    );
    const refused = await s.post(`${issueUrl}/verzenden`, {});
    assert.equal(refused.status, 422);
    assert.match(error(refused, 'confirmSend'), /Vink aan/);
    assert.match(textOf(refused.$, '.jep-error-summary'), /Vink aan/);
    assert.equal((await deliveries()).length, 0);
    assert.equal((await issue()).status, 'draft');
  });

  it('schedules in Amsterdam time: not in the past, then in the future, then withdrawn', async () => {
    await s.get(issueUrl);
    const past = await s.post(`${issueUrl}/inplannen`, {
      scheduledDate: day(-1),
      scheduledTime: '09:00',
    });
    assert.equal(past.status, 422);
    assert.match(error(past, 'scheduledAt'), /Kies een moment in de toekomst/);
    assert.match(textOf(past.$, '.jep-error-summary'), /Verzendmoment \(Nederlandse tijd\): Kies/);
    assert.equal(past.$('#field-scheduledDate').val(), day(-1), 'kept');
    const nonsense = await s.post(`${issueUrl}/inplannen`, {
      scheduledDate: '2031-02-31',
      scheduledTime: '09:00',
    });
    assert.equal(nonsense.status, 422);
    assert.match(error(nonsense, 'scheduledAt'), /bestaande datum en tijd/);
    const empty = await s.post(`${issueUrl}/inplannen`, { scheduledDate: '', scheduledTime: '' });
    assert.equal(empty.status, 422);
    assert.match(error(empty, 'scheduledDate'), /Vul dit veld in/);
    assert.equal((await issue()).status, 'draft');

    const date = day(10);
    const scheduled = await s.post(`${issueUrl}/inplannen`, {
      scheduledDate: date,
      scheduledTime: '07:30',
    });
    assert.equal(scheduled.status, 303);
    const stored = await issue();
    assert.equal(stored.status, 'scheduled');
    assert.equal(stored.scheduledAt?.toISOString(), fromAmsterdam(date, '07:30')?.toISOString());
    const page = await s.get(issueUrl);
    assert.match(textOf(page.$, '.jep-flash'), /ingepland voor .* 07:30/);
    assert.match(textOf(page.$, '.jep-facts'), /Ingepland/);
    assert.equal(page.$('#field-scheduledTime').val(), '07:30');
    const list = await s.get('/beheer/jepzine');
    assert.match(textOf(list.$, 'tbody'), /Ingepland voor .* 07:30/);

    const withdrawn = await s.post(`${issueUrl}/inplanning-intrekken`, {});
    assert.equal(withdrawn.status, 303);
    const after = await issue();
    assert.equal(after.status, 'draft');
    assert.equal(after.scheduledAt, null);
    const again = await s.get(issueUrl);
    assert.match(textOf(again.$, '.jep-flash'), /weer een concept/);
    // withdrawing twice is a wrong state: the page with the message, not a 500
    const twice = await s.post(`${issueUrl}/inplanning-intrekken`, {});
    assert.equal(twice.status, 422);
    assert.match(textOf(twice.$, '#field-status'), /kan niet in de huidige stand/);
  });

  it('sends now with the tick: status sending, one queued delivery per matching subscriber', async () => {
    await s.get(issueUrl);
    const sent = await s.post(`${issueUrl}/verzenden`, { confirmSend: 'on' });
    assert.equal(sent.status, 303);
    assert.equal((await issue()).status, 'sending');
    const rows = await deliveries();
    assert.equal(rows.length, 3);
    assert.ok(rows.every((d) => d.status === 'queued'));
    const page = await s.get(issueUrl);
    assert.match(textOf(page.$, '.jep-flash'), /verzonden naar 3 abonnees/);
    assert.match(textOf(page.$, '.jep-facts'), /Wordt verzonden/);
    assert.equal(page.$('progress').attr('value'), '0');
    assert.equal(page.$('progress').attr('max'), '3');
    assert.equal(
      textOf(page.$, '[aria-live="polite"]'),
      '0 van 3 verzonden, 0 mislukt, 3 in de wachtrij, 0 overgeslagen',
    );
    assert.equal(page.$('script[src="/js/newsletter-progress.js"][defer]').length, 1);
    assert.equal(page.$('#field-title').length, 0, 'no edit form any more');
    // the content is shown as the web version, still without script or javascript: links
    assert.equal(page.$('#inhoud-editie strong').last().text(), 'weten meer');
    assert.equal(page.$('#inhoud-editie script').length, 0);
    assert.equal(page.$('a[href^="javascript"]').length, 0);
  });

  it('refreshes automatically only when asked, with an HTTP Refresh header and a way to stop', async () => {
    const plain = await s.get(issueUrl);
    assert.equal(plain.headers.refresh, undefined);
    assert.equal(plain.$('meta[http-equiv]').length, 0);
    const start = plain.$('a:contains("Automatisch verversen")').attr('href');
    assert.equal(start, `${issueUrl}?verversen=1`);
    const refreshing = await s.get(start);
    assert.equal(refreshing.headers.refresh, '5');
    assert.equal(refreshing.$('a:contains("Stop automatisch verversen")').attr('href'), issueUrl);
  });

  it('gives the progress as JSON, not cached, with the counts', async () => {
    const [first, second] = await deliveries();
    const repo = t.dataSource.getRepository(NewsletterDelivery);
    await repo.update(first.id, { status: 'sent', sentAt: new Date() });
    await repo.update(second.id, { status: 'failed', lastError: '550 mailbox unavailable' });
    const res = await s.agent.get(`${issueUrl}/voortgang.json`).set('Accept', 'application/json');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /application\/json/);
    assert.equal(res.headers['cache-control'], 'no-store');
    const body = res.body as Record<string, unknown>;
    assert.equal(body.issueId, issueId);
    assert.equal(body.status, 'sending');
    assert.equal(body.total, 3);
    assert.equal(body.sent, 1);
    assert.equal(body.failed, 1);
    assert.equal(body.queued, 1);
    assert.equal(body.text, '1 van 3 verzonden, 1 mislukt, 1 in de wachtrij, 0 overgeslagen');
    const list = await s.get('/beheer/jepzine');
    const row = list.$(`tbody tr:has(a[href="${issueUrl}"])`);
    assert.match(row.text(), /Wordt verzonden/);
    assert.match(row.text(), /1\/3/);
  });

  it('warns that recovered deliveries may have arrived twice', async () => {
    await t.dataSource.getRepository(NewsletterIssue).update(issueId, { recoveredInFlight: 2 });
    const page = await s.get(issueUrl);
    assert.match(
      textOf(page.$, '[data-progress-note]'),
      /^2 berichten waren onderweg toen een verzender stopte; zij zijn opnieuw verzonden en kunnen dubbel zijn aangekomen/,
    );
    await t.dataSource.getRepository(NewsletterIssue).update(issueId, { recoveredInFlight: 0 });
    assert.ok((await s.get(issueUrl)).$('[data-progress-note]').is('[hidden]'));
  });

  it('no longer edits an issue that is being sent', async () => {
    await s.get(issueUrl);
    const refused = await s.post(issueUrl, { ...ISSUE, title: 'Te laat', action: 'save' });
    assert.equal(refused.status, 422);
    assert.match(textOf(refused.$, '#field-status'), /kan niet meer worden gewijzigd/);
    assert.notEqual((await issue()).title, 'Te laat');
  });

  it('retries the failed, pauses, resumes and cancels, each shown on the page', async () => {
    let page = await s.get(issueUrl);
    assert.equal(page.$('button:contains("Mislukte opnieuw proberen")').length, 1);
    const retried = await s.post(`${issueUrl}/opnieuw-proberen`, {});
    assert.equal(retried.status, 303);
    assert.deepEqual(
      (await deliveries()).map((d) => d.status),
      ['sent', 'queued', 'queued'],
    );
    page = await s.get(issueUrl);
    assert.match(textOf(page.$, '.jep-flash'), /1 mislukte berichten staan weer in de wachtrij/);
    assert.equal(page.$('button:contains("Mislukte opnieuw proberen")').length, 0);

    const paused = await s.post(`${issueUrl}/pauzeren`, {});
    assert.equal(paused.status, 303);
    page = await s.get(issueUrl);
    assert.match(textOf(page.$, '.jep-facts'), /Gepauzeerd/);
    assert.match(textOf(page.$, '.jep-flash'), /gepauzeerd/);
    assert.equal(page.$('script[src="/js/newsletter-progress.js"]').length, 0, 'nothing to poll');
    assert.equal(page.$('button:contains("Hervatten")').length, 1);
    assert.equal(page.$('button:contains("Pauzeren")').length, 0);
    const pausedTwice = await s.post(`${issueUrl}/pauzeren`, {});
    assert.equal(pausedTwice.status, 422, 'a wrong state is the page with a message');
    assert.match(textOf(pausedTwice.$, '#field-status'), /kan niet in de huidige stand/);

    const resumed = await s.post(`${issueUrl}/hervatten`, {});
    assert.equal(resumed.status, 303);
    page = await s.get(issueUrl);
    assert.match(textOf(page.$, '.jep-facts'), /Wordt verzonden/);

    const unconfirmed = await s.post(`${issueUrl}/annuleren`, {});
    assert.equal(unconfirmed.status, 422);
    assert.match(error(unconfirmed, 'confirmCancel'), /Vink aan/);
    assert.equal((await issue()).status, 'sending');
    const cancelled = await s.post(`${issueUrl}/annuleren`, { confirmCancel: 'on' });
    assert.equal(cancelled.status, 303);
    assert.equal((await issue()).status, 'cancelled');
    assert.deepEqual(
      (await deliveries()).map((d) => d.status),
      ['sent', 'cancelled', 'cancelled'],
    );
    page = await s.get(issueUrl);
    assert.match(textOf(page.$, '.jep-facts'), /Geannuleerd/);
    assert.match(textOf(page.$, '[aria-live="polite"]'), /^1 van 3 verzonden.*2 geannuleerd$/);
    assert.equal(page.$('main form[action^="/beheer/jepzine/"]').length, 0, 'nothing left to do');
    for (const action of ['newsletter.send', 'newsletter.pause', 'newsletter.cancel'])
      assert.ok(
        await t.dataSource
          .getRepository(AuditEntry)
          .existsBy({ action, subjectId: String(issueId) }),
        action,
      );
  });

  it('lists the issues newest first, with links to a new issue and the subscribers', async () => {
    const page = await s.get('/beheer/jepzine');
    assert.equal(page.status, 200);
    const titles = page
      .$('tbody tr td:first-child')
      .map((_, el) => page.$(el).text().trim())
      .get();
    assert.deepEqual(titles, ['Lange editie', 'Samen sterk: één aanpak (maart)']);
    assert.match(textOf(page.$, 'tbody'), /Concept.*Nog niet ingepland/);
    assert.equal(page.$('a[href="/beheer/jepzine/nieuw"]').text(), 'Nieuwe editie');
    assert.equal(page.$('a[href="/beheer/jepzine/abonnees"]').length, 1);
  });

  it('answers an unknown issue with 404', async () => {
    assert.equal((await s.get('/beheer/jepzine/999999')).status, 404);
    assert.equal((await s.get('/beheer/jepzine/999999/voortgang.json')).status, 404);
    await s.get('/beheer/jepzine');
    assert.equal(
      (await s.post('/beheer/jepzine/999999/verzenden', { confirmSend: 'on' })).status,
      404,
    );
  });

  it('refuses professionals on every issue route (403) and sends visitors to sign in', async () => {
    const professional = await createUser(t.dataSource, { role: 'professional' });
    const p = t.client();
    await signIn(p, professional.email);
    for (const path of [
      '/beheer/jepzine',
      '/beheer/jepzine/nieuw',
      issueUrl,
      `${issueUrl}/voortgang.json`,
    ])
      assert.equal((await p.get(path)).status, 403, path);
    await p.get('/mijn');
    for (const path of [
      '/beheer/jepzine',
      issueUrl,
      `${issueUrl}/test`,
      `${issueUrl}/verzenden`,
      `${issueUrl}/annuleren`,
    ])
      assert.equal(
        (await p.post(path, { ...ISSUE, confirmSend: 'on', confirmCancel: 'on' })).status,
        403,
        `POST ${path}`,
      );
    assert.equal(
      await t.dataSource.getRepository(OutboxMessage).countBy({ toAddress: professional.email }),
      0,
    );
    const visitor = await t.client().get(`${issueUrl}/voortgang.json`);
    assert.equal(visitor.status, 303);
    assert.match(visitor.location ?? '', /^\/inloggen/);
  });
});
