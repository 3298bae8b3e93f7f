import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Enrolment } from '../enrolments/enrolment.entity';
import { ACTIVE } from '../enrolments/enrolment-status';
import type { LockedEdition } from '../enrolments/seats';
import { waitlistPosition } from '../enrolments/seats';
import { Meeting } from '../scheduling/meeting.entity';

export type DashboardEnrolment = Enrolment & { edition: LockedEdition; position: number | null };

export interface DashboardData {
  /** Pending, offered, confirmed and waitlisted, in editions that have not ended. */
  current: DashboardEnrolment[];
  /** Confirmed places in editions that have ended, newest first. */
  past: DashboardEnrolment[];
  /** Meetings of confirmed places from today on. */
  upcoming: (Meeting & { enrolment: DashboardEnrolment })[];
}

/** What /mijn shows of a person's enrolments; a fixed number of queries however many. */
@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forUser(userId: number, now = new Date()): Promise<DashboardData> {
    const rows = (await this.dataSource.getRepository(Enrolment).find({
      where: { userId, status: In([...ACTIVE]) },
      relations: { edition: { offering: true } },
    })) as DashboardEnrolment[];
    for (const row of rows)
      row.position =
        row.status === 'waitlisted' ? await waitlistPosition(this.dataSource.manager, row) : null;
    const ended = (e: DashboardEnrolment) =>
      e.edition.status === 'completed' ||
      (e.edition.endsAt !== null && e.edition.endsAt.getTime() <= now.getTime());
    const byStart = (a: DashboardEnrolment, b: DashboardEnrolment) =>
      (a.edition.startsAt?.getTime() ?? 0) - (b.edition.startsAt?.getTime() ?? 0);
    const current = rows.filter((e) => !ended(e) && e.edition.status !== 'cancelled').sort(byStart);
    const past = rows
      .filter((e) => ended(e) && e.status === 'confirmed')
      .sort((a, b) => byStart(b, a));
    const confirmed = current.filter((e) => e.status === 'confirmed');
    const meetings = confirmed.length
      ? await this.dataSource
          .getRepository(Meeting)
          .createQueryBuilder('m')
          .leftJoinAndSelect('m.municipality', 'mu')
          .where('m.edition_id IN (:...ids)', { ids: confirmed.map((e) => e.editionId) })
          .andWhere('m.ends_at > :now', { now })
          .orderBy('m.starts_at', 'ASC')
          .getMany()
      : [];
    const upcoming = meetings.map((m) => ({
      ...m,
      enrolment: confirmed.find((e) => e.editionId === m.editionId)!,
    }));
    return { current, past, upcoming };
  }
}
