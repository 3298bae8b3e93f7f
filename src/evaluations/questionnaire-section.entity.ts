import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Questionnaire } from './questionnaire.entity';

/**
 * A group of items under a heading. When `isScale`, its Likert items measure one thing together
 * (e.g. "Zelfvertrouwen in het gesprek"): reports also show the scale score, each respondent's
 * mean over the group's items, then the mean of those.
 */
@Entity({ name: 'questionnaire_sections' })
@Index('ix_questionnaire_sections_questionnaire', ['questionnaireId'])
export class QuestionnaireSection {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'questionnaire_id', type: 'integer' })
  questionnaireId!: number;

  @ManyToOne(() => Questionnaire, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'questionnaire_id',
    foreignKeyConstraintName: 'fk_questionnaire_sections_questionnaire',
  })
  questionnaire?: Questionnaire;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'is_scale', type: 'boolean', default: false })
  isScale!: boolean;

  @Column({ type: 'integer', default: 0 })
  position!: number;
}
