import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appointmentIcs, appointmentUid } from './appointment-ics';

const base = {
  uid: appointmentUid(7, 'https://platformjep.nl'),
  sequence: 0,
  start: new Date('2027-01-14T13:30:00Z'),
  end: new Date('2027-01-14T14:30:00Z'),
  summary: 'Advies op Maat AV-2027-0001',
  organizer: { name: 'Platform JEP', email: 'noreply@platformjep.nl' },
  attendee: { name: 'Anna "de" Vries', email: 'anna@example.nl' },
  stamp: new Date('2027-01-01T10:00:00Z'),
};

describe('appointment ics', () => {
  it('writes an invitation in Amsterdam time, with a stable UID and the organiser', () => {
    const ics = appointmentIcs({ ...base, method: 'REQUEST', location: 'Stadhuis, Utrecht' });
    const unfolded = ics.replace(/\r\n /g, '');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /\r\nMETHOD:REQUEST\r\n/);
    assert.match(ics, /\r\nUID:advice-appointment-7@platformjep\.nl\r\n/);
    // 13:30 UTC in January is 14:30 in Amsterdam (CET).
    assert.match(ics, /\r\nDTSTART;TZID=Europe\/Amsterdam:20270114T143000\r\n/);
    assert.match(ics, /\r\nDTEND;TZID=Europe\/Amsterdam:20270114T153000\r\n/);
    assert.match(ics, /\r\nLOCATION:Stadhuis\\, Utrecht\r\n/);
    assert.match(ics, /\r\nSTATUS:CONFIRMED\r\n/);
    assert.match(unfolded, /ORGANIZER;CN="?Platform JEP"?:mailto:noreply@platformjep\.nl/);
    assert.match(unfolded, /ATTENDEE;CN="?Anna de Vries"?/);
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  });

  it('cancels with the same UID and a higher sequence', () => {
    const ics = appointmentIcs({ ...base, method: 'CANCEL', sequence: 2 });
    assert.match(ics, /\r\nMETHOD:CANCEL\r\n/);
    assert.match(ics, /\r\nSEQUENCE:2\r\n/);
    assert.match(ics, /\r\nSTATUS:CANCELLED\r\n/);
    assert.match(ics, /UID:advice-appointment-7@platformjep\.nl/);
  });

  it('keeps a URL on one logical line and escapes text', () => {
    const ics = appointmentIcs({
      ...base,
      method: 'REQUEST',
      url: 'https://meet.example.nl/abc\r\nX-EVIL:1',
      description: 'Regel 1\nRegel; 2',
    });
    assert.doesNotMatch(ics, /\r\nX-EVIL/);
    assert.match(ics, /DESCRIPTION:Regel 1\\nRegel\\; 2/);
  });
});
