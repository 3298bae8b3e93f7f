import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  agendaHref,
  agendaPage,
  agendaPeriod,
  dayNames,
  editionRow,
  monthLabel,
  parseAgendaQuery,
  parseEditionQuery,
  trainerMeetingRow,
  weekRange,
} from './agenda.presenter';
import type { AgendaFilterOptions, AgendaMeeting } from './agenda.service';
import type { Edition } from './edition.entity';

const OPTIONS: AgendaFilterOptions = {
  offerings: [
    { id: 3, title: 'Omgaan met Extreme Idealen' },
    { id: 7, title: 'Werkatelier Informatie uitwisselen' },
  ],
  trainers: [{ id: 12, name: 'Tamara Trainer' }],
  regions: [
    { code: 'PV26', name: 'Utrecht' },
    { code: 'PV27', name: 'Noord-Holland' },
  ],
};

let nextId = 1;
function meeting(
  startsAt: string,
  endsAt: string,
  fields: { editionId?: number; online?: boolean; place?: string } = {},
): AgendaMeeting {
  const editionId = fields.editionId ?? 40;
  const edition = { id: editionId, title: `Cohort ${editionId}`, status: 'published' } as Edition;
  return {
    meeting: {
      id: nextId++,
      editionId,
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      locationName: fields.online ? null : 'Buurthuis De Pijp',
      onlineUrl: fields.online ? 'https://meet.example.nl/omei' : null,
      municipality: fields.online ? null : { code: 'GM0344', name: fields.place ?? 'Utrecht' },
    } as unknown as AgendaMeeting['meeting'],
    edition,
    offeringTitle: 'Omgaan met Extreme Idealen',
  };
}

