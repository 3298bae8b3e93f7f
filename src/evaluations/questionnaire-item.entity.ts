import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Questionnaire } from './questionnaire.entity';

export type ItemType = 'likert' | 'single' | 'multiple' | 'open';

/**
 * One question. Likert items have 5 or 7 points with labels for the ends (and optionally every
 * point, `pointLabels`); single and multiple choice items have `options`. Once answered, an item
 * is never deleted or changed: it can only be hidden (`hiddenInVersion`).
 */
@Entity({ name: 'questionnaire_items' })
@Index('ix_questionnaire_items_questionnaire', ['questionnaireId', 'position'])
export class QuestionnaireItem {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'questionnaire_id', type: 'integer' })
  questionnaireId!: number;

  @ManyToOne(() => Questionnaire, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'questionnaire_id',
    foreignKeyConstraintName: 'fk_questionnaire_items_questionnaire',
  })
  questionnaire?: Questionnaire;

  /** questionnaire_sections.id, or null for items outside any group. */
  @Column({ name: 'section_id', type: 'integer', nullable: true })
  sectionId!: number | null;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @Column({ type: 'varchar', length: 10 })
  type!: ItemType;

  @Column({ type: 'varchar', length: 500 })
  text!: string;

  @Column({ type: 'boolean', default: true })
  required!: boolean;

  /** Likert: 5 or 7. */
  @Column({ name: 'scale_points', type: 'integer', nullable: true })
  scalePoints!: number | null;

  /** Likert: a label per point, JSON string[] of scalePoints entries (the ends at least). */
  @Column({ name: 'point_labels', type: 'text', nullable: true })
  pointLabels!: string | null;

  /** Single and multiple choice: JSON string[] of the options, in order. */
  @Column({ type: 'text', nullable: true })
  options!: string | null;

  /** The questionnaire version that added it (1 for the first). */
  @Column({ name: 'added_in_version', type: 'integer', default: 1 })
  addedInVersion!: number;

  /** Hidden from this version on: no longer asked, still in the reports of earlier answers. */
  @Column({ name: 'hidden_in_version', type: 'integer', nullable: true })
  hiddenInVersion!: number | null;
}
