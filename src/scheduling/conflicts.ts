import { EntityManager } from 'typeorm';
import { Meeting } from './meeting.entity';

/** A time slot being planned: a new or changed meeting. */
export interface PlannedSlot {
  meetingId?: number;
  startsAt: Date;
  endsAt: Date;
  locationKey: string | null;
}

export interface Conflict {
  kind: 'trainer' | 'location';
  trainerName?: string;
  meetingId: number;
  editionId: number;
  offeringTitle: string;
  editionTitle: string;
  startsAt: Date;
  endsAt: Date;
}

/** The key two meetings share when they are in the same room: name and address, folded. */
export function locationKey(name: string | null, address: string | null): string | null {
  const key = [name, address]
    .map((s) =>
      (s ?? '')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('|');
  return key || null;
}

export function overlaps(
  a: { startsAt: Date; endsAt: Date },
  b: { startsAt: Date; endsAt: Date },
): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

interface Row {
  meeting_id: number;
  edition_id: number;
  starts_at: string | Date;
  ends_at: string | Date;
  location_key: string | null;
  offering_title: string;
  edition_title: string;
  trainer_name?: string;
}

const asDate = (v: string | Date) =>
  v instanceof Date
    ? v
    : new Date(v.includes('T') || v.endsWith('Z') ? v : `${v.replace(' ', 'T')}Z`);

/**
 * Meetings of other, not cancelled editions that clash with the planned slots: one of the
 * trainers is busy, or the same location is taken. Two queries whatever the number of slots.
 */
export async function findConflicts(
  m: EntityManager,
  slots: PlannedSlot[],
  trainerIds: number[],
  editionId: number,
): Promise<Conflict[]> {
  if (!slots.length) return [];
  const from = new Date(Math.min(...slots.map((s) => s.startsAt.getTime())));
  const to = new Date(Math.max(...slots.map((s) => s.endsAt.getTime())));
  const base = () =>
    m
      .getRepository(Meeting)
      .createQueryBuilder('mt')
      .innerJoin('mt.edition', 'e')
      .innerJoin('e.offering', 'o')
      .select([
        'mt.id AS meeting_id',
        'mt.edition_id AS edition_id',
        'mt.starts_at AS starts_at',
        'mt.ends_at AS ends_at',
        'mt.location_key AS location_key',
      ])
      .addSelect(['o.title AS offering_title', 'e.title AS edition_title'])
      .where('mt.edition_id <> :editionId', { editionId })
      .andWhere("e.status <> 'cancelled'")
      .andWhere('mt.starts_at < :to AND mt.ends_at > :from', { from, to });

  const conflicts: Conflict[] = [];
  const push = (kind: Conflict['kind'], r: Row) =>
    conflicts.push({
      kind,
      trainerName: r.trainer_name,
      meetingId: Number(r.meeting_id),
      editionId: Number(r.edition_id),
      offeringTitle: r.offering_title,
      editionTitle: r.edition_title,
      startsAt: asDate(r.starts_at),
      endsAt: asDate(r.ends_at),
    });

  if (trainerIds.length) {
    const rows = await base()
      .innerJoin(
        'edition_trainers',
        'et',
        'et.edition_id = e.id AND et.user_id IN (:...trainerIds)',
        { trainerIds },
      )
      .innerJoin('users', 'u', 'u.id = et.user_id')
      .addSelect('u.name', 'trainer_name')
      .getRawMany<Row>();
    for (const r of rows)
      if (
        slots.some((s) => overlaps(s, { startsAt: asDate(r.starts_at), endsAt: asDate(r.ends_at) }))
      )
        push('trainer', r);
  }
  const keys = [...new Set(slots.map((s) => s.locationKey).filter((k): k is string => !!k))];
  if (keys.length) {
    const rows = await base().andWhere('mt.location_key IN (:...keys)', { keys }).getRawMany<Row>();
    for (const r of rows) {
      if (
        slots.some(
          (s) =>
            s.locationKey === r.location_key &&
            overlaps(s, { startsAt: asDate(r.starts_at), endsAt: asDate(r.ends_at) }),
        )
      )
        push('location', r);
    }
  }
  return conflicts.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
