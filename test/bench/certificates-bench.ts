/**
 * Certificates on the bench app (run.ts, after the HTTP scenarios): an ended edition with
 * PARTICIPANTS confirmed participants who were present at every meeting, then
 *
 *  (a) issuing: `CertificateService.finalise` for the whole edition in one call (completion by
 *      the rule, one certificate and one queued e-mail per participant, in one transaction);
 *  (b) rendering every certificate's PDF with `renderCertificatePdf`, one after the other.
 *
 * Both report the time and the peak RSS and heap during the phase (sampled every few ms; the
 * autocannon worker is idle meanwhile). Afterwards `verificationScenarios` measure the public
 * check of one issued certificate and of an unknown number with autocannon.
 *
 * Env: BENCH_CERT_PARTICIPANTS (500).
 */
import { performance } from 'node:perf_hooks';
import { Like } from 'typeorm';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { hashPassword } from '../../src/accounts/password-hasher';
import { User } from '../../src/accounts/user.entity';
import { newCertificateCode } from '../../src/certificates/certificate-code';
import { renderCertificatePdf } from '../../src/certificates/certificate-pdf';
import { Certificate } from '../../src/certificates/certificate.entity';
import { CertificateService } from '../../src/certificates/certificate.service';
import { Attendance } from '../../src/enrolments/attendance.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { createEdition, daysFromNow } from '../utils/enrolment-fixtures';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import type { BenchContext, Scenario } from './scenarios';

const PARTICIPANTS = Number(process.env.BENCH_CERT_PARTICIPANTS ?? 500);
const DAY = 86_400_000;
/** Rows per INSERT: well under SQLite's limit of bound parameters. */
const CHUNK = 50;

/** The name BENCH_FILTER is matched against (as run.ts does for the enrolment rush). */
export const CERTIFICATE_BENCH_NAME = 'certificates: finalise and PDFs';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

/** The certificate the verification scenarios check (set by certificateBench). */
let issuedCode = '';
/** A well-formed number that was never issued. */
const unknownCode = newCertificateCode();

const HTML = { accept: 'text/html' };

/**
 * The public check, measured after certificateBench has issued the certificates (run.ts runs them
 * then): the page of one valid certificate, and an unknown number (404, the same page).
 */
export const verificationScenarios: Scenario[] = [
  {
    name: 'certificate check /certificaten/:code (valid)',
    path: '/certificaten/:code',
    headers: HTML,
    setup: () => {
      if (!issuedCode)
        throw new Error('certificateBench must run before the verification scenarios');
      return Promise.resolve({ path: `/certificaten/${issuedCode}` });
    },
  },
  {
    name: 'certificate check /certificaten/:code (unknown code, 404)',
    path: `/certificaten/${unknownCode}`,
    headers: HTML,
    expectStatus: 404,
  },
];

interface Peak {
  rss: number;
  heapUsed: number;
}

/** Samples memory every `everyMs` while `work` runs; returns its result, time and the peaks. */
async function watched<T>(work: () => Promise<T>, everyMs = 5) {
  gc();
  const start = process.memoryUsage();
  const peak: Peak = { rss: start.rss, heapUsed: start.heapUsed };
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
  };
  const timer = setInterval(sample, everyMs);
  const t0 = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - t0;
    sample();
    return { result, ms, start, peak };
  } finally {
    clearInterval(timer);
  }
}

async function insertChunked<T extends object>(
  ctx: BenchContext,
  target: new () => T,
  rows: T[],
): Promise<void> {
  const repo = ctx.testApp.dataSource.getRepository(target);
  for (let i = 0; i < rows.length; i += CHUNK) await repo.insert(rows.slice(i, i + CHUNK));
}

