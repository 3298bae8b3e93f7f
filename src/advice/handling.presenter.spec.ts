import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromAmsterdam } from '../common/views/amsterdam-time';
import type { AdviceRequest } from './advice-request.entity';
import { requestView } from './handling.presenter';
import { RequestPage, statusTargets } from './handling.service';

const at = (date: string, time: string) => fromAmsterdam(date, time)!;

function page(overrides: Partial<AdviceRequest> = {}): RequestPage {
  const request = {
    id: 5,
    reference: 'AV-2026-0005',
    status: 'in_progress',
    urgency: 'normal',
    contactPreference: 'phone',
    requesterId: null,
    requesterName: 'Bezoeker',
    requesterEmail: 'b@example.nl',
    requesterPhone: null,
    organisation: 'School',
    requesterRole: 'Docent',
    municipalityCode: 'GM0344',
    topic: { nameNl: 'Online invloeden', nameEn: 'Online influences' },
    question: 'Vraag',
    adviserId: 9,
    submittedAt: at('2026-11-27', '15:00'),
    firstResponseAt: null,
    closedAt: null,
    referredTo: null,
    closeReason: null,
    createdAt: at('2026-11-27', '15:00'),
    ...overrides,
  } as AdviceRequest;
  return {
    request,
    history: [],
    messages: [
      {
        id: 1,
        requestId: 5,
        direction: 'to_requester',
        authorId: 9,
        body: 'Hallo',
        createdAt: at('2026-11-30', '10:00'),
      },
      {
        id: 2,
        requestId: 5,
        direction: 'from_requester',
        authorId: null,
        body: 'Dank',
        createdAt: at('2026-11-30', '11:00'),
      },
    ],
    notes: [
      { id: 1, requestId: 5, authorId: 9, body: 'Intern', createdAt: at('2026-11-30', '10:00') },
    ],
    appointments: [
      {
        id: 3,
        requestId: 5,
        startsAt: at('2026-12-10', '14:30'),
        endsAt: at('2026-12-10', '15:30'),
        mode: 'place',
        location: 'Stadhuis',
        adviserId: 9,
        sequence: 0,
        cancelledAt: null,
        createdAt: at('2026-11-30', '10:00'),
      },
    ],
    names: new Map([[9, 'Anouk']]),
    staff: [{ id: 9, name: 'Anouk' }],
  };
}

describe('handling presenter', () => {
  it('shows the request, the thread both ways, the notes and the appointment', () => {
    const view = requestView(page(), at('2026-12-08', '09:00'), { responseWorkingDays: 2 }, 'nl');
    assert.equal(view.pageTitle, 'Adviesvraag AV-2026-0005');
    assert.equal(view.request.overdue, true);
    assert.equal(view.request.adviser, 'Anouk');
    assert.equal(view.thread.length, 2);
    assert.match(view.thread[0].heading, /Aan de vrager, door Anouk/);
    assert.match(view.thread[1].heading, /Van de vrager/);
    assert.match(view.notes[0].by, /Anouk/);
    assert.equal(view.appointments[0].when, '10 december 2026, 14:30–15:30');
    assert.equal(view.appointments[0].icsHref, '/beheer/advies/5/afspraken/3.ics');
    assert.deepEqual(
      view.options.status.map((o) => o.value),
      ['appointment', 'completed', 'referred', 'closed'],
    );
    assert.equal(view.closed, false);
  });

  it('offers no statuses on a closed request', () => {
    assert.deepEqual(statusTargets('closed'), []);
    assert.deepEqual(statusTargets('new'), [
      'assigned',
      'in_progress',
      'appointment',
      'completed',
      'referred',
      'closed',
    ]);
    assert.deepEqual(statusTargets('appointment'), [
      'in_progress',
      'completed',
      'referred',
      'closed',
    ]);
    const view = requestView(
      page({ status: 'completed', closedAt: at('2026-12-01', '10:00') }),
      at('2026-12-08', '09:00'),
      { responseWorkingDays: 2 },
      'nl',
    );
    assert.equal(view.closed, true);
    assert.equal(view.request.overdue, false);
  });
});
