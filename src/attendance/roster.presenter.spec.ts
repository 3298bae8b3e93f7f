import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Offering } from '../catalogue/offering.entity';
import { fromAmsterdam } from '../common/views/amsterdam-time';
import type { Edition } from '../scheduling/edition.entity';
import type { Meeting } from '../scheduling/meeting.entity';
import {
  placeOf,
  rosterCsv,
  rosterCsvFilename,
  rosterPage,
  rosterPrintPage,
} from './roster.presenter';
import type { Roster } from './roster.service';

function meeting(id: number, date: string, extra: Partial<Meeting> = {}): Meeting {
  return {
    id,
    editionId: 3,
    startsAt: fromAmsterdam(date, '09:30')!,
    endsAt: fromAmsterdam(date, '12:30')!,
    locationName: 'Stadskantoor',
    address: 'Stadsplateau 1',
    municipalityCode: 'GM0344',
    municipality: { code: 'GM0344', name: 'Utrecht' } as Meeting['municipality'],
    onlineUrl: null,
    ...extra,
  } as Meeting;
}

function roster(overrides: Partial<Roster> = {}): Roster {
  const meetings = [meeting(10, '2026-03-02'), meeting(11, '2026-03-09')];
  return {
    meeting: meetings[1],
    edition: {
      id: 3,
      title: 'Utrecht, voorjaar',
      offering: { title: 'Omgaan met Extreme Idealen', slug: 'omei' } as Offering,
    } as Edition & { offering: Offering },
    meetings,
    number: 2,
    trainers: ['Marieke Jansen'],
    entries: [
      {
        enrolmentId: 5,
        name: 'Anna Bakker',
        organisation: '=cmd|calc',
        status: 'present',
        markedAt: new Date('2026-03-09T10:00:00Z'),
      },
      {
        enrolmentId: 6,
        name: 'Bram "B" de Wit',
        organisation: 'JOU; Utrecht',
        status: null,
        markedAt: null,
      },
    ],
    lastMarked: { at: new Date('2026-03-09T10:00:00Z'), by: 'Marieke Jansen' },
    canMark: true,
    viewerIsStaff: false,
    ...overrides,
  };
}

describe('roster presenter', () => {
  it('checks the stored status of each person and names fields by enrolment', () => {
    const page = rosterPage(roster(), 'nl');
    assert.deepEqual(page.values, { 'status-5': 'present' });
    assert.deepEqual(
      page.people[0].options.map((o) => o.id),
      ['field-status-5-present', 'field-status-5-absent', 'field-status-5-excused'],
    );
    assert.deepEqual(page.counts, { present: 1, absent: 0, excused: 0, unmarked: 1 });
    assert.equal(page.meeting.number, '2 van 2');
    assert.equal(page.meeting.time, '09:30–12:30');
    assert.equal(page.meeting.date, '9 maart 2026');
    assert.equal(page.lastSaved, 'Laatst opgeslagen op 9 maart 2026 11:00 door Marieke Jansen.');
  });

  it('sends trainers back to Mijn JEP; staff to the edition, with the completion page', () => {
    const trainer = rosterPage(roster(), 'nl');
    assert.equal(trainer.back.href, '/mijn');
    assert.equal(trainer.completionHref, null);
    const staff = rosterPage(roster({ viewerIsStaff: true }), 'nl');
    assert.equal(staff.back.href, '/beheer/uitvoeringen/3');
    assert.equal(staff.completionHref, '/beheer/uitvoeringen/3/afronding');
    assert.equal(staff.csvHref, '/bijeenkomsten/11/presentie.csv');
  });

  it('describes the place, or online', () => {
    assert.equal(placeOf(meeting(1, '2026-03-02'), 'nl'), 'Stadskantoor, Stadsplateau 1 (Utrecht)');
    assert.equal(
      placeOf(
        meeting(1, '2026-03-02', { onlineUrl: 'https://x.example', locationName: null }),
        'nl',
      ),
      'Online',
    );
  });

  it('prints numbered rows with the status when known', () => {
    const page = rosterPrintPage(roster(), 'nl', new Date('2026-03-08T12:00:00Z'));
    assert.deepEqual(
      page.rows.map((r) => [r.number, r.name, r.statusLabel]),
      [
        [1, 'Anna Bakker', 'attendance.status.present'],
        [2, 'Bram "B" de Wit', null],
      ],
    );
    assert.equal(page.printed, 'Afgedrukt op 8 maart 2026 13:00');
  });

  it('writes the CSV with a Dutch header, escaped and guarded cells', () => {
    const csv = rosterCsv(roster(), 'nl');
    assert.equal(
      csv,
      '\uFEFFNaam;Organisatie;Presentie;Ingevuld op\r\n' +
        "Anna Bakker;'=cmd|calc;Aanwezig;2026-03-09 11:00\r\n" +
        '"Bram ""B"" de Wit";"JOU; Utrecht";;\r\n',
    );
    assert.equal(rosterCsvFilename(roster()), 'presentie-omei-2026-03-09.csv');
  });
});
