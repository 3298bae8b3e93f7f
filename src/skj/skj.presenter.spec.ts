import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Offering } from '../catalogue/offering.entity';
import type { Edition } from '../scheduling/edition.entity';
import { csvDate } from '../attendance/csv';
import { summarisePoints } from './skj-points';
import type { EditionSkj } from './skj-points.service';
import {
  skjEditionCsv,
  skjEditionCsvFilename,
  skjEditionPage,
  skjOverviewCsv,
  skjOverviewPage,
  skjSummary,
} from './skj.presenter';

const now = new Date('2026-06-15T10:00:00Z');
const source = (id: number, endsOn: string, points: number) => ({
  id,
  code: `JEP-AAAA-BBBB-CCCC-000${id}`,
  offeringTitle: 'Omgaan met Extreme Idealen',
  editionTitle: 'Utrecht; voorjaar',
  startsOn: endsOn,
  endsOn,
  studyLoadHours: 12,
  skjPoints: points,
  revokedAt: null,
});
const overview = summarisePoints(
  null,
  [source(1, '2026-03-01', 8), source(2, '2023-11-30', 6), source(3, '2019-05-01', 7)],
  now,
);

describe('SKJ presenters', () => {
  it('the overview page links each certificate to its check and its PDF', () => {
    const page = skjOverviewPage(overview, 'nl');
    assert.equal(page.skjNumber, null);
    assert.equal(page.profileHref, '/mijn/profiel#field-skjNumber');
    assert.equal(page.period.from, '15 juni 2021');
    assert.equal(page.period.to, '15 juni 2026');
    assert.equal(page.period.points, 14);
    assert.equal(page.certificates[0].date, '1 maart 2026');
    assert.equal(page.certificates[0].verifyHref, '/certificaten/JEP-AAAA-BBBB-CCCC-0001');
    assert.equal(page.certificates[0].pdfHref, '/mijn/certificaten/1.pdf');
    assert.equal(page.certificates[2].inPeriod, false);
    assert.equal(page.csvHref, '/mijn/skj-punten.csv');
  });

  it('the summary shows the years of the period, the total and the link', () => {
    const summary = skjSummary(overview, 'en');
    assert.deepEqual(summary.years, [
      { year: 2026, points: 8 },
      { year: 2023, points: 6 },
    ]);
    assert.equal(summary.total, 14);
    assert.equal(summary.hasPoints, true);
    assert.equal(summary.href, '/mijn/skj-punten');
    assert.equal(summary.period.from, '15 June 2021');
  });

  it('the own CSV has translated headers, Dutch dates and the check link', () => {
    const csv = skjOverviewCsv(overview, 'https://jep.example', 'nl');
    const lines = csv.slice(1).split('\r\n');
    assert.ok(csv.startsWith('\uFEFF'));
    assert.equal(
      lines[0],
      'Datum afronding;Training;Uitvoering;Studiebelasting (uur);SKJ-punten;Certificaatnummer;Controleren',
    );
    assert.equal(
      lines[1],
      '01-03-2026;Omgaan met Extreme Idealen;"Utrecht; voorjaar";12;8;JEP-AAAA-BBBB-CCCC-0001;https://jep.example/certificaten/JEP-AAAA-BBBB-CCCC-0001',
    );
    assert.equal(lines.length, 5, 'header, three certificates, the final line end');
  });

  const editionData: EditionSkj = {
    edition: {
      id: 7,
      title: 'Utrecht',
      startsAt: new Date('2026-03-01T08:30:00Z'),
      endsAt: new Date('2026-03-01T11:30:00Z'),
      offering: { title: 'OMEI', slug: 'omei-training', skjPoints: 8 } as Offering,
    } as Edition & { offering: Offering },
    rows: [
      {
        certificateId: 1,
        code: 'JEP-1',
        name: 'Anna Bakker',
        skjNumber: '123456',
        points: 8,
        offeringTitle: 'OMEI',
        endsOn: '2026-03-01',
      },
      {
        certificateId: 2,
        code: 'JEP-2',
        name: '=HYPERLINK("x")',
        skjNumber: '654321',
        points: 8,
        offeringTitle: 'OMEI',
        endsOn: '2026-03-01',
      },
      {
        certificateId: 3,
        code: 'JEP-3',
        name: 'Bram de Wit',
        skjNumber: null,
        points: 8,
        offeringTitle: 'OMEI',
        endsOn: '2026-03-01',
      },
    ],
    withoutNumber: 1,
  };

  it('the register CSV has the register columns, only people with a number, no formulas', () => {
    const lines = skjEditionCsv(editionData).slice(1).split('\r\n');
    assert.deepEqual(lines, [
      'SKJ-registratienummer;Naam;Activiteit;Datum afronding;Punten;Certificaatnummer',
      '123456;Anna Bakker;OMEI;01-03-2026;8;JEP-1',
      `654321;"'=HYPERLINK(""x"")";OMEI;01-03-2026;8;JEP-2`,
      '',
    ]);
    assert.equal(skjEditionCsvFilename(editionData), 'skj-omei-training-7.csv');
  });

  it('the staff page counts who has no SKJ number', () => {
    const page = skjEditionPage(editionData, 'nl');
    assert.equal(page.count, 3);
    assert.equal(page.withoutNumber, 1);
    assert.equal(page.rows[2].skjNumber, null);
    assert.equal(page.csvHref, '/beheer/uitvoeringen/7/skj.csv');
    assert.equal(page.pageTitle, 'SKJ-punten OMEI, Utrecht');
  });

  it('writes dates for a spreadsheet as DD-MM-YYYY', () => {
    assert.equal(csvDate('2027-01-04'), '04-01-2027');
  });
});
