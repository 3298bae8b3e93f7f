import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { CreatedAtColumn, UpdatedAtColumn, UtcColumn } from '../database/columns';
import { Edition } from '../scheduling/edition.entity';
import type { CancelReason, Completion, EnrolmentStatus } from './enrolment-status';

/**
 * A person in an edition (Aanmelding). One row per person and edition: enrolling again after a
 * cancellation reuses it, so the unique index is the "one enrolment per person" rule.
 */
@Entity({ name: 'enrolments' })
@Index('uq_enrolments_edition_user', ['editionId', 'userId'], { unique: true })
@Index('ix_enrolments_queue', ['editionId', 'status', 'waitlistSeq'])
// The reports count distinct people per edition and status from this index alone.
@Index('ix_enrolments_edition_status_user', ['editionId', 'status', 'userId'])
export class Enrolment {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'edition_id', type: 'integer' })
  editionId!: number;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'fk_enrolments_edition' })
  edition?: Edition;

  @Index('ix_enrolments_user')
  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_enrolments_user' })
  user?: User;

  @Column({ type: 'varchar', length: 12 })
  status!: EnrolmentStatus;

  /**
   * Place in the waiting list: taken under the edition's lock, so it follows the order in which
   * enrolments were committed. Only meaningful while `waitlisted`.
   */
  @Column({ name: 'waitlist_seq', type: 'integer', nullable: true })
  waitlistSeq!: number | null;

  /** When the status last changed (the moment the place or the queue position was decided). */
  @UtcColumn({ name: 'status_changed_at' })
  statusChangedAt!: Date;

  /** For `offered`: confirm before this moment, or the place passes to the next in line. */
  @UtcColumn({ name: 'offer_expires_at', nullable: true })
  offerExpiresAt!: Date | null;

  /** SHA-256 of the secret in the "confirm your place" link; cleared when used. */
  @Index('ix_enrolments_offer_token')
  @Column({ name: 'offer_token_hash', type: 'varchar', length: 64, nullable: true })
  offerTokenHash!: string | null;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 20, nullable: true })
  cancelReason!: CancelReason | null;

  /** Decided after the last meeting by the offering's completion rule, or set by staff. */
  @Column({ type: 'varchar', length: 14, nullable: true })
  completion!: Completion | null;

  /** Set when staff corrected the completion: the rule then leaves it alone. */
  @Column({ name: 'completion_note', type: 'varchar', length: 500, nullable: true })
  completionNote!: string | null;

  /**
   * Raised whenever the participant's calendar entries are withdrawn (cancel, move), so that a
   * later invitation for the same meetings outranks the cancellation in calendar apps.
   */
  @Column({ name: 'calendar_sequence', type: 'integer', default: 0 })
  calendarSequence!: number;

  /** Staff member or partner who enrolled this person, when it was not the person themself. */
  @Column({ name: 'enrolled_by', type: 'integer', nullable: true })
  enrolledBy!: number | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
