import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Actor, AuditService } from '../audit/audit.service';
import { ticked, wholeNumber } from '../common/forms/parse';
import { Locale, translate } from '../common/i18n/i18n';
import { fromAmsterdam, toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDateTime } from '../common/views/format';
import { Offering } from '../catalogue/offering.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { Province } from '../geo/province.entity';
import { Conflict, findConflicts } from './conflicts';
import type { AddTrainerDto } from './dto/add-trainer.dto';
import type { SaveEditionDto } from './dto/save-edition.dto';
import { EditionEvents } from './edition-events';
import { canMoveTo, EditionStatus } from './edition-status';
import { EditionTrainer } from './edition-trainer.entity';
import { Edition } from './edition.entity';
import { Meeting } from './meeting.entity';
import { SchedulingError, SchedulingErrorCode } from './scheduling.error';

export interface EditionDetail {
  edition: Edition & { offering: Offering };
  meetings: Meeting[];
  trainers: Pick<User, 'id' | 'name' | 'email'>[];
}

/** Turns conflicts into one sentence for the form, in the page's language. */
export function describeConflicts(conflicts: Conflict[], locale: Locale): string {
  return conflicts
    .map((c) => {
      const when = `${formatDateTime(c.startsAt, locale)}–${toAmsterdamParts(c.endsAt).time}`;
      const what = `${c.offeringTitle}, ${c.editionTitle} (${when})`;
      return c.kind === 'trainer'
        ? translate(locale, 'scheduling.conflict.trainer', { trainer: c.trainerName ?? '', what })
        : translate(locale, 'scheduling.conflict.location', { what });
    })
    .join('; ');
}

