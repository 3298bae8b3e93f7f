import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RETENTION_KINDS, RetentionPeriods } from './retention-kinds';
import { accessibilityPage, parseAccessibilityCheck, privacyPage } from './statements.presenter';

describe('statements presenter', () => {
  it('the privacy statement lists every kind with its period, under an area', () => {
    const periods = {} as RetentionPeriods;
    for (const kind of RETENTION_KINDS) periods[kind.key] = kind.defaultPeriod;
    periods.auditLog = 1095;
    const page = privacyPage(periods, 'nl');
    assert.equal(page.retention.length, RETENTION_KINDS.length);
    assert.equal(
      page.retention.find((k) => k.key === 'auditLog')!.period,
      '3 jaar na het vastleggen',
    );
    assert.equal(page.retention.find((k) => k.key === 'inactiveAccounts')!.manual, false);
    const listed = page.areas.flatMap((a) => a.kinds.map((k) => k.key)).sort();
    assert.deepEqual(listed, RETENTION_KINDS.map((k) => k.key).sort());
    assert.ok(page.areas.some((a) => a.key === 'evaluations'));
  });

  it('reads the accessibility check file only when it has the expected shape', () => {
    assert.deepEqual(
      parseAccessibilityCheck('{"checkedAt":"2026-02-03","pages":12,"violations":0}'),
      {
        checkedAt: '2026-02-03',
        pages: 12,
        violations: 0,
      },
    );
    for (const bad of [
      null,
      '',
      'not json',
      '[]',
      '{"checkedAt":"3 februari","pages":1,"violations":0}',
      '{"checkedAt":"2026-13-45","pages":1,"violations":0}',
      '{"checkedAt":"2026-02-03","pages":"12","violations":0}',
      '{"checkedAt":"2026-02-03","pages":12,"violations":-1}',
      '{"checkedAt":"2026-02-03"}',
    ])
      assert.equal(parseAccessibilityCheck(bad), null, String(bad));
  });

  it('the accessibility statement shows the date of the last test, or none', () => {
    const page = accessibilityPage(
      { checkedAt: '2026-02-03', pages: 12, violations: 0 },
      'https://platformjep.nl/',
      'nl',
    );
    assert.equal(page.site, 'https://platformjep.nl');
    assert.equal(page.check!.date, '3 februari 2026');
    assert.equal(page.check!.summary, "12 pagina's getoetst, 0 overtredingen gevonden.");
    assert.ok(page.limits.length >= 2);
    assert.equal(accessibilityPage(null, 'http://localhost:3000', 'en').check, null);
  });
});
