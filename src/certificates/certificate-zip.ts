/**
 * A standard ZIP of an edition's certificate PDFs, built in memory with yazl (small, no
 * dependencies beyond a CRC helper, writes plain deflate entries that every unzip tool reads).
 *
 * Deterministic: the same files in the same order give the same bytes. Entries carry only the
 * DOS timestamp (no Info-ZIP "UT" field), written as Amsterdam wall-clock time of `modifiedAt`,
 * so the output does not depend on the server's time zone either.
 */
import { ZipFile } from 'yazl';
import { amsterdamOffsetMs } from '../common/views/amsterdam-time';

export interface ZipEntry {
  /** The path inside the archive, e.g. `certificaat-JEP-7K4M-9Q2X-H3TD-PW8C.pdf`. */
  name: string;
  data: Buffer;
}

export interface ZipOptions {
  /** The modification time of every entry; default 2000-01-01 00:00 (a fixed value). */
  modifiedAt?: Date;
}

const DEFAULT_MODIFIED_AT = new Date('1999-12-31T23:00:00Z'); // 2000-01-01 00:00 in Amsterdam

/**
 * A Date whose local-time fields (which yazl writes into the DOS date and time) are the Amsterdam
 * wall-clock time of `instant`, whatever the process's time zone.
 */
function amsterdamWallClock(instant: Date): Date {
  const wall = new Date(instant.getTime() + amsterdamOffsetMs(instant));
  return new Date(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  );
}

/** Zips the files (deflated, in the given order); names must be unique. */
export function zipFiles(files: ZipEntry[], options: ZipOptions = {}): Promise<Buffer> {
  // Inside the executor, so that a bad name (yazl throws) rejects instead of throwing.
  return new Promise<Buffer>((resolve, reject) => {
    const seen = new Set<string>();
    for (const { name } of files) {
      if (seen.has(name)) throw new Error(`Duplicate file name in ZIP: ${name}`);
      seen.add(name);
    }
    const mtime = amsterdamWallClock(options.modifiedAt ?? DEFAULT_MODIFIED_AT);
    const zip = new ZipFile();
    for (const { name, data } of files) {
      zip.addBuffer(data, name, { mtime, mode: 0o100644, forceDosTimestamp: true });
    }
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
    zip.on('error', reject);
    zip.end();
  });
}
