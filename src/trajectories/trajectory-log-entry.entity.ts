import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../database/columns';
import { Trajectory } from './trajectory.entity';

export type TrajectoryLogKind = 'meeting' | 'note';

/**
 * One entry of a trajectory's log: a meeting (with who was there) or a note. The body is plain
 * text shown escaped; there is deliberately no field for anything about individual young people.
 */
@Entity({ name: 'trajectory_log_entries' })
@Index('ix_trajectory_log_trajectory', ['trajectoryId', 'occurredOn'])
export class TrajectoryLogEntry {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'trajectory_id', type: 'integer' })
  trajectoryId!: number;

  @ManyToOne(() => Trajectory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id', foreignKeyConstraintName: 'fk_trajectory_log_trajectory' })
  trajectory?: Trajectory;

  @Column({ type: 'varchar', length: 10 })
  kind!: TrajectoryLogKind;

  /** The day it happened, `YYYY-MM-DD` (Amsterdam). */
  @Column({ name: 'occurred_on', type: 'varchar', length: 10 })
  occurredOn!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** Who else was there, in words (people without an account, e.g. "wijkagent"). */
  @Column({ name: 'other_attendees', type: 'varchar', length: 500, default: '' })
  otherAttendees!: string;

  @Column({ name: 'author_id', type: 'integer' })
  authorId!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
