import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EvaluationResponse } from './evaluation-response.entity';

/**
 * One answer: a Likert point (1–5 or 1–7) or a chosen option's index (0-based) in `valueNumber`,
 * an open answer in `valueText`. A multiple-choice answer is one row per chosen option, so every
 * distribution is one GROUP BY.
 */
@Entity({ name: 'evaluation_answers' })
// Covering: a response's answers per item and value, for every report's join and GROUP BY.
@Index('ix_evaluation_answers_response_item', ['responseId', 'itemId', 'valueNumber'])
@Index('ix_evaluation_answers_item', ['itemId', 'valueNumber'])
export class EvaluationAnswer {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'response_id', type: 'integer' })
  responseId!: number;

  @ManyToOne(() => EvaluationResponse, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'response_id',
    foreignKeyConstraintName: 'fk_evaluation_answers_response',
  })
  response?: EvaluationResponse;

  @Column({ name: 'item_id', type: 'integer' })
  itemId!: number;

  @Column({ name: 'value_number', type: 'integer', nullable: true })
  valueNumber!: number | null;

  @Column({ name: 'value_text', type: 'text', nullable: true })
  valueText!: string | null;
}