/** An ended edition with `count` confirmed participants, present at every meeting. */
async function endedEdition(ctx: BenchContext, count: number) {
  const ds = ctx.testApp.dataSource;
  const { edition, meetings } = await createEdition(ds, {
    capacity: count,
    meetings: [
      [daysFromNow(-14), '09:30', '12:30'],
      [daysFromNow(-7), '09:30', '12:30'],
    ],
    registrationOpensAt: new Date(Date.now() - 60 * DAY),
    registrationClosesAt: new Date(Date.now() - 20 * DAY),
  });
  // one hash for all: argon2 per participant would take longer than what is measured
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const stamp = Date.now();
  const users = Array.from({ length: count }, (_, i) =>
    ds.getRepository(User).create({
      email: `certificaat${i}-${stamp}@example.nl`,
      name: `Deelnemer ${String(i + 1).padStart(3, '0')} Bench`,
      passwordHash,
      role: 'professional',
      organisation: 'Jongerenwerk Utrecht',
      jobTitle: 'Jongerenwerker',
      sector: 'jongerenwerk',
      municipalityCode: 'GM0344',
      skjNumber: i % 5 === 0 ? null : String(1_000_000 + i),
      locale: 'nl',
      emailVerifiedAt: new Date(),
      deactivatedAt: null,
      lastLoginAt: null,
    }),
  );
  await insertChunked(ctx, User, users);
  const userIds = (
    await ds.getRepository(User).find({
      select: { id: true },
      where: { email: Like(`certificaat%-${stamp}@example.nl`) },
      order: { id: 'ASC' },
    })
  ).map((u) => u.id);
  const changedAt = new Date(Date.now() - 30 * DAY);
  await insertChunked(
    ctx,
    Enrolment,
    userIds.map((userId) =>
      ds.getRepository(Enrolment).create({
        editionId: edition.id,
        userId,
        status: 'confirmed',
        waitlistSeq: null,
        statusChangedAt: changedAt,
        offerExpiresAt: null,
        offerTokenHash: null,
        cancelReason: null,
        completion: 'completed',
        completionNote: null,
        calendarSequence: 0,
        enrolledBy: null,
      }),
    ),
  );
  await ds.getRepository(Edition).update({ id: edition.id }, { seatsTaken: count });
  const enrolments = await ds
    .getRepository(Enrolment)
    .find({ select: { id: true }, where: { editionId: edition.id } });
  const markedAt = new Date(Date.now() - 7 * DAY);
  await insertChunked(
    ctx,
    Attendance,
    enrolments.flatMap((e) =>
      meetings.map((m) =>
        ds.getRepository(Attendance).create({
          enrolmentId: e.id,
          meetingId: m.id,
          status: 'present',
          markedBy: null,
          markedAt,
        }),
      ),
    ),
  );
  return edition;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/**
 * Issues PARTICIPANTS certificates by finalising one edition, then renders every PDF; prints a
 * table. Leaves the certificates in place for the verification scenarios.
 */
export async function certificateBench(ctx: BenchContext): Promise<void> {
  const ds = ctx.testApp.dataSource;
  const service = ctx.testApp.app.get(CertificateService);
  process.stdout.write(`\n• certificates: an ended edition with ${PARTICIPANTS} participants… `);
  const edition = await endedEdition(ctx, PARTICIPANTS);
  const staff = await createUser(ds, { role: 'staff', name: 'Bench Medewerker' });
  console.log('done');

  process.stdout.write(`• finalising (issuing ${PARTICIPANTS} certificates)… `);
  const issue = await watched(() =>
    service.finalise({ id: staff.id, email: staff.email }, edition.id, new Date()),
  );
  console.log(`${issue.result} issued in ${Math.round(issue.ms)} ms`);
  if (issue.result !== PARTICIPANTS)
    throw new Error(`finalise issued ${issue.result} certificates, expected ${PARTICIPANTS}`);

  const certificates = await ds
    .getRepository(Certificate)
    .find({ where: { editionId: edition.id }, order: { id: 'ASC' } });
  issuedCode = certificates[0].code;

  process.stdout.write(`• rendering ${certificates.length} PDFs… `);
  const perPdf: number[] = [];
  let bytes = 0;
  const render = await watched(async () => {
    for (const c of certificates) {
      const t0 = performance.now();
      const pdf = await renderCertificatePdf(service.facts(c));
      perPdf.push(performance.now() - t0);
      bytes += pdf.length;
    }
  });
  console.log(`done in ${Math.round(render.ms)} ms`);
  perPdf.sort((a, b) => a - b);

  const n = certificates.length;
  console.log(
    `\ncertificates: ${n} participants, ${ctx.testApp.config.database.type}, node ${process.version}\n`,
  );
  console.log(
    table(
      [
        'phase',
        'total',
        'per certificate',
        'p50',
        'p95',
        'max',
        'rss start → peak',
        'heap start → peak',
      ],
      [
        [
          `finalise (${n} issued, ${n} e-mails queued)`,
          ms(issue.ms),
          ms(issue.ms / n),
          '',
          '',
          '',
          `${mb(issue.start.rss)} → ${mb(issue.peak.rss)}`,
          `${mb(issue.start.heapUsed)} → ${mb(issue.peak.heapUsed)}`,
        ],
        [
          `render ${n} PDFs (avg ${(bytes / n / 1024).toFixed(1)} kB)`,
          ms(render.ms),
          ms(render.ms / n),
          ms(percentile(perPdf, 50)),
          ms(percentile(perPdf, 95)),
          ms(perPdf[perPdf.length - 1]),
          `${mb(render.start.rss)} → ${mb(render.peak.rss)}`,
          `${mb(render.start.heapUsed)} → ${mb(render.peak.heapUsed)}`,
        ],
      ],
    ),
  );
  console.log('');
}
