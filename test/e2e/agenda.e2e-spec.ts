import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Logger } from 'typeorm';
import { User } from '../../src/accounts/user.entity';
import { Offering } from '../../src/catalogue/offering.entity';
import type { OfferingKind } from '../../src/catalogue/offering-kind';
import { fromAmsterdam } from '../../src/common/views/amsterdam-time';
import { monthLabel } from '../../src/scheduling/agenda.presenter';
import { addMonths, amsterdamDate, monthOf } from '../../src/scheduling/calendar';
import type { EditionStatus } from '../../src/scheduling/edition-status';
import { EditionTrainer } from '../../src/scheduling/edition-trainer.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { Meeting } from '../../src/scheduling/meeting.entity';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';

const DAY_MS = 86_400_000;

/** A meeting as staff enter it: an Amsterdam date and times, at a place in Utrecht or online. */
interface MeetingSpec {
  date: string;
  start: string;
  end: string;
  online?: boolean;
}

interface EditionSpec {
  title: string;
  status?: EditionStatus;
  region?: string | null;
  capacity?: number;
  seatsTaken?: number;
  trainers?: User[];
  meetings?: (MeetingSpec | { startsAt: Date; endsAt: Date })[];
}

describe('staff agenda, editions list and trainer meetings', () => {
  let t: TestApp;
  let staff: WebClient;
  let admin: WebClient;
  let tamara: User;
  let ugo: User;
  let omei: Offering;
  let werkatelier: Offering;
  const ids: Record<string, number> = {};

  let slugs = 0;
  async function offering(title: string, kind: OfferingKind): Promise<Offering> {
    const repo = t.dataSource.getRepository(Offering);
    return repo.save(
      repo.create({
        kind,
        title,
        slug: `aanbod-${++slugs}`,
        summary: 'Samenvatting',
        description: 'Beschrijving',
        audience: 'onderwijs',
        studyLoadHours: 8,
        skjPoints: 4,
        completionRule: 'all_meetings',
        completionPercent: null,
        excusedCounts: false,
        requiresApproval: false,
        published: true,
      }),
    );
  }

  /** An edition with its meetings and trainers, written straight to the database (startsAt/endsAt kept in step). */
  async function edition(of: Offering, spec: EditionSpec): Promise<Edition> {
    const slots = (spec.meetings ?? [])
      .map((m) =>
        'date' in m
          ? {
              startsAt: fromAmsterdam(m.date, m.start)!,
              endsAt: fromAmsterdam(m.date, m.end)!,
              online: !!m.online,
            }
          : { ...m, online: false },
      )
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const repo = t.dataSource.getRepository(Edition);
    const saved = await repo.save(
      repo.create({
        offeringId: of.id,
        title: spec.title,
        capacity: spec.capacity ?? 20,
        seatsTaken: spec.seatsTaken ?? 0,
        registrationOpensAt: new Date(Date.now() - 30 * DAY_MS),
        registrationClosesAt: new Date(Date.now() + 30 * DAY_MS),
        regionCode: spec.region === undefined ? 'PV26' : spec.region,
        notes: '',
        status: spec.status ?? 'published',
        startsAt: slots[0]?.startsAt ?? null,
        endsAt: slots.length ? slots[slots.length - 1].endsAt : null,
      }),
    );
    if (slots.length) {
      await t.dataSource.getRepository(Meeting).insert(
        slots.map((s) => ({
          editionId: saved.id,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          locationName: s.online ? null : 'Buurthuis De Pijp',
          address: s.online ? null : 'Oudegracht 1',
          municipalityCode: s.online ? null : 'GM0344',
          locationKey: s.online ? null : 'buurthuis de pijp|oudegracht 1',
          onlineUrl: s.online ? 'https://meet.example.nl/jep' : null,
        })),
      );
    }
    if (spec.trainers?.length) {
      await t.dataSource
        .getRepository(EditionTrainer)
        .insert(spec.trainers.map((u) => ({ editionId: saved.id, userId: u.id })));
    }
    ids[spec.title] = saved.id;
    return saved;
  }

  /** The links (edition titles) in one day cell of the month table. */
  const cell = (page: Page, date: string) => page.$(`td[data-date="${date}"]`);
  const cellTitles = (page: Page, date: string) =>
    cell(page, date)
      .find('.jep-agenda-edition')
      .map((_, el) => page.$(el).text().trim())
      .get();
  const dayTitles = (page: Page, date: string) =>
    page
      .$(`li.jep-agenda-day[data-date="${date}"] .jep-agenda-edition`)
      .map((_, el) => page.$(el).text().trim())
      .get();
  const allTitles = (page: Page) =>
    page
      .$('.jep-agenda-edition')
      .map((_, el) => page.$(el).text().trim())
      .get();

  before(async () => {
    t = await createTestApp();
    tamara = await createUser(t.dataSource, { role: 'trainer', name: 'Tamara Trainer' });
    ugo = await createUser(t.dataSource, { role: 'trainer', name: 'Ugo Trainer' });
    omei = await offering('Omgaan met Extreme Idealen', 'omei');
    werkatelier = await offering('Werkatelier Informatie uitwisselen', 'werkatelier');

    await edition(omei, {
      title: 'Utrecht, winter 2026',
      trainers: [ugo, tamara],
      meetings: [
        { date: '2026-11-30', start: '09:00', end: '12:00' },
        { date: '2026-12-03', start: '14:30', end: '17:00' },
        { date: '2026-12-10', start: '14:30', end: '17:00' },
      ],
    });
    await edition(werkatelier, {
      title: 'Online, december',
      region: 'PV27',
      trainers: [ugo],
      meetings: [{ date: '2026-12-04', start: '10:00', end: '12:00', online: true }],
    });
    await edition(omei, {
      title: 'Geannuleerd cohort',
      status: 'cancelled',
      meetings: [{ date: '2026-12-03', start: '09:00', end: '12:00' }],
    });
    await edition(omei, {
      title: 'Concept cohort',
      status: 'draft',
      region: null,
      meetings: [{ date: '2026-12-16', start: '19:00', end: '21:00' }],
    });
    // Around the end of summer time (Sunday 25 October 2026) and midnight
    await edition(werkatelier, {
      title: 'Avondsessies',
      trainers: [tamara],
      meetings: [
        { date: '2026-10-18', start: '23:30', end: '23:55' }, // Sunday before week 43 (21:30 UTC)
        { date: '2026-10-19', start: '00:30', end: '01:30' }, // Monday 00:30 summer time = Sunday 22:30 UTC
        { date: '2026-10-25', start: '23:30', end: '23:55' }, // Sunday 23:30 winter time = 22:30 UTC
        { date: '2026-10-31', start: '23:30', end: '23:55' }, // Saturday 31 October, 22:30 UTC
        { date: '2026-11-01', start: '00:30', end: '01:30' }, // 1 November, but 23:30 UTC on 31 October
      ],
    });

    const staffUser = await createUser(t.dataSource, { role: 'staff', name: 'Sanne Medewerker' });
    staff = t.client();
    await signIn(staff, staffUser.email);
    const adminUser = await createUser(t.dataSource, { role: 'admin' });
    admin = t.client();
    await signIn(admin, adminUser.email);
  });
  after(() => t.close());

  it('shows the month as a table of ISO weeks with the meetings on their days', async () => {
    const page = await staff.get('/beheer?weergave=maand&datum=2026-12');
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, 'main h1'), 'Beheer');
    assert.equal(textOf(page.$, '#agenda-period'), 'December 2026');
    assert.match(textOf(page.$, 'table caption'), /^Bijeenkomsten in december 2026, per week/);
    assert.deepEqual(
      page
        .$('thead th[scope=col] abbr')
        .map((_, el) => page.$(el).attr('title'))
        .get(),
      ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    );
    assert.equal(page.$('tbody tr').length, 5, 'weeks 49 to 53');
    assert.equal(page.$('tbody td').length, 35);
    assert.equal(page.$('tbody td').first().attr('data-date'), '2026-11-30');
    assert.equal(page.$('tbody td').last().attr('data-date'), '2027-01-03');

    assert.deepEqual(
      cellTitles(page, '2026-12-03'),
      ['Utrecht, winter 2026'],
      'not the cancelled edition',
    );
    const link = cell(page, '2026-12-03').find('a');
    assert.equal(link.attr('href'), `/beheer/uitvoeringen/${ids['Utrecht, winter 2026']}`);
    assert.match(
      link.text().replace(/\s+/g, ' '),
      /14:30 Omgaan met Extreme Idealen Utrecht, winter 2026/,
    );
    assert.equal(link.find('time').attr('datetime'), '2026-12-03T13:30:00.000Z');
    assert.deepEqual(cellTitles(page, '2026-12-04'), ['Online, december']);
    assert.deepEqual(cellTitles(page, '2026-12-16'), ['Concept cohort'], 'drafts are planned too');
    assert.deepEqual(cellTitles(page, '2026-12-05'), []);
    assert.equal(cell(page, '2026-12-03').find('time').first().attr('datetime'), '2026-12-03');

    // days of November and January are dimmed, and still list their meetings
    assert.ok(cell(page, '2026-11-30').hasClass('jep-agenda-cell--outside'));
    assert.ok(cell(page, '2027-01-01').hasClass('jep-agenda-cell--outside'));
    assert.ok(!cell(page, '2026-12-01').hasClass('jep-agenda-cell--outside'));
    assert.deepEqual(cellTitles(page, '2026-11-30'), ['Utrecht, winter 2026']);
    assert.match(textOf(page.$, '.jep-agenda-count'), /^5 bijeenkomst/);
    assert.equal(
      page.$('.utrecht-table-container[role=region][tabindex="0"]').attr('aria-label'),
      textOf(page.$, 'table caption'),
    );
  });

  it('puts late meetings on their Amsterdam day, across the change to winter time', async () => {
    const october = await staff.get('/beheer?weergave=maand&datum=2026-10');
    assert.equal(textOf(october.$, '#agenda-period'), 'Oktober 2026');
    assert.equal(october.$('tbody td').first().attr('data-date'), '2026-09-28');
    assert.equal(october.$('tbody td').last().attr('data-date'), '2026-11-01');
    // 23:30 on 31 October (22:30 UTC) is on the 31st; 00:30 on 1 November is 23:30 UTC on the 31st
    const times = (page: Page, date: string) =>
      cell(page, date)
        .find('li time')
        .map((_, el) => page.$(el).text())
        .get();
    assert.deepEqual(times(october, '2026-10-31'), ['23:30']);
    assert.deepEqual(times(october, '2026-11-01'), ['00:30']);
    assert.deepEqual(times(october, '2026-10-18'), ['23:30']);
    assert.deepEqual(times(october, '2026-10-19'), ['00:30']);
    assert.deepEqual(times(october, '2026-10-25'), ['23:30']);

    const november = await staff.get('/beheer?weergave=maand&datum=2026-11');
    assert.deepEqual(times(november, '2026-11-01'), ['00:30']);
    assert.deepEqual(
      times(november, '2026-10-31'),
      ['23:30'],
      'shown in the dimmed days before November',
    );

    // the week of the clock change: Monday 00:00 summer time to Monday 00:00 winter time
    const week = await staff.get('/beheer?weergave=week&datum=2026-10-22');
    assert.equal(textOf(week.$, '#agenda-period'), 'Week 43: 19 – 25 oktober 2026');
    assert.deepEqual(dayTitles(week, '2026-10-19'), ['Avondsessies']);
    assert.deepEqual(dayTitles(week, '2026-10-25'), ['Avondsessies']);
    assert.equal(
      week.$('.jep-agenda-edition').length,
      2,
      'not the Sunday before, 23:30 on 18 October',
    );
    const sunday = week.$('li.jep-agenda-day[data-date="2026-10-25"] .jep-agenda-item__time');
    assert.equal(sunday.text(), '23:30–23:55');
  });

  it('shows a week day by day, Monday to Sunday, with times, place and trainers', async () => {
    const page = await staff.get('/beheer?weergave=week&datum=2026-12-03');
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, '#agenda-period'), 'Week 49: 30 november – 6 december 2026');
    assert.deepEqual(
      page
        .$('li.jep-agenda-day h3 time')
        .map((_, el) => `${page.$(el).attr('datetime')} ${page.$(el).text()}`)
        .get(),
      [
        '2026-11-30 Maandag 30 november',
        '2026-12-01 Dinsdag 1 december',
        '2026-12-02 Woensdag 2 december',
        '2026-12-03 Donderdag 3 december',
        '2026-12-04 Vrijdag 4 december',
        '2026-12-05 Zaterdag 5 december',
        '2026-12-06 Zondag 6 december',
      ],
    );
    const thursday = page.$('li.jep-agenda-day[data-date="2026-12-03"] .jep-agenda-item');
    assert.equal(thursday.length, 1, 'the cancelled edition is left out');
    assert.equal(
      textOf(page.$, 'li.jep-agenda-day[data-date="2026-12-03"] .jep-agenda-item__time'),
      '14:30–17:00',
    );
    assert.deepEqual(
      thursday
        .find('time')
        .map((_, el) => page.$(el).attr('datetime'))
        .get(),
      ['2026-12-03T13:30:00.000Z', '2026-12-03T16:00:00.000Z'],
    );
    assert.equal(
      textOf(page.$, 'li.jep-agenda-day[data-date="2026-12-03"] .jep-agenda-item__title'),
      'Omgaan met Extreme Idealen: Utrecht, winter 2026',
    );
    assert.equal(
      thursday.find('a').attr('href'),
      `/beheer/uitvoeringen/${ids['Utrecht, winter 2026']}`,
    );
    assert.equal(
      textOf(page.$, 'li.jep-agenda-day[data-date="2026-12-03"] .jep-agenda-item__location'),
      'Buurthuis De Pijp, Utrecht',
    );
    assert.equal(
      textOf(page.$, 'li.jep-agenda-day[data-date="2026-12-03"] .jep-agenda-item__trainers'),
      'Trainers: Tamara Trainer, Ugo Trainer',
    );
    assert.equal(
      textOf(page.$, 'li.jep-agenda-day[data-date="2026-12-04"] .jep-agenda-item__location'),
      'Online',
    );
    assert.equal(
      textOf(page.$, 'li.jep-agenda-day[data-date="2026-12-04"] .jep-agenda-item__trainers'),
      'Trainers: Ugo Trainer',
    );
    assert.equal(
      textOf(page.$, 'li.jep-agenda-day[data-date="2026-12-05"] .jep-agenda-day__none'),
      'Geen bijeenkomsten.',
    );
    assert.equal(page.$('li.jep-agenda-day[data-date="2026-12-05"] .jep-agenda-item').length, 0);
    // any day of the week shows the same week
    const sunday = await staff.get('/beheer?weergave=week&datum=2026-12-06');
    assert.equal(textOf(sunday.$, '#agenda-period'), 'Week 49: 30 november – 6 december 2026');
  });

  it('links to the previous and next period, today and the other view, keeping the filter', async () => {
    const month = await staff.get(
      `/beheer?weergave=maand&datum=2026-12&aanbod=${omei.id}&regio=PV26`,
    );
    const keep = `aanbod=${omei.id}&regio=PV26`;
    assert.equal(
      month.$('a[rel=prev]').attr('href'),
      `/beheer?weergave=maand&datum=2026-11&${keep}`,
    );
    assert.equal(
      month.$('a[rel=next]').attr('href'),
      `/beheer?weergave=maand&datum=2027-01&${keep}`,
    );
    assert.equal(
      month.$('.jep-agenda-nav a:not([rel])').attr('href'),
      `/beheer?weergave=maand&${keep}`,
    );
    assert.equal(month.$('.jep-agenda-views a[aria-current=page]').text(), 'Maand');
    const weekLink = month.$('.jep-agenda-views a:not([aria-current])');
    assert.equal(weekLink.text(), 'Week');

    const previous = await staff.get(month.$('a[rel=prev]').attr('href')!);
    assert.equal(textOf(previous.$, '#agenda-period'), 'November 2026');
    assert.equal(previous.$('#filter-aanbod option[selected]').attr('value'), String(omei.id));
    assert.equal(previous.$('#filter-regio option[selected]').attr('value'), 'PV26');
    const next = await staff.get(month.$('a[rel=next]').attr('href')!);
    assert.equal(textOf(next.$, '#agenda-period'), 'Januari 2027');

    const week = await staff.get(weekLink.attr('href')!);
    assert.match(textOf(week.$, '#agenda-period'), /^Week \d+: /);
    assert.equal(week.$('.jep-agenda-views a[aria-current=page]').text(), 'Week');
    const w49 = await staff.get(`/beheer?weergave=week&datum=2026-12-03&${keep}`);
    assert.equal(
      w49.$('a[rel=next]').attr('href'),
      `/beheer?weergave=week&datum=2026-12-07&${keep}`,
    );
    assert.equal(
      w49.$('a[rel=prev]').attr('href'),
      `/beheer?weergave=week&datum=2026-11-23&${keep}`,
    );
    assert.equal(
      w49.$('.jep-agenda-views a').first().attr('href'),
      `/beheer?weergave=maand&datum=2026-12&${keep}`,
    );
    const w50 = await staff.get(w49.$('a[rel=next]').attr('href')!);
    assert.equal(textOf(w50.$, '#agenda-period'), 'Week 50: 7 – 13 december 2026');
    assert.deepEqual(allTitles(w50), ['Utrecht, winter 2026']);

    // the filter form keeps the view and the period
    assert.equal(w49.$('form[role=search] input[name=weergave]').attr('value'), 'week');
    assert.equal(w49.$('form[role=search] input[name=datum]').attr('value'), '2026-11-30');
  });

  it('opens on the current month in Amsterdam, and ignores what it cannot read', async () => {
    const current = monthLabel(amsterdamDate(new Date()), 'nl');
    const home = await staff.get('/beheer');
    assert.equal(home.status, 200);
    assert.equal(textOf(home.$, '#agenda-period'), current);
    for (const query of [
      'weergave=jaar&datum=morgen',
      'datum=2026-13',
      'datum=2026-02-30&aanbod=abc&trainer=-1&regio=XX',
      'aanbod=999999&trainer=1%20OR%201=1',
      'datum[]=x&aanbod[]=1',
    ]) {
      const page = await staff.get(`/beheer?${query}`);
      assert.equal(page.status, 200, query);
      assert.equal(textOf(page.$, '#agenda-period'), current, query);
      assert.equal(
        page.$('form[role=search] option[selected]').length,
        0,
        `${query}: no filter chosen`,
      );
    }
    const fromDate = await staff.get('/beheer?weergave=maand&datum=2026-12-17');
    assert.equal(textOf(fromDate.$, '#agenda-period'), 'December 2026');
    const weekFromMonth = await staff.get('/beheer?weergave=week&datum=2027-02');
    assert.equal(textOf(weekFromMonth.$, '#agenda-period'), 'Week 5: 1 – 7 februari 2027');
  });

  it('filters by offering, trainer and region', async () => {
    const december = (filter: string) =>
      staff.get(`/beheer?weergave=maand&datum=2026-12&${filter}`);
    const byOffering = await december(`aanbod=${werkatelier.id}`);
    assert.deepEqual(allTitles(byOffering), ['Online, december']);
    assert.equal(
      byOffering.$('#filter-aanbod option[selected]').text(),
      'Werkatelier Informatie uitwisselen',
    );
    assert.deepEqual(
      byOffering
        .$('#filter-aanbod option')
        .map((_, el) => byOffering.$(el).text())
        .get(),
      ['Alle aanbod', 'Omgaan met Extreme Idealen', 'Werkatelier Informatie uitwisselen'],
    );

    const byTrainer = await december(`trainer=${tamara.id}`);
    assert.deepEqual(allTitles(byTrainer), [
      'Utrecht, winter 2026',
      'Utrecht, winter 2026',
      'Utrecht, winter 2026',
    ]);
    assert.deepEqual(
      byTrainer
        .$('#filter-trainer option')
        .map((_, el) => byTrainer.$(el).text())
        .get(),
      ['Alle trainers', 'Tamara Trainer', 'Ugo Trainer'],
    );
    assert.deepEqual(allTitles(await december(`trainer=${ugo.id}`)).sort(), [
      'Online, december',
      'Utrecht, winter 2026',
      'Utrecht, winter 2026',
      'Utrecht, winter 2026',
    ]);

    const byRegion = await december('regio=PV27');
    assert.deepEqual(allTitles(byRegion), ['Online, december']);
    assert.equal(byRegion.$('#filter-regio option').length, 13, 'all regions and the 12 provinces');
    assert.deepEqual(allTitles(await december('regio=PV20')), []);
    assert.match(
      textOf((await december('regio=PV20')).$, '.jep-agenda-count'),
      /Geen bijeenkomsten/,
    );

    const combined = await december(`aanbod=${omei.id}&trainer=${ugo.id}&regio=PV26`);
    assert.deepEqual(allTitles(combined), [
      'Utrecht, winter 2026',
      'Utrecht, winter 2026',
      'Utrecht, winter 2026',
    ]);
    // a user who is no trainer is no choice
    const staffId = (
      await t.dataSource.getRepository(User).findOneByOrFail({ name: 'Sanne Medewerker' })
    ).id;
    assert.equal(allTitles(await december(`trainer=${staffId}`)).length, 5, 'ignored');
  });

  it('is for staff and admins: a professional or trainer gets 403, a visitor is sent to log in', async () => {
    const visitor = await t.client().get('/beheer?weergave=week');
    assert.equal(visitor.status, 303);
    assert.equal(visitor.location, '/inloggen?terug=%2Fbeheer%3Fweergave%3Dweek');
    assert.match(
      (await t.client().get('/beheer/uitvoeringen')).location ?? '',
      /^\/inloggen\?terug=/,
    );
    for (const role of ['professional', 'trainer', 'partner'] as const) {
      const user = await createUser(t.dataSource, { role });
      const c = t.client();
      await signIn(c, user.email);
      assert.equal((await c.get('/beheer')).status, 403, role);
      assert.equal((await c.get('/beheer/uitvoeringen')).status, 403, role);
    }
    const forAdmin = await admin.get('/beheer?weergave=maand&datum=2026-12');
    assert.equal(forAdmin.status, 200);
    assert.deepEqual(cellTitles(forAdmin, '2026-12-03'), ['Utrecht, winter 2026']);
    for (const href of ['/beheer/gebruikers', '/beheer/audit', '/beheer/mailbox']) {
      assert.equal(forAdmin.$(`main .jep-card a[href="${href}"]`).length, 1, `admin card ${href}`);
    }
    const forStaff = await staff.get('/beheer');
    assert.equal(forStaff.$('main .jep-card').length, 0, 'no admin cards for staff');
  });

  describe('the editions list', () => {
    const past = {
      date: amsterdamDate(new Date(Date.now() - 40 * DAY_MS)),
      start: '10:00',
      end: '12:00',
    };
    const soon = (days: number) => ({
      date: amsterdamDate(new Date(Date.now() + days * DAY_MS)),
      start: '13:00',
      end: '16:00',
    });
    let list: Offering;

    before(async () => {
      list = await offering('Training Signaleren', 'training');
      await edition(list, {
        title: 'Zwolle, 60 procent',
        capacity: 20,
        seatsTaken: 12,
        trainers: [tamara],
        meetings: [soon(20), soon(27)],
      });
      await edition(list, {
        title: 'Arnhem, vol',
        capacity: 16,
        seatsTaken: 16,
        meetings: [soon(40)],
      });
      await edition(list, {
        title: 'Afgelopen cohort',
        status: 'completed',
        capacity: 10,
        seatsTaken: 9,
        meetings: [past],
      });
      await edition(list, { title: 'Afgezegd cohort', status: 'cancelled', meetings: [soon(50)] });
      await edition(list, { title: 'Nog zonder datum', status: 'draft', capacity: 12 });
    });

    const rows = (page: Page) =>
      page
        .$('tbody tr')
        .map((_, tr) =>
          page
            .$(tr)
            .find('td')
            .map((__, td) => page.$(td).text().replace(/\s+/g, ' ').trim())
            .get()
            .join(' | '),
        )
        .get();

    it('shows upcoming editions with dates, Dutch status and fill rate', async () => {
      const page = await staff.get(`/beheer/uitvoeringen?aanbod=${list.id}`);
      assert.equal(page.status, 200);
      assert.equal(textOf(page.$, 'main h1'), 'Uitvoeringen');
      assert.equal(page.$('main a[href="/beheer/uitvoeringen/nieuw"]').text(), 'Nieuwe uitvoering');
      const zwolle = `${soon(20).date}`;
      const [first, second, third, fourth] = rows(page);
      assert.match(
        first,
        /^Zwolle, 60 procent \| Training Signaleren \| .+ \| .+ \| Gepubliceerd \| 12 \/ 20 \(60%\)$/,
      );
      assert.match(
        second,
        /^Arnhem, vol \| Training Signaleren \| .+ \| Gepubliceerd \| 16 \/ 16 \(100%\)$/,
      );
      assert.match(third, /^Afgezegd cohort \| .+ \| Geannuleerd \| 0 \/ 20 \(0%\)$/);
      assert.equal(
        fourth,
        'Nog zonder datum | Training Signaleren | Nog geen bijeenkomsten | Nog geen bijeenkomsten | Concept | 0 / 12 (0%)',
        'no dates: last',
      );
      assert.equal(rows(page).length, 4, 'not the edition that is over');
      assert.equal(page.$('tbody tr').first().find('time').first().attr('datetime'), zwolle);
      assert.equal(
        page.$('tbody tr').first().find('a').attr('href'),
        `/beheer/uitvoeringen/${ids['Zwolle, 60 procent']}`,
      );
      assert.match(textOf(page.$, '.jep-agenda-count'), /^4 uitvoering/);
    });

    it('shows past editions too with alles=1, and filters by status and offering', async () => {
      const all = await staff.get(`/beheer/uitvoeringen?aanbod=${list.id}&alles=1`);
      assert.equal(rows(all).length, 5);
      assert.match(rows(all)[0], /^Afgelopen cohort \| .+ \| Afgerond \| 9 \/ 10 \(90%\)$/);
      assert.equal(all.$('#filter-alles').attr('checked'), 'checked');

      const cancelled = await staff.get(`/beheer/uitvoeringen?status=cancelled&alles=1`);
      assert.deepEqual(
        cancelled
          .$('tbody td:first-child')
          .map((_, el) => cancelled.$(el).text())
          .get(),
        ['Geannuleerd cohort', 'Afgezegd cohort'],
      );
      assert.equal(cancelled.$('#filter-status option[selected]').attr('value'), 'cancelled');
      const drafts = await staff.get(`/beheer/uitvoeringen?status=draft&aanbod=${list.id}`);
      assert.deepEqual(
        drafts
          .$('tbody td:first-child')
          .map((_, el) => drafts.$(el).text())
          .get(),
        ['Nog zonder datum'],
      );
      const other = await staff.get(`/beheer/uitvoeringen?aanbod=${werkatelier.id}&alles=1`);
      assert.deepEqual(
        other
          .$('tbody td:first-child')
          .map((_, el) => other.$(el).text())
          .get()
          .sort(),
        ['Avondsessies', 'Online, december'],
      );
      const none = await staff.get(
        `/beheer/uitvoeringen?status=completed&aanbod=${omei.id}&alles=1`,
      );
      assert.deepEqual(rows(none), ['Geen uitvoeringen gevonden.']);
      const nonsense = await staff.get('/beheer/uitvoeringen?status=weg&aanbod=abc&alles=ja');
      assert.equal(nonsense.status, 200);
      assert.equal(nonsense.$('form[role=search] option[selected]').length, 0);
      assert.equal(nonsense.$('#filter-alles').attr('checked'), undefined);
    });
  });

  describe("a trainer's dashboard", () => {
    it('lists only their own upcoming meetings; professionals and staff have no trainer section', async () => {
      const vera = await createUser(t.dataSource, { role: 'trainer', name: 'Vera Trainer' });
      const wim = await createUser(t.dataSource, { role: 'trainer', name: 'Wim Trainer' });
      const at = (days: number, hour: number) =>
        new Date(Date.now() + days * DAY_MS + hour * 3_600_000);
      await edition(omei, {
        title: 'Vera komend',
        trainers: [vera],
        meetings: [
          { startsAt: at(7, 0), endsAt: at(7, 2) },
          { startsAt: at(14, 0), endsAt: at(14, 2) },
        ],
      });
      await edition(omei, {
        title: 'Vera online',
        trainers: [vera, wim],
        meetings: [{ startsAt: at(9, 0), endsAt: at(9, 1) }],
      });
      await t.dataSource.getRepository(Meeting).update(
        { editionId: ids['Vera online'] },
        {
          locationName: null,
          address: null,
          municipalityCode: null,
          locationKey: null,
          onlineUrl: 'https://meet.example.nl/x',
        },
      );
      await edition(omei, {
        title: 'Vera voorbij',
        trainers: [vera],
        meetings: [{ startsAt: at(-7, 0), endsAt: at(-7, 2) }],
      });
      await edition(omei, {
        title: 'Vera geannuleerd',
        status: 'cancelled',
        trainers: [vera],
        meetings: [{ startsAt: at(8, 0), endsAt: at(8, 2) }],
      });
      await edition(omei, {
        title: 'Alleen Wim',
        trainers: [wim],
        meetings: [{ startsAt: at(10, 0), endsAt: at(10, 2) }],
      });

      const c = t.client();
      await signIn(c, vera.email);
      const page = await c.get('/mijn');
      assert.equal(page.status, 200);
      assert.equal(textOf(page.$, '#trainer-meetings'), 'Mijn bijeenkomsten als trainer');
      const cells = page
        .$('.jep-agenda-trainer tbody tr')
        .map((_, tr) => page.$(tr).find('td').eq(3).text())
        .get();
      assert.deepEqual(cells, ['Vera komend', 'Vera online', 'Vera komend']);
      const first = page.$('.jep-agenda-trainer tbody tr').first().find('td');
      assert.equal(first.eq(0).find('time').attr('datetime'), amsterdamDate(at(7, 0)));
      assert.equal(first.eq(2).text(), 'Omgaan met Extreme Idealen');
      assert.equal(first.eq(4).text(), 'Buurthuis De Pijp, Utrecht');
      assert.equal(page.$('.jep-agenda-trainer tbody tr').eq(1).find('td').eq(4).text(), 'Online');
      assert.equal(page.$('.jep-agenda-trainer caption').length, 1);

      const w = t.client();
      await signIn(w, wim.email);
      const wims = await w.get('/mijn');
      assert.deepEqual(
        wims
          .$('.jep-agenda-trainer tbody tr')
          .map((_, tr) => wims.$(tr).find('td').eq(3).text())
          .get(),
        ['Vera online', 'Alleen Wim'],
      );

      const idle = await createUser(t.dataSource, { role: 'trainer' });
      const i = t.client();
      await signIn(i, idle.email);
      assert.match(
        textOf((await i.get('/mijn')).$, '.jep-agenda-trainer'),
        /U hebt geen komende bijeenkomsten als trainer/,
      );

      for (const role of ['professional', 'staff', 'admin'] as const) {
        const user = await createUser(t.dataSource, { role });
        const other = t.client();
        await signIn(other, user.email);
        const mine = await other.get('/mijn');
        assert.equal(mine.status, 200);
        assert.equal(mine.$('.jep-agenda-trainer').length, 0, role);
        assert.doesNotMatch(mine.text, /Mijn bijeenkomsten als trainer/, role);
      }
    });
  });

  describe('queries', () => {
    /** Runs `fn` with a logger that counts every query the data source sends. */
    async function countQueries(fn: () => Promise<unknown>): Promise<number> {
      const ds = t.dataSource as unknown as { logger: Logger };
      const original = ds.logger;
      let n = 0;
      ds.logger = {
        logQuery: () => void n++,
        logQueryError() {},
        logQuerySlow() {},
        logSchemaBuild() {},
        logMigration() {},
        log() {},
      };
      try {
        await fn();
      } finally {
        ds.logger = original;
      }
      return n;
    }

    // a month two years ahead, where no other test plans anything
    const month = addMonths(monthOf(amsterdamDate(new Date())), 24);

    /** `count` meetings in that month, each in an edition of its own with two trainers. */
    async function addMeetings(count: number, from: number) {
      for (let i = from; i < from + count; i++) {
        const day = String(1 + (i % 28)).padStart(2, '0');
        await edition(i % 2 ? omei : werkatelier, {
          title: `Toekomst ${i}`,
          trainers: [tamara, ugo],
          region: i % 3 ? 'PV26' : 'PV28',
          meetings: [
            {
              date: `${month}-${day}`,
              start: `${String(8 + (i % 10)).padStart(2, '0')}:00`,
              end: '19:00',
            },
          ],
        });
      }
    }

    it('makes as many queries for 50 meetings as for 5 (month, week, editions, trainer dashboard)', async () => {
      const trainer = t.client();
      await signIn(trainer, tamara.email);
      const pages: [WebClient, string][] = [
        [staff, `/beheer?weergave=maand&datum=${month}`],
        [staff, `/beheer?weergave=maand&datum=${month}&trainer=${tamara.id}&regio=PV26`],
        [staff, `/beheer?weergave=week&datum=${month}-03`],
        [staff, '/beheer/uitvoeringen?alles=1'],
        [trainer, '/mijn'],
      ];
      const measure = async () => {
        const counts: number[] = [];
        for (const [client, path] of pages) {
          await client.get(path); // warm: the provinces are cached after the first load
          counts.push(await countQueries(() => client.get(path)));
        }
        return counts;
      };
      await addMeetings(5, 0);
      const few = await measure();
      const fewMonth = await staff.get(`/beheer?weergave=maand&datum=${month}`);
      assert.equal(fewMonth.$('.jep-agenda-edition').length, 5);
      await addMeetings(45, 5);
      const many = await measure();
      const manyMonth = await staff.get(`/beheer?weergave=maand&datum=${month}`);
      assert.equal(manyMonth.$('.jep-agenda-edition').length, 50);
      const manyWeek = await staff.get(`/beheer?weergave=week&datum=${month}-03`);
      assert.ok(manyWeek.$('.jep-agenda-item__trainers').first().text().includes('Tamara Trainer'));
      console.log(
        `queries per page (5 → 50 meetings): ${pages.map(([, p], i) => `${p}: ${few[i]} → ${many[i]}`).join('; ')}`,
      );
      assert.ok(
        few.every((n) => n > 0),
        `the counter counts: ${few.join(', ')}`,
      );
      assert.deepEqual(many, few);
    });
  });
});

