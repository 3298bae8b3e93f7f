import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Offering } from '../catalogue/offering.entity';
import { Questionnaire, QuestionnaireKind } from './questionnaire.entity';

/**
 * The questionnaires an offering uses: at most one evaluation questionnaire and at most one
 * pre/post questionnaire. Every edition of the offering invites its participants with them.
 */
@Entity({ name: 'offering_questionnaires' })
export class OfferingQuestionnaire {
  @PrimaryColumn({ name: 'offering_id', type: 'integer' })
  offeringId!: number;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  kind!: QuestionnaireKind;

  @ManyToOne(() => Offering, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'offering_id',
    foreignKeyConstraintName: 'fk_offering_questionnaires_offering',
  })
  offering?: Offering;

  @Column({ name: 'questionnaire_id', type: 'integer' })
  questionnaireId!: number;

  @ManyToOne(() => Questionnaire, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'questionnaire_id',
    foreignKeyConstraintName: 'fk_offering_questionnaires_questionnaire',
  })
  questionnaire?: Questionnaire;
}
