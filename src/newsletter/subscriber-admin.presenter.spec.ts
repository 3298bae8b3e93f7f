import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  importReportPage,
  rejectedCsv,
  subscribersCsvFilename,
  visible,
} from './subscriber-admin.presenter';
import type { ImportView } from './subscriber-import.service';

function view(rejected: number, applied = false): ImportView {
  return {
    id: 7,
    filename: 'oud.csv',
    createdBy: 1,
    createdAt: new Date('2026-03-01T09:00:00Z'),
    appliedAt: applied ? new Date('2026-03-01T10:00:00Z') : null,
    report: {
      encoding: 'windows-1252',
      delimiter: '\t',
      records: 1234,
      columns: { email: 'E-mail', consent: 'Toestemming' },
      ignoredColumns: ['Plaats'],
      counts: { toAdd: 1000, toActivate: 0, alreadySubscribed: 0, rejected },
      rejected: Array.from({ length: rejected }, (_, i) => ({
        line: i + 2,
        email: `x${i}@example.nl`,
        name: '',
        topics: '',
        consent: 'nee',
        reason: 'consentRefused' as const,
      })),
      ...(applied ? { applied: { at: '2026-03-01T10:00:00.000Z', by: 'staf@jep.nl' } } : {}),
    },
  };
}

describe('subscriber admin presenter', () => {
  it('shows characters that do not show on a page as escapes', () => {
    assert.equal(visible('a@b.nl\r\nBcc: x'), 'a@b.nl\\r\\nBcc: x');
    assert.equal(visible('a\tb\u200bc'), 'a\\tb\\u{200B}c');
    assert.equal(visible('Zoë'), 'Zoë');
  });

  it('names the export after the day in Amsterdam', () => {
    assert.equal(
      subscribersCsvFilename(new Date('2026-03-01T23:30:00Z')),
      'jepzine-abonnees-2026-03-02.csv',
    );
  });

  it('shows the first 200 rejected rows and counts the rest; offers Import until applied', () => {
    const page = importReportPage(view(250), 'nl');
    assert.equal(page.rejected.length, 200);
    assert.equal(page.moreRejected, '50');
    assert.equal(page.counts.toAdd, '1.000');
    assert.equal(page.records, '1.234');
    assert.equal(page.encoding, 'Windows-1252');
    assert.equal(page.delimiter, 'tab');
    assert.equal(page.rejected[0].reason, 'Geen toestemming: "nee".');
    assert.equal(page.canApply, true);
    assert.deepEqual(
      page.columns.map((c) => c.header),
      ['E-mail', 'Toestemming'],
    );
    const done = importReportPage(view(3, true), 'en');
    assert.equal(done.canApply, false);
    assert.equal(done.moreRejected, '');
    assert.equal(done.applied?.by, 'staf@jep.nl');
    assert.equal(done.rejected[0].reason, 'No consent: "nee".');
  });

  it('writes every rejected row to the CSV, under names the import reads again', () => {
    const csv = rejectedCsv(view(250), 'nl');
    const lines = csv.split('\r\n').filter(Boolean);
    assert.equal(lines.length, 251);
    assert.equal(lines[0], '\uFEFFregel;reden;email;naam;onderwerpen;toestemming');
    assert.equal(lines[1], '2;"Geen toestemming: ""nee"".";x0@example.nl;;;nee');
  });
});
