import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { User } from '../../src/accounts/user.entity';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { base32Decode } from '../../src/two-factor/base32';
import { RecoveryCode } from '../../src/two-factor/recovery-code.entity';
import { hotp, timeStep } from '../../src/two-factor/totp';
import { UserTwoFactor } from '../../src/two-factor/two-factor.entity';
import { createUser, signIn, TEST_PASSWORD, TEST_TOTP_SECRET } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf, WebClient } from '../utils/web-client';

/** The code an authenticator app shows now (offset: steps of 30 seconds later). */
function codeFor(secret: Buffer, offset = 0): string {
  return hotp(secret, timeStep(Date.now()) + offset);
}

describe('two-factor login (TOTP and recovery codes)', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp({ smtp: true });
  });
  after(() => t.close());

  /** "Thirty seconds later": forget the last used step, so a test can use the current code again. */
  async function laterFor(user: User) {
    await t.dataSource
      .getRepository(UserTwoFactor)
      .update({ userId: user.id }, { lastUsedStep: null });
  }

  async function audits(user: User, action: string) {
    return t.dataSource.getRepository(AuditEntry).countBy({ actorId: user.id, action });
  }

  async function passwordStep(client: WebClient, email: string) {
    const page = await client.submit('/inloggen', { email, password: TEST_PASSWORD }, false);
    assert.equal(page.status, 303);
    return page;
  }

  /** Sets up two-factor login through the pages; returns the secret as the page showed it and the codes. */
  async function setUp(client: WebClient) {
    const page = await client.get('/mijn/tweestapsverificatie');
    assert.equal(page.status, 200);
    const img = page.$('main img');
    assert.match(img.attr('src') ?? '', /^data:image\/png;base64,/);
    assert.ok(img.attr('alt'), 'the QR code has a text alternative');
    const shown = page.$('[data-secret]').text();
    assert.match(shown, /^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/, 'the secret in groups of four');
    const secret = base32Decode(shown)!;
    assert.equal(secret.length, 20);
    const wrong = await client.post('/mijn/tweestapsverificatie', {
      code: '000000' === codeFor(secret) ? '111111' : '000000',
    });
    assert.equal(wrong.status, 422);
    assert.match(textOf(wrong.$, '.jep-error-summary'), /klopt niet/);
    const done = await client.post('/mijn/tweestapsverificatie', { code: codeFor(secret) });
    assert.equal(done.status, 303);
    assert.equal(done.location, '/mijn/tweestapsverificatie/herstelcodes');
    const codesPage = await client.get('/mijn/tweestapsverificatie/herstelcodes');
    const codes = codesPage
      .$('[data-recovery-code]')
      .map((_, e) => codesPage.$(e).text())
      .get();
    assert.equal(codes.length, 10);
    assert.equal(new Set(codes).size, 10);
    assert.match(textOf(codesPage.$, 'main'), /alleen nu/);
    // shown once
    const again = await client.get('/mijn/tweestapsverificatie/herstelcodes');
    assert.equal(again.$('[data-recovery-code]').length, 0);
    return { secret, codes };
  }

  it('sets up with the shown secret, then asks the code at login, refusing a replayed one', async () => {
    const user = await createUser(t.dataSource, { name: 'Petra Prof' });
    const client = t.client();
    await signIn(client, user.email);
    const { secret } = await setUp(client);
    const row = await t.dataSource
      .getRepository(UserTwoFactor)
      .findOneByOrFail({ userId: user.id });
    assert.ok(row.enabledAt);
    assert.ok(!row.secretEncrypted.includes(secret.toString('hex')), 'stored encrypted');
    assert.equal(await audits(user, 'twoFactor.enabled'), 1);
    const hashes = await t.dataSource.getRepository(RecoveryCode).findBy({ userId: user.id });
    assert.equal(hashes.length, 10);
    assert.ok(hashes.every((h) => /^[0-9a-f]{64}$/.test(h.codeHash)));
    const status = await client.get('/mijn/tweestapsverificatie');
    assert.match(textOf(status.$, 'main'), /staat aan sinds/);
    assert.match(textOf(status.$, 'main'), /nog 10 ongebruikte herstelcodes/);

    // a new browser: the password alone does not sign in
    const other = t.client();
    const first = await passwordStep(other, user.email);
    assert.equal(first.location, '/inloggen/code');
    const mine = await other.get('/mijn');
    assert.equal(mine.status, 303);
    assert.match(mine.location ?? '', /^\/inloggen/);
    const step = await other.get('/inloggen/code');
    assert.equal(step.status, 200);
    assert.equal(step.$('input[name=code]').attr('autocomplete'), 'one-time-code');
    const before = other.cookies();
    const code = codeFor(secret, 1);
    const ok = await other.post('/inloggen/code', { code });
    assert.equal(ok.status, 303);
    assert.equal(ok.location, '/mijn');
    assert.notEqual(other.cookies(), before, 'the session id is renewed');
    assert.equal((await other.get('/mijn')).status, 200);

    // the same code again (another browser, same 30 seconds) is refused
    const thief = t.client();
    await passwordStep(thief, user.email);
    await thief.get('/inloggen/code');
    const replay = await thief.post('/inloggen/code', { code });
    assert.equal(replay.status, 422);
    assert.match(textOf(replay.$, '.jep-error-summary'), /al gebruikt/);
    assert.equal((await thief.get('/mijn')).status, 303, 'still not signed in');
  });

  it('refuses wrong codes and pauses the account after five', async () => {
    const user = await createUser(t.dataSource, { role: 'staff' });
    const client = t.client();
    await passwordStep(client, user.email);
    await client.get('/inloggen/code');
    const right = codeFor(TEST_TOTP_SECRET);
    const wrong = right === '123456' ? '654321' : '123456';
    for (let i = 0; i < 4; i++) {
      const page = await client.post('/inloggen/code', { code: wrong });
      assert.equal(page.status, 422, `attempt ${i + 1}`);
      assert.match(textOf(page.$, '.jep-error-summary'), /klopt niet/);
    }
    const fifth = await client.post('/inloggen/code', { code: 'AAAAA-BBBBB' });
    assert.equal(fifth.status, 422);
    const blocked = await client.post('/inloggen/code', { code: right });
    assert.equal(blocked.status, 422);
    assert.match(textOf(blocked.$, '.jep-error-summary'), /Te veel onjuiste codes/);
    assert.equal((await client.get('/beheer')).status, 303, 'not signed in');
    // junk never breaks the page
    await client.get('/inloggen/code');
    for (const junk of ['<script>x</script>', 'x'.repeat(41), '']) {
      const page = await client.post('/inloggen/code', { code: junk });
      assert.equal(page.status, 422);
      assert.ok(!page.text.includes('<script>x</script>'));
    }
  });

  it('signs in once with a recovery code, mails and audits it', async () => {
    const user = await createUser(t.dataSource, { name: 'Rik Herstel' });
    const setupClient = t.client();
    await signIn(setupClient, user.email);
    const { codes } = await setUp(setupClient);
    const client = t.client();
    await passwordStep(client, user.email);
    await client.get('/inloggen/code');
    const ok = await client.post('/inloggen/code', {
      code: codes[3].toLowerCase().replace('-', ' '),
    });
    assert.equal(ok.status, 303);
    assert.equal((await client.get('/mijn')).status, 200);
    assert.equal(await audits(user, 'twoFactor.recoveryCodeUsed'), 1);
    await t.deliverMail();
    const mail = t.smtp!.to(user.email).find((m) => /herstelcode/.test(m.subject));
    assert.ok(mail, 'mailed');
    assert.match(mail.text, /nog 9 ongebruikte herstelcodes/);

    const again = t.client();
    await passwordStep(again, user.email);
    await again.get('/inloggen/code');
    const refused = await again.post('/inloggen/code', { code: codes[3] });
    assert.equal(refused.status, 422);
    assert.equal(await audits(user, 'twoFactor.recoveryCodeUsed'), 1);
  });

  it('sends staff without two-factor login to set it up before any staff page opens', async () => {
    const staff = await createUser(t.dataSource, { role: 'staff', twoFactor: false });
    const client = t.client();
    const login = await passwordStep(client, staff.email);
    assert.equal(login.location, '/mijn/tweestapsverificatie');
    for (const path of ['/beheer', '/beheer/gebruikers', '/beheer/uitvoeringen/nieuw']) {
      const page = await client.get(path);
      assert.equal(page.status, 303, path);
      assert.equal(page.location, '/mijn/tweestapsverificatie', path);
    }
    const page = await client.get('/mijn/tweestapsverificatie');
    assert.match(textOf(page.$, 'main'), /Stel eerst tweestapsverificatie in/);
    assert.match(textOf(page.$, 'main'), /verplicht/);
    const { secret } = await setUp(client);
    assert.equal((await client.get('/beheer')).status, 200);
    // the next login asks the code
    const next = t.client();
    assert.equal((await passwordStep(next, staff.email)).location, '/inloggen/code');
    await laterFor(staff);
    await next.get('/inloggen/code');
    const done = await next.post('/inloggen/code', { code: codeFor(secret) });
    assert.equal(done.location, '/beheer');
  });

  it('lets a professional turn it off with password and code (mailed, audited); staff cannot', async () => {
    const user = await createUser(t.dataSource, { name: 'Uma Uit' });
    const client = t.client();
    await signIn(client, user.email);
    const { secret } = await setUp(client);
    await laterFor(user);
    await client.get('/mijn/tweestapsverificatie');
    const wrongPassword = await client.post('/mijn/tweestapsverificatie/uitschakelen', {
      password: 'niet mijn wachtwoord',
      code: codeFor(secret),
    });
    assert.equal(wrongPassword.status, 422);
    assert.match(textOf(wrongPassword.$, '.jep-error-summary'), /wachtwoord klopt niet/);
    const off = await client.post('/mijn/tweestapsverificatie/uitschakelen', {
      password: TEST_PASSWORD,
      code: codeFor(secret),
    });
    assert.equal(off.status, 303);
    assert.equal(await t.dataSource.getRepository(UserTwoFactor).countBy({ userId: user.id }), 0);
    assert.equal(await t.dataSource.getRepository(RecoveryCode).countBy({ userId: user.id }), 0);
    assert.equal(await audits(user, 'twoFactor.disabled'), 1);
    await t.deliverMail();
    assert.ok(t.smtp!.to(user.email).some((m) => /uitgeschakeld/.test(m.subject)));
    const login = await passwordStep(t.client(), user.email);
    assert.equal(login.location, '/mijn');

    const staff = await createUser(t.dataSource, { role: 'admin' });
    const staffClient = t.client();
    await signIn(staffClient, staff.email);
    const page = await staffClient.get('/mijn/tweestapsverificatie');
    assert.equal(page.$('form[action="/mijn/tweestapsverificatie/uitschakelen"]').length, 0);
    assert.match(textOf(page.$, 'main'), /uitschakelen kan niet/);
    await laterFor(staff);
    const refused = await staffClient.post('/mijn/tweestapsverificatie/uitschakelen', {
      password: TEST_PASSWORD,
      code: codeFor(TEST_TOTP_SECRET),
    });
    assert.equal(refused.status, 422);
    assert.match(textOf(refused.$, 'main'), /verplicht; u kunt deze niet uitschakelen/);
    assert.equal(await t.dataSource.getRepository(UserTwoFactor).countBy({ userId: staff.id }), 1);
  });

  it('makes new recovery codes with a code; the old ones stop working', async () => {
    const user = await createUser(t.dataSource, { role: 'staff' });
    const client = t.client();
    await signIn(client, user.email);
    await laterFor(user);
    await client.get('/mijn/tweestapsverificatie');
    const made = await client.post('/mijn/tweestapsverificatie/herstelcodes', {
      code: codeFor(TEST_TOTP_SECRET),
    });
    assert.equal(made.status, 303);
    const first = await client.get('/mijn/tweestapsverificatie/herstelcodes');
    const old = first.$('[data-recovery-code]').first().text();
    await laterFor(user);
    await client.get('/mijn/tweestapsverificatie');
    await client.post('/mijn/tweestapsverificatie/herstelcodes', {
      code: codeFor(TEST_TOTP_SECRET),
    });
    const second = await client.get('/mijn/tweestapsverificatie/herstelcodes');
    assert.equal(second.$('[data-recovery-code]').length, 10);
    const other = t.client();
    await passwordStep(other, user.email);
    await other.get('/inloggen/code');
    assert.equal((await other.post('/inloggen/code', { code: old })).status, 422);
    assert.equal(await audits(user, 'twoFactor.recoveryCodesRenewed'), 2);
  });

  it('sends a visitor without a pending login from the code step back to the login', async () => {
    const page = await t.client().get('/inloggen/code');
    assert.equal(page.status, 303);
    assert.equal(page.location, '/inloggen');
  });
});