/** Staff planning of editions: fields, status, trainers, copies. Meetings: see MeetingService. */
@Injectable()
export class EditionAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly events: EditionEvents,
  ) {}

  async detail(id: number): Promise<EditionDetail> {
    const edition = await this.dataSource
      .getRepository(Edition)
      .findOne({ where: { id }, relations: { offering: true, region: true } });
    if (!edition) throw new SchedulingError(SchedulingErrorCode.EditionNotFound);
    const meetings = await this.dataSource.getRepository(Meeting).find({
      where: { editionId: id },
      relations: { municipality: true },
      order: { startsAt: 'ASC' },
    });
    const trainers = await this.trainersOf(this.dataSource.manager, id);
    return { edition: edition as Edition & { offering: Offering }, meetings, trainers };
  }

  async create(actor: Actor, dto: SaveEditionDto): Promise<Edition> {
    const fields = await this.fieldsFrom(dto, true);
    return this.tx.run(async (m) => {
      const repo = m.getRepository(Edition);
      const saved = await repo.save(
        repo.create({ ...fields, status: 'draft', seatsTaken: 0, startsAt: null, endsAt: null }),
      );
      await this.audit.record(
        m,
        actor,
        'edition.created',
        { type: 'edition', id: saved.id },
        { offeringId: saved.offeringId, title: saved.title },
      );
      return saved;
    });
  }

  async update(actor: Actor, id: number, dto: SaveEditionDto): Promise<void> {
    const { edition } = await this.detail(id);
    this.assertOpen(edition);
    const fields = await this.fieldsFrom(dto, false);
    await this.tx.run(async (m) => {
      await m.getRepository(Edition).update({ id }, fields);
      await this.audit.record(
        m,
        actor,
        'edition.updated',
        { type: 'edition', id },
        { capacity: fields.capacity, title: fields.title },
      );
      // A higher capacity gives the new places to the waiting list at once.
      if (fields.capacity > edition.capacity) await this.events.capacityChanged(m, id);
    });
  }

  /** Cancelling needs `confirmed`: it cannot be undone. */
  async changeStatus(
    actor: Actor,
    id: number,
    status: EditionStatus,
    confirmed = false,
  ): Promise<void> {
    const { edition, meetings } = await this.detail(id);
    if (edition.status === status) return;
    if (!canMoveTo(edition.status, status))
      throw new SchedulingError(SchedulingErrorCode.StatusTransition, 'status');
    if (status === 'cancelled' && !confirmed)
      throw new SchedulingError(SchedulingErrorCode.ConfirmCancel, 'confirmCancel');
    if (status === 'published') {
      if (!meetings.length)
        throw new SchedulingError(SchedulingErrorCode.PublishNeedsMeeting, 'status');
      if (!edition.offering.published)
        throw new SchedulingError(SchedulingErrorCode.OfferingNotPublished, 'status');
    }
    await this.tx.run(async (m) => {
      await m.getRepository(Edition).update({ id }, { status });
      await this.audit.record(
        m,
        actor,
        'edition.status_changed',
        { type: 'edition', id },
        { from: edition.status, to: status },
      );
      if (status === 'cancelled') await this.events.editionCancelled(m, id);
    });
  }

  /** Adds a trainer (a user with the trainer role); clashes with their other meetings need `override`. */
  async addTrainer(
    actor: Actor,
    editionId: number,
    dto: AddTrainerDto,
    locale: Locale,
  ): Promise<void> {
    const { edition, meetings, trainers } = await this.detail(editionId);
    this.assertOpen(edition);
    const trainerId = wholeNumber(dto.trainerId, 1, Number.MAX_SAFE_INTEGER);
    const trainer = trainerId
      ? await this.dataSource.getRepository(User).findOneBy({ id: trainerId })
      : null;
    if (!trainer || trainer.role !== 'trainer' || trainer.deactivatedAt)
      throw new SchedulingError(SchedulingErrorCode.NotATrainer, 'trainerId');
    if (trainers.some((t) => t.id === trainer.id))
      throw new SchedulingError(SchedulingErrorCode.TrainerAlreadyOnEdition, 'trainerId');
    const override = ticked(dto.trainerOverride);
    await this.tx.run(async (m) => {
      const slots = meetings.map((mt) => ({
        meetingId: mt.id,
        startsAt: mt.startsAt,
        endsAt: mt.endsAt,
        locationKey: null,
      }));
      const conflicts = await findConflicts(m, slots, [trainer.id], editionId);
      if (conflicts.length && !override) {
        throw new SchedulingError(SchedulingErrorCode.Conflict, 'trainerOverride', {
          conflicts: describeConflicts(conflicts, locale),
        });
      }
      await m.getRepository(EditionTrainer).insert({ editionId, userId: trainer.id });
      await this.audit.record(
        m,
        actor,
        'edition.trainer_added',
        { type: 'edition', id: editionId },
        {
          trainerId: trainer.id,
          ...(conflicts.length ? { conflictsOverridden: conflicts.map((c) => c.meetingId) } : {}),
        },
      );
    });
  }

  async removeTrainer(actor: Actor, editionId: number, trainerId: number): Promise<void> {
    const { edition } = await this.detail(editionId);
    this.assertOpen(edition);
    await this.tx.run(async (m) => {
      const result = await m.getRepository(EditionTrainer).delete({ editionId, userId: trainerId });
      if (result.affected)
        await this.audit.record(
          m,
          actor,
          'edition.trainer_removed',
          { type: 'edition', id: editionId },
          { trainerId },
        );
    });
  }

  /**
   * A new draft edition with the same offering, capacity, trainers and locations, its meetings
   * moved so the first falls on `firstDate` (same local times, same spacing in days).
   */
  async copy(
    actor: Actor,
    id: number,
    firstDate: string,
    title: string | undefined,
  ): Promise<Edition> {
    const { edition, meetings, trainers } = await this.detail(id);
    if (!meetings.length)
      throw new SchedulingError(SchedulingErrorCode.PublishNeedsMeeting, 'firstDate');
    const first = toAmsterdamParts(meetings[0].startsAt);
    const target = fromAmsterdam(firstDate, first.time);
    if (!target) throw new SchedulingError(SchedulingErrorCode.DateInvalid, 'firstDate');
    if (target.getTime() <= Date.now())
      throw new SchedulingError(SchedulingErrorCode.DateInPast, 'firstDate');
    const dayShift = Math.round(
      (Date.parse(`${firstDate}T00:00:00Z`) - Date.parse(`${first.date}T00:00:00Z`)) / 86_400_000,
    );
    const shift = (d: Date) => {
      const local = toAmsterdamParts(d);
      const day = new Date(Date.parse(`${local.date}T00:00:00Z`) + dayShift * 86_400_000)
        .toISOString()
        .slice(0, 10);
      return fromAmsterdam(day, local.time)!;
    };
    const newMeetings = meetings.map((mt) => ({
      ...mt,
      startsAt: shift(mt.startsAt),
      endsAt: shift(mt.endsAt),
    }));
    const regWindow =
      edition.registrationClosesAt.getTime() - edition.registrationOpensAt.getTime();
    const closesAt = new Date(
      Math.min(shift(edition.registrationClosesAt).getTime(), newMeetings[0].startsAt.getTime()),
    );
    return this.tx.run(async (m) => {
      const repo = m.getRepository(Edition);
      const copy = await repo.save(
        repo.create({
          offeringId: edition.offeringId,
          title: title?.trim() || edition.title,
          capacity: edition.capacity,
          seatsTaken: 0,
          registrationOpensAt: new Date(Math.max(Date.now(), closesAt.getTime() - regWindow)),
          registrationClosesAt: closesAt,
          regionCode: edition.regionCode,
          notes: edition.notes,
          status: 'draft',
          startsAt: newMeetings[0].startsAt,
          endsAt: newMeetings[newMeetings.length - 1].endsAt,
        }),
      );
      await m.getRepository(Meeting).insert(
        newMeetings.map((mt) => ({
          editionId: copy.id,
          startsAt: mt.startsAt,
          endsAt: mt.endsAt,
          locationName: mt.locationName,
          address: mt.address,
          municipalityCode: mt.municipalityCode,
          locationKey: mt.locationKey,
          onlineUrl: mt.onlineUrl,
        })),
      );
      if (trainers.length)
        await m
          .getRepository(EditionTrainer)
          .insert(trainers.map((t) => ({ editionId: copy.id, userId: t.id })));
      await this.audit.record(
        m,
        actor,
        'edition.copied',
        { type: 'edition', id: copy.id },
        { from: id, firstDate },
      );
      return copy;
    });
  }

  /** Users with the trainer role, for the trainer select. */
  trainerOptions(): Promise<Pick<User, 'id' | 'name'>[]> {
    return this.dataSource.getRepository(User).find({
      select: { id: true, name: true },
      where: { role: 'trainer' },
      order: { name: 'ASC' },
    });
  }

  async trainersOf(
    m: EntityManager,
    editionId: number,
  ): Promise<Pick<User, 'id' | 'name' | 'email'>[]> {
    const links = await m.getRepository(EditionTrainer).findBy({ editionId });
    if (!links.length) return [];
    return m.getRepository(User).find({
      select: { id: true, name: true, email: true },
      where: { id: In(links.map((l) => l.userId)) },
      order: { name: 'ASC' },
    });
  }

  assertOpen(edition: Edition): void {
    if (edition.status === 'completed' || edition.status === 'cancelled')
      throw new SchedulingError(SchedulingErrorCode.EditionClosed);
  }

  private async fieldsFrom(dto: SaveEditionDto, isNew: boolean) {
    const offeringId = wholeNumber(dto.offeringId, 1, Number.MAX_SAFE_INTEGER);
    if (
      !offeringId ||
      !(await this.dataSource.getRepository(Offering).existsBy({ id: offeringId }))
    ) {
      throw new SchedulingError(SchedulingErrorCode.OfferingNotFound, 'offeringId');
    }
    const capacity = wholeNumber(dto.capacity, 1, 1000)!;
    const opensAt = fromAmsterdam(dto.opensDate, dto.opensTime);
    if (!opensAt) throw new SchedulingError(SchedulingErrorCode.DateInvalid, 'opensDate');
    const closesAt = fromAmsterdam(dto.closesDate, dto.closesTime);
    if (!closesAt) throw new SchedulingError(SchedulingErrorCode.DateInvalid, 'closesDate');
    if (isNew && closesAt.getTime() <= Date.now())
      throw new SchedulingError(SchedulingErrorCode.DateInPast, 'closesDate');
    if (closesAt.getTime() <= opensAt.getTime())
      throw new SchedulingError(SchedulingErrorCode.RegistrationWindow, 'closesDate');
    let cancellationClosesAt: Date | null = null;
    if (dto.cancelDate?.trim()) {
      cancellationClosesAt = fromAmsterdam(
        dto.cancelDate.trim(),
        dto.cancelTime?.trim() || '23:59',
      );
      if (!cancellationClosesAt)
        throw new SchedulingError(SchedulingErrorCode.DateInvalid, 'cancelDate');
    } else if (dto.cancelTime?.trim()) {
      throw new SchedulingError(SchedulingErrorCode.DateInvalid, 'cancelDate');
    }
    const regionCode = dto.regionCode?.trim() ? dto.regionCode.trim() : null;
    if (
      regionCode &&
      !(await this.dataSource.getRepository(Province).existsBy({ code: regionCode }))
    ) {
      throw new SchedulingError(SchedulingErrorCode.UnknownRegion, 'regionCode');
    }
    return {
      offeringId,
      title: dto.title.trim(),
      capacity,
      registrationOpensAt: opensAt,
      registrationClosesAt: closesAt,
      cancellationClosesAt,
      regionCode,
      notes: dto.notes?.trim() ?? '',
    };
  }
}

/** Keeps an edition's first start and last end in step with its meetings. */
export async function refreshEditionSpan(m: EntityManager, editionId: number): Promise<void> {
  const meetings = await m
    .getRepository(Meeting)
    .find({ where: { editionId }, order: { startsAt: 'ASC' } });
  await m.getRepository(Edition).update(
    { id: editionId },
    {
      startsAt: meetings[0]?.startsAt ?? null,
      endsAt: meetings.length
        ? new Date(Math.max(...meetings.map((x) => x.endsAt.getTime())))
        : null,
    },
  );
}
