import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TrajectoryLogEntry } from './trajectory-log-entry.entity';

/** A member or the coach who was at a logged meeting. */
@Entity({ name: 'trajectory_log_attendees' })
export class TrajectoryLogAttendee {
  @PrimaryColumn({ name: 'entry_id', type: 'integer' })
  entryId!: number;

  @PrimaryColumn({ name: 'user_id', type: 'integer' })
  userId!: number;

  @ManyToOne(() => TrajectoryLogEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_trajectory_log_attendees_entry' })
  entry?: TrajectoryLogEntry;
}
