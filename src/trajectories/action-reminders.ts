import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { User } from '../accounts/user.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { JobRunner } from '../jobs/job-runner';
import { MailService } from '../mail/mail.service';
import { actionsHref } from './action.service';
import { TrajectoryAction } from './trajectory-action.entity';
import { Trajectory } from './trajectory.entity';
import { amsterdamToday } from './work-page';

/** How many reminders one run queues at most; the next run takes the rest. */
const BATCH = 200;

/**
 * The one reminder for an overdue action: an open action of an active trajectory whose due date
 * (Amsterdam) has passed gets one e-mail to its owner. `overdueNotifiedAt` is claimed with a
 * conditional update in the same transaction as the mail, so however often the job runs (or on
 * how many instances), each action is reminded once.
 */
@Injectable()
export class ActionReminders implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly mail: MailService,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register('trajectories.overdueActions', (now) => this.sendOverdueReminders(now));
  }

  async sendOverdueReminders(now: Date): Promise<number> {
    const today = amsterdamToday(now);
    const due = await this.dataSource
      .getRepository(TrajectoryAction)
      .createQueryBuilder('a')
      .innerJoin(Trajectory, 't', 't.id = a.trajectory_id')
      .where({ status: 'open', overdueNotifiedAt: IsNull() })
      .andWhere('a.due_on < :today', { today })
      .andWhere("t.status = 'active'")
      .orderBy('a.id', 'ASC')
      .limit(BATCH)
      .getMany();
    let sent = 0;
    for (const candidate of due) {
      const queued = await this.tx.run(async (m) => {
        const claimed = await m
          .createQueryBuilder()
          .update(TrajectoryAction)
          .set({ overdueNotifiedAt: now })
          .where('id = :id', { id: candidate.id })
          .andWhere("status = 'open'")
          .andWhere('overdue_notified_at IS NULL')
          .execute();
        if (claimed.affected !== 1) return false;
        const owner = await m.getRepository(User).findOneBy({ id: candidate.ownerId });
        const trajectory = await m
          .getRepository(Trajectory)
          .findOneBy({ id: candidate.trajectoryId });
        // Marked either way: a deactivated owner does not get the reminder later either.
        if (!owner || owner.deactivatedAt || !trajectory) return false;
        await this.mail.queue(m, {
          to: owner.email,
          template: 'trajectory-action-overdue',
          locale: owner.locale,
          data: {
            name: owner.name,
            trajectory: trajectory.title,
            title: candidate.title,
            dueOn: candidate.dueOn,
            href: actionsHref(trajectory.id),
          },
        });
        return true;
      });
      if (queued) sent += 1;
    }
    return sent;
  }
}
