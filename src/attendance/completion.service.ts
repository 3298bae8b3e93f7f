import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import type { Offering } from '../catalogue/offering.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { rawInt } from '../database/raw';
import { Attendance } from '../enrolments/attendance.entity';
import type { AttendanceStatus } from '../enrolments/enrolment-status';
import { Enrolment } from '../enrolments/enrolment.entity';
import { lockEdition } from '../enrolments/seats';
import type { EditionStatus } from '../scheduling/edition-status';
import { Edition } from '../scheduling/edition.entity';
import { Meeting } from '../scheduling/meeting.entity';
import { CompletionPolicy, decideCompletion, MeetingSpan, summarise } from './completion-rule';

/** Editions whose meetings are taking place or took place: attendance and completion apply. */
export const ATTENDANCE_EDITION_STATUSES: readonly EditionStatus[] = ['published', 'completed'];

/** At most this many editions per run of the completion job; the next run takes the rest. */
const JOB_BATCH = 100;

export function policyOf(offering: Offering): CompletionPolicy {
  return {
    rule: offering.completionRule,
    percent: offering.completionPercent,
    excusedCounts: offering.excusedCounts,
  };
}

/** Has the last of these meetings ended at `now`? */
export function meetingsEnded(meetings: readonly MeetingSpan[], now: Date): boolean {
  return (
    meetings.length > 0 && meetings.every((meeting) => meeting.endsAt.getTime() <= now.getTime())
  );
}

/** Marks of the given meetings, per enrolment: enrolment id → (meeting id → status). */
export async function marksOf(
  m: EntityManager,
  meetingIds: number[],
): Promise<Map<number, Map<number, AttendanceStatus>>> {
  const byEnrolment = new Map<number, Map<number, AttendanceStatus>>();
  if (!meetingIds.length) return byEnrolment;
  const rows = await m.getRepository(Attendance).find({ where: { meetingId: In(meetingIds) } });
  for (const row of rows) {
    let marks = byEnrolment.get(row.enrolmentId);
    if (!marks) byEnrolment.set(row.enrolmentId, (marks = new Map<number, AttendanceStatus>()));
    marks.set(row.meetingId, row.status);
  }
  return byEnrolment;
}

/**
 * Decides completion by the offering's rule once an edition's last meeting has ended. Staff
 * corrections (an enrolment with a completion note) are left alone.
 */
@Injectable()
export class CompletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  /**
   * Sets `completion` of every confirmed, uncorrected enrolment of the edition from its
   * attendance, when the edition has ended; returns how many changed. Deterministic, so running
   * it again changes nothing. Takes the edition's lock (PostgreSQL), like roster saves and
   * corrections, so a decision is never made from attendance that another transaction is
   * changing; the UPDATE itself skips an enrolment corrected in the meantime.
   */
  async evaluate(m: EntityManager, editionId: number, now = new Date()): Promise<number> {
    const edition = await lockEdition(m, editionId);
    if (!edition || !ATTENDANCE_EDITION_STATUSES.includes(edition.status)) return 0;
    const meetings = await m
      .getRepository(Meeting)
      .find({ where: { editionId }, order: { startsAt: 'ASC' } });
    if (!meetingsEnded(meetings, now)) return 0;
    const enrolments = await m.getRepository(Enrolment).find({
      where: { editionId, status: 'confirmed', completionNote: IsNull() },
      order: { id: 'ASC' },
    });
    if (!enrolments.length) return 0;
    const marks = await marksOf(
      m,
      meetings.map((meeting) => meeting.id),
    );
    const policy = policyOf(edition.offering);
    let changed = 0;
    for (const enrolment of enrolments) {
      const summary = summarise(
        meetings,
        marks.get(enrolment.id) ?? new Map(),
        policy.excusedCounts,
      );
      const completion = decideCompletion(policy, summary);
      if (completion === enrolment.completion) continue;
      const result = await m
        .createQueryBuilder()
        .update(Enrolment)
        .set({ completion })
        .where("id = :id AND status = 'confirmed' AND completion_note IS NULL", {
          id: enrolment.id,
        })
        .execute();
      changed += result.affected ?? 0;
    }
    return changed;
  }

  /**
   * The `attendance.completion` job: ended editions (published or completed) that still have
   * confirmed enrolments without a decision. Once decided they no longer match, so a second run,
   * a restart or a second instance does nothing twice.
   */
  async evaluateDue(now = new Date()): Promise<number> {
    const due = await this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('e')
      .select('e.id', 'id')
      .where('e.status IN (:...statuses)', { statuses: [...ATTENDANCE_EDITION_STATUSES] })
      .andWhere('e.ends_at <= :now', { now })
      .andWhere(
        `EXISTS (SELECT 1 FROM enrolments x WHERE x.edition_id = e.id AND x.status = 'confirmed'
          AND x.completion IS NULL AND x.completion_note IS NULL)`,
      )
      .orderBy('e.ends_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(JOB_BATCH)
      .getRawMany<{ id: unknown }>();
    let changed = 0;
    for (const row of due) {
      const editionId = rawInt(row.id);
      changed += await this.tx.run((m) => this.evaluate(m, editionId, now));
    }
    return changed;
  }
}
