import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { CreatedAtColumn, UpdatedAtColumn, UtcColumn } from '../database/columns';

export type SubscriberStatus = 'pending' | 'subscribed' | 'unsubscribed' | 'bounced';
export const SUBSCRIBER_STATUSES: readonly SubscriberStatus[] = [
  'pending',
  'subscribed',
  'unsubscribed',
  'bounced',
];

/**
 * A JEPzine subscriber (Abonnee): one row per e-mail address (stored lower-case). Only
 * `subscribed` addresses are ever sent an issue; `bounced` and `unsubscribed` never.
 */
@Entity({ name: 'newsletter_subscribers' })
@Index('ix_newsletter_subscribers_status', ['status'])
export class NewsletterSubscriber {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('uq_newsletter_subscribers_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name!: string | null;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status!: SubscriberStatus;

  /** Sorted, comma-separated topic keys (see topics.ts); empty: everything. */
  @Column({ type: 'varchar', length: 200, default: '' })
  topics!: string;

  @Column({ type: 'varchar', length: 5, default: 'nl' })
  locale!: string;

  /**
   * The secret in this subscriber's personal links (preferences, one-click unsubscribe). Random,
   * never shown on a web page, only in the subscriber's own e-mails.
   */
  @Index('uq_newsletter_subscribers_token', { unique: true })
  @Column({ name: 'manage_token', type: 'varchar', length: 64 })
  manageToken!: string;

  /** SHA-256 of the pending double opt-in link's token. */
  @Column({ name: 'confirm_token_hash', type: 'varchar', length: 64, nullable: true })
  confirmTokenHash!: string | null;

  /** When the last confirmation e-mail was queued (at most one an hour per address). */
  @UtcColumn({ name: 'confirm_sent_at', nullable: true })
  confirmSentAt!: Date | null;

  /** The account with this address, when it subscribed from its profile or was linked. */
  @Index('ix_newsletter_subscribers_user')
  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId!: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_newsletter_subscribers_user' })
  user?: User | null;

  @UtcColumn({ name: 'subscribed_at', nullable: true })
  subscribedAt!: Date | null;

  @UtcColumn({ name: 'unsubscribed_at', nullable: true })
  unsubscribedAt!: Date | null;

  @UtcColumn({ name: 'bounced_at', nullable: true })
  bouncedAt!: Date | null;

  @Column({ name: 'bounce_reason', type: 'varchar', length: 500, nullable: true })
  bounceReason!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
