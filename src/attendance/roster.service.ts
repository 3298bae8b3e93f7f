import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Actor, AuditService } from '../audit/audit.service';
import type { Offering } from '../catalogue/offering.entity';
import { roleSatisfies, Role } from '../common/access/role';
import { startOfAmsterdamDay, toAmsterdamParts } from '../common/views/amsterdam-time';
import { TransactionRunner } from '../database/transaction-runner';
import { Attendance } from '../enrolments/attendance.entity';
import { ATTENDANCE_STATUSES, AttendanceStatus } from '../enrolments/enrolment-status';
import { Enrolment } from '../enrolments/enrolment.entity';
import { lockEdition } from '../enrolments/seats';
import { EditionTrainer } from '../scheduling/edition-trainer.entity';
import type { Edition } from '../scheduling/edition.entity';
import { Meeting } from '../scheduling/meeting.entity';
import { AttendanceError, AttendanceErrorCode } from './attendance.error';
import {
  ATTENDANCE_EDITION_STATUSES,
  CompletionService,
  meetingsEnded,
} from './completion.service';
import { SaveAttendanceInput, statusField } from './dto/save-attendance.dto';

/** Who looks at a roster: the signed-in user. */
export interface Viewer extends Actor {
  role: Role;
}

export interface RosterEntry {
  enrolmentId: number;
  name: string;
  organisation: string;
  status: AttendanceStatus | null;
  markedAt: Date | null;
}

export interface Roster {
  meeting: Meeting;
  edition: Edition & { offering: Offering };
  /** all meetings of the edition, in order */
  meetings: Meeting[];
  /** 1-based position of this meeting in the edition */
  number: number;
  trainers: string[];
  /** participants with a confirmed place, by name */
  entries: RosterEntry[];
  /** the most recent mark on this meeting */
  lastMarked: { at: Date; by: string | null } | null;
  /** attendance can be filled in from the start of the meeting's day (Amsterdam) */
  canMark: boolean;
  /** staff and admins see every roster and the completion page */
  viewerIsStaff: boolean;
}

export interface SaveResult {
  changed: number;
  /** enrolments whose completion the rule changed (the edition had ended) */
  completionChanged: number;
}

function isStatus(value: unknown): value is AttendanceStatus {
  return typeof value === 'string' && (ATTENDANCE_STATUSES as readonly string[]).includes(value);
}

