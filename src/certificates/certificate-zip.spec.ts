import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import * as zlib from 'node:zlib';
import type { CertificateFacts } from './certificate-facts';
import { certificateFileName, renderCertificatePdf } from './certificate-pdf';
import { zipFiles } from './certificate-zip';

interface UnzippedEntry {
  name: string;
  data: Buffer;
  method: number;
  /** The DOS date and time fields, as written (no time zone). */
  modified: string;
  extraLength: number;
}

/**
 * A reader written from the ZIP specification (APPNOTE) with node's zlib, independent of the
 * library that wrote the archive: end of central directory → central directory → local headers.
 */
function unzip(zip: Buffer): UnzippedEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, 'no end of central directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries: UnzippedEntry[] = [];
  for (let n = 0; n < count; n++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, 'central directory header');
    const flags = zip.readUInt16LE(offset + 8);
    const method = zip.readUInt16LE(offset + 10);
    const time = zip.readUInt16LE(offset + 12);
    const date = zip.readUInt16LE(offset + 14);
    const crc = zip.readUInt32LE(offset + 16);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip
      .subarray(offset + 46, offset + 46 + nameLength)
      .toString(flags & 0x800 ? 'utf8' : 'latin1');
    offset += 46 + nameLength + extraLength + commentLength;

    assert.equal(zip.readUInt32LE(localOffset), 0x04034b50, 'local file header');
    const start =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const stored = zip.subarray(start, start + compressedSize);
    assert.ok(method === 0 || method === 8, `compression method ${method}`);
    const data = method === 8 ? zlib.inflateRawSync(stored) : Buffer.from(stored);
    assert.equal(data.length, size, `size of ${name}`);
    assert.equal(zlib.crc32(data), crc, `CRC-32 of ${name}`);

    const pad = (v: number) => String(v).padStart(2, '0');
    const modified =
      `${1980 + (date >> 9)}-${pad((date >> 5) & 0xf)}-${pad(date & 0x1f)} ` +
      `${pad(time >> 11)}:${pad((time >> 5) & 0x3f)}:${pad((time & 0x1f) * 2)}`;
    entries.push({ name, data, method, modified, extraLength });
  }
  return entries;
}

function facts(code: string, holderName: string): CertificateFacts {
  return {
    code,
    holderName,
    skjNumber: null,
    offeringTitle: 'Omgaan met polarisatie in de klas',
    editionTitle: 'Najaar 2027',
    startsOn: '2027-10-05',
    endsOn: '2027-10-05',
    studyLoadHours: 4,
    skjPoints: 4,
    issuedAt: new Date('2027-10-06T08:00:00Z'),
    issuedOn: '2027-10-06',
    issuerName: 'Platform JEP',
    verifyUrl: `https://platformjep.nl/certificaten/${code}`,
  };
}

describe('certificate ZIP', () => {
  it('unzips, with an independent reader, to exactly the files put in, in order', async () => {
    const files = [
      {
        name: 'certificaat-JEP-AAAA-BBBB-CCCC-DDDD.pdf',
        data: Buffer.from('%PDF-1.4 één\n'.repeat(50)),
      },
      { name: 'leeg.txt', data: Buffer.alloc(0) },
      { name: 'map/Fryslân.txt', data: Buffer.from('Ljouwert') },
    ];
    const entries = unzip(await zipFiles(files));
    assert.deepEqual(
      entries.map((e) => e.name),
      files.map((f) => f.name),
    );
    entries.forEach((entry, i) => assert.ok(entry.data.equals(files[i].data), entry.name));
    assert.equal(entries[0].method, 8); // deflated
  });

  it('carries rendered certificates unchanged', async () => {
    const pdfs = await Promise.all([
      renderCertificatePdf(facts('JEP-7K4M-9Q2X-H3TD-PW8C', 'Sjoukje Dykstra')),
      renderCertificatePdf(facts('JEP-2B3C-4D5E-6F7G-8H9J', 'Noël Çelik')),
    ]);
    const files = [
      { name: certificateFileName('JEP-7K4M-9Q2X-H3TD-PW8C'), data: pdfs[0] },
      { name: certificateFileName('JEP-2B3C-4D5E-6F7G-8H9J'), data: pdfs[1] },
    ];
    const entries = unzip(await zipFiles(files));
    assert.deepEqual(
      entries.map((e) => e.name),
      ['certificaat-JEP-7K4M-9Q2X-H3TD-PW8C.pdf', 'certificaat-JEP-2B3C-4D5E-6F7G-8H9J.pdf'],
    );
    entries.forEach((entry, i) => assert.ok(entry.data.equals(pdfs[i])));
  });

  it('stamps every entry with the Amsterdam wall-clock time, DOS fields only', async () => {
    const zip = await zipFiles([{ name: 'a.txt', data: Buffer.from('a') }], {
      modifiedAt: new Date('2027-07-06T08:00:00Z'), // 10:00 summer time
    });
    const [entry] = unzip(zip);
    assert.equal(entry.modified, '2027-07-06 10:00:00');
    assert.equal(entry.extraLength, 0);
    assert.equal(
      unzip(await zipFiles([{ name: 'a.txt', data: Buffer.from('a') }]))[0].modified,
      '2000-01-01 00:00:00',
    );
  });

  it('gives the same bytes for the same files, whatever the clock or time zone', async () => {
    const files = [
      { name: 'a.txt', data: Buffer.from('alpha') },
      { name: 'b.txt', data: Buffer.from('beta') },
    ];
    const modifiedAt = new Date('2027-02-03T10:15:00Z');
    const first = await zipFiles(files, { modifiedAt });
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.ok(first.equals(await zipFiles(files, { modifiedAt })));

    const script = `
      const { zipFiles } = require(${JSON.stringify(require.resolve('./certificate-zip'))});
      zipFiles(${JSON.stringify(files.map((f) => ({ name: f.name, text: f.data.toString() })))}
        .map((f) => ({ name: f.name, data: Buffer.from(f.text) })), { modifiedAt: new Date(${modifiedAt.getTime()}) })
        .then((zip) => process.stdout.write(zip.toString('base64')));`;
    for (const tz of ['Asia/Tokyo', 'America/New_York', 'UTC']) {
      const child = spawnSync(process.execPath, ['-e', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      assert.equal(child.status, 0, child.stderr);
      assert.equal(child.stdout, first.toString('base64'), tz);
    }
  });

  it('writes a valid empty archive', async () => {
    const zip = await zipFiles([]);
    assert.equal(zip.length, 22);
    assert.deepEqual(unzip(zip), []);
  });

  it('refuses duplicate and unsafe names', async () => {
    const data = Buffer.from('x');
    await assert.rejects(
      zipFiles([
        { name: 'a.pdf', data },
        { name: 'a.pdf', data },
      ]),
      /Duplicate/,
    );
    await assert.rejects(zipFiles([{ name: '../a.pdf', data }]));
    await assert.rejects(zipFiles([{ name: '/etc/a.pdf', data }]));
  });
});
