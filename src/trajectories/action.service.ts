import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { User } from '../accounts/user.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { MailService } from '../mail/mail.service';
import type { ActionDto } from './dto/action.dto';
import { TrajectoryAccess, TrajectoryAccessService } from './trajectory-access.service';
import { TrajectoryAction } from './trajectory-action.entity';
import { TrajectoryError, TrajectoryErrorCode } from './trajectory.error';
import {
  amsterdamToday,
  isCalendarDate,
  loadParticipants,
  Participant,
  userNames,
} from './work-page';

type Viewer = Pick<User, 'id' | 'role' | 'name'>;

export interface ActionsPage {
  access: TrajectoryAccess;
  actions: TrajectoryAction[];
  participants: Participant[];
  names: Map<number, string>;
}

export const actionsHref = (trajectoryId: number) => `/jos/trajecten/${trajectoryId}/acties`;

/**
 * The agreed actions of a trajectory: an owner (an active member or the coach) and a due date.
 * Anyone in the trajectory adds them and marks them done or open again; the owner is e-mailed
 * when someone else assigns one to them.
 */
@Injectable()
export class ActionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly access: TrajectoryAccessService,
    private readonly mail: MailService,
  ) {}

  async page(user: Viewer, trajectoryId: number): Promise<ActionsPage> {
    const m = this.dataSource.manager;
    const access = await this.access.open(user, trajectoryId, m);
    const actions = await m.getRepository(TrajectoryAction).find({
      where: { trajectoryId },
      order: { dueOn: 'ASC', id: 'ASC' },
    });
    return {
      access,
      actions,
      participants: await loadParticipants(m, access.trajectory),
      names: await userNames(
        m,
        actions.flatMap((a) => [a.ownerId, a.doneBy ?? a.ownerId]),
      ),
    };
  }

  add(user: Viewer, trajectoryId: number, dto: ActionDto, now: Date): Promise<TrajectoryAction> {
    return this.tx.run(async (m) => {
      const access = await this.access.open(user, trajectoryId, m);
      if (access.trajectory.status !== 'active')
        throw new TrajectoryError(TrajectoryErrorCode.WrongState);
      const owner = (await loadParticipants(m, access.trajectory)).find(
        (p) => String(p.id) === dto.ownerId,
      );
      if (!owner) throw new TrajectoryError(TrajectoryErrorCode.ActionOwnerUnknown, 'ownerId');
      if (!isCalendarDate(dto.dueOn))
        throw new TrajectoryError(TrajectoryErrorCode.WorkDateInvalid, 'dueOn');
      if (dto.dueOn < amsterdamToday(now))
        throw new TrajectoryError(TrajectoryErrorCode.ActionDueInPast, 'dueOn');
      const action = await m.getRepository(TrajectoryAction).save({
        trajectoryId,
        title: dto.title,
        description: dto.description ?? '',
        ownerId: owner.id,
        dueOn: dto.dueOn,
        status: 'open',
        doneAt: null,
        doneBy: null,
        overdueNotifiedAt: null,
        createdBy: user.id,
      });
      if (owner.id !== user.id)
        await this.mail.queue(m, {
          to: owner.email,
          template: 'trajectory-action-assigned',
          locale: owner.locale,
          data: {
            name: owner.name,
            assignedBy: user.name,
            trajectory: access.trajectory.title,
            title: action.title,
            description: action.description,
            dueOn: action.dueOn,
            href: actionsHref(trajectoryId),
          },
        });
      return action;
    });
  }

  /** Done or open again; anyone in the trajectory (the owner, another member, the coach). */
  setDone(
    user: Viewer,
    trajectoryId: number,
    actionId: number,
    done: boolean,
    now: Date,
  ): Promise<TrajectoryAction> {
    return this.tx.run(async (m) => {
      await this.access.open(user, trajectoryId, m);
      const repo = m.getRepository(TrajectoryAction);
      const action = await repo.findOneBy({ id: actionId, trajectoryId });
      if (!action) throw new TrajectoryError(TrajectoryErrorCode.NotFound);
      if ((action.status === 'done') === done) return action;
      await repo.update(
        { id: action.id },
        done
          ? { status: 'done', doneAt: now, doneBy: user.id }
          : { status: 'open', doneAt: null, doneBy: null },
      );
      return { ...action, status: done ? 'done' : 'open' };
    });
  }

  /**
   * Open actions past their due date per trajectory (for overviews): `today` is the Amsterdam
   * date; an action due today is not overdue yet.
   */
  async overdueCountsByTrajectory(ids: number[], today: string): Promise<Map<number, number>> {
    if (!ids.length) return new Map();
    const rows: { id: number | string; n: number | string }[] = await this.dataSource
      .getRepository(TrajectoryAction)
      .createQueryBuilder('a')
      .select('a.trajectory_id', 'id')
      .addSelect('COUNT(*)', 'n')
      .where({ trajectoryId: In(ids), status: 'open' })
      .andWhere('a.due_on < :today', { today })
      .groupBy('a.trajectory_id')
      .getRawMany();
    return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
  }
}
