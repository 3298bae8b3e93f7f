import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromAmsterdam } from '../common/views/amsterdam-time';
import type { AdviceRequest } from './advice-request.entity';
import { ageLabel, queueRow } from './queue.presenter';
import { parseQueueQuery, queueQueryValues } from './queue-query';

const at = (date: string, time: string) => fromAmsterdam(date, time)!;

function request(overrides: Partial<AdviceRequest> = {}): AdviceRequest {
  return {
    id: 4,
    reference: 'AV-2026-0004',
    status: 'assigned',
    urgency: 'urgent',
    municipalityCode: 'GM0344',
    municipality: { name: 'Utrecht' },
    topic: { nameNl: 'Online invloeden', nameEn: 'Online influences' },
    adviserId: 9,
    submittedAt: at('2026-11-27', '15:00'),
    firstResponseAt: null,
    createdAt: at('2026-11-27', '15:00'),
    ...overrides,
  } as AdviceRequest;
}

describe('queue presenter', () => {
  it('shows a row with the age in working days and the overdue marker', () => {
    const row = queueRow(
      request(),
      new Map([[9, 'Anouk']]),
      at('2026-12-03', '10:00'),
      { responseWorkingDays: 2 },
      'nl',
    );
    assert.equal(row.href, '/beheer/advies/4');
    assert.equal(row.age, '4 werkdagen');
    assert.equal(row.topic, 'Online invloeden');
    assert.equal(row.municipality, 'Utrecht');
    assert.equal(row.adviser, 'Anouk');
    assert.equal(row.urgent, true);
    assert.equal(row.overdue, true);
    const answered = queueRow(
      request({ firstResponseAt: at('2026-11-30', '09:00') }),
      new Map(),
      at('2026-12-03', '10:00'),
      { responseWorkingDays: 2 },
      'en',
    );
    assert.equal(answered.overdue, false);
    assert.equal(answered.responded, true);
    assert.equal(answered.topic, 'Online influences');
  });

  it('shows hours for a request of today', () => {
    assert.equal(ageLabel(at('2026-12-01', '08:00'), at('2026-12-01', '10:30'), 'nl'), '2 uur');
    assert.equal(ageLabel(at('2026-11-30', '08:00'), at('2026-12-01', '10:30'), 'nl'), '1 werkdag');
  });

  it('reads the filters and ignores nonsense', () => {
    const q = parseQueueQuery({
      status: 'closed',
      onderwerp: '3',
      gemeente: 'GM0363',
      adviseur: 'mine',
      pagina: '2',
    });
    assert.deepEqual(q, {
      status: 'closed',
      topicId: 3,
      municipalityCode: 'GM0363',
      adviser: 'mine',
      page: 2,
    });
    assert.deepEqual(queueQueryValues(q), {
      status: 'closed',
      onderwerp: '3',
      gemeente: 'GM0363',
      adviseur: 'mine',
    });
    assert.deepEqual(
      parseQueueQuery({ status: 'unverified', onderwerp: ['1'], gemeente: '<x>', adviseur: '-1' }),
      {
        status: 'open',
        topicId: null,
        municipalityCode: null,
        adviser: 'any',
        page: 1,
      },
    );
  });
});
