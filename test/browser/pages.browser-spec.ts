import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { OfferingAdminService } from '../../src/catalogue/offering-admin.service';
import { EditionAdminService } from '../../src/scheduling/edition-admin.service';
import { MeetingService } from '../../src/scheduling/meeting.service';
import { Offering } from '../../src/catalogue/offering.entity';
import { fromAmsterdam } from '../../src/common/views/amsterdam-time';
import { EditionTrainer } from '../../src/scheduling/edition-trainer.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { Meeting } from '../../src/scheduling/meeting.entity';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import { latestMailTo, linkIn } from './support/mail';
import type { BrowserSession } from './support/session';

/** Edition ids by title, of the editions planned by `planEdition`. */
const planned: Record<string, number> = {};

/** An edition of the offering "Training Samenwerken", with meetings and trainers, written straight to the database. */
async function planEdition(
  h: BrowserHarness,
  spec: {
    title: string;
    meetings: [Date, Date][];
    trainers?: User[];
    online?: boolean;
    capacity?: number;
    seatsTaken?: number;
  },
): Promise<void> {
  const ds = h.testApp.dataSource;
  const offerings = ds.getRepository(Offering);
  const offering =
    (await offerings.findOneBy({ slug: 'training-samenwerken' })) ??
    (await offerings.save(
      offerings.create({
        kind: 'training',
        title: 'Training Samenwerken',
        slug: 'training-samenwerken',
        summary: 'School en jongerenwerk samen.',
        description: 'Samen signaleren.',
        audience: 'onderwijs',
        studyLoadHours: 6,
        skjPoints: 4,
        completionRule: 'all_meetings',
        completionPercent: null,
        excusedCounts: false,
        requiresApproval: false,
        published: false,
      }),
    ));
  const edition = await ds.getRepository(Edition).save({
    offeringId: offering.id,
    title: spec.title,
    capacity: spec.capacity ?? 20,
    seatsTaken: spec.seatsTaken ?? 0,
    registrationOpensAt: new Date(Date.now() - 86_400_000),
    registrationClosesAt: spec.meetings[0][0],
    regionCode: 'PV26',
    notes: '',
    status: 'published',
    startsAt: spec.meetings[0][0],
    endsAt: spec.meetings[spec.meetings.length - 1][1],
  });
  await ds.getRepository(Meeting).insert(
    spec.meetings.map(([startsAt, endsAt]) => ({
      editionId: edition.id,
      startsAt,
      endsAt,
      locationName: spec.online ? null : 'De Observant',
      address: spec.online ? null : 'Stadhuisplein 7',
      municipalityCode: spec.online ? null : 'GM0307',
      locationKey: spec.online ? null : 'de observant|stadhuisplein 7',
      onlineUrl: spec.online ? 'https://meet.example.nl/samen' : null,
    })),
  );
  if (spec.trainers?.length)
    await ds
      .getRepository(EditionTrainer)
      .insert(spec.trainers.map((u) => ({ editionId: edition.id, userId: u.id })));
  planned[spec.title] = edition.id;
}

/**
 * Every page of the platform in a real browser, as the role that sees it: status, visible text,
 * zero axe (WCAG 2.1 AA) violations, no console errors, no CSP violations, no broken resources.
 */
