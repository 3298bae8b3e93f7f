import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UtcColumn } from '../database/columns';
import { Meeting } from '../scheduling/meeting.entity';
import { Enrolment } from './enrolment.entity';

/**
 * A reminder that went out: the primary key makes "once per enrolment and meeting" hold across
 * restarts and instances (the row and the e-mail are written in one transaction).
 */
@Entity({ name: 'enrolment_reminders' })
export class EnrolmentReminder {
  @PrimaryColumn({ name: 'enrolment_id', type: 'integer' })
  enrolmentId!: number;

  @PrimaryColumn({ name: 'meeting_id', type: 'integer' })
  meetingId!: number;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'enrolment_id',
    foreignKeyConstraintName: 'fk_enrolment_reminders_enrolment',
  })
  enrolment?: Enrolment;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_enrolment_reminders_meeting' })
  meeting?: Meeting;

  @UtcColumn({ name: 'sent_at' })
  sentAt!: Date;
}
