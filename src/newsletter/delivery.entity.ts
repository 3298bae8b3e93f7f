import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NewsletterIssue } from './issue.entity';
import { NewsletterSubscriber } from './subscriber.entity';
import { CreatedAtColumn, UtcColumn } from '../database/columns';

/**
 * queued → sending → sent | failed (permanent, or out of attempts); `skipped` when the address
 * bounced or unsubscribed after the issue was queued; `cancelled` when staff cancelled the issue.
 */
export type DeliveryStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'skipped' | 'cancelled';

/** One issue to one subscriber: made once (unique), the record that it was sent. */
@Entity({ name: 'newsletter_deliveries' })
@Index('uq_newsletter_deliveries_issue_subscriber', ['issueId', 'subscriberId'], { unique: true })
@Index('ix_newsletter_deliveries_due', ['status', 'nextAttemptAt'])
@Index('ix_newsletter_deliveries_issue_status', ['issueId', 'status'])
export class NewsletterDelivery {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'issue_id', type: 'integer' })
  issueId!: number;

  @ManyToOne(() => NewsletterIssue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issue_id', foreignKeyConstraintName: 'fk_newsletter_deliveries_issue' })
  issue?: NewsletterIssue;

  @Column({ name: 'subscriber_id', type: 'integer' })
  subscriberId!: number;

  @ManyToOne(() => NewsletterSubscriber, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'subscriber_id',
    foreignKeyConstraintName: 'fk_newsletter_deliveries_subscriber',
  })
  subscriber?: NewsletterSubscriber;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @UtcColumn({ name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  @Column({ name: 'locked_by', type: 'varchar', length: 100, nullable: true })
  lockedBy!: string | null;

  @UtcColumn({ name: 'locked_at', nullable: true })
  lockedAt!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @UtcColumn({ name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
