import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UtcColumn } from '../database/columns';

/** A calendar invitation or cancellation sent with a message (iCalendar text). */
export interface OutboxCalendarPart {
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  filename: string;
  content: string;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

/**
 * One e-mail, written in the same transaction as the change that causes it and sent later by
 * the mail worker. Rows are never deleted by sending: they are the delivery record.
 */
@Entity({ name: 'outbox_messages' })
@Index('ix_outbox_due', ['status', 'nextAttemptAt'])
export class OutboxMessage {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'varchar', length: 80 })
  template!: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText!: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  /** JSON list of calendar parts (see OutboxCalendarPart), or null. */
  @Column({ type: 'text', nullable: true })
  calendar!: string | null;

  /** JSON object of extra message headers (e.g. List-Unsubscribe), or null. */
  @Column({ type: 'text', nullable: true })
  headers!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: OutboxStatus;

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

  /** `smtp` or `local` (kept in the admin mailbox when no SMTP_URL is set). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  transport!: string | null;

  @UtcColumn({ name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
