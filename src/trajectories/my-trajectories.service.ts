import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TrajectoryAction } from './trajectory-action.entity';
import { Trajectory } from './trajectory.entity';

export interface MyTrajectory {
  trajectory: Trajectory;
  /** Open actions of the whole trajectory past their due date. */
  overdueActions: number;
  /** Open actions owned by this user. */
  myOpenActions: number;
  /** The user coaches it (rather than taking part as a member). */
  isCoach: boolean;
}

/** The trajectories a user takes part in (as an active member or as the coach), for /mijn. */
@Injectable()
export class MyTrajectoriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forUser(userId: number, today: string): Promise<MyTrajectory[]> {
    const trajectories = await this.dataSource
      .getRepository(Trajectory)
      .createQueryBuilder('t')
      .leftJoinAndSelect('t.phase', 'p')
      .leftJoinAndSelect('t.municipality', 'mu')
      .where(
        `t.coach_id = :userId OR EXISTS (SELECT 1 FROM trajectory_members tm
           WHERE tm.trajectory_id = t.id AND tm.user_id = :userId AND tm.status = 'active')`,
        { userId },
      )
      .orderBy('t.updated_at', 'DESC')
      .getMany();
    if (!trajectories.length) return [];
    const counts: { id: number; overdue: string | number; mine: string | number }[] =
      await this.dataSource
        .getRepository(TrajectoryAction)
        .createQueryBuilder('a')
        .select('a.trajectory_id', 'id')
        .addSelect('SUM(CASE WHEN a.due_on < :today THEN 1 ELSE 0 END)', 'overdue')
        .addSelect('SUM(CASE WHEN a.owner_id = :userId THEN 1 ELSE 0 END)', 'mine')
        .where('a.trajectory_id IN (:...ids)', { ids: trajectories.map((t) => t.id) })
        .andWhere("a.status = 'open'")
        .setParameters({ today, userId })
        .groupBy('a.trajectory_id')
        .getRawMany();
    const byId = new Map(counts.map((c) => [Number(c.id), c]));
    return trajectories.map((trajectory) => ({
      trajectory,
      overdueActions: Number(byId.get(trajectory.id)?.overdue ?? 0),
      myOpenActions: Number(byId.get(trajectory.id)?.mine ?? 0),
      isCoach: trajectory.coachId === userId,
    }));
  }
}
