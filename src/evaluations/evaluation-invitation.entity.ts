import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UtcColumn } from '../database/columns';
import { Enrolment } from '../enrolments/enrolment.entity';
import type { EvaluationMoment } from './evaluation-moment';

/**
 * A participant asked to fill in a questionnaire at a moment: one per enrolment and moment,
 * made (and e-mailed) by the invitation job when the moment comes. It holds the personal side
 * only — who was asked, when, the reminder, whether and when they finished, and their unfinished
 * answers (`draft`, saved to finish later). Submitted answers are stored apart, in
 * evaluation_responses, without any link back to this row or the person.
 */
@Entity({ name: 'evaluation_invitations' })
@Index('uq_evaluation_invitations_enrolment_moment', ['enrolmentId', 'moment'], { unique: true })
@Index('ix_evaluation_invitations_edition', ['editionId', 'moment'])
export class EvaluationInvitation {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'enrolment_id', type: 'integer' })
  enrolmentId!: number;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'enrolment_id',
    foreignKeyConstraintName: 'fk_evaluation_invitations_enrolment',
  })
  enrolment?: Enrolment;

  /** The enrolment's edition, kept here for response rates without a join. */
  @Column({ name: 'edition_id', type: 'integer' })
  editionId!: number;

  @Column({ name: 'questionnaire_id', type: 'integer' })
  questionnaireId!: number;

  @Column({ type: 'varchar', length: 10 })
  moment!: EvaluationMoment;

  /** Until when it can be answered (a pre-measurement: the first meeting's start). */
  @UtcColumn({ name: 'closes_at', nullable: true })
  closesAt!: Date | null;

  /** The one reminder, a week after the invitation when not finished. */
  @UtcColumn({ name: 'reminded_at', nullable: true })
  remindedAt!: Date | null;

  @UtcColumn({ name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  /** Answers saved to finish later, JSON { itemId: value }; cleared on submission. */
  @Column({ type: 'text', nullable: true })
  draft!: string | null;

  /** The moment of the invitation (and of its e-mail). */
  @CreatedAtColumn()
  createdAt!: Date;
}
