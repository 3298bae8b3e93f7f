import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn, UtcColumn } from '../database/columns';

/**
 * draft → scheduled → sending ⇄ paused → sent; cancelled from scheduled, sending or paused.
 * An issue is `sent` only when no delivery is queued or sending any more.
 */
export type IssueStatus = 'draft' | 'scheduled' | 'sending' | 'paused' | 'sent' | 'cancelled';

/** A JEPzine issue (JEPzine-editie), written in Markdown. */
@Entity({ name: 'newsletter_issues' })
@Index('ix_newsletter_issues_status', ['status'])
export class NewsletterIssue {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('uq_newsletter_issues_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** One or two sentences: the archive list, the feed and the e-mail preheader. */
  @Column({ type: 'varchar', length: 500 })
  summary!: string;

  @Column({ name: 'body_markdown', type: 'text' })
  bodyMarkdown!: string;

  /** Sorted, comma-separated topic keys (see topics.ts); empty: every subscriber. */
  @Column({ type: 'varchar', length: 200, default: '' })
  audiences!: string;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: IssueStatus;

  @UtcColumn({ name: 'scheduled_at', nullable: true })
  scheduledAt!: Date | null;

  /** When sending started: deliveries were made then. Also the archive's date. */
  @UtcColumn({ name: 'started_at', nullable: true })
  startedAt!: Date | null;

  @UtcColumn({ name: 'finished_at', nullable: true })
  finishedAt!: Date | null;

  /**
   * Deliveries found in `sending` after their worker stopped (a crash): the SMTP server may or
   * may not have accepted them, so they are sent again and may arrive twice. Reported to staff.
   */
  @Column({ name: 'recovered_in_flight', type: 'integer', default: 0 })
  recoveredInFlight!: number;

  @Column({ name: 'created_by', type: 'integer', nullable: true })
  createdBy!: number | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
