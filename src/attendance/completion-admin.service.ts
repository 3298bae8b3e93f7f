import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { User } from '../accounts/user.entity';
import { Actor, AuditService } from '../audit/audit.service';
import type { Offering } from '../catalogue/offering.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { Enrolment } from '../enrolments/enrolment.entity';
import { lockEdition } from '../enrolments/seats';
import { Edition } from '../scheduling/edition.entity';
import { Meeting } from '../scheduling/meeting.entity';
import { AttendanceError, AttendanceErrorCode } from './attendance.error';
import { AttendanceSummary, CompletionPolicy, summarise } from './completion-rule';
import {
  ATTENDANCE_EDITION_STATUSES,
  marksOf,
  meetingsEnded,
  policyOf,
} from './completion.service';
import type { CorrectCompletionInput } from './dto/correct-completion.dto';

export interface CompletionRow {
  enrolment: Enrolment & { user: Pick<User, 'id' | 'name' | 'organisation'> };
  summary: AttendanceSummary;
}

export interface CompletionOverview {
  edition: Edition & { offering: Offering };
  meetings: Meeting[];
  policy: CompletionPolicy;
  ended: boolean;
  rows: CompletionRow[];
}

/** Staff: completion per participant of an edition, and corrections with a reason (audited). */
@Injectable()
export class CompletionAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async overview(editionId: number, now = new Date()): Promise<CompletionOverview> {
    const edition = await this.dataSource
      .getRepository(Edition)
      .findOne({ where: { id: editionId }, relations: { offering: true } });
    if (!edition || !ATTENDANCE_EDITION_STATUSES.includes(edition.status))
      throw new AttendanceError(AttendanceErrorCode.EditionNotFound);
    const meetings = await this.dataSource
      .getRepository(Meeting)
      .find({ where: { editionId }, order: { startsAt: 'ASC', id: 'ASC' } });
    const enrolments = (await this.dataSource.getRepository(Enrolment).find({
      where: { editionId, status: 'confirmed' },
      relations: { user: true },
    })) as CompletionRow['enrolment'][];
    const policy = policyOf(edition.offering!);
    const marks = await marksOf(
      this.dataSource.manager,
      meetings.map((m) => m.id),
    );
    const rows = enrolments
      .map((enrolment) => ({
        enrolment,
        summary: summarise(meetings, marks.get(enrolment.id) ?? new Map(), policy.excusedCounts),
      }))
      .sort(
        (a, b) =>
          a.enrolment.user.name.localeCompare(b.enrolment.user.name, 'nl', {
            sensitivity: 'base',
          }) || a.enrolment.id - b.enrolment.id,
      );
    return {
      edition: edition as Edition & { offering: Offering },
      meetings,
      policy,
      ended: meetingsEnded(meetings, now),
      rows,
    };
  }

  /** The edition of an enrolment whose completion staff may correct (for the form page). */
  async editionOf(enrolmentId: number): Promise<number> {
    const enrolment = await this.dataSource
      .getRepository(Enrolment)
      .findOne({ where: { id: enrolmentId }, select: { id: true, editionId: true } });
    if (!enrolment) throw new AttendanceError(AttendanceErrorCode.EnrolmentNotFound);
    return enrolment.editionId;
  }

  /**
   * Sets completion by hand, with the reason as the completion note: the rule leaves the
   * enrolment alone from then on. Audited with the values before and after.
   */
  correct(
    actor: Actor,
    enrolmentId: number,
    input: CorrectCompletionInput,
  ): Promise<{ editionId: number; name: string }> {
    return this.tx.run(async (m) => {
      const found = await m
        .getRepository(Enrolment)
        .findOne({ where: { id: enrolmentId }, select: { id: true, editionId: true } });
      if (!found) throw new AttendanceError(AttendanceErrorCode.EnrolmentNotFound);
      // the edition's lock: the completion rule does not overwrite this with a stale decision
      const edition = await lockEdition(m, found.editionId);
      if (!edition || !ATTENDANCE_EDITION_STATUSES.includes(edition.status))
        throw new AttendanceError(AttendanceErrorCode.EnrolmentNotFound);
      const enrolment = await m
        .getRepository(Enrolment)
        .findOneOrFail({ where: { id: enrolmentId }, relations: { user: true } });
      if (enrolment.status !== 'confirmed')
        throw new AttendanceError(AttendanceErrorCode.NotConfirmed);
      const before = { completion: enrolment.completion, note: enrolment.completionNote };
      await m
        .getRepository(Enrolment)
        .update(
          { id: enrolmentId },
          { completion: input.completion, completionNote: input.reason },
        );
      await this.audit.record(
        m,
        actor,
        'enrolment.completion_corrected',
        { type: 'enrolment', id: enrolmentId },
        {
          editionId: enrolment.editionId,
          userId: enrolment.userId,
          before: before.completion,
          after: input.completion,
          reason: input.reason,
          previousReason: before.note,
        },
      );
      return { editionId: enrolment.editionId, name: enrolment.user!.name };
    });
  }
}
