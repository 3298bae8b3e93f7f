import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn, UtcColumn } from '../database/columns';
import { Municipality } from '../geo/municipality.entity';
import { AdviceTopic } from './advice-topic.entity';
import type { AdviceStatus, AdviceUrgency, ContactPreference } from './advice-status';

/**
 * An Advies op Maat request. The requester is a signed-in user (`requesterId`) or a visitor who
 * confirmed their address; visitors follow their request through a private link
 * (`accessTokenHash`). After the retention period a closed request is anonymised: every personal
 * field below is cleared and `anonymisedAt` set; topic, municipality, dates and outcome stay.
 */
@Entity({ name: 'advice_requests' })
@Index('ix_advice_requests_status', ['status', 'submittedAt'])
@Index('ix_advice_requests_requester', ['requesterId'])
@Index('ix_advice_requests_adviser', ['adviserId'])
@Index('uq_advice_requests_reference', ['reference'], { unique: true })
export class AdviceRequest {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The number people quote: `AV-2026-0042`. */
  @Column({ type: 'varchar', length: 20 })
  reference!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: AdviceStatus;

  // --- who asks (personal: cleared on anonymisation)
  @Column({ name: 'requester_id', type: 'integer', nullable: true })
  requesterId!: number | null;

  @Column({ name: 'requester_name', type: 'varchar', length: 200 })
  requesterName!: string;

  @Column({ name: 'requester_email', type: 'varchar', length: 254 })
  requesterEmail!: string;

  @Column({ name: 'requester_phone', type: 'varchar', length: 30, nullable: true })
  requesterPhone!: string | null;

  @Column({ type: 'varchar', length: 200 })
  organisation!: string;

  /** Their role or job ("docent", "jongerenwerker", "beleidsadviseur"). */
  @Column({ name: 'requester_role', type: 'varchar', length: 200 })
  requesterRole!: string;

  /** The language they asked in; their e-mails are written in it. */
  @Column({ type: 'varchar', length: 5, default: 'nl' })
  locale!: string;

  // --- the question (kept for reports except the free text)
  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'fk_advice_requests_municipality',
  })
  municipality?: Municipality;

  @Column({ name: 'topic_id', type: 'integer' })
  topicId!: number;

  @ManyToOne(() => AdviceTopic, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'fk_advice_requests_topic' })
  topic?: AdviceTopic;

  /** The question, plain text, at most QUESTION_MAX characters; cleared on anonymisation. */
  @Column({ type: 'text' })
  question!: string;

  @Column({ type: 'varchar', length: 10 })
  urgency!: AdviceUrgency;

  @Column({ name: 'contact_preference', type: 'varchar', length: 10 })
  contactPreference!: ContactPreference;

  // --- handling
  @Column({ name: 'adviser_id', type: 'integer', nullable: true })
  adviserId!: number | null;

  /** Where it was referred to (doorverwezen): a training, a partner, another service. */
  @Column({ name: 'referred_to', type: 'varchar', length: 300, nullable: true })
  referredTo!: string | null;

  /** Why it was closed without advice (gesloten zonder advies). */
  @Column({ name: 'close_reason', type: 'varchar', length: 1000, nullable: true })
  closeReason!: string | null;

  // --- secrets (hashes; cleared on anonymisation)
  /** The e-mail confirmation of a visitor's request, until confirmed. */
  @Column({ name: 'verification_token_hash', type: 'varchar', length: 64, nullable: true })
  verificationTokenHash!: string | null;

  /** A visitor's private link to follow the request and reply (signed-in users use /mijn). */
  @Column({ name: 'access_token_hash', type: 'varchar', length: 64, nullable: true })
  accessTokenHash!: string | null;

  /** The follow-up questionnaire's link, made when it is sent. */
  @Column({ name: 'follow_up_token_hash', type: 'varchar', length: 64, nullable: true })
  followUpTokenHash!: string | null;

  // --- dates (kept for reports)
  /** When it entered the queue: at once for signed-in users, on confirmation for visitors. */
  @UtcColumn({ name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  /** The first message to the requester, or the first appointment: the response-time measure. */
  @UtcColumn({ name: 'first_response_at', nullable: true })
  firstResponseAt!: Date | null;

  @UtcColumn({ name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @UtcColumn({ name: 'follow_up_sent_at', nullable: true })
  followUpSentAt!: Date | null;

  @UtcColumn({ name: 'anonymised_at', nullable: true })
  anonymisedAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