// The role groups run side by side (each in its own browser context); the tests inside a group in order.
describe('pages in the browser (axe, console, CSP)', { concurrency: true }, () => {
  let h: BrowserHarness;
  let professional: User;
  let staff: User;
  let admin: User;

  before(async () => {
    h = await startHarness();
    [professional, staff, admin] = await Promise.all([
      createUser(h.testApp.dataSource, { role: 'professional', name: 'Pim Professional' }),
      createUser(h.testApp.dataSource, { role: 'staff', name: 'Sanne Medewerker' }),
      createUser(h.testApp.dataSource, { role: 'admin', name: 'Ada Beheerder' }),
    ]);
  });
  after(() => h?.close());

  describe('as a guest: the public pages', { concurrency: false }, () => {
    let guest: BrowserSession;
    before(async () => (guest = await h.newSession()));

    const publicPages: [string, string][] = [
      ['/', 'Samen werken aan weerbare jongeren'],
      ['/over', 'Over Platform JEP'],
      ['/inloggen', 'Inloggen'],
      ['/registreren', 'Account aanmaken'],
      ['/registreren/controleer-je-e-mail', 'Bevestig uw e-mailadres'],
      ['/wachtwoord-vergeten', 'Wachtwoord vergeten'],
      ['/wachtwoord-vergeten/verstuurd', 'Kijk in uw e-mail'],
    ];
    for (const [path, heading] of publicPages) {
      it(`${path} — "${heading}"`, async () => {
        await guest.visit(path, { status: 200, finalPath: path });
        assert.equal(await guest.heading(), heading);
        assert.equal(await guest.page.getAttribute('html', 'lang'), 'nl');
        assert.match(await guest.page.title(), /Platform JEP$/);
        // a guest sees the sign-in links, not the role navigation
        assert.equal(await guest.page.locator('header a[href="/inloggen"]').count(), 1);
        assert.equal(await guest.page.locator('nav.jep-nav a[href="/mijn"]').count(), 0);
      });
    }
  });

  describe('as a guest: the catalogue', { concurrency: false }, () => {
    let guest: BrowserSession;
    let editionId: number;
    const year = new Date().getFullYear() + 1;
    const slug = 'omgaan-met-extreme-idealen';

    before(async () => {
      guest = await h.newSession();
      const app = h.testApp.app;
      const offering = await app.get(OfferingAdminService).create(staff, {
        kind: 'omei',
        title: 'Omgaan met Extreme Idealen',
        slug,
        summary: 'Herkennen en bespreken van extreme idealen </script> bij jongeren.',
        description:
          '## Wat leert u\n\nSignalen **herkennen** en het gesprek aangaan.\n\n- oefenen\n- bespreken',
        audience: ['onderwijs', 'jongerenwerk'],
        studyLoadHours: '16',
        skjPoints: '12',
        completionRule: 'min_percent',
        completionPercent: '80',
        published: 'on',
      });
      const editions = app.get(EditionAdminService);
      const edition = await editions.create(staff, {
        offeringId: String(offering.id),
        title: 'Utrecht, winter',
        capacity: '12',
        opensDate: `${year - 1}-01-01`,
        opensTime: '09:00',
        closesDate: `${year}-11-30`,
        closesTime: '17:00',
        regionCode: 'PV26',
        notes: 'Neem uw laptop mee.\nLunch is inbegrepen.',
      });
      const meetings = app.get(MeetingService);
      await meetings.add(
        staff,
        edition.id,
        {
          date: `${year}-12-03`,
          startTime: '14:30',
          endTime: '17:00',
          mode: 'location',
          locationName: 'Stadskantoor',
          address: 'Stadsplateau 1',
          municipalityCode: 'GM0344',
        },
        'nl',
      );
      await meetings.add(
        staff,
        edition.id,
        {
          date: `${year}-12-10`,
          startTime: '14:30',
          endTime: '17:00',
          mode: 'online',
          onlineUrl: 'https://meet.example.nl/omei',
        },
        'nl',
      );
      await editions.changeStatus(staff, edition.id, 'published');
      editionId = edition.id;
    });

    it('/aanbod — the catalogue with its filter form', async () => {
      await guest.visit('/aanbod', { status: 200 });
      assert.equal(await guest.heading(), 'Aanbod');
      assert.equal(
        await guest.page.getAttribute('nav.jep-nav a[href="/aanbod"]', 'aria-current'),
        'page',
      );
      assert.equal(await guest.text('main [role=status]'), '1 training of werkatelier gevonden');
      assert.equal(
        await guest.page.locator(`main a[href="/uitvoeringen/${editionId}"]`).count(),
        1,
      );
    });

    it('/aanbod with filters — chosen in the form, kept after submitting it', async () => {
      await guest.visit('/aanbod');
      await guest.page.locator('#filter-soort').selectOption('omei');
      await guest.page.locator('#filter-provincie').selectOption('PV26');
      await guest.page.getByLabel('Alleen met vrije plaatsen').check();
      await Promise.all([
        guest.page.waitForURL((u) => u.searchParams.get('soort') === 'omei'),
        guest.page.locator('main form button[type=submit]').click(),
      ]);
      await guest.check('the catalogue, filtered');
      assert.equal(guest.path(), '/aanbod?soort=omei&provincie=PV26&maand=&plekken=1');
      assert.equal(await guest.page.inputValue('#filter-provincie'), 'PV26');
      assert.ok(await guest.page.locator('#filter-plekken').isChecked());
      assert.equal(await guest.text('main [role=status]'), '1 training of werkatelier gevonden');
      await guest.visit(`/aanbod?maand=${year + 5}-01`, { status: 200 });
      assert.equal(await guest.text('main [role=status]'), '0 trainingen en werkateliers gevonden');
    });

    it('/aanbod/:slug — the offering, its editions and JSON-LD (no CSP violation)', async () => {
      await guest.visit('/aanbod');
      await Promise.all([
        guest.page.waitForURL(`**/aanbod/${slug}`),
        guest.page.locator(`main h2 a[href="/aanbod/${slug}"]`).click(),
      ]);
      await guest.check('the offering page');
      assert.equal(await guest.heading(), 'Omgaan met Extreme Idealen');
      assert.equal(await guest.text('.jep-catalogue-description h2'), 'Wat leert u');
      const ld = JSON.parse(
        (await guest.page.locator('script[type="application/ld+json"]').textContent()) ?? '',
      );
      assert.equal(ld['@type'], 'Course');
      assert.equal(
        ld.description,
        'Herkennen en bespreken van extreme idealen </script> bij jongeren.',
      );
      assert.equal(ld.hasCourseInstance.length, 1);
    });

    it('/uitvoeringen/:id — the edition with its meetings, reached from the offering', async () => {
      await guest.visit(`/aanbod/${slug}`);
      await Promise.all([
        guest.page.waitForURL(`**/uitvoeringen/${editionId}`),
        guest.page.locator(`main a[href="/uitvoeringen/${editionId}"]`).click(),
      ]);
      await guest.check('the edition page');
      assert.equal(await guest.heading(), 'Utrecht, winter');
      assert.equal(await guest.text('main tbody tr:first-child td'), '14:30–17:00');
      assert.equal(
        await guest.page.locator('main tbody tr:nth-child(2) a').count(),
        0,
        'the meeting link is for participants only',
      );
      assert.match(await guest.text('main tbody tr:nth-child(2)'), /Online/);
      const ld = JSON.parse(
        (await guest.page.locator('script[type="application/ld+json"]').textContent()) ?? '',
      );
      assert.equal(ld.hasCourseInstance[0]['@type'], 'CourseInstance');
      assert.equal(ld.hasCourseInstance[0].courseMode, 'blended');
      await guest.visit('/uitvoeringen/geen-nummer', { status: 404 });
      assert.equal(await guest.heading(), 'Pagina niet gevonden');
    });

    it('/aanbod and /uitvoeringen/:id in English', async () => {
      const en = await h.newSession();
      await en.visit(`/taal/en?terug=${encodeURIComponent('/aanbod')}`, { finalPath: '/aanbod' });
      assert.equal(await en.heading(), 'Trainings and workshops');
      assert.equal(await en.text('main .jep-catalogue-kind'), 'OMEI training');
      await en.visit(`/uitvoeringen/${editionId}`, { status: 200 });
      assert.equal(await en.page.getAttribute('html', 'lang'), 'en');
    });
  });

  describe('as a guest: forms with errors, links from mail, errors', { concurrency: false }, () => {
    let guest: BrowserSession;
    before(async () => (guest = await h.newSession()));

    it('the register form posted empty: 422 with an error summary that links to the fields', async () => {
      await guest.visit('/registreren');
      await Promise.all([
        guest.page.waitForURL('**/registreren'),
        guest.page.locator('main form button[type=submit]').click(),
      ]);
      await guest.check('register form with errors', { status: 422 });
      const summary = guest.page.locator('.jep-error-summary');
      assert.equal(await summary.getAttribute('role'), 'alert');
      assert.equal(await guest.text('#error-summary-title'), 'Er is iets niet goed ingevuld');
      const links = await guest.attributes('.jep-error-summary a', 'href');
      assert.ok(links.length >= 6, `one link per missing field, got ${links.join(', ')}`);
      for (const href of links) {
        assert.match(href, /^#field-/);
        const field = guest.page.locator(href);
        assert.equal(await field.count(), 1, `${href} points to a field`);
        assert.equal(await field.getAttribute('aria-invalid'), 'true', `${href} is marked invalid`);
      }
      assert.match(await guest.text('#field-name-error'), /Vul dit veld in/);
    });

    it('the login form with a wrong password: 422, the message in the error summary', async () => {
      await guest.visit('/inloggen');
      await guest.page.locator('#field-email').fill(professional.email);
      await guest.page.locator('#field-password').fill('dit is niet het wachtwoord');
      await Promise.all([
        guest.page.waitForURL('**/inloggen'),
        guest.page.locator('main form button[type=submit]').click(),
      ]);
      await guest.check('login with a wrong password', { status: 422 });
      assert.ok(await guest.page.locator('.jep-error-summary').isVisible());
      assert.equal(
        await guest.page.inputValue('#field-email'),
        professional.email,
        'the e-mail address is kept',
      );
      assert.equal(
        await guest.page.inputValue('#field-password'),
        '',
        'the password is never echoed',
      );
    });

    it('registration → /account/bevestigen/:token → the login page with a confirmation', async () => {
      const email = `nieuw-${Date.now()}@example.nl`;
      const register = await h.newSession();
      await register.visit('/registreren');
      const p = register.page;
      await p.locator('#field-name').fill('Noor Nieuw');
      await p.locator('#field-email').fill(email);
      await p.locator('#field-password').fill(TEST_PASSWORD);
      await p.locator('#field-passwordConfirm').fill(TEST_PASSWORD);
      await p.locator('#field-organisation').fill('Buurtwerk Noord');
      await p.locator('#field-jobTitle').fill('Jongerenwerker');
      await p.locator('#field-sector').selectOption('jongerenwerk');
      await p.locator('#field-municipalityCode').selectOption('GM0344');
      await Promise.all([
        p.waitForURL('**/registreren/controleer-je-e-mail'),
        p.locator('main form button[type=submit]').click(),
      ]);
      await register.check('check your mail');

      const mail = await latestMailTo(h.testApp, email);
      const link = linkIn(mail.bodyText, h.baseUrl, '/account/bevestigen/');
      await register.visit(link, { finalPath: '/inloggen' });
      assert.equal(
        await register.text('.jep-flash'),
        'Uw e-mailadres is bevestigd. U kunt nu inloggen.',
      );

      // the link works once: the second time it is an error page in the layout
      await register.visit(link, { status: 400 });
      assert.match(await register.text('main'), /verlopen of al gebruikt/);
    });

    it('forgot password → /wachtwoord-herstellen/:token, and the page for a used-up link', async () => {
      await guest.visit('/wachtwoord-vergeten');
      await guest.page.locator('#field-email').fill(professional.email);
      await Promise.all([
        guest.page.waitForURL('**/wachtwoord-vergeten/verstuurd'),
        guest.page.locator('main form button[type=submit]').click(),
      ]);
      await guest.check('reset requested');

      const mail = await latestMailTo(h.testApp, professional.email);
      const link = linkIn(mail.bodyText, h.baseUrl, '/wachtwoord-herstellen/');
      await guest.visit(link, { status: 200 });
      assert.equal(await guest.heading(), 'Kies een nieuw wachtwoord');

      // the form posted with two different passwords: errors, on the same token
      await guest.page.locator('#field-password').fill('een heel nieuw wachtwoord');
      await guest.page.locator('#field-passwordConfirm').fill('een ander nieuw wachtwoord');
      await Promise.all([
        guest.page.waitForURL('**/wachtwoord-herstellen/**'),
        guest.page.locator('main form button[type=submit]').click(),
      ]);
      await guest.check('reset form with errors', { status: 422 });

      await guest.visit('/wachtwoord-herstellen/bestaat-niet-of-is-al-gebruikt-000000', {
        status: 400,
      });
      assert.match(await guest.text('main'), /verlopen of al gebruikt/);
    });

    it('a page for signed-in users sends a guest to the login form and back', async () => {
      await guest.visit('/mijn/profiel', { finalPath: '/inloggen' });
      assert.equal(guest.path(), '/inloggen?terug=%2Fmijn%2Fprofiel');
      assert.equal(
        await guest.page.getAttribute('main form', 'action'),
        '/inloggen?terug=%2Fmijn%2Fprofiel',
      );
    });

    it('an unknown path: the 404 page in the layout', async () => {
      await guest.visit('/deze-pagina-bestaat-niet', { status: 404 });
      assert.equal(await guest.heading(), 'Pagina niet gevonden');
      assert.equal(await guest.page.locator('main a[href="/"]').innerText(), 'Naar de homepage');
    });
  });

  describe('in English (after /taal/en)', { concurrency: false }, () => {
    let en: BrowserSession;
    before(async () => (en = await h.newSession()));

    it('the language link switches the interface and returns to the same page', async () => {
      await en.visit('/over');
      const english = en.page.locator('nav.jep-languages a[hreflang="en"]');
      assert.equal(await english.innerText(), 'English');
      assert.equal(await english.getAttribute('href'), '/taal/en?terug=%2Fover');
      await Promise.all([
        en.page.waitForURL((u) => u.pathname === '/over' && !u.search),
        english.click(),
      ]);
      await en.check('/over in English');
      assert.equal(await en.page.getAttribute('html', 'lang'), 'en');
      assert.equal(
        await en.page.getAttribute('nav.jep-languages a[hreflang="en"]', 'aria-current'),
        'true',
      );
    });

    const englishPages: [string, string, number][] = [
      ['/', 'Working together for resilient young people', 200],
      ['/registreren', 'Create an account', 200],
      ['/bestaat-niet', 'Page not found', 404],
    ];
    for (const [path, heading, status] of englishPages) {
      it(`${path} in English — "${heading}"`, async () => {
        await en.visit(`/taal/en?terug=${encodeURIComponent(path)}`, { status, finalPath: path });
        assert.equal(await en.page.getAttribute('html', 'lang'), 'en');
        assert.equal(await en.heading(), heading);
        assert.equal(await en.text('a.jep-skip-link'), 'Skip to main content');
      });
    }

    it('the register form with errors in English', async () => {
      await en.visit('/registreren');
      await Promise.all([
        en.page.waitForURL('**/registreren'),
        en.page.locator('main form button[type=submit]').click(),
      ]);
      await en.check('English register form with errors', { status: 422 });
      assert.equal(await en.page.getAttribute('html', 'lang'), 'en');
      assert.ok(await en.page.locator('.jep-error-summary').isVisible());
    });
  });

  describe('as a professional', { concurrency: false }, () => {
    let s: BrowserSession;
    before(async () => {
      s = await h.newSession();
      await s.signIn(professional.email, TEST_PASSWORD, '/mijn');
    });

    it('/mijn — the dashboard with the role navigation', async () => {
      await s.visit('/mijn', { status: 200 });
      assert.equal(await s.heading(), 'Mijn JEP');
      assert.match(await s.text('main'), /Welkom, Pim Professional\./);
      assert.equal(
        await s.page.getAttribute('nav.jep-nav a[href="/mijn"]', 'aria-current'),
        'page',
      );
      assert.equal(
        await s.page.locator('nav.jep-nav a[href="/beheer"]').count(),
        0,
        'no staff navigation',
      );
      assert.match(await s.text('.jep-account__name'), /Pim Professional \(Professional\)/);
    });

    const pages: [string, string][] = [
      ['/mijn/profiel', 'Mijn gegevens'],
      ['/mijn/wachtwoord', 'Wachtwoord wijzigen'],
      ['/mijn/e-mailadres', 'E-mailadres wijzigen'],
    ];
    for (const [path, heading] of pages) {
      it(`${path} — "${heading}"`, async () => {
        await s.visit(path, { status: 200, finalPath: path });
        assert.equal(await s.heading(), heading);
      });
    }

    it('the profile form with an empty name: 422 with errors', async () => {
      await s.visit('/mijn/profiel');
      assert.equal(await s.page.inputValue('#field-name'), 'Pim Professional');
      await s.page.locator('#field-name').fill('');
      await Promise.all([
        s.page.waitForURL('**/mijn/profiel'),
        s.page.locator('main form button[type=submit]').click(),
      ]);
      await s.check('profile with errors', { status: 422 });
      assert.equal(await s.page.getAttribute('#field-name', 'aria-invalid'), 'true');
    });

    it('the change-password form posted empty: 422 with errors', async () => {
      await s.visit('/mijn/wachtwoord');
      await Promise.all([
        s.page.waitForURL('**/mijn/wachtwoord'),
        s.page.locator('main form button[type=submit]').click(),
      ]);
      await s.check('change password with errors', { status: 422 });
      assert.ok(await s.page.locator('.jep-error-summary').isVisible());
    });

    it('/beheer is refused: the 403 page in the layout', async () => {
      await s.visit('/beheer', { status: 403 });
      assert.equal(await s.heading(), 'Geen toegang');
    });
  });

  describe('as staff', { concurrency: false }, () => {
    it('/beheer — staff home, with the staff navigation but not the admin pages', async () => {
      const s = await h.newSession();
      await s.signIn(staff.email, TEST_PASSWORD, '/beheer');
      await s.visit('/beheer', { status: 200 });
      assert.equal(await s.heading(), 'Beheer');
      assert.equal(
        await s.page.getAttribute('nav.jep-nav a[href="/beheer"]', 'aria-current'),
        'page',
      );
      assert.equal(await s.page.locator('nav.jep-nav a[href="/beheer/gebruikers"]').count(), 0);
      await s.visit('/beheer/gebruikers', { status: 403 });
    });

    // The agenda, on data of its own: October of next year, the month the clocks go back
    const year = new Date().getFullYear() + 1;
    let agenda: BrowserSession;
    let agendaTrainer: User;
    before(async () => {
      agendaTrainer = await createUser(h.testApp.dataSource, {
        role: 'trainer',
        name: 'Tirza Trainer',
      });
      await planEdition(h, {
        title: 'Amersfoort, najaar',
        trainers: [agendaTrainer],
        capacity: 12,
        seatsTaken: 3,
        meetings: [
          [fromAmsterdam(`${year}-10-06`, '13:00')!, fromAmsterdam(`${year}-10-06`, '16:30')!],
          [fromAmsterdam(`${year}-10-20`, '19:00')!, fromAmsterdam(`${year}-10-20`, '22:00')!],
          [fromAmsterdam(`${year}-10-31`, '23:00')!, fromAmsterdam(`${year}-10-31`, '23:45')!],
        ],
      });
      await planEdition(h, {
        title: 'Online, oktober',
        online: true,
        meetings: [
          [fromAmsterdam(`${year}-10-20`, '09:30')!, fromAmsterdam(`${year}-10-20`, '11:00')!],
        ],
      });
      agenda = await h.newSession();
      await agenda.signIn(staff.email, TEST_PASSWORD, '/beheer');
    });

    it('/beheer?weergave=maand — the month table, usable at 320 px', async () => {
      await agenda.visit(`/beheer?weergave=maand&datum=${year}-10`, { status: 200 });
      assert.equal(await agenda.heading(), 'Beheer');
      assert.equal(await agenda.text('#agenda-period'), `Oktober ${year}`);
      assert.equal(await agenda.page.locator('main table thead th[scope=col]').count(), 7);
      assert.match(
        await agenda.text(`main td[data-date="${year}-10-06"] li`),
        /^13:00 Training Samenwerken Amersfoort, najaar$/,
      );
      assert.match(await agenda.text(`main td[data-date="${year}-10-31"] li`), /^23:00 /);
      assert.equal(
        await agenda.page.getAttribute(`main td[data-date="${year}-10-06"] a`, 'href'),
        `/beheer/uitvoeringen/${planned['Amersfoort, najaar']}`,
      );
      await agenda.page.setViewportSize({ width: 320, height: 800 });
      try {
        await agenda.check('the month at 320 px');
        const widths = await agenda.page.evaluate<{ page: number; box: number; visible: number }>(
          `(() => {
            const box = document.querySelector('.jep-agenda-month-container');
            return { page: document.documentElement.scrollWidth, box: box.scrollWidth, visible: box.clientWidth };
          })()`,
        );
        assert.ok(widths.page <= 320, `the page does not scroll sideways: ${widths.page}px`);
        assert.ok(widths.box > widths.visible, 'the table scrolls inside its container');
      } finally {
        await agenda.page.setViewportSize({ width: 1280, height: 900 });
      }
    });

    it('/beheer — a filter chosen in the form, then the week view and the next week', async () => {
      await agenda.visit(`/beheer?weergave=maand&datum=${year}-10`);
      await agenda.page.locator('#filter-trainer').selectOption(String(agendaTrainer.id));
      await Promise.all([
        agenda.page.waitForURL((u) => u.searchParams.get('trainer') === String(agendaTrainer.id)),
        agenda.page.locator('main form[role=search] button[type=submit]').click(),
      ]);
      await agenda.check('the month, filtered by trainer');
      assert.equal(
        agenda.path(),
        `/beheer?weergave=maand&datum=${year}-10&aanbod=&trainer=${agendaTrainer.id}&regio=`,
      );
      assert.equal(
        await agenda.page.locator(`main td[data-date="${year}-10-20"] li`).count(),
        1,
        'not the online meeting without trainers',
      );
      assert.equal(await agenda.page.locator('main .jep-agenda-edition').count(), 3);

      await agenda.visit(`/beheer?weergave=week&datum=${year}-10-20`, { status: 200 });
      assert.match(await agenda.text('#agenda-period'), /^Week \d+: \d+ – \d+ oktober \d{4}$/);
      assert.equal(await agenda.page.locator('main li.jep-agenda-day').count(), 7);
      const items = agenda.page.locator(`main li[data-date="${year}-10-20"] .jep-agenda-item`);
      assert.equal(await items.count(), 2);
      assert.equal(await items.nth(0).locator('.jep-agenda-item__location').innerText(), 'Online');
      assert.equal(await items.nth(1).locator('.jep-agenda-item__time').innerText(), '19:00–22:00');
      assert.equal(
        await items.nth(1).locator('.jep-agenda-item__trainers').innerText(),
        'Trainers: Tirza Trainer',
      );
      await Promise.all([
        agenda.page.waitForURL((u) => u.searchParams.get('weergave') === 'week'),
        agenda.page.locator('main a[rel=next]').click(),
      ]);
      await agenda.check('the next week');
      assert.match(await agenda.text('#agenda-period'), /^Week \d+: /);
      assert.equal(
        await agenda.page.getAttribute('main .jep-agenda-views a[aria-current=page]', 'href'),
        agenda.path(),
      );
    });

    it('/beheer/uitvoeringen — the editions with their fill rate, and the filter', async () => {
      await agenda.visit('/beheer/uitvoeringen', { status: 200 });
      assert.equal(await agenda.heading(), 'Uitvoeringen');
      assert.equal(
        await agenda.page.getAttribute(
          'nav.jep-nav a[href="/beheer/uitvoeringen"]',
          'aria-current',
        ),
        'page',
      );
      const row = agenda.page.locator(
        `main tbody tr[data-edition="${planned['Amersfoort, najaar']}"]`,
      );
      assert.match(await row.innerText(), /Gepubliceerd\s+3 \/ 12 \(25%\)$/);
      await agenda.page.locator('#filter-status').selectOption('draft');
      await agenda.page.getByLabel('Ook afgelopen uitvoeringen tonen').check();
      await Promise.all([
        agenda.page.waitForURL((u) => u.searchParams.get('status') === 'draft'),
        agenda.page.locator('main form[role=search] button[type=submit]').click(),
      ]);
      await agenda.check('the editions, filtered');
      assert.ok(await agenda.page.locator('#filter-alles').isChecked());
      assert.equal(await row.count(), 0, 'not a draft');
    });

    it('/beheer in English: the week, the month and the day names', async () => {
      await agenda.visit(
        `/taal/en?terug=${encodeURIComponent(`/beheer?weergave=week&datum=${year}-10-20`)}`,
        { status: 200, finalPath: '/beheer' },
      );
      assert.equal(await agenda.page.getAttribute('html', 'lang'), 'en');
      assert.match(await agenda.text('#agenda-period'), /^Week \d+: \d+ – \d+ October \d{4}$/);
      await agenda.visit(`/beheer?weergave=maand&datum=${year}-10`, { status: 200 });
      assert.equal(await agenda.text('#agenda-period'), `October ${year}`);
      assert.equal(
        await agenda.page.getAttribute('main thead th:first-child abbr', 'title'),
        'Monday',
      );
    });
  });

  describe('as a trainer', { concurrency: false }, () => {
    let s: BrowserSession;
    before(async () => {
      const trainer = await createUser(h.testApp.dataSource, {
        role: 'trainer',
        name: 'Teun Trainer',
      });
      const at = (days: number, hours: number) =>
        new Date(Date.now() + days * 86_400_000 + hours * 3_600_000);
      await planEdition(h, {
        title: 'Teun, komende weken',
        trainers: [trainer],
        meetings: [
          [at(5, 0), at(5, 3)],
          [at(12, 0), at(12, 3)],
        ],
      });
      s = await h.newSession();
      await s.signIn(trainer.email, TEST_PASSWORD, '/mijn');
    });

    it('/mijn — with the meetings the trainer teaches', async () => {
      await s.visit('/mijn', { status: 200 });
      assert.equal(await s.heading(), 'Mijn JEP');
      assert.equal(await s.text('#trainer-meetings'), 'Mijn bijeenkomsten als trainer');
      assert.equal(await s.page.locator('main .jep-agenda-trainer tbody tr').count(), 2);
      assert.equal(
        await s.text('main .jep-agenda-trainer tbody td:nth-child(4)'),
        'Teun, komende weken',
      );
      await s.visit('/beheer', { status: 403 });
    });
  });

  describe('as an admin', { concurrency: false }, () => {
    let s: BrowserSession;
    before(async () => {
      s = await h.newSession();
      await s.signIn(admin.email, TEST_PASSWORD, '/beheer');
    });

    it('/beheer — with the cards for users, audit log and mailbox', async () => {
      await s.visit('/beheer', { status: 200 });
      assert.equal(await s.heading(), 'Beheer');
      for (const href of ['/beheer/gebruikers', '/beheer/audit', '/beheer/mailbox']) {
        assert.equal(await s.page.locator(`main a[href="${href}"]`).count(), 1, `card ${href}`);
        assert.equal(
          await s.page.locator(`nav.jep-nav a[href="${href}"]`).count(),
          1,
          `navigation ${href}`,
        );
      }
    });

    it('/beheer/gebruikers — the list, and a search', async () => {
      await s.visit('/beheer/gebruikers', { status: 200 });
      assert.equal(await s.heading(), 'Gebruikers');
      assert.ok((await s.page.locator('main tbody tr').count()) >= 3);
      await s.visit(`/beheer/gebruikers?q=${encodeURIComponent('Pim')}`, { status: 200 });
      assert.deepEqual(await s.page.locator('main tbody td:first-child').allInnerTexts(), [
        'Pim Professional',
      ]);
    });

    it('/beheer/gebruikers/:id — another user, with the role form', async () => {
      await s.visit(`/beheer/gebruikers/${professional.id}`, { status: 200 });
      assert.equal(await s.heading(), 'Pim Professional');
      assert.equal(await s.page.inputValue('#field-role'), 'professional');
    });

    it('/beheer/gebruikers/:id — the admin self, without the role form', async () => {
      await s.visit(`/beheer/gebruikers/${admin.id}`, { status: 200 });
      assert.equal(await s.heading(), 'Ada Beheerder');
      assert.equal(await s.page.locator('#field-role').count(), 0);
    });

    it('/beheer/audit — the audit log, and a filter', async () => {
      await s.visit('/beheer/audit', { status: 200 });
      assert.equal(await s.heading(), 'Auditlog');
      assert.ok((await s.page.locator('main tbody tr').count()) >= 1);
      await s.visit('/beheer/audit?door=niemand-bekend', { status: 200 });
      assert.equal(await s.page.locator('main tbody tr').count(), 1, 'the "none" row');
    });

    it('/beheer/mailbox and /beheer/mailbox/:id — a mail with the platform link clickable', async () => {
      // a mail of its own (the other groups run at the same time): a reset request for the staff user
      const setup = h.testApp.client();
      const requested = await setup.submit('/wachtwoord-vergeten', { email: staff.email }, false);
      assert.equal(requested.status, 303);

      await s.visit('/beheer/mailbox', { status: 200 });
      assert.equal(await s.heading(), 'Mailbox');
      assert.match(await s.text('main p'), /.+/);
      await s.visit(`/beheer/mailbox?aan=${encodeURIComponent(staff.email)}`, { status: 200 });
      const rows = s.page.locator('main tbody tr');
      assert.equal(await rows.count(), 1, 'the filter finds the one mail to the staff user');
      assert.equal(await rows.locator('td').nth(1).innerText(), staff.email);
      const first = rows.locator('a').first();
      const href = await first.getAttribute('href');
      assert.match(href ?? '', /^\/beheer\/mailbox\/\d+$/);
      await Promise.all([s.page.waitForURL(`**${href}`), first.click()]);
      await s.check('a mail');
      assert.ok((await s.heading()).length > 0);
      const links = await s.attributes('pre.jep-mail-body a', 'href');
      assert.ok(
        links.length >= 1 && links.every((l) => l.startsWith(h.baseUrl)),
        `platform links clickable: ${links.join(', ')}`,
      );
      await s.visit('/beheer/mailbox/999999', { status: 404 });
    });
  });
});
