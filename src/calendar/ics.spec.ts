import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as ical from 'node-ical';
import { buildIcs, type IcsCalendar, type IcsEvent } from './ics';

const organizer = { name: 'Platform JEP', email: 'agenda@platformjep.nl' };
const attendee = { name: 'Jan de Vries', email: 'jan@example.nl' };
const stamp = new Date('2027-01-01T12:00:00Z');

function event(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: 'meeting-12-user-7@platformjep.nl',
    sequence: 3,
    start: new Date('2027-01-14T08:30:00Z'),
    end: new Date('2027-01-14T10:00:00Z'),
    summary: 'Intervisie',
    ...overrides,
  };
}

function calendar(overrides: Partial<IcsCalendar> = {}): IcsCalendar {
  return { organizer, events: [event()], stamp, ...overrides };
}

/** Parses with node-ical: the events by UID, the calendar properties and the time zones. */
function parse(ics: string) {
  const data = ical.sync.parseICS(ics);
  const events = new Map<string, ical.VEvent>();
  const zones: ical.VTimeZone[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (key === 'vcalendar' || !value) continue;
    if (value.type === 'VEVENT') events.set(value.uid, value);
    if (value.type === 'VTIMEZONE') zones.push(value);
  }
  return { events, zones, vcalendar: data.vcalendar };
}

function only(ics: string): ical.VEvent {
  const { events } = parse(ics);
  assert.equal(events.size, 1);
  return [...events.values()][0];
}

/** The content lines, unfolded. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

/** A property with parameters, e.g. ORGANIZER or a single ATTENDEE. */
function paramsOf<T>(value: T | T[] | undefined): Exclude<T, string> {
  assert.ok(value && typeof value === 'object' && !Array.isArray(value));
  return value as Exclude<T, string>;
}

