import { Entity, PrimaryColumn } from 'typeorm';

/**
 * The daily summary of an adviser's overdue requests was sent on this Amsterdam day. Inserting
 * the row in the same transaction as the mail makes the job send it once a day, whichever
 * instance runs it and however often.
 */
@Entity({ name: 'advice_overdue_digests' })
export class AdviceOverdueDigest {
  @PrimaryColumn({ name: 'adviser_id', type: 'integer' })
  adviserId!: number;

  /** `YYYY-MM-DD` (Amsterdam). */
  @PrimaryColumn({ name: 'sent_on', type: 'varchar', length: 10 })
  sentOn!: string;
}
