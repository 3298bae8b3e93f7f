import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UtcColumn } from '../database/columns';
import { Trajectory } from './trajectory.entity';

export type TrajectoryActionStatus = 'open' | 'done';

/**
 * An agreed action: an owner (a member or the coach) and a due date. The owner is e-mailed when
 * it is assigned to them, and once when it is overdue (`overdueNotifiedAt`).
 */
@Entity({ name: 'trajectory_actions' })
@Index('ix_trajectory_actions_trajectory', ['trajectoryId', 'status', 'dueOn'])
@Index('ix_trajectory_actions_due', ['status', 'dueOn'])
export class TrajectoryAction {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'trajectory_id', type: 'integer' })
  trajectoryId!: number;

  @ManyToOne(() => Trajectory, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'trajectory_id',
    foreignKeyConstraintName: 'fk_trajectory_actions_trajectory',
  })
  trajectory?: Trajectory;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  description!: string;

  @Column({ name: 'owner_id', type: 'integer' })
  ownerId!: number;

  /** `YYYY-MM-DD` (Amsterdam); overdue from the day after. */
  @Column({ name: 'due_on', type: 'varchar', length: 10 })
  dueOn!: string;

  @Column({ type: 'varchar', length: 5, default: 'open' })
  status!: TrajectoryActionStatus;

  @UtcColumn({ name: 'done_at', nullable: true })
  doneAt!: Date | null;

  @Column({ name: 'done_by', type: 'integer', nullable: true })
  doneBy!: number | null;

  /** When the one overdue reminder was queued; set in the same transaction as the mail. */
  @UtcColumn({ name: 'overdue_notified_at', nullable: true })
  overdueNotifiedAt!: Date | null;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy!: number;

  @CreatedAtColumn()
  createdAt!: Date;
}
