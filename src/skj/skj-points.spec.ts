import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registrationWindow, SkjCertificateSource, summarisePoints } from './skj-points';

let nextId = 1;
function cert(endsOn: string, points: number, extra: Partial<SkjCertificateSource> = {}) {
  const id = nextId++;
  return {
    id,
    code: `JEP-TEST-${id}`,
    offeringTitle: 'Omgaan met Extreme Idealen',
    editionTitle: 'Utrecht',
    startsOn: endsOn,
    endsOn,
    studyLoadHours: 12,
    skjPoints: points,
    revokedAt: null,
    ...extra,
  } satisfies SkjCertificateSource;
}

describe('SKJ registration window', () => {
  it('is the five years ending today in Amsterdam, from the same date', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam
    assert.deepEqual(registrationWindow(new Date('2026-12-31T23:30:00Z')), {
      from: '2022-01-01',
      to: '2027-01-01',
    });
    assert.deepEqual(registrationWindow(new Date('2026-06-15T10:00:00Z')), {
      from: '2021-06-15',
      to: '2026-06-15',
    });
  });

  it('takes 28 February when 29 February has no match five years back', () => {
    assert.deepEqual(registrationWindow(new Date('2028-02-29T12:00:00Z')), {
      from: '2023-02-28',
      to: '2028-02-29',
    });
  });
});

describe('SKJ points', () => {
  const now = new Date('2026-06-15T10:00:00Z');

  it('sums per year of the end date and over the period, never a revoked one', () => {
    const overview = summarisePoints(
      ' 123456789 ',
      [
        cert('2026-03-01', 8),
        // started in 2025, completed in 2026: counts in 2026
        cert('2026-01-12', 4, { startsOn: '2025-12-08' }),
        cert('2024-11-30', 6),
        cert('2024-05-01', 3, { revokedAt: new Date('2024-06-01T00:00:00Z') }),
        // the first day of the window counts, the day before does not
        cert('2021-06-15', 2),
        cert('2021-06-14', 5),
        cert('2020-05-01', 7),
      ],
      now,
    );
    assert.equal(overview.skjNumber, '123456789');
    assert.deepEqual(overview.years, [
      { year: 2026, points: 12, certificates: 2 },
      { year: 2024, points: 6, certificates: 1 },
      { year: 2021, points: 7, certificates: 2 },
      { year: 2020, points: 7, certificates: 1 },
    ]);
    assert.deepEqual(overview.period, {
      from: '2021-06-15',
      to: '2026-06-15',
      points: 20,
      certificates: 4,
    });
    assert.deepEqual(
      overview.certificates.map((c) => [c.endsOn, c.inPeriod]),
      [
        ['2026-03-01', true],
        ['2026-01-12', true],
        ['2024-11-30', true],
        ['2021-06-15', true],
        ['2021-06-14', false],
        ['2020-05-01', false],
      ],
    );
  });

  it('has an empty overview and no number for someone without certificates', () => {
    const overview = summarisePoints('  ', [], now);
    assert.equal(overview.skjNumber, null);
    assert.deepEqual(overview.years, []);
    assert.equal(overview.period.points, 0);
    assert.deepEqual(overview.certificates, []);
  });
});
