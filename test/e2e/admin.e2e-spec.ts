import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { User } from '../../src/accounts/user.entity';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf, WebClient } from '../utils/web-client';

describe('admin: users, roles and the audit log', () => {
  let t: TestApp;
  let admin: User;
  let a: WebClient;
  before(async () => {
    t = await createTestApp();
    admin = await createUser(t.dataSource, {
      role: 'admin',
      name: 'Anouk Beheer',
      email: 'anouk@example.nl',
    });
    await createUser(t.dataSource, {
      name: 'Bram Docent',
      email: 'bram@school.nl',
      organisation: 'Het Lyceum',
      role: 'professional',
    });
    await createUser(t.dataSource, {
      name: 'Carla Trainer',
      email: 'carla@example.nl',
      role: 'trainer',
    });
    await createUser(t.dataSource, {
      name: 'Dirk Nieuw',
      email: 'dirk@example.nl',
      emailVerifiedAt: null,
    });
    for (let i = 0; i < 30; i++)
      await createUser(t.dataSource, { name: `Zz Vulling ${String(i).padStart(2, '0')}` });
    a = t.client();
    await signIn(a, admin.email);
  });
  after(() => t.close());

  const names = (page: Awaited<ReturnType<WebClient['get']>>) =>
    page
      .$('tbody td:first-child')
      .map((_, td) => page.$(td).text().trim())
      .get();

  it('lists users in pages and searches by name, e-mail or organisation', async () => {
    const first = await a.get('/beheer/gebruikers');
    assert.equal(first.status, 200);
    assert.equal(names(first).length, 25);
    assert.match(textOf(first.$, '[role=status]'), /34 gebruiker/);
    const second = await a.get(first.$('a[rel=next]').attr('href')!);
    assert.equal(names(second).length, 9);
    assert.deepEqual(names(await a.get('/beheer/gebruikers?q=lyceum')), ['Bram Docent']);
    assert.deepEqual(names(await a.get('/beheer/gebruikers?q=CARLA@')), ['Carla Trainer']);
    assert.deepEqual(
      names(await a.get('/beheer/gebruikers?q=Zz%25Vulling')),
      ['Geen gebruikers gevonden.'],
      'a % is no wildcard',
    );
  });

  it('filters by role and status, and keeps the filter in the form', async () => {
    const trainers = await a.get('/beheer/gebruikers?rol=trainer');
    assert.deepEqual(names(trainers), ['Carla Trainer']);
    assert.equal(trainers.$('#filter-rol option[selected]').attr('value'), 'trainer');
    assert.deepEqual(names(await a.get('/beheer/gebruikers?status=unverified')), ['Dirk Nieuw']);
    assert.equal((await a.get('/beheer/gebruikers?rol=koning&status=x&pagina=-4')).status, 200);
  });

  it('changes a role, shows it, and records who did it in the audit log', async () => {
    const bram = await t.dataSource
      .getRepository(User)
      .findOneByOrFail({ email: 'bram@school.nl' });
    await a.get(`/beheer/gebruikers/${bram.id}`);
    const page = await a.post(
      `/beheer/gebruikers/${bram.id}/rol`,
      { role: 'partner' },
      { follow: true },
    );
    assert.match(textOf(page.$, '.jep-flash'), /rol is gewijzigd/);
    assert.equal(page.$('#field-role option[selected]').attr('value'), 'partner');
    assert.equal(
      (await t.dataSource.getRepository(User).findOneByOrFail({ id: bram.id })).role,
      'partner',
    );

    const audit = await a.get('/beheer/audit?actie=user.role_changed');
    const row = textOf(audit.$, 'tbody tr');
    assert.match(row, /anouk@example.nl/);
    assert.match(row, new RegExp(`user:${bram.id}`));
    assert.match(row, /"from":"professional","to":"partner"/);
    assert.match(textOf((await a.get('/beheer/audit?door=nobody')).$, 'tbody'), /Geen handelingen/);
  });

  it('does not let an admin change their own role', async () => {
    await a.get(`/beheer/gebruikers/${admin.id}`);
    const own = await a.post(`/beheer/gebruikers/${admin.id}/rol`, { role: 'professional' });
    assert.equal(own.status, 422);
    assert.equal(
      (await t.dataSource.getRepository(User).findOneByOrFail({ id: admin.id })).role,
      'admin',
    );
  });

  it('shows staff the staff area but not user administration', async () => {
    const staff = await createUser(t.dataSource, { role: 'staff' });
    const s = t.client();
    const login = await signIn(s, staff.email);
    assert.equal(login.location, '/beheer');
    const home = await s.get('/beheer');
    assert.equal(home.status, 200);
    assert.deepEqual(
      home
        .$('nav.jep-nav a')
        .map((_, el) => home.$(el).text())
        .get(),
      [
        'Home',
        'Aanbod',
        'Advies',
        'JOS',
        'JEPzine',
        'Netwerk',
        'Over JEP',
        'Mijn JEP',
        'Beheer',
        'Aanbod beheren',
        'Uitvoeringen',
        'JEPzine beheren',
        'Netwerk beheren',
        'Adviesvragen',
        'JOS-trajecten',
        'Rapportages',
      ],
    );
    assert.equal((await s.get('/beheer/gebruikers')).status, 403);
    const adminHome = await a.get('/beheer');
    assert.deepEqual(
      adminHome
        .$('nav.jep-nav a')
        .map((_, el) => adminHome.$(el).text())
        .get(),
      [
        'Home',
        'Aanbod',
        'Advies',
        'JOS',
        'JEPzine',
        'Netwerk',
        'Over JEP',
        'Mijn JEP',
        'Beheer',
        'Aanbod beheren',
        'Uitvoeringen',
        'JEPzine beheren',
        'Netwerk beheren',
        'Adviesvragen',
        'JOS-trajecten',
        'Rapportages',
        'Gebruikers',
        'Auditlog',
        'Bewaartermijnen',
        'Mailbox',
      ],
    );
  });
});

describe('health', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('reports liveness and database readiness as JSON', async () => {
    const c = t.client();
    const live = await c.agent.get('/health/live');
    assert.equal(live.status, 200);
    assert.deepEqual(live.body, { status: 'ok' });
    const ready = await c.agent.get('/health');
    assert.equal(ready.status, 200);
    assert.equal(ready.body.status, 'ok');
    assert.equal(ready.body.info.database.status, 'up');
  });

  it('reports not ready (503) when the database is gone, and pages say so without a stack trace', async () => {
    const user = await createUser(t.dataSource);
    const c = t.client();
    await signIn(c, user.email);
    await t.dataSource.destroy();
    try {
      const ready = await t.client().agent.get('/health');
      assert.equal(ready.status, 503);
      assert.equal(ready.body.status, 'error');
      assert.equal((await t.client().agent.get('/health/live')).status, 200);
      const page = await c.get('/mijn');
      assert.equal(page.status, 500);
      assert.match(textOf(page.$, 'h1'), /Er ging iets mis/);
      assert.doesNotMatch(page.text, /QueryFailedError|at .+:\d+:\d+/);
    } finally {
      await t.dataSource.initialize();
    }
  });
});