describe('iCalendar builder', () => {
  it('writes DTSTART and DTEND in Amsterdam wall-clock time that parse back to the same instants', () => {
    const cases = [
      // winter (CET, +01:00)
      ['2027-01-14T08:30:00Z', '2027-01-14T10:00:00Z', '20270114T093000', '20270114T110000'],
      // summer (CEST, +02:00)
      ['2027-06-10T11:00:00Z', '2027-06-10T12:30:00Z', '20270610T130000', '20270610T143000'],
      // the week before and after the clock change of Sunday 31 October 2027
      ['2027-10-28T08:00:00Z', '2027-10-28T09:00:00Z', '20271028T100000', '20271028T110000'],
      ['2027-11-03T09:00:00Z', '2027-11-03T10:15:00Z', '20271103T100000', '20271103T111500'],
    ] as const;
    const events = cases.map(([start, end], i) =>
      event({ uid: `case-${i}@platformjep.nl`, start: new Date(start), end: new Date(end) }),
    );
    const ics = buildIcs(calendar({ method: 'PUBLISH', events }));
    const parsed = parse(ics).events;
    const lines = unfold(ics);

    cases.forEach(([start, end, localStart, localEnd], i) => {
      const e = parsed.get(`case-${i}@platformjep.nl`);
      assert.ok(e, `case ${i} parsed`);
      assert.equal(e.start.toISOString(), new Date(start).toISOString(), `start ${i}`);
      assert.equal(e.end?.toISOString(), new Date(end).toISOString(), `end ${i}`);
      assert.equal(e.start.tz, 'Europe/Amsterdam');
      assert.equal(e.end?.tz, 'Europe/Amsterdam');
      assert.ok(lines.includes(`DTSTART;TZID=Europe/Amsterdam:${localStart}`), `DTSTART ${i}`);
      assert.ok(lines.includes(`DTEND;TZID=Europe/Amsterdam:${localEnd}`), `DTEND ${i}`);
    });
  });

  it('embeds one VTIMEZONE for Europe/Amsterdam with the EU daylight saving rules', () => {
    const ics = buildIcs(
      calendar({ events: [event(), event({ uid: 'other@platformjep.nl', sequence: 0 })] }),
    );
    const { zones } = parse(ics);
    assert.equal(zones.length, 1);
    assert.equal(zones[0].tzid, 'Europe/Amsterdam');
    const parts = Object.values(zones[0]).filter(
      (v): v is ical.TimeZoneDef => typeof v === 'object' && v !== null && 'tzoffsetto' in v,
    );
    const byType = Object.fromEntries(parts.map((p) => [p.type, p]));
    assert.equal(parts.length, 2);
    assert.equal(byType.STANDARD.tzname, 'CET');
    assert.equal(byType.STANDARD.tzoffsetfrom, '+0200');
    assert.equal(byType.STANDARD.tzoffsetto, '+0100');
    assert.match(byType.STANDARD.rrule, /FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU$/);
    assert.equal(byType.DAYLIGHT.tzname, 'CEST');
    assert.equal(byType.DAYLIGHT.tzoffsetfrom, '+0100');
    assert.equal(byType.DAYLIGHT.tzoffsetto, '+0200');
    assert.match(byType.DAYLIGHT.rrule, /FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU$/);
    const lines = unfold(ics);
    assert.ok(lines.includes('DTSTART:19701025T030000'));
    assert.ok(lines.includes('DTSTART:19700329T020000'));
    assert.equal(lines.filter((l) => l === 'BEGIN:VTIMEZONE').length, 1);

    // the rules agree with Intl: the local hour before and after each switch, 2026–2030
    const hour = (iso: string) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Amsterdam',
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(iso));
    const lastSunday = (year: number, month: number) => {
      const last = new Date(Date.UTC(year, month, 0));
      return last.getUTCDate() - last.getUTCDay();
    };
    for (let year = 2026; year <= 2030; year++) {
      const march = `${year}-03-${lastSunday(year, 3)}`;
      assert.equal(hour(`${march}T00:59:59Z`), '01'); // 01:59:59 CET
      assert.equal(hour(`${march}T01:00:00Z`), '03'); // 02:00 CET → 03:00 CEST
      const october = `${year}-10-${lastSunday(year, 10)}`;
      assert.equal(hour(`${october}T00:59:59Z`), '02'); // 02:59:59 CEST
      assert.equal(hour(`${october}T01:00:00Z`), '02'); // 03:00 CEST → 02:00 CET
      assert.equal(hour(`${october}T02:00:00Z`), '03');
    }
  });

  it('writes the calendar header, and X-WR-CALNAME and X-WR-TIMEZONE only for a named feed', () => {
    const feed = buildIcs(calendar({ name: 'Agenda, Platform JEP' }));
    const { vcalendar } = parse(feed);
    assert.equal(vcalendar?.version, '2.0');
    assert.equal(vcalendar?.prodid, '-//Platform JEP//Agenda//NL');
    assert.equal(vcalendar?.calscale, 'GREGORIAN');
    assert.equal(vcalendar?.method, undefined);
    assert.equal(vcalendar?.['WR-CALNAME'], 'Agenda, Platform JEP');
    assert.equal(vcalendar?.['WR-TIMEZONE'], 'Europe/Amsterdam');
    const lines = unfold(feed);
    assert.deepEqual(lines.slice(0, 4), [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Platform JEP//Agenda//NL',
      'CALSCALE:GREGORIAN',
    ]);
    assert.ok(!lines.some((l) => l.startsWith('METHOD')));
    assert.deepEqual(lines.slice(-2), ['END:VCALENDAR', '']);

    const invite = unfold(buildIcs(calendar({ method: 'REQUEST' })));
    assert.ok(invite.includes('METHOD:REQUEST'));
    assert.ok(!invite.some((l) => l.startsWith('X-WR-')));
  });

  it('writes an invitation with UID, SEQUENCE, DTSTAMP, STATUS, ORGANIZER and ATTENDEE', () => {
    const ics = buildIcs(
      calendar({
        method: 'REQUEST',
        events: [
          event({
            attendee,
            location: 'Jaarbeurs, Utrecht',
            url: 'https://platformjep.nl/agenda/12?ref=ics,mail',
          }),
        ],
      }),
    );
    assert.equal(parse(ics).vcalendar?.method, 'REQUEST');
    const e = only(ics);
    assert.equal(e.uid, 'meeting-12-user-7@platformjep.nl');
    assert.equal(e.sequence, 3);
    assert.equal(e.dtstamp.toISOString(), stamp.toISOString());
    assert.equal(e.status, 'CONFIRMED');
    assert.equal(e.transparency, 'OPAQUE');
    assert.equal(e.summary, 'Intervisie');
    assert.equal(e.location, 'Jaarbeurs, Utrecht');
    assert.equal(e.url, 'https://platformjep.nl/agenda/12?ref=ics,mail');
    const org = paramsOf(e.organizer);
    assert.equal(org.val, 'mailto:agenda@platformjep.nl');
    assert.equal(org.params.CN, 'Platform JEP');
    const att = paramsOf(e.attendee);
    assert.equal(att.val, 'mailto:jan@example.nl');
    assert.deepEqual(att.params, {
      CN: 'Jan de Vries',
      ROLE: 'REQ-PARTICIPANT',
      PARTSTAT: 'ACCEPTED',
      RSVP: false,
    });

    const lines = unfold(ics);
    assert.ok(lines.includes('DTSTAMP:20270101T120000Z'));
    assert.ok(lines.includes('ORGANIZER;CN="Platform JEP":mailto:agenda@platformjep.nl'));
    assert.ok(
      lines.includes(
        'ATTENDEE;CN="Jan de Vries";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:jan@example.nl',
      ),
    );
  });

  it('marks every event of a CANCEL as CANCELLED', () => {
    const ics = buildIcs(
      calendar({
        method: 'CANCEL',
        events: [event({ sequence: 4, attendee, status: 'CONFIRMED' })],
      }),
    );
    assert.equal(parse(ics).vcalendar?.method, 'CANCEL');
    const e = only(ics);
    assert.equal(e.status, 'CANCELLED');
    assert.equal(e.sequence, 4);
    assert.equal(e.uid, 'meeting-12-user-7@platformjep.nl');
  });

  it('keeps a given status, and leaves out the optional properties when not given', () => {
    const ics = buildIcs(calendar({ events: [event({ status: 'TENTATIVE' })] }));
    const e = only(ics);
    assert.equal(e.status, 'TENTATIVE');
    assert.equal(e.attendee, undefined);
    const lines = unfold(ics);
    for (const name of ['DESCRIPTION', 'LOCATION', 'URL', 'ATTENDEE']) {
      assert.ok(!lines.some((l) => l.startsWith(name)), name);
    }
  });

  it('escapes TEXT values so they round-trip, including non-ASCII', () => {
    const summary = 'Fryslân — café; a, b\\c';
    const description = 'Regel één: koffie, thee; \\ alles\nRegel twee\r\nRegel drie\n\nEinde 🙂';
    const location = 'Zaal 1; Leeuwarden, Fryslân';
    const ics = buildIcs(calendar({ events: [event({ summary, description, location })] }));
    const e = only(ics);
    assert.equal(e.summary, summary);
    assert.equal(e.description, description.replace(/\r\n/g, '\n'));
    assert.equal(e.location, location);
    const lines = unfold(ics);
    assert.ok(lines.includes('SUMMARY:Fryslân — café\\; a\\, b\\\\c'));
    assert.ok(lines.includes('LOCATION:Zaal 1\\; Leeuwarden\\, Fryslân'));
  });

  it('cannot be broken out of with line breaks or quotes in values and names', () => {
    const ics = buildIcs(
      calendar({
        organizer: { name: 'Platform "JEP"\r\nATTENDEE:mailto:x@evil.test', email: 'a@b.nl' },
        events: [
          event({
            summary: 'Hallo\r\nATTENDEE:mailto:x@evil.test',
            url: 'https://example.nl/\r\nATTENDEE:mailto:x@evil.test',
            attendee: { name: 'Jan "de" Vries', email: 'jan@example.nl' },
          }),
        ],
      }),
    );
    const lines = unfold(ics);
    assert.ok(!lines.some((l) => l.startsWith('ATTENDEE:')));
    assert.ok(lines.includes('SUMMARY:Hallo\\nATTENDEE:mailto:x@evil.test'));
    const e = only(ics);
    assert.equal(paramsOf(e.organizer).params.CN, 'Platform JEP ATTENDEE:mailto:x@evil.test');
    assert.equal(paramsOf(e.attendee).params.CN, 'Jan de Vries');
  });

  it('folds lines at 75 octets without splitting a character, and ends every line with CRLF', () => {
    const description = `${'Lange beschrijving, '.repeat(8)}${'é'.repeat(50)}${'—'.repeat(40)}${'🙂'.repeat(30)}`;
    const summary = `Fryslân — café ${'x'.repeat(47)}é!`; // the é would take octets 75–76
    const ics = buildIcs(
      calendar({
        method: 'REQUEST',
        events: [
          event({
            summary,
            description,
            attendee: { name: 'Anne-Marije van der Heijden-Brouwer', email: 'anne@example.nl' },
          }),
        ],
      }),
    );
    // every line break is a CRLF, and the file ends with one
    assert.ok(ics.endsWith('\r\n'));
    assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(ics));
    // valid UTF-8: no lone surrogates from a split emoji
    assert.equal(Buffer.from(ics, 'utf8').toString('utf8'), ics);
    const physical = ics.slice(0, -2).split('\r\n');
    for (const line of physical) {
      assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `too long: ${line}`);
    }
    assert.ok(physical.some((l) => Buffer.byteLength(l, 'utf8') === 75));
    const summaryAt = physical.findIndex((l) => l.startsWith('SUMMARY:'));
    assert.equal(Buffer.byteLength(physical[summaryAt], 'utf8'), 74);
    assert.equal(physical[summaryAt + 1], ' é!');
    // continuation lines start with exactly one space
    assert.ok(physical.filter((l) => l.startsWith(' ')).length > 5);
    const e = only(ics);
    assert.equal(e.summary, summary);
    assert.equal(e.description, description);
    assert.equal(paramsOf(e.attendee).params.CN, 'Anne-Marije van der Heijden-Brouwer');
  });

  it('leaves out the VTIMEZONE for a feed without events, and defaults DTSTAMP to now', () => {
    const empty = unfold(buildIcs({ organizer, events: [], name: 'Leeg' }));
    assert.ok(!empty.includes('BEGIN:VTIMEZONE'));
    assert.ok(!empty.includes('BEGIN:VEVENT'));

    const before = Math.floor(Date.now() / 1000) * 1000;
    const e = only(buildIcs({ organizer, events: [event()] }));
    assert.ok(e.dtstamp.getTime() >= before && e.dtstamp.getTime() <= Date.now());
  });

  it('rejects invalid dates and sequences', () => {
    assert.throws(
      () => buildIcs(calendar({ events: [event({ start: new Date('nope') })] })),
      RangeError,
    );
    assert.throws(() => buildIcs(calendar({ events: [event({ sequence: -1 })] })), RangeError);
    assert.throws(() => buildIcs(calendar({ stamp: new Date(NaN) })), RangeError);
  });
});
