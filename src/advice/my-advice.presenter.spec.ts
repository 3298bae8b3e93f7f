import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AdviceRequest } from './advice-request.entity';
import { myAdviceSection } from './my-advice.presenter';

function request(overrides: Partial<AdviceRequest>): AdviceRequest {
  return {
    id: 7,
    reference: 'AV-2026-0007',
    status: 'assigned',
    submittedAt: new Date('2026-03-02T09:30:00Z'),
    createdAt: new Date('2026-03-01T09:30:00Z'),
    topic: {
      id: 1,
      key: 'online_influences',
      nameNl: 'Online invloeden',
      nameEn: 'Online influences',
      position: 20,
      active: true,
    },
    ...overrides,
  } as AdviceRequest;
}

describe('my advice section on /mijn', () => {
  it('lists reference, topic, status, date and the link of each request', () => {
    const section = myAdviceSection([request({})], 'nl');
    assert.deepEqual(section.rows, [
      {
        href: '/mijn/advies/7',
        reference: 'AV-2026-0007',
        topic: 'Online invloeden',
        status: 'assigned',
        statusLabel: 'advice.status.assigned',
        open: true,
        submitted: '2 maart 2026',
        submittedIso: '2026-03-02T09:30:00.000Z',
      },
    ]);
    assert.equal(section.askHref, '/advies');
    assert.equal(section.askLabel, 'advice.mine.askAnother');
  });

  it('names the topic in English and marks closed requests', () => {
    const [row] = myAdviceSection([request({ status: 'referred' })], 'en').rows;
    assert.equal(row.topic, 'Online influences');
    assert.equal(row.open, false);
    assert.equal(row.statusLabel, 'advice.status.referred');
  });

  it('falls back to the creation date, and offers to ask when there is nothing yet', () => {
    const [row] = myAdviceSection([request({ submittedAt: null })], 'nl').rows;
    assert.equal(row.submittedIso, '2026-03-01T09:30:00.000Z');
    const empty = myAdviceSection([], 'nl');
    assert.deepEqual(empty.rows, []);
    assert.equal(empty.askLabel, 'advice.mine.ask');
  });
});
