import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AccountToken } from '../../src/accounts/account-token.entity';
import { User } from '../../src/accounts/user.entity';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import { createUser, signIn, TEST_PASSWORD } from '../utils/factories';
import { linkIn } from '../utils/smtp-sink';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf } from '../utils/web-client';

const REGISTRATION = {
  name: 'Fatima Yilmaz',
  email: 'Fatima.Yilmaz@School.nl',
  password: 'mijn geheime zin voor jep',
  passwordConfirm: 'mijn geheime zin voor jep',
  organisation: 'Grafisch Lyceum',
  jobTitle: 'Docent burgerschap',
  sector: 'onderwijs',
  municipalityCode: 'GM0599',
  skjNumber: '',
};

describe('accounts', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ smtp: true })));
  after(() => t.close());

  it('registers, verifies the address through the e-mailed link, logs in with the role navigation and logs out', async () => {
    const c = t.client();
    const form = await c.get('/registreren');
    assert.equal(form.status, 200);
    assert.equal(form.$('select[name=municipalityCode] option').length, 343);

    const done = await c.post('/registreren', REGISTRATION);
    assert.equal(done.status, 303);
    assert.equal(done.location, '/registreren/controleer-je-e-mail');
    const stored = await t.dataSource
      .getRepository(User)
      .findOneByOrFail({ email: 'fatima.yilmaz@school.nl' });
    assert.equal(stored.emailVerifiedAt, null);
    assert.match(stored.passwordHash, /^\$argon2id\$/);

    // not verified yet: login refused with a clear message
    const early = await c.submit(
      '/inloggen',
      { email: REGISTRATION.email, password: REGISTRATION.password },
      false,
    );
    assert.equal(early.status, 422);
    assert.match(textOf(early.$, '.jep-error-summary'), /Bevestig eerst uw e-mailadres/);

    assert.ok((await t.deliverMail()) >= 1);
    const mail = t
      .smtp!.to('fatima.yilmaz@school.nl')
      .find((m) => /Bevestig uw e-mailadres/.test(m.subject));
    assert.ok(mail, 'verification mail received by the SMTP server');
    assert.match(mail.html, /E-mailadres bevestigen/);
    const link = linkIn(mail, 'http://jep.test/account/bevestigen/');
    const verified = await c.get(link.replace('http://jep.test', ''));
    assert.equal(verified.status, 303);
    assert.equal(verified.location, '/inloggen');
    // the link works once
    const again = await t.client().get(link.replace('http://jep.test', ''));
    assert.equal(again.status, 400);
    assert.match(textOf(again.$, 'main'), /verlopen of al gebruikt/);

    const login = await c.submit(
      '/inloggen',
      { email: 'fatima.yilmaz@school.nl', password: REGISTRATION.password },
      false,
    );
    assert.equal(login.status, 303);
    assert.equal(login.location, '/mijn');
    const mine = await c.get('/mijn');
    assert.equal(mine.status, 200);
    assert.match(textOf(mine.$, 'main'), /Welkom terug, Fatima Yilmaz/);
    assert.deepEqual(
      mine
        .$('nav.jep-nav a')
        .map((_, a) => mine.$(a).text())
        .get(),
      ['Home', 'Aanbod', 'Advies', 'JOS', 'JEPzine', 'Netwerk', 'Over JEP', 'Mijn JEP'],
    );
    assert.match(textOf(mine.$, '.jep-account'), /Fatima Yilmaz \(Professional\)/);

    const out = await c.post('/uitloggen', {});
    assert.equal(out.status, 303);
    assert.equal((await c.get('/mijn')).location, '/inloggen?terug=%2Fmijn');
  });

  it('gives the same answer for a registration with a known address, and tells its owner', async () => {
    const existing = await createUser(t.dataSource, { email: 'bestaat@example.nl' });
    const page = await t
      .client()
      .submit('/registreren', { ...REGISTRATION, email: 'bestaat@example.nl' }, false);
    assert.equal(page.status, 303);
    assert.equal(page.location, '/registreren/controleer-je-e-mail');
    assert.equal(
      await t.dataSource.getRepository(User).countBy({ email: 'bestaat@example.nl' }),
      1,
    );
    const mails = await t.dataSource
      .getRepository(OutboxMessage)
      .findBy({ toAddress: existing.email });
    assert.deepEqual(
      mails.map((m) => m.template),
      ['account-exists'],
    );
  });

  it('brings the form back with the invalid fields marked, keeping the values but never the password', async () => {
    const c = t.client();
    const page = await c.submit(
      '/registreren',
      {
        ...REGISTRATION,
        email: 'geen-adres',
        name: '',
        password: 'kort',
        municipalityCode: 'GM9999',
      },
      false,
    );
    assert.equal(page.status, 422);
    const summary = page
      .$('.jep-error-summary a')
      .map((_, a) => page.$(a).attr('href'))
      .get();
    assert.deepEqual(summary, ['#field-name', '#field-email']);
    assert.equal(page.$('#field-email').attr('aria-invalid'), 'true');
    assert.equal(
      page.$('#field-email').attr('aria-describedby'),
      'field-email-hint field-email-error',
    );
    assert.equal(page.$('#field-email').val(), 'geen-adres');
    assert.equal(page.$('#field-organisation').val(), 'Grafisch Lyceum');
    assert.equal(page.$('#field-password').attr('value'), undefined);
    assert.match(textOf(page.$, '#field-name-error'), /Vul dit veld in/);
    assert.equal(
      page.$('.jep-error-summary li').first().text().trim(),
      'Naam: Vul dit veld in.',
      'the summary names the field',
    );
    assert.match(page.$('title').text(), /^Fout: Account aanmaken/);

    const weak = await c.submit(
      '/registreren',
      {
        ...REGISTRATION,
        email: 'zwak@example.nl',
        password: 'welkom123',
        passwordConfirm: 'welkom123',
      },
      false,
    );
    assert.equal(weak.status, 422);
    assert.match(textOf(weak.$, '#field-password-error'), /veel gebruikt/);

    const other = await c.submit(
      '/registreren',
      { ...REGISTRATION, email: 'anders@example.nl', passwordConfirm: 'iets anders dan dat' },
      false,
    );
    assert.equal(other.status, 422);
    assert.match(textOf(other.$, '#field-passwordConfirm-error'), /niet hetzelfde/);
    assert.equal(await t.dataSource.getRepository(User).countBy({ email: 'anders@example.nl' }), 0);
  });

  it('gives the same answer to a wrong password and an unknown address, and throttles per account', async () => {
    const user = await createUser(t.dataSource, { email: 'throttle@example.nl' });
    const c = t.client();
    const wrong = await c.submit(
      '/inloggen',
      { email: user.email, password: 'niet het goede wachtwoord' },
      false,
    );
    const unknown = await c.submit(
      '/inloggen',
      { email: 'niemand@example.nl', password: 'niet het goede wachtwoord' },
      false,
    );
    assert.equal(wrong.status, 422);
    assert.equal(unknown.status, 422);
    assert.equal(textOf(wrong.$, '.jep-error-summary'), textOf(unknown.$, '.jep-error-summary'));
    assert.equal(wrong.$('#field-email').val(), user.email);
    for (let i = 0; i < 4; i++)
      await c.submit('/inloggen', { email: user.email, password: 'nog steeds fout!' }, false);
    const locked = await c.submit(
      '/inloggen',
      { email: user.email, password: TEST_PASSWORD },
      false,
    );
    assert.equal(locked.status, 422);
    assert.match(
      textOf(locked.$, '.jep-error-summary'),
      /Te veel mislukte pogingen. Probeer het over 15 minuten/,
    );
  });

  it('resets a forgotten password with a single-use link that expires after one hour', async () => {
    const user = await createUser(t.dataSource, { email: 'vergeten@example.nl' });
    const c = t.client();
    const sent = await c.submit('/wachtwoord-vergeten', { email: 'Vergeten@example.nl' }, false);
    assert.equal(sent.location, '/wachtwoord-vergeten/verstuurd');
    const unknown = await c.submit('/wachtwoord-vergeten', { email: 'onbekend@example.nl' }, false);
    assert.equal(unknown.location, '/wachtwoord-vergeten/verstuurd');
    await t.deliverMail();
    const mail = t.smtp!.to(user.email).find((m) => /nieuw wachtwoord/.test(m.subject));
    assert.ok(mail);
    assert.equal(t.smtp!.to('onbekend@example.nl').length, 0);
    const path = linkIn(mail, 'http://jep.test/wachtwoord-herstellen/').replace(
      'http://jep.test',
      '',
    );

    const token = await t.dataSource
      .getRepository(AccountToken)
      .findOneByOrFail({ userId: user.id, purpose: 'reset_password' });
    assert.ok(Math.abs(token.expiresAt.getTime() - token.createdAt.getTime() - 3600_000) < 5_000);

    const form = await c.get(path);
    assert.equal(form.status, 200);
    const bad = await c.post(path, { password: 'kort', passwordConfirm: 'kort' });
    assert.equal(bad.status, 422);
    const done = await c.post(path, {
      password: 'een nieuwe lange zin',
      passwordConfirm: 'een nieuwe lange zin',
    });
    assert.equal(done.status, 303);
    assert.equal((await c.get(path)).status, 400, 'a used link no longer works');
    await signIn(t.client(), user.email, 'een nieuwe lange zin');

    // an expired link
    await c.submit('/wachtwoord-vergeten', { email: user.email }, false);
    await t.deliverMail();
    const second = t
      .smtp!.to(user.email)
      .filter((m) => /nieuw wachtwoord/.test(m.subject))
      .at(-1)!;
    const path2 = linkIn(second, 'http://jep.test/wachtwoord-herstellen/').replace(
      'http://jep.test',
      '',
    );
    await t.dataSource.query(
      `UPDATE account_tokens SET expires_at = ${t.config.database.type === 'postgres' ? "now() - interval '1 minute'" : "datetime('now', '-1 minute')"} WHERE used_at IS NULL`,
    );
    assert.equal((await c.get(path2)).status, 400);
  });

  it('edits the profile, changes the password (ending other sessions) and changes the e-mail address after asking the password', async () => {
    const user = await createUser(t.dataSource, {
      email: 'profiel@example.nl',
      name: 'Jan Profiel',
    });
    const c = t.client();
    const other = t.client();
    await signIn(c, user.email);
    await signIn(other, user.email);

    const form = await c.get('/mijn/profiel');
    assert.equal(form.$('#field-name').val(), 'Jan Profiel');
    const saved = await c.post(
      '/mijn/profiel',
      {
        name: 'Jan de Vries',
        organisation: 'JOU',
        jobTitle: 'Jongerenwerker',
        sector: 'jongerenwerk',
        municipalityCode: 'GM0014',
        skjNumber: '123456789',
        locale: 'nl',
      },
      { follow: true },
    );
    assert.equal(saved.status, 200);
    assert.match(textOf(saved.$, '.jep-flash'), /opgeslagen/);
    assert.equal(saved.$('#field-skjNumber').val(), '123456789');
    assert.equal(saved.$('#field-municipalityCode option[selected]').text(), 'Groningen');

    await c.get('/mijn/wachtwoord');
    const wrong = await c.post('/mijn/wachtwoord', {
      currentPassword: 'fout fout fout',
      password: 'een andere lange zin',
      passwordConfirm: 'een andere lange zin',
    });
    assert.equal(wrong.status, 422);
    assert.match(textOf(wrong.$, '#field-currentPassword-error'), /klopt niet/);
    const changed = await c.post('/mijn/wachtwoord', {
      currentPassword: TEST_PASSWORD,
      password: 'een andere lange zin',
      passwordConfirm: 'een andere lange zin',
    });
    assert.equal(changed.status, 303);
    assert.equal((await c.get('/mijn')).status, 200, 'this session goes on');
    assert.equal((await other.get('/mijn')).status, 303, 'the other session has ended');

    await c.get('/mijn/e-mailadres');
    const noPassword = await c.post('/mijn/e-mailadres', {
      email: 'nieuw@example.nl',
      password: 'fout wachtwoord!',
    });
    assert.equal(noPassword.status, 422);
    assert.equal(noPassword.$('#field-email').val(), 'nieuw@example.nl');
    const requested = await c.post('/mijn/e-mailadres', {
      email: 'Nieuw@example.nl',
      password: 'een andere lange zin',
    });
    assert.equal(requested.status, 303);
    assert.equal(
      (await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id })).email,
      'profiel@example.nl',
      'not changed before confirmation',
    );
    await t.deliverMail();
    assert.ok(
      t.smtp!.to('profiel@example.nl').some((m) => /wordt gewijzigd/.test(m.subject)),
      'old address told',
    );
    const confirm = t
      .smtp!.to('nieuw@example.nl')
      .find((m) => /nieuwe e-mailadres/.test(m.subject))!;
    const path = linkIn(confirm, 'http://jep.test/e-mailadres/bevestigen/').replace(
      'http://jep.test',
      '',
    );
    assert.equal((await c.get(path)).location, '/mijn/profiel');
    assert.equal(
      (await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id })).email,
      'nieuw@example.nl',
    );
    await signIn(t.client(), 'nieuw@example.nl', 'een andere lange zin');
  });

  it('switches the interface to English and back', async () => {
    const c = t.client();
    const switched = await c.get('/taal/en?terug=/inloggen', true);
    assert.equal(switched.$('html').attr('lang'), 'en');
    assert.equal(textOf(switched.$, 'h1'), 'Sign in');
    const back = await c.get('/taal/nl?terug=https://evil.example/', false);
    assert.equal(back.location, '/');
    assert.equal((await c.get('/inloggen')).$('html').attr('lang'), 'nl');
  });
});
