import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../database/columns';
import type { CompletionRule, OfferingKind } from './offering-kind';

/** A training or werkatelier as a product (Aanbod). */
@Entity({ name: 'offerings' })
export class Offering {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: OfferingKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Index('uq_offerings_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  @Column({ type: 'varchar', length: 500 })
  summary!: string;

  /** Markdown; rendered through the sanitiser. */
  @Column({ type: 'text' })
  description!: string;

  /** Sectors the offering is for, comma-separated codes (see accounts/sector.ts). */
  @Column({ type: 'varchar', length: 300, default: '' })
  audience!: string;

  @Column({ name: 'study_load_hours', type: 'integer' })
  studyLoadHours!: number;

  @Column({ name: 'skj_points', type: 'integer', default: 0 })
  skjPoints!: number;

  @Column({ name: 'completion_rule', type: 'varchar', length: 20, default: 'all_meetings' })
  completionRule!: CompletionRule;

  /** For `min_percent`: the share of the hours to attend. */
  @Column({ name: 'completion_percent', type: 'integer', nullable: true })
  completionPercent!: number | null;

  /** Does an excused absence count as attended for completion? */
  @Column({ name: 'excused_counts', type: 'boolean', default: false })
  excusedCounts!: boolean;

  @Column({ name: 'requires_approval', type: 'boolean', default: false })
  requiresApproval!: boolean;

  /**
   * When set, a place offered from the waiting list must be confirmed within this many days, or
   * it passes to the next in line. When null, the place is given at once.
   */
  @Column({ name: 'offer_confirm_days', type: 'integer', nullable: true })
  offerConfirmDays!: number | null;

  @Index('ix_offerings_published')
  @Column({ type: 'boolean', default: false })
  published!: boolean;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
