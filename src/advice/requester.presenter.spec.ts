import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromAmsterdam } from '../common/views/amsterdam-time';
import type { AdviceAppointment } from './advice-appointment.entity';
import type { AdviceMessage } from './advice-message.entity';
import type { AdviceRequest } from './advice-request.entity';
import { requesterView } from './requester.presenter';
import { firstName } from './requester.service';

const request = (over: Partial<AdviceRequest> = {}) =>
  ({
    id: 7,
    reference: 'AV-2026-0007',
    status: 'in_progress',
    topic: { nameNl: 'Online invloeden', nameEn: 'Online influences' },
    question: 'Wat nu?',
    urgency: 'soon',
    contactPreference: 'phone',
    adviserId: 3,
    referredTo: null,
    submittedAt: fromAmsterdam('2026-03-02', '09:00'),
    createdAt: fromAmsterdam('2026-03-02', '09:00'),
    firstResponseAt: null,
    closedAt: null,
    ...over,
  }) as AdviceRequest;

const message = (over: Partial<AdviceMessage>) =>
  ({
    id: 1,
    direction: 'to_requester',
    authorId: 3,
    body: 'Hallo',
    createdAt: new Date(),
    ...over,
  }) as AdviceMessage;

const appointment = (over: Partial<AdviceAppointment>) =>
  ({
    id: 1,
    startsAt: fromAmsterdam('2026-03-10', '14:00')!,
    endsAt: fromAmsterdam('2026-03-10', '15:30')!,
    mode: 'online',
    location: 'https://meet.example.nl/x',
    ...over,
  }) as AdviceAppointment;

describe('the requester’s page of a request', () => {
  it('shows JEP’s messages with the adviser’s first name and the requester’s as theirs', () => {
    const view = requesterView(
      {
        request: request(),
        messages: [message({}), message({ id: 2, direction: 'from_requester', authorId: null })],
        appointments: [],
        adviserNames: new Map([[3, 'Fatima']]),
      },
      'nl',
      { replyAction: '/mijn/advies/7/reactie', responseDue: fromAmsterdam('2026-03-09', '09:00') },
    );
    assert.equal(view.messages[0].fromJep, true);
    assert.equal(view.messages[0].author, 'Fatima');
    assert.equal(view.messages[1].fromJep, false);
    assert.equal(view.adviser, 'Fatima');
    assert.equal(view.topic, 'Online invloeden');
    assert.equal(view.statusLabel, 'advice.status.in_progress');
    assert.equal(view.responseDue, '9 maart 2026');
    assert.equal(view.canReply, true);
    assert.equal(firstName('  Fatima de Vries '), 'Fatima');
  });

  it('lists appointments with Amsterdam times; only an http(s) address becomes a link', () => {
    const view = requesterView(
      {
        request: request({ status: 'completed', closedAt: new Date() }),
        messages: [],
        appointments: [
          appointment({}),
          appointment({ id: 2, mode: 'online', location: 'javascript:alert(1)' }),
          appointment({ id: 3, mode: 'place', location: 'Stadhuis, zaal 2' }),
        ],
        adviserNames: new Map(),
      },
      'en',
      { replyAction: '/x', responseDue: new Date() },
    );
    assert.equal(view.appointments[0].time, '14:00–15:30');
    assert.equal(view.appointments[0].link, 'https://meet.example.nl/x');
    assert.equal(view.appointments[1].link, null);
    assert.equal(view.appointments[2].location, 'Stadhuis, zaal 2');
    assert.equal(view.canReply, false, 'a closed request takes no replies');
    assert.equal(view.responseDue, '', 'no due date once closed');
    assert.equal(view.topic, 'Online influences');
  });
});
