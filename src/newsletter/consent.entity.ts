import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NewsletterSubscriber } from './subscriber.entity';
import { CreatedAtColumn, UtcColumn } from '../database/columns';

export type ConsentSource = 'form' | 'profile' | 'import';

/**
 * The record of one consent to receive JEPzine (AVG art. 7: the controller must be able to show
 * it): which text, in which version, when it was asked and when it was confirmed.
 */
@Entity({ name: 'newsletter_consents' })
export class NewsletterConsent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('ix_newsletter_consents_subscriber')
  @Column({ name: 'subscriber_id', type: 'integer' })
  subscriberId!: number;

  @ManyToOne(() => NewsletterSubscriber, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'subscriber_id',
    foreignKeyConstraintName: 'fk_newsletter_consents_subscriber',
  })
  subscriber?: NewsletterSubscriber;

  @Column({ type: 'varchar', length: 10 })
  source!: ConsentSource;

  /** Version of the consent text shown on the form (CONSENT_VERSION when it was given). */
  @Column({ name: 'form_version', type: 'varchar', length: 40 })
  formVersion!: string;

  /** The consent text exactly as shown (or, for an import, the import's statement). */
  @Column({ name: 'consent_text', type: 'text' })
  consentText!: string;

  /** For an import: the consent column's value for this row. */
  @Column({ name: 'import_note', type: 'varchar', length: 500, nullable: true })
  importNote!: string | null;

  /** Step one: the form was sent (or the import row read). */
  @UtcColumn({ name: 'requested_at' })
  requestedAt!: Date;

  /** Step two: the confirmation link was followed (same moment for a verified account address). */
  @UtcColumn({ name: 'confirmed_at', nullable: true })
  confirmedAt!: Date | null;

  @UtcColumn({ name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
