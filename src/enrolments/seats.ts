import { EntityManager } from 'typeorm';
import { Offering } from '../catalogue/offering.entity';
import { Edition } from '../scheduling/edition.entity';
import { Enrolment } from './enrolment.entity';

export type LockedEdition = Edition & { offering: Offering };

function isPostgres(m: EntityManager): boolean {
  return m.connection.options.type === 'postgres';
}

/**
 * Reads an edition (with its offering) and, on PostgreSQL, locks its row until the transaction
 * ends. Every change of places or of the waiting list starts here, so such changes to one
 * edition happen one after the other, in the order they commit. (On SQLite the
 * TransactionRunner already runs one unit of work at a time.)
 */
export async function lockEdition(
  m: EntityManager,
  editionId: number,
): Promise<LockedEdition | null> {
  const qb = m
    .getRepository(Edition)
    .createQueryBuilder('e')
    .innerJoinAndSelect('e.offering', 'o')
    .where('e.id = :editionId', { editionId });
  if (isPostgres(m)) qb.setLock('pessimistic_write', undefined, ['e']);
  return (await qb.getOne()) as LockedEdition | null;
}

/** Takes one place if one is free: a single conditional UPDATE, so a place is never given twice. */
export async function takeSeat(m: EntityManager, editionId: number): Promise<boolean> {
  const result = await m
    .createQueryBuilder()
    .update(Edition)
    .set({ seatsTaken: () => 'seats_taken + 1' })
    .where('id = :editionId AND seats_taken < capacity', { editionId })
    .execute();
  return result.affected === 1;
}

/** Gives back one place. */
export async function releaseSeat(m: EntityManager, editionId: number): Promise<void> {
  await m
    .createQueryBuilder()
    .update(Edition)
    .set({ seatsTaken: () => 'seats_taken - 1' })
    .where('id = :editionId AND seats_taken > 0', { editionId })
    .execute();
}

/** The next number in an edition's waiting list; call with the edition locked. */
export async function nextWaitlistSeq(m: EntityManager, editionId: number): Promise<number> {
  const row = await m
    .getRepository(Enrolment)
    .createQueryBuilder('en')
    .select('MAX(en.waitlist_seq)', 'max')
    .where('en.edition_id = :editionId', { editionId })
    .getRawOne<{ max: number | string | null }>();
  return Number(row?.max ?? 0) + 1;
}

/** 1 for the first in line. */
export async function waitlistPosition(
  m: EntityManager,
  enrolment: Pick<Enrolment, 'editionId' | 'waitlistSeq'>,
): Promise<number> {
  return m
    .getRepository(Enrolment)
    .createQueryBuilder('en')
    .where('en.edition_id = :editionId AND en.status = :status AND en.waitlist_seq <= :seq', {
      editionId: enrolment.editionId,
      status: 'waitlisted',
      seq: enrolment.waitlistSeq,
    })
    .getCount();
}
