import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EvaluationMoment } from './evaluation-moment';

/**
 * One submitted questionnaire, apart from the person: no user, enrolment or invitation id, and
 * only the day it was submitted. `pairKey` links a participant's pre and post measurement — an
 * HMAC of the enrolment id under EVALUATION_PAIRING_SECRET — so the database alone cannot say
 * whose answers they are. Null for the evaluation questionnaire.
 */
@Entity({ name: 'evaluation_responses' })
@Index('ix_evaluation_responses_edition', ['editionId', 'moment'])
@Index('ix_evaluation_responses_offering', ['offeringId', 'moment', 'submittedOn'])
@Index('ix_evaluation_responses_questionnaire', ['questionnaireId', 'moment'])
@Index('ix_evaluation_responses_pair', ['pairKey'])
@Index('ix_evaluation_responses_moment_day', ['moment', 'submittedOn'])
export class EvaluationResponse {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'questionnaire_id', type: 'integer' })
  questionnaireId!: number;

  @Column({ name: 'questionnaire_version', type: 'integer' })
  questionnaireVersion!: number;

  @Column({ name: 'edition_id', type: 'integer' })
  editionId!: number;

  @Column({ name: 'offering_id', type: 'integer' })
  offeringId!: number;

  @Column({ type: 'varchar', length: 10 })
  moment!: EvaluationMoment;

  @Column({ name: 'pair_key', type: 'varchar', length: 64, nullable: true })
  pairKey!: string | null;

  /** `YYYY-MM-DD` (Amsterdam): the day only, so it cannot be matched to an invitation's moment. */
  @Column({ name: 'submitted_on', type: 'varchar', length: 10 })
  submittedOn!: string;
}
