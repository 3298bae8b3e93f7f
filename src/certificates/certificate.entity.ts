import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { CreatedAtColumn, UtcColumn } from '../database/columns';
import { Enrolment } from '../enrolments/enrolment.entity';
import { Edition } from '../scheduling/edition.entity';

/**
 * A certificate (Certificaat): the facts are copied in at issue and never change, so the PDF,
 * the public check and the credential always say the same. The links to the enrolment, person and
 * edition may be cleared later (an erased account) without touching what the certificate says.
 */
@Entity({ name: 'certificates' })
export class Certificate {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('uq_certificates_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Index('ix_certificates_enrolment')
  @Column({ name: 'enrolment_id', type: 'integer', nullable: true })
  enrolmentId!: number | null;

  @ManyToOne(() => Enrolment, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_certificates_enrolment' })
  enrolment?: Enrolment | null;

  @Index('ix_certificates_user')
  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId!: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_certificates_user' })
  user?: User | null;

  @Index('ix_certificates_edition')
  @Column({ name: 'edition_id', type: 'integer', nullable: true })
  editionId!: number | null;

  @ManyToOne(() => Edition, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'fk_certificates_edition' })
  edition?: Edition | null;

  @Column({ name: 'holder_name', type: 'varchar', length: 200 })
  holderName!: string;

  @Column({ name: 'skj_number', type: 'varchar', length: 20, nullable: true })
  skjNumber!: string | null;

  @Column({ name: 'offering_title', type: 'varchar', length: 200 })
  offeringTitle!: string;

  @Column({ name: 'edition_title', type: 'varchar', length: 200 })
  editionTitle!: string;

  /** First and last meeting day in Amsterdam, YYYY-MM-DD. */
  @Column({ name: 'starts_on', type: 'varchar', length: 10 })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'varchar', length: 10 })
  endsOn!: string;

  @Column({ name: 'study_load_hours', type: 'integer' })
  studyLoadHours!: number;

  @Column({ name: 'skj_points', type: 'integer' })
  skjPoints!: number;

  @UtcColumn({ name: 'issued_at' })
  issuedAt!: Date;

  /** Staff member who issued it by hand (null when issued by finalising the edition). */
  @Column({ name: 'issued_by', type: 'integer', nullable: true })
  issuedBy!: number | null;

  /** Why it was issued by hand (a correction, a re-issue). */
  @Column({ name: 'issue_reason', type: 'varchar', length: 500, nullable: true })
  issueReason!: string | null;

  @UtcColumn({ name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoke_reason', type: 'varchar', length: 500, nullable: true })
  revokeReason!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
