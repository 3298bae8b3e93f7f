import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RETENTION_KINDS, RetentionPeriods } from './retention-kinds';
import { appliedCount, periodInWords, retentionPage } from './retention.presenter';
import type { RetentionOverview } from './retention.service';

function defaults(): RetentionPeriods {
  const periods = {} as RetentionPeriods;
  for (const kind of RETENTION_KINDS) periods[kind.key] = kind.defaultPeriod;
  return periods;
}

describe('retention presenter', () => {
  it('says periods in words, in days, years and months', () => {
    assert.equal(periodInWords(0, 'days', 'nl'), 'direct');
    assert.equal(periodInWords(1, 'days', 'nl'), '1 dag');
    assert.equal(periodInWords(30, 'days', 'nl'), '30 dagen');
    assert.equal(periodInWords(365, 'days', 'nl'), '1 jaar');
    assert.equal(periodInWords(1095, 'days', 'en'), '3 years');
    assert.equal(periodInWords(400, 'days', 'en'), '400 days');
    assert.equal(periodInWords(24, 'months', 'nl'), '2 jaar');
    assert.equal(periodInWords(18, 'months', 'nl'), '18 maanden');
    assert.equal(periodInWords(1, 'months', 'en'), '1 month');
  });

  it('every kind has sensible bounds around its default', () => {
    for (const kind of RETENTION_KINDS) {
      assert.ok(kind.min <= kind.defaultPeriod && kind.defaultPeriod <= kind.max, kind.key);
      if (kind.source === 'fixed')
        assert.ok(kind.min === kind.defaultPeriod && kind.max === kind.defaultPeriod, kind.key);
    }
  });

  it('shows every kind, marks a changed one, and lists only editable kinds in the form', () => {
    const periods = { ...defaults(), outboxBodies: 30 };
    const overview: RetentionOverview = {
      periods,
      settings: new Map(),
      lastRemoval: { sessions: { at: new Date('2026-03-15T12:00:00Z'), count: 4 } },
      lastRun: { at: new Date('2026-03-15T12:00:00Z'), count: 4 },
      inactiveDue: 2,
    };
    const page = retentionPage(overview, 'nl');
    assert.equal(page.rows.length, RETENTION_KINDS.length);
    const outbox = page.rows.find((r) => r.key === 'outboxBodies')!;
    assert.equal(outbox.current, '30 dagen na het versturen');
    assert.equal(outbox.defaultPeriod, '90 dagen');
    assert.equal(outbox.changed, true);
    const sessions = page.rows.find((r) => r.key === 'sessions')!;
    assert.equal(sessions.current, 'direct na het verlopen');
    assert.equal(sessions.editable, false);
    assert.equal(sessions.lastRemoval, '4 op 15 maart 2026 13:00');
    assert.ok(!page.editableRows.some((r) => r.key === 'sessions' || r.key === 'closedAdvice'));
    assert.equal(page.values.outboxBodies, '30');
    assert.equal(page.values.sessions, undefined);
    assert.equal(
      page.lastRun,
      'Laatste keer dat er iets verwijderd werd: 15 maart 2026 13:00 (4 in totaal).',
    );
  });

  it('keeps what the admin typed when the form comes back with errors', () => {
    const overview: RetentionOverview = {
      periods: defaults(),
      settings: new Map(),
      lastRemoval: {},
      lastRun: null,
      inactiveDue: 0,
    };
    const page = retentionPage(overview, 'en', { outboxBodies: 'abc', sessions: '5' });
    assert.equal(page.values.outboxBodies, 'abc');
    assert.equal(page.values.sessions, undefined);
    assert.equal(page.lastRun, 'Nothing has been removed yet.');
  });

  it('adds up the counts of a run', () => {
    assert.equal(appliedCount({}), 0);
    assert.equal(appliedCount({ sessions: 2, auditLog: 3 }), 5);
  });
});
