import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dashboardCsv } from './dashboard-csv';
import {
  dashboardPage,
  dashboardTables,
  fillRate,
  formatValue,
  isDashboardTable,
  noShowRate,
} from './dashboard.presenter';
import type { DashboardReport } from './dashboard.service';
import { makePeriod } from '../common/period';

function report(): DashboardReport {
  return {
    period: makePeriod('2025-01-01', '2025-06-30'),
    reach: {
      total: 1234,
      years: [{ year: 2025, count: 1234 }],
      provinces: [{ key: 'PV26', name: 'Utrecht', count: 1234 }],
      municipalities: [{ key: 'GM0344', name: 'Utrecht', province: 'Utrecht', count: 1234 }],
      sectors: [{ sector: 'onderwijs', count: 1234 }],
    },
    editions: {
      byStatus: [{ status: 'completed', count: 4 }],
      total: 4,
      seatsTaken: 30,
      capacity: 40,
    },
    attendance: { present: 6, absent: 3, excused: 1 },
    certificates: { issued: 20, skjPoints: 160 },
    scores: [
      { year: 2025, quarter: 1, responses: 5, answers: 10, mean: 4.25 },
      { year: 2025, quarter: 2, responses: 4, answers: 8, mean: null },
    ],
    advice: { open: 2, closed: 3 },
    jos: {
      byStatus: [{ status: 'active', count: 2 }],
      byPhase: [{ key: 'intake', nameNl: 'Intake', nameEn: 'Intake', count: 2 }],
    },
  };
}

describe('dashboard presenter', () => {
  it('computes the fill and no-show rates, none when nothing to divide by', () => {
    assert.equal(fillRate(report()), 0.75);
    assert.equal(noShowRate(report()), 0.3);
    const empty = report();
    empty.editions.capacity = 0;
    empty.attendance = { present: 0, absent: 0, excused: 0 };
    assert.equal(fillRate(empty), null);
    assert.equal(noShowRate(empty), null);
  });

  it('formats numbers per language, also in the CSV (no grouping there)', () => {
    assert.equal(formatValue(1234, 'nl'), '1.234');
    assert.equal(formatValue(1234, 'nl', true), '1234');
    assert.equal(formatValue({ percent: 0.275 }, 'nl'), '27,5 %');
    assert.equal(formatValue({ percent: 0.275 }, 'en'), '27.5%');
    assert.equal(formatValue({ decimal: 4.25 }, 'nl'), '4,25');
    assert.equal(formatValue({ decimal: null }, 'nl'), '–');
    assert.equal(formatValue(null, 'nl', true), '');
  });

  it('hides a quarter below five responses in the table', () => {
    const scores = dashboardTables(report(), 'nl').find((t) => t.name === 'evaluatiescores')!;
    assert.deepEqual(scores.rows[0], ['K1 2025', 5, { decimal: 4.25 }]);
    assert.deepEqual(scores.rows[1], ['K2 2025', 4, 'verborgen (minder dan 5 reacties)']);
  });

  it('has a table per name, each with a CSV', () => {
    const tables = dashboardTables(report(), 'en');
    assert.ok(tables.every((t) => isDashboardTable(t.name)));
    assert.equal(isDashboardTable('../etc'), false);
    const figures = tables.find((t) => t.name === 'kerncijfers')!;
    assert.match(dashboardCsv(figures, 'en'), /Fill rate;75\.0%\r\n/);
    assert.match(dashboardCsv(figures, 'en'), /Certificates issued;20\r\n/);
  });

  it('feeds the page: charts with the numbers in their description, links with the period', () => {
    const page = dashboardPage(report(), 'nl');
    assert.match(page.charts.years, /2025: 1\.234/);
    assert.match(page.charts.scores, /K1 2025: gemiddeld 4,25 uit 5 reacties/);
    assert.match(page.charts.scores, /K2 2025: verborgen/);
    assert.equal(
      page.tables.kerncijfers.csvHref,
      '/beheer/rapportages/kerncijfers.csv?van=2025-01-01&tot=2025-06-30',
    );
    assert.equal(page.pdfHref, '/beheer/rapportages/rapport.pdf?van=2025-01-01&tot=2025-06-30');
    assert.match(page.periodText, /1 januari 2025 tot en met 30 juni 2025/);
  });
});