describe('editions list paging', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('shows 50 editions a page with links to the others, keeping the filter', async () => {
    const offering = await t.dataSource.getRepository(Offering).save({
      kind: 'training',
      title: 'Veel groepen',
      slug: 'veel-groepen',
      summary: 's',
      description: 'd',
      audience: '',
      studyLoadHours: 2,
      skjPoints: 0,
      completionRule: 'all_meetings',
      completionPercent: null,
      excusedCounts: false,
      requiresApproval: false,
      published: true,
    });
    const start = Date.now() + 10 * 86_400_000;
    await t.dataSource.getRepository(Edition).insert(
      Array.from({ length: 60 }, (_, i) => ({
        offeringId: offering.id,
        title: `Groep ${String(i + 1).padStart(2, '0')}`,
        capacity: 10,
        seatsTaken: 0,
        registrationOpensAt: new Date(),
        registrationClosesAt: new Date(start),
        regionCode: null,
        notes: '',
        status: 'published' as const,
        startsAt: new Date(start + i * 86_400_000),
        endsAt: new Date(start + i * 86_400_000 + 3600_000),
      })),
    );
    const staff = await createUser(t.dataSource, { role: 'staff' });
    const c = t.client();
    await signIn(c, staff.email);
    const first = await c.get(`/beheer/uitvoeringen?aanbod=${offering.id}`);
    assert.equal(first.$('main tbody tr').length, 50);
    assert.match(textOf(first.$, '.jep-agenda-count'), /60/);
    const next = first.$('a[rel=next]').attr('href')!;
    assert.equal(next, `/beheer/uitvoeringen?aanbod=${offering.id}&pagina=2`);
    const second = await c.get(next);
    assert.equal(second.$('main tbody tr').length, 10);
    assert.match(textOf(second.$, 'main tbody tr:last-child'), /Groep 60/);
  });
});
