import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePeriod } from '../common/period';
import { reportCsv, reportsPage, reportTables } from './reports.presenter';
import type { AdviceReport } from './reports.service';
import { monthsOf } from './reports.service';

const NOW = new Date('2026-12-01T16:00:00Z');

function report(): AdviceReport {
  const parsed = parsePeriod({ van: '2026-01-01', tot: '2026-03-31' }, NOW);
  assert.ok(parsed.ok);
  return {
    period: parsed.period,
    total: 3,
    topics: [
      {
        key: 'online_influences',
        nameNl: 'Online invloeden',
        nameEn: 'Online influences',
        count: 3,
      },
    ],
    municipalities: [{ key: 'GM0344', nameNl: 'Utrecht', nameEn: 'Utrecht', count: 3 }],
    provinces: [{ key: 'PV26', nameNl: 'Utrecht', nameEn: 'Utrecht', count: 3 }],
    months: [
      { month: '2026-01', count: 1 },
      { month: '2026-02', count: 0 },
      { month: '2026-03', count: 2 },
    ],
    firstResponse: {
      workingDays: { count: 2, median: 1.5, p90: 1.9 },
      calendarDays: { count: 2, median: 2, p90: 2 },
    },
    closing: {
      workingDays: { count: 0, median: null, p90: null },
      calendarDays: { count: 0, median: null, p90: null },
    },
    statuses: { completed: 1, new: 1, in_progress: 1 },
    referrals: [],
    followUp: {
      answers: 1,
      mean: 4,
      distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: score === 4 ? 1 : 0 })),
      comments: [],
    },
  };
}

// The period itself (defaults, Amsterdam days, refusals) is tested in src/common/period.spec.ts.
describe('advice reports: the months of a period', () => {
  it('lists every month of a period', () => {
    assert.deepEqual(monthsOf('2025-11-15', '2026-02-01'), [
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});

describe('advice reports: tables and CSV', () => {
  it('shows decimals with a comma in Dutch, nothing as a dash, and totals', () => {
    const page = reportsPage(report(), 'nl', { retentionMonths: 24 });
    assert.deepEqual(
      page.durations.rows.map((r) => [r.header, ...r.cells.map((c) => c.text)]),
      [
        ['Eerste reactie, in werkdagen', '2', '1,5', '1,9'],
        ['Eerste reactie, in kalenderdagen', '2', '2,0', '2,0'],
        ['Afsluiten, in werkdagen', '0', '–', '–'],
        ['Afsluiten, in kalenderdagen', '0', '–', '–'],
      ],
    );
    assert.deepEqual(
      page.counts[3].rows.map((r) => [r.header, r.cells[0].text]),
      [
        ['januari 2026', '1'],
        ['februari 2026', '0'],
        ['maart 2026', '2'],
      ],
    );
    assert.equal(page.counts[3].footers[0].cells[0].text, '3');
    assert.equal(page.outcomes.rows[3].cells[0].text, '2', 'open: new + in progress');
    assert.match(page.followUp.summary!, /1 antwoorden, gemiddeld 4,0/);
    assert.equal(page.followUp.showComments, false);
    assert.equal(page.followUp.commentsHidden, true);
    assert.equal(
      page.counts[0].csvHref,
      '/beheer/advies/rapportage/onderwerpen.csv?van=2026-01-01&tot=2026-03-31',
    );
    assert.match(page.retentionText, /24 maanden/);
  });

  it('writes each table as CSV with its header and totals; empty values stay empty', () => {
    assert.equal(
      reportCsv(report(), 'doorlooptijden', 'nl'),
      '\uFEFFMeting;Gemeten vragen;Mediaan (dagen);90e percentiel (dagen)\r\n' +
        'Eerste reactie, in werkdagen;2;1,5;1,9\r\n' +
        'Eerste reactie, in kalenderdagen;2;2,0;2,0\r\n' +
        'Afsluiten, in werkdagen;0;;\r\n' +
        'Afsluiten, in kalenderdagen;0;;\r\n',
    );
    assert.match(reportCsv(report(), 'nazorg', 'en'), /Mean;4\.0\r\n$/);
    assert.equal(reportTables(report(), 'nl').length, 8);
  });
});
