import { EntityManager, In } from 'typeorm';
import { User } from '../accounts/user.entity';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import type { TrajectoryAccess } from './trajectory-access.service';
import { TrajectoryMember } from './trajectory-member.entity';
import { trajectoryTabs, TrajectoryTab } from './trajectory-tabs';
import type { Trajectory } from './trajectory.entity';

/** Someone who takes part: an active member or the coach (they attend meetings and own actions). */
export interface Participant {
  id: number;
  name: string;
  email: string;
  locale: string;
  isCoach: boolean;
}

/** The active members (by name) and the coach of a trajectory. */
export async function loadParticipants(
  m: EntityManager,
  trajectory: Pick<Trajectory, 'id' | 'coachId'>,
): Promise<Participant[]> {
  const members = await m.getRepository(TrajectoryMember).find({
    where: { trajectoryId: trajectory.id, status: 'active' },
    relations: { user: true },
  });
  const people: Participant[] = members
    .filter((member) => member.user && member.userId !== trajectory.coachId)
    .map((member) => ({
      id: member.userId,
      name: member.user!.name,
      email: member.user!.email,
      locale: member.user!.locale,
      isCoach: false,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  if (trajectory.coachId) {
    const coach = await m.getRepository(User).findOneBy({ id: trajectory.coachId });
    if (coach)
      people.push({
        id: coach.id,
        name: coach.name,
        email: coach.email,
        locale: coach.locale,
        isCoach: true,
      });
  }
  return people;
}

/** Names of users by id (authors and attendees who may since have left the trajectory). */
export async function userNames(m: EntityManager, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const users = await m.getRepository(User).find({
    where: { id: In(unique) },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** Today in Amsterdam, `YYYY-MM-DD`. */
export function amsterdamToday(now: Date): string {
  return toAmsterdamParts(now).date;
}

/** A real calendar date `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

/** What every page of one trajectory shows above its content: the title and the tabs. */
export function workPage(access: TrajectoryAccess, tab: TrajectoryTab) {
  return {
    trajectoryId: access.trajectory.id,
    trajectoryTitle: access.trajectory.title,
    trajectoryHref: `/jos/trajecten/${access.trajectory.id}`,
    tabs: trajectoryTabs(access.trajectory.id, tab),
  };
}

/** The attendees field as posted: one value, several, or none. */
export function postedIds(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}