describe('agenda presenter', () => {
  it('names days, months and weeks the Dutch and the English way', () => {
    assert.deepEqual(
      dayNames('nl').map((d) => d.short),
      ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
    );
    assert.equal(dayNames('nl')[0].long, 'maandag');
    assert.equal(dayNames('en')[6].long, 'Sunday');
    assert.equal(monthLabel('2026-12-01', 'nl'), 'December 2026');
    assert.equal(monthLabel('2027-03-01', 'en'), 'March 2027');
    assert.equal(weekRange('2026-11-30', 'nl'), '30 november – 6 december 2026');
    assert.equal(weekRange('2026-12-07', 'nl'), '7 – 13 december 2026');
    assert.equal(weekRange('2026-12-28', 'nl'), '28 december 2026 – 3 januari 2027');
    assert.equal(weekRange('2026-11-30', 'en'), '30 November – 6 December 2026');
  });

  it('reads the view, date and filter from the query, ignoring what is not valid', () => {
    const today = '2026-12-01';
    assert.deepEqual(parseAgendaQuery({}, today, OPTIONS), {
      view: 'maand',
      date: today,
      filter: {},
    });
    assert.deepEqual(
      parseAgendaQuery({ weergave: 'maand', datum: '2027-02' }, today, OPTIONS).date,
      '2027-02-01',
    );
    assert.deepEqual(
      parseAgendaQuery({ datum: '2026-12' }, today, OPTIONS).date,
      today,
      'the current month: today',
    );
    assert.deepEqual(parseAgendaQuery({ weergave: 'week', datum: '2026-12-17' }, today, OPTIONS), {
      view: 'week',
      date: '2026-12-17',
      filter: {},
    });
    assert.deepEqual(
      parseAgendaQuery(
        { weergave: 'jaar', datum: '2026-02-30', aanbod: '3', trainer: '12', regio: 'PV26' },
        today,
        OPTIONS,
      ),
      { view: 'maand', date: today, filter: { offeringId: 3, trainerId: 12, region: 'PV26' } },
    );
    assert.deepEqual(
      parseAgendaQuery(
        { aanbod: '99', trainer: ['12', '12'], regio: 'PV99', datum: ['2026-12'] },
        today,
        OPTIONS,
      ),
      { view: 'maand', date: today, filter: {} },
      'unknown ids, lists and unknown provinces are ignored',
    );
    assert.deepEqual(
      parseAgendaQuery({ aanbod: '3 OR 1=1', trainer: '-12' }, today, OPTIONS).filter,
      {},
    );
  });

  it('links to a period keeping the filter', () => {
    assert.equal(
      agendaHref('week', '2026-11-30', { offeringId: 3, region: 'PV26' }),
      '/beheer?weergave=week&datum=2026-11-30&aanbod=3&regio=PV26',
    );
    assert.equal(agendaHref('maand', null, {}), '/beheer?weergave=maand');
  });

  it('fetches the whole grid of a month, and exactly the week of a week', () => {
    const month = agendaPeriod({ view: 'maand', date: '2026-12-15', filter: {} });
    assert.deepEqual(
      [month.from.toISOString(), month.to.toISOString()],
      ['2026-11-29T23:00:00.000Z', '2027-01-03T23:00:00.000Z'],
    );
    const week = agendaPeriod({ view: 'week', date: '2026-10-25', filter: {} });
    assert.deepEqual(
      [week.from.toISOString(), week.to.toISOString()],
      ['2026-10-18T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
    );
  });

  it('puts meetings in the month grid on their Amsterdam day, with links to the period around', () => {
    const page = agendaPage({
      query: { view: 'maand', date: '2026-12-01', filter: { offeringId: 3 } },
      today: '2026-12-01',
      meetings: [
        meeting('2026-11-30T23:30:00Z', '2026-12-01T01:00:00Z'), // 00:30 on 1 December in Amsterdam
        meeting('2026-12-03T13:30:00Z', '2026-12-03T16:00:00Z'),
      ],
      options: OPTIONS,
      locale: 'nl',
    });
    assert.equal(page.heading, 'December 2026');
    assert.equal(page.datum, '2026-12');
    assert.equal(page.previous.href, '/beheer?weergave=maand&datum=2026-11&aanbod=3');
    assert.equal(page.previous.target, 'november 2026', 'lower case inside the link text');
    assert.equal(page.next.href, '/beheer?weergave=maand&datum=2027-01&aanbod=3');
    assert.equal(page.todayHref, '/beheer?weergave=maand&aanbod=3');
    assert.equal(page.weekHref, '/beheer?weergave=week&datum=2026-12-01&aanbod=3');
    const cells = page.month.weeks.flatMap((w) => w.days);
    const cell = (date: string) => cells.find((c) => c.isoDate === date)!;
    assert.deepEqual(cell('2026-11-30').meetings, [], 'not on the UTC date');
    assert.equal(cell('2026-11-30').inMonth, false);
    assert.deepEqual(
      cell('2026-12-01').meetings.map((m) => [m.start, m.href]),
      [['00:30', '/beheer/uitvoeringen/40']],
    );
    assert.equal(cell('2026-12-01').isToday, true);
    assert.equal(cell('2026-12-01').label, 'dinsdag 1 december 2026');
    assert.equal(cell('2026-12-03').meetings[0].start, '14:30');
    assert.equal(page.filter.aanbod, '3');
  });

  it('lists a week day by day with times, place or "online", and trainers', () => {
    const page = agendaPage({
      query: { view: 'week', date: '2026-12-03', filter: {} },
      today: '2026-12-20',
      meetings: [
        meeting('2026-12-03T13:30:00Z', '2026-12-03T16:00:00Z', { editionId: 41 }),
        meeting('2026-12-04T08:00:00Z', '2026-12-04T10:00:00Z', { editionId: 42, online: true }),
      ],
      trainers: new Map([[41, ['Ali Trainer', 'Bea Trainer']]]),
      options: OPTIONS,
      locale: 'nl',
    });
    assert.equal(page.weekNumber, 49);
    assert.equal(page.weekRange, '30 november – 6 december 2026');
    assert.equal(page.datum, '2026-11-30');
    assert.equal(page.previous.href, '/beheer?weergave=week&datum=2026-11-23');
    assert.equal(page.next.href, '/beheer?weergave=week&datum=2026-12-07');
    assert.equal(
      page.monthHref,
      '/beheer?weergave=maand&datum=2026-12',
      "the month of the week's Thursday",
    );
    const days = page.week.days;
    assert.deepEqual(
      days.map((d) => d.label),
      [
        'Maandag 30 november',
        'Dinsdag 1 december',
        'Woensdag 2 december',
        'Donderdag 3 december',
        'Vrijdag 4 december',
        'Zaterdag 5 december',
        'Zondag 6 december',
      ],
    );
    const [thursday] = days[3].meetings;
    assert.deepEqual(
      [thursday.start, thursday.end, thursday.location, thursday.online, thursday.trainers],
      ['14:30', '17:00', 'Buurthuis De Pijp, Utrecht', false, 'Ali Trainer, Bea Trainer'],
    );
    const [friday] = days[4].meetings;
    assert.deepEqual([friday.location, friday.online, friday.trainers], [null, true, null]);
    assert.ok(days.every((d) => !d.isToday));
  });

  it('shows an edition with its dates, Dutch status and fill rate', () => {
    const row = editionRow(
      {
        id: 9,
        title: 'Utrecht, voorjaar 2027',
        capacity: 20,
        seatsTaken: 12,
        status: 'published',
        startsAt: new Date('2027-03-08T23:30:00Z'),
        endsAt: new Date('2027-04-12T15:00:00Z'),
        offering: { title: 'OMEI' },
      } as Edition & { offering: { title: string } },
      'nl',
    );
    assert.deepEqual(
      [
        row.href,
        row.first?.date,
        row.first?.label,
        row.last?.label,
        row.statusLabel,
        row.taken,
        row.capacity,
        row.percent,
        row.full,
      ],
      [
        '/beheer/uitvoeringen/9',
        '2027-03-09',
        '9 maart 2027',
        '12 april 2027',
        'editions.status.published',
        12,
        20,
        60,
        false,
      ],
    );
    const draft = editionRow(
      {
        id: 10,
        title: 'Nog te plannen',
        capacity: 3,
        seatsTaken: 3,
        status: 'draft',
        startsAt: null,
        endsAt: null,
        offering: { title: 'OMEI' },
      } as Edition & { offering: { title: string } },
      'nl',
    );
    assert.deepEqual([draft.first, draft.last, draft.percent, draft.full], [null, null, 100, true]);
  });

  it('reads the editions filter leniently', () => {
    const offerings = OPTIONS.offerings;
    assert.deepEqual(parseEditionQuery({}, offerings), {
      status: undefined,
      offeringId: undefined,
      upcomingOnly: true,
    });
    assert.deepEqual(
      parseEditionQuery({ status: 'cancelled', aanbod: '7', alles: '1' }, offerings),
      { status: 'cancelled', offeringId: 7, upcomingOnly: false },
    );
    assert.deepEqual(
      parseEditionQuery({ status: 'deleted', aanbod: '8', alles: 'ja' }, offerings),
      { status: undefined, offeringId: undefined, upcomingOnly: true },
    );
  });

  it("gives a trainer's meeting its full Amsterdam date", () => {
    const row = trainerMeetingRow(meeting('2026-12-10T18:30:00Z', '2026-12-10T20:30:00Z'), 'nl');
    assert.deepEqual(
      [row.isoDate, row.dateLabel, row.start, row.end],
      ['2026-12-10', 'donderdag 10 december 2026', '19:30', '21:30'],
    );
  });
});
