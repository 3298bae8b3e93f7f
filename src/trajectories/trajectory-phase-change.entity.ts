import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UtcColumn } from '../database/columns';
import { Trajectory } from './trajectory.entity';

/**
 * The history of a trajectory: every move between phases and every change of status (stopped,
 * declined, reopened), dated and with who did it. `fromPhaseId` is null for the application.
 */
@Entity({ name: 'trajectory_phase_changes' })
@Index('ix_trajectory_phase_changes_trajectory', ['trajectoryId', 'changedAt'])
export class TrajectoryPhaseChange {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'trajectory_id', type: 'integer' })
  trajectoryId!: number;

  @ManyToOne(() => Trajectory, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'trajectory_id',
    foreignKeyConstraintName: 'fk_trajectory_phase_changes_trajectory',
  })
  trajectory?: Trajectory;

  @Column({ name: 'from_phase_id', type: 'integer', nullable: true })
  fromPhaseId!: number | null;

  @Column({ name: 'to_phase_id', type: 'integer' })
  toPhaseId!: number;

  /** The trajectory's status after the change (`stopped` with a stop, `active` otherwise). */
  @Column({ type: 'varchar', length: 10 })
  status!: string;

  /** The coach's note with the move, or the reason of a stop. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  note!: string | null;

  @Column({ name: 'changed_by', type: 'integer', nullable: true })
  changedBy!: number | null;

  @UtcColumn({ name: 'changed_at' })
  changedAt!: Date;
}