export function canMarkAt(meeting: Pick<Meeting, 'startsAt'>, now: Date): boolean {
  const dayStart = startOfAmsterdamDay(toAmsterdamParts(meeting.startsAt).date);
  return !!dayStart && dayStart.getTime() <= now.getTime();
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' });

/**
 * The attendance list of one meeting (Presentie): for the edition's trainers and for staff.
 * Anyone else — and everyone, for a meeting that does not exist or whose edition is a draft or
 * cancelled — gets "not found", so the list gives nothing away.
 */
@Injectable()
export class RosterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly completion: CompletionService,
  ) {}

  load(viewer: Viewer, meetingId: number, now = new Date()): Promise<Roster> {
    return this.read(this.dataSource.manager, viewer, meetingId, now);
  }

  /**
   * Saves the submitted marks of one meeting in one transaction: only marks that changed are
   * written (with who and when), so `marked_by` says who decided the status shown. Any value
   * that is not a status, or a person not on the roster, refuses the whole form.
   */
  save(
    actor: Viewer,
    meetingId: number,
    input: SaveAttendanceInput,
    now = new Date(),
  ): Promise<SaveResult> {
    return this.tx.run(async (m) => {
      // One edition at a time (PostgreSQL): the completion rule reads what this writes.
      const target = await m
        .getRepository(Meeting)
        .findOne({ where: { id: meetingId }, select: { id: true, editionId: true } });
      if (target) await lockEdition(m, target.editionId);
      const roster = await this.read(m, actor, meetingId, now);
      if (!roster.canMark) throw new AttendanceError(AttendanceErrorCode.NotYet, 'roster');
      if (input.size === 0) throw new AttendanceError(AttendanceErrorCode.NothingChosen, 'roster');
      const onRoster = new Map(roster.entries.map((e) => [String(e.enrolmentId), e]));
      for (const key of input.keys())
        if (!onRoster.has(key))
          throw new AttendanceError(AttendanceErrorCode.NotOnRoster, 'roster');
      const marks: { entry: RosterEntry; status: AttendanceStatus }[] = [];
      for (const [key, value] of input) {
        const entry = onRoster.get(key)!;
        if (!isStatus(value))
          throw new AttendanceError(
            AttendanceErrorCode.InvalidStatus,
            statusField(entry.enrolmentId),
          );
        marks.push({ entry, status: value });
      }
      const changes = marks.filter((x) => x.entry.status !== x.status);
      if (changes.length) {
        await m.getRepository(Attendance).upsert(
          changes.map(({ entry, status }) => ({
            enrolmentId: entry.enrolmentId,
            meetingId,
            status,
            markedBy: actor.id,
            markedAt: now,
          })),
          { conflictPaths: ['enrolmentId', 'meetingId'] },
        );
        await this.audit.record(
          m,
          actor,
          'attendance.marked',
          { type: 'meeting', id: meetingId },
          {
            editionId: roster.edition.id,
            changes: changes.map(({ entry, status }) => ({
              enrolmentId: entry.enrolmentId,
              before: entry.status,
              after: status,
            })),
          },
        );
      }
      const completionChanged = meetingsEnded(roster.meetings, now)
        ? await this.completion.evaluate(m, roster.edition.id, now)
        : 0;
      return { changed: changes.length, completionChanged };
    });
  }

  private async read(
    m: EntityManager,
    viewer: Viewer,
    meetingId: number,
    now: Date,
  ): Promise<Roster> {
    const meeting = await m.getRepository(Meeting).findOne({
      where: { id: meetingId },
      relations: { edition: { offering: true }, municipality: true },
    });
    const edition = meeting?.edition as (Edition & { offering: Offering }) | undefined;
    if (!meeting || !edition || !ATTENDANCE_EDITION_STATUSES.includes(edition.status))
      throw new AttendanceError(AttendanceErrorCode.MeetingNotFound);
    const viewerIsStaff = roleSatisfies(viewer.role, ['staff']);
    const trainerRows = await m.getRepository(EditionTrainer).find({
      where: { editionId: edition.id },
      relations: { user: true },
    });
    if (!viewerIsStaff && !trainerRows.some((t) => t.userId === viewer.id))
      throw new AttendanceError(AttendanceErrorCode.MeetingNotFound);

    const meetings = await m
      .getRepository(Meeting)
      .find({ where: { editionId: edition.id }, order: { startsAt: 'ASC', id: 'ASC' } });
    const enrolments = await m.getRepository(Enrolment).find({
      where: { editionId: edition.id, status: 'confirmed' },
      relations: { user: true },
    });
    const marks = await m.getRepository(Attendance).find({ where: { meetingId } });
    const markOf = new Map(marks.map((a) => [a.enrolmentId, a]));
    const entries: RosterEntry[] = enrolments
      .map((e) => ({
        enrolmentId: e.id,
        name: e.user!.name,
        organisation: e.user!.organisation,
        status: markOf.get(e.id)?.status ?? null,
        markedAt: markOf.get(e.id)?.markedAt ?? null,
      }))
      .sort((a, b) => byName(a, b) || a.enrolmentId - b.enrolmentId);

    const latest = marks.reduce<Attendance | null>(
      (last, a) => (!last || a.markedAt.getTime() > last.markedAt.getTime() ? a : last),
      null,
    );
    let lastMarked: Roster['lastMarked'] = null;
    if (latest) {
      const by = latest.markedBy
        ? await m
            .getRepository(User)
            .findOne({ where: { id: latest.markedBy }, select: { id: true, name: true } })
        : null;
      lastMarked = { at: latest.markedAt, by: by?.name ?? null };
    }
    return {
      meeting,
      edition,
      meetings,
      number: meetings.findIndex((x) => x.id === meeting.id) + 1,
      trainers: trainerRows.map((t) => t.user!.name).sort((a, b) => a.localeCompare(b, 'nl')),
      entries,
      lastMarked,
      canMark: canMarkAt(meeting, now),
      viewerIsStaff,
    };
  }
}
