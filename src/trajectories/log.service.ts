import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { User } from '../accounts/user.entity';
import { TransactionRunner } from '../database/transaction-runner';
import type { LogEntryDto } from './dto/log-entry.dto';
import { TrajectoryAccess, TrajectoryAccessService } from './trajectory-access.service';
import { TrajectoryLogAttendee } from './trajectory-log-attendee.entity';
import { TrajectoryLogEntry } from './trajectory-log-entry.entity';
import { TrajectoryError, TrajectoryErrorCode } from './trajectory.error';
import {
  amsterdamToday,
  isCalendarDate,
  loadParticipants,
  Participant,
  postedIds,
  userNames,
} from './work-page';

type Viewer = Pick<User, 'id' | 'role'>;

export interface LogEntryWithPeople {
  entry: TrajectoryLogEntry;
  attendeeIds: number[];
}

export interface LogPage {
  access: TrajectoryAccess;
  entries: LogEntryWithPeople[];
  participants: Participant[];
  names: Map<number, string>;
}

/**
 * The log of a trajectory: meetings and notes, dated, with who was there. Members, the coach and
 * staff add entries; the author, the coach and staff change or remove them.
 */
@Injectable()
export class LogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly access: TrajectoryAccessService,
  ) {}

  /** The entries newest first, with the people the form offers as attendees. */
  async page(user: Viewer, trajectoryId: number): Promise<LogPage> {
    const m = this.dataSource.manager;
    const access = await this.access.open(user, trajectoryId, m);
    const entries = await m.getRepository(TrajectoryLogEntry).find({
      where: { trajectoryId },
      order: { occurredOn: 'DESC', id: 'DESC' },
    });
    const attendees = entries.length
      ? await m
          .getRepository(TrajectoryLogAttendee)
          .find({ where: { entryId: In(entries.map((e) => e.id)) } })
      : [];
    const byEntry = new Map<number, number[]>();
    for (const a of attendees)
      byEntry.set(a.entryId, [...(byEntry.get(a.entryId) ?? []), a.userId]);
    const names = await userNames(m, [
      ...entries.map((e) => e.authorId),
      ...attendees.map((a) => a.userId),
    ]);
    return {
      access,
      entries: entries.map((entry) => ({ entry, attendeeIds: byEntry.get(entry.id) ?? [] })),
      participants: await loadParticipants(m, access.trajectory),
      names,
    };
  }

  /** One entry for its edit form; only its author, the coach and staff. */
  async editable(
    user: Viewer,
    trajectoryId: number,
    entryId: number,
  ): Promise<{ access: TrajectoryAccess; entry: LogEntryWithPeople; participants: Participant[] }> {
    const m = this.dataSource.manager;
    const { access, entry } = await this.openEntry(m, user, trajectoryId, entryId);
    const attendees = await m.getRepository(TrajectoryLogAttendee).findBy({ entryId });
    return {
      access,
      entry: { entry, attendeeIds: attendees.map((a) => a.userId) },
      participants: await loadParticipants(m, access.trajectory),
    };
  }

  add(
    user: Viewer,
    trajectoryId: number,
    dto: LogEntryDto,
    now: Date,
  ): Promise<TrajectoryLogEntry> {
    return this.tx.run(async (m) => {
      const access = await this.access.open(user, trajectoryId, m);
      const attendeeIds = await this.checked(m, access, dto, now);
      const entry = await m.getRepository(TrajectoryLogEntry).save({
        trajectoryId,
        kind: dto.kind,
        occurredOn: dto.occurredOn,
        title: dto.title,
        body: dto.body,
        otherAttendees: dto.otherAttendees ?? '',
        authorId: user.id,
      });
      await this.saveAttendees(m, entry.id, attendeeIds);
      return entry;
    });
  }

  update(
    user: Viewer,
    trajectoryId: number,
    entryId: number,
    dto: LogEntryDto,
    now: Date,
  ): Promise<void> {
    return this.tx.run(async (m) => {
      const { access, entry } = await this.openEntry(m, user, trajectoryId, entryId);
      const attendeeIds = await this.checked(m, access, dto, now);
      await m.getRepository(TrajectoryLogEntry).update(
        { id: entry.id },
        {
          kind: dto.kind,
          occurredOn: dto.occurredOn,
          title: dto.title,
          body: dto.body,
          otherAttendees: dto.otherAttendees ?? '',
        },
      );
      await m.getRepository(TrajectoryLogAttendee).delete({ entryId: entry.id });
      await this.saveAttendees(m, entry.id, attendeeIds);
    });
  }

  remove(user: Viewer, trajectoryId: number, entryId: number): Promise<void> {
    return this.tx.run(async (m) => {
      const { entry } = await this.openEntry(m, user, trajectoryId, entryId);
      await m.getRepository(TrajectoryLogAttendee).delete({ entryId: entry.id });
      await m.getRepository(TrajectoryLogEntry).delete({ id: entry.id });
    });
  }

  private async openEntry(m: EntityManager, user: Viewer, trajectoryId: number, entryId: number) {
    const access = await this.access.open(user, trajectoryId, m);
    const entry = await m
      .getRepository(TrajectoryLogEntry)
      .findOneBy({ id: entryId, trajectoryId });
    if (!entry) throw new TrajectoryError(TrajectoryErrorCode.NotFound);
    if (entry.authorId !== user.id && !access.canManage)
      throw new TrajectoryError(TrajectoryErrorCode.NotAuthor);
    return { access, entry };
  }

  /** The date is real and not in the future; the attendees are people of this trajectory. */
  private async checked(
    m: EntityManager,
    access: TrajectoryAccess,
    dto: LogEntryDto,
    now: Date,
  ): Promise<number[]> {
    if (!isCalendarDate(dto.occurredOn))
      throw new TrajectoryError(TrajectoryErrorCode.WorkDateInvalid, 'occurredOn');
    if (dto.occurredOn > amsterdamToday(now))
      throw new TrajectoryError(TrajectoryErrorCode.WorkDateInFuture, 'occurredOn');
    const allowed = new Set(
      (await loadParticipants(m, access.trajectory)).map((p) => String(p.id)),
    );
    const posted = postedIds(dto.attendees);
    if (posted.length > 100 || posted.some((id) => !allowed.has(id)))
      throw new TrajectoryError(TrajectoryErrorCode.WorkAttendeeUnknown, 'attendees');
    return [...new Set(posted.map(Number))];
  }

  private async saveAttendees(m: EntityManager, entryId: number, userIds: number[]) {
    if (userIds.length)
      await m
        .getRepository(TrajectoryLogAttendee)
        .insert(userIds.map((userId) => ({ entryId, userId })));
  }
}
