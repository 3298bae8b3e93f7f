import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { User } from '../accounts/user.entity';
import { AuditService } from '../audit/audit.service';
import { TransactionRunner } from '../database/transaction-runner';
import { ApplicationService } from './application.service';
import { PhaseService } from './phase.service';
import { isStaff, TrajectoryAccess, TrajectoryAccessService } from './trajectory-access.service';
import { TrajectoryMember } from './trajectory-member.entity';
import { TrajectoryOrganisation } from './trajectory-organisation.entity';
import { TrajectoryPhaseChange } from './trajectory-phase-change.entity';
import { TrajectoryPhase } from './trajectory-phase.entity';
import { Trajectory } from './trajectory.entity';
import { TrajectoryError, TrajectoryErrorCode } from './trajectory.error';

export interface TrajectoryPageData {
  access: TrajectoryAccess;
  organisations: TrajectoryOrganisation[];
  members: TrajectoryMember[];
  history: TrajectoryPhaseChange[];
  phases: TrajectoryPhase[];
  /** Everyone named in the history, and the coach. */
  people: Map<number, User>;
  coach: User | null;
  /** Staff only: who can be chosen as coach. */
  coaches: User[];
  viewerIsStaff: boolean;
}

export interface Details {
  title: string;
  goals: string;
  startDate: string | null;
  plannedEndDate: string | null;
}

/** The trajectory page: what it is, who takes part, where it stands, and its details. */
@Injectable()
export class TrajectoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly access: TrajectoryAccessService,
    private readonly phases: PhaseService,
    private readonly applications: ApplicationService,
    private readonly audit: AuditService,
  ) {}

  async page(user: Express.User, id: number): Promise<TrajectoryPageData> {
    const access = await this.access.open(user, id);
    const ds = this.dataSource;
    const organisations = await ds
      .getRepository(TrajectoryOrganisation)
      .find({ where: { trajectoryId: id }, order: { position: 'ASC', id: 'ASC' } });
    const members = await ds.getRepository(TrajectoryMember).find({
      where: { trajectoryId: id, status: 'active' },
      relations: { user: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const history = await ds
      .getRepository(TrajectoryPhaseChange)
      .find({ where: { trajectoryId: id }, order: { changedAt: 'ASC', id: 'ASC' } });
    const ids = new Set<number>();
    for (const h of history) if (h.changedBy) ids.add(h.changedBy);
    if (access.trajectory.coachId) ids.add(access.trajectory.coachId);
    const people = new Map(
      (ids.size ? await ds.getRepository(User).findBy({ id: In([...ids]) }) : []).map((u) => [
        u.id,
        u,
      ]),
    );
    const viewerIsStaff = isStaff(user);
    return {
      access,
      organisations,
      members,
      history,
      phases: await this.phases.all(),
      people,
      coach: access.trajectory.coachId ? (people.get(access.trajectory.coachId) ?? null) : null,
      coaches: viewerIsStaff && access.canManage ? await this.applications.coaches() : [],
      viewerIsStaff,
    };
  }

  async updateDetails(actor: Express.User, id: number, details: Details): Promise<void> {
    if (details.startDate && details.plannedEndDate && details.plannedEndDate < details.startDate)
      throw new TrajectoryError(TrajectoryErrorCode.EndBeforeStart, 'plannedEndDate');
    await this.tx.run(async (m) => {
      const { trajectory } = await this.access.openToManage(actor, id, m);
      const updated = await m
        .getRepository(Trajectory)
        .update({ id: trajectory.id, status: 'active' }, { ...details, updatedAt: new Date() });
      if (updated.affected !== 1) throw new TrajectoryError(TrajectoryErrorCode.WrongState);
      await this.audit.record(m, actor, 'trajectory.details', { type: 'trajectory', id });
    });
  }

  /** Staff assign or change the coach (a coach who is not staff cannot hand it over). */
  async assignCoach(actor: Express.User, id: number, coachId: number): Promise<User> {
    const coach = await this.applications.coach(coachId);
    return this.tx.run(async (m) => {
      const { trajectory } = await this.access.openToManage(actor, id, m);
      if (!isStaff(actor)) throw new TrajectoryError(TrajectoryErrorCode.CoachOnly);
      const updated = await m
        .getRepository(Trajectory)
        .update(
          { id: trajectory.id, status: 'active' },
          { coachId: coach.id, updatedAt: new Date() },
        );
      if (updated.affected !== 1) throw new TrajectoryError(TrajectoryErrorCode.WrongState);
      await this.audit.record(
        m,
        actor,
        'trajectory.coach',
        { type: 'trajectory', id },
        { from: trajectory.coachId, to: coach.id },
      );
      return coach;
    });
  }
}
