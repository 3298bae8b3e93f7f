import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../database/columns';

/**
 * `evaluation`: asked once, after the last meeting (how did participants experience it).
 * `prepost`: the same items before the first meeting and after the last, for the paired change.
 */
export type QuestionnaireKind = 'evaluation' | 'prepost';

/**
 * A questionnaire built by staff from items. `version` goes up whenever it is changed after
 * answers exist: from then on items are frozen (their text, type and options), may only be
 * hidden, and new items may be added; each response records the version it answered.
 */
@Entity({ name: 'questionnaires' })
export class Questionnaire {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Shown above the questions to the participant (plain text). */
  @Column({ type: 'varchar', length: 2000, default: '' })
  intro!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: QuestionnaireKind;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Archived questionnaires are kept for their reports but cannot be attached any more. */
  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  @Column({ name: 'created_by', type: 'integer', nullable: true })
  createdBy!: number | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
