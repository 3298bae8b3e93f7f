import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, AuditService } from '../audit/audit.service';
import { isHttpUrl, ticked } from '../common/forms/parse';
import { Locale } from '../common/i18n/i18n';
import { fromAmsterdam } from '../common/views/amsterdam-time';
import { TransactionRunner } from '../database/transaction-runner';
import { GeoService } from '../geo/geo.service';
import { findConflicts, locationKey } from './conflicts';
import type { SaveMeetingDto } from './dto/save-meeting.dto';
import {
  describeConflicts,
  EditionAdminService,
  refreshEditionSpan,
} from './edition-admin.service';
import { EditionEvents } from './edition-events';
import { Meeting } from './meeting.entity';
import { SchedulingError, SchedulingErrorCode } from './scheduling.error';

type MeetingFields = Pick<
  Meeting,
  | 'startsAt'
  | 'endsAt'
  | 'locationName'
  | 'address'
  | 'municipalityCode'
  | 'locationKey'
  | 'onlineUrl'
>;

/**
 * Meetings of an edition. A meeting ends after it starts, follows the meeting before it and ends
 * before the next one; a clash with a trainer's or a location's other meeting is shown and only
 * saved when staff tick "Toch inplannen" (recorded in the audit log).
 */
@Injectable()
export class MeetingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly editions: EditionAdminService,
    private readonly geo: GeoService,
    private readonly events: EditionEvents,
  ) {}

  async get(id: number): Promise<Meeting> {
    const meeting = await this.dataSource.getRepository(Meeting).findOneBy({ id });
    if (!meeting) throw new SchedulingError(SchedulingErrorCode.MeetingNotFound);
    return meeting;
  }

  add(actor: Actor, editionId: number, dto: SaveMeetingDto, locale: Locale): Promise<Meeting> {
    return this.save(actor, editionId, null, dto, locale);
  }

  async update(
    actor: Actor,
    meetingId: number,
    dto: SaveMeetingDto,
    locale: Locale,
  ): Promise<Meeting> {
    const meeting = await this.get(meetingId);
    return this.save(actor, meeting.editionId, meeting, dto, locale);
  }

  async remove(actor: Actor, meetingId: number): Promise<number> {
    const meeting = await this.get(meetingId);
    const { edition } = await this.editions.detail(meeting.editionId);
    this.editions.assertOpen(edition);
    await this.tx.run(async (m) => {
      if (edition.status === 'published') {
        const withPlace = await m
          .getRepository(Meeting)
          .findOneOrFail({ where: { id: meetingId }, relations: { municipality: true } });
        await this.events.meetingChanged(m, meeting.editionId, {
          kind: 'removed',
          meeting: { ...withPlace, sequence: withPlace.sequence + 1 },
        });
      }
      await m.getRepository(Meeting).delete({ id: meetingId });
      await refreshEditionSpan(m, meeting.editionId);
      await this.audit.record(
        m,
        actor,
        'meeting.removed',
        { type: 'edition', id: meeting.editionId },
        { meetingId, startsAt: meeting.startsAt.toISOString() },
      );
    });
    return meeting.editionId;
  }

  private async withMunicipality(meeting: Meeting) {
    const municipality = meeting.municipalityCode
      ? await this.geo.municipality(meeting.municipalityCode)
      : null;
    return { ...meeting, municipality: municipality ? { name: municipality.name } : null };
  }

  private async save(
    actor: Actor,
    editionId: number,
    existing: Meeting | null,
    dto: SaveMeetingDto,
    locale: Locale,
  ): Promise<Meeting> {
    const { edition, meetings, trainers } = await this.editions.detail(editionId);
    this.editions.assertOpen(edition);
    const fields = await this.fieldsFrom(dto);
    if (!existing && fields.startsAt.getTime() <= Date.now())
      throw new SchedulingError(SchedulingErrorCode.DateInPast, 'date');
    const others = meetings.filter((mt) => mt.id !== existing?.id);
    const clash = others.find((mt) => mt.startsAt < fields.endsAt && fields.startsAt < mt.endsAt);
    if (clash) throw new SchedulingError(SchedulingErrorCode.OutOfOrder, 'date');
    if (!existing) {
      const last = others[others.length - 1];
      if (last && fields.startsAt.getTime() < last.endsAt.getTime())
        throw new SchedulingError(SchedulingErrorCode.OutOfOrder, 'date');
    }
    const override = ticked(dto.override);
    return this.tx.run(async (m) => {
      const conflicts = await findConflicts(
        m,
        [
          {
            meetingId: existing?.id,
            startsAt: fields.startsAt,
            endsAt: fields.endsAt,
            locationKey: fields.locationKey,
          },
        ],
        trainers.map((t) => t.id),
        editionId,
      );
      if (conflicts.length && !override) {
        throw new SchedulingError(SchedulingErrorCode.Conflict, 'override', {
          conflicts: describeConflicts(conflicts, locale),
        });
      }
      const repo = m.getRepository(Meeting);
      let saved: Meeting;
      const moved = existing !== null && timeOrPlaceChanged(existing, fields);
      if (existing) {
        // A new SEQUENCE makes calendar apps replace the entry they have.
        await repo.update(
          { id: existing.id },
          { ...fields, sequence: existing.sequence + (moved ? 1 : 0) },
        );
        saved = await repo.findOneOrFail({
          where: { id: existing.id },
          relations: { municipality: true },
        });
      } else {
        saved = await repo.save(repo.create({ ...fields, editionId, sequence: 0 }));
      }
      await refreshEditionSpan(m, editionId);
      if (edition.status === 'published') {
        if (!existing)
          await this.events.meetingChanged(m, editionId, { kind: 'added', meeting: saved });
        else if (moved) {
          const before = await this.withMunicipality(existing);
          await this.events.meetingChanged(m, editionId, { kind: 'changed', before, after: saved });
        }
      }
      const detail: Record<string, unknown> = {
        meetingId: saved.id,
        startsAt: fields.startsAt.toISOString(),
        endsAt: fields.endsAt.toISOString(),
        editionStatus: edition.status,
      };
      if (existing)
        detail.before = {
          startsAt: existing.startsAt.toISOString(),
          endsAt: existing.endsAt.toISOString(),
          location: existing.locationName ?? existing.onlineUrl,
        };
      if (conflicts.length)
        detail.conflictsOverridden = conflicts.map((c) => ({
          kind: c.kind,
          meetingId: c.meetingId,
        }));
      await this.audit.record(
        m,
        actor,
        existing ? 'meeting.changed' : 'meeting.added',
        { type: 'edition', id: editionId },
        detail,
      );
      if (conflicts.length) {
        await this.audit.record(
          m,
          actor,
          'meeting.conflict_overridden',
          { type: 'meeting', id: saved.id },
          { conflicts: conflicts.length },
        );
      }
      return saved;
    });
  }

  private async fieldsFrom(dto: SaveMeetingDto): Promise<MeetingFields> {
    const startsAt = fromAmsterdam(dto.date, dto.startTime);
    if (!startsAt) throw new SchedulingError(SchedulingErrorCode.DateInvalid, 'date');
    const endsAt = fromAmsterdam(dto.date, dto.endTime);
    if (!endsAt) throw new SchedulingError(SchedulingErrorCode.DateInvalid, 'endTime');
    if (endsAt.getTime() <= startsAt.getTime())
      throw new SchedulingError(SchedulingErrorCode.EndsBeforeStart, 'endTime');
    if (dto.mode === 'online') {
      const url = dto.onlineUrl?.trim() ?? '';
      if (!isHttpUrl(url)) throw new SchedulingError(SchedulingErrorCode.UrlInvalid, 'onlineUrl');
      return {
        startsAt,
        endsAt,
        locationName: null,
        address: null,
        municipalityCode: null,
        locationKey: null,
        onlineUrl: url,
      };
    }
    const name = dto.locationName?.trim() ?? '';
    const address = dto.address?.trim() ?? '';
    if (!name) throw new SchedulingError(SchedulingErrorCode.LocationRequired, 'locationName');
    const code = dto.municipalityCode?.trim() ? dto.municipalityCode.trim() : null;
    if (code && !(await this.geo.municipality(code)))
      throw new SchedulingError(SchedulingErrorCode.UnknownMunicipality, 'municipalityCode');
    return {
      startsAt,
      endsAt,
      locationName: name,
      address: address || null,
      municipalityCode: code,
      locationKey: locationKey(name, address),
      onlineUrl: null,
    };
  }
}

/** Did a change move the meeting in time or place (what participants must be told about)? */
function timeOrPlaceChanged(before: Meeting, after: MeetingFields): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    (before.locationName ?? '') !== (after.locationName ?? '') ||
    (before.address ?? '') !== (after.address ?? '') ||
    (before.municipalityCode ?? '') !== (after.municipalityCode ?? '') ||
    (before.onlineUrl ?? '') !== (after.onlineUrl ?? '')
  );
}
