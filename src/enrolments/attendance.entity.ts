import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UtcColumn } from '../database/columns';
import { Meeting } from '../scheduling/meeting.entity';
import type { AttendanceStatus } from './enrolment-status';
import { Enrolment } from './enrolment.entity';

/** Presence of one enrolment at one meeting (Presentie). */
@Entity({ name: 'attendance' })
// Per meeting and status: rosters, and the no-show rate of the reports without reading rows.
@Index('ix_attendance_meeting_status', ['meetingId', 'status'])
export class Attendance {
  @PrimaryColumn({ name: 'enrolment_id', type: 'integer' })
  enrolmentId!: number;

  @PrimaryColumn({ name: 'meeting_id', type: 'integer' })
  meetingId!: number;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_attendance_enrolment' })
  enrolment?: Enrolment;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_attendance_meeting' })
  meeting?: Meeting;

  @Column({ type: 'varchar', length: 10 })
  status!: AttendanceStatus;

  @Column({ name: 'marked_by', type: 'integer', nullable: true })
  markedBy!: number | null;

  @UtcColumn({ name: 'marked_at' })
  markedAt!: Date;
}
