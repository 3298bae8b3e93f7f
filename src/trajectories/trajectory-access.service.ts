import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { User } from '../accounts/user.entity';
import { roleSatisfies } from '../common/access/role';
import { TrajectoryMember } from './trajectory-member.entity';
import { Trajectory } from './trajectory.entity';
import { TrajectoryError, TrajectoryErrorCode } from './trajectory.error';

/** How the user relates to the trajectory they opened. */
export type TrajectoryViewer = 'member' | 'coach' | 'staff';

export interface TrajectoryAccess {
  trajectory: Trajectory;
  viewer: TrajectoryViewer;
  /** The coach, staff and admins: phases, members, details. Members keep the log and actions. */
  canManage: boolean;
  /** An active member (members answer the self-assessment; the coach and staff read it). */
  isMember: boolean;
}

export function isStaff(user: Pick<User, 'role'>): boolean {
  return roleSatisfies(user.role, ['staff']);
}

/**
 * The one visibility rule of JOS: a trajectory is seen by its active members, its coach, staff
 * and admins, and by nobody else, who get the same 404 as for a trajectory that does not exist.
 * Every trajectory route opens its trajectory through here.
 */
@Injectable()
export class TrajectoryAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async open(
    user: Pick<User, 'id' | 'role'>,
    id: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TrajectoryAccess> {
    if (!Number.isSafeInteger(id) || id <= 0)
      throw new TrajectoryError(TrajectoryErrorCode.NotFound);
    const trajectory = await manager.getRepository(Trajectory).findOne({
      where: { id },
      relations: { phase: true, municipality: { province: true } },
    });
    if (!trajectory) throw new TrajectoryError(TrajectoryErrorCode.NotFound);
    const member = await manager
      .getRepository(TrajectoryMember)
      .findOneBy({ trajectoryId: id, userId: user.id, status: 'active' });
    const isMember = !!member;
    if (trajectory.coachId === user.id)
      return { trajectory, viewer: 'coach', canManage: true, isMember };
    if (isStaff(user)) return { trajectory, viewer: 'staff', canManage: true, isMember };
    if (isMember) return { trajectory, viewer: 'member', canManage: false, isMember };
    throw new TrajectoryError(TrajectoryErrorCode.NotFound);
  }

  /** As `open`, and refuses (403) a member who is not the coach or staff. */
  async openToManage(
    user: Pick<User, 'id' | 'role'>,
    id: number,
    manager?: EntityManager,
  ): Promise<TrajectoryAccess> {
    const access = await this.open(user, id, manager);
    if (!access.canManage) throw new TrajectoryError(TrajectoryErrorCode.CoachOnly);
    return access;
  }
}
