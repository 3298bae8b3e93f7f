import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UtcColumn } from '../database/columns';

export type ApplicationStatus = 'pending' | 'accepted' | 'declined';

/** A new organisation's application to join the network, decided by staff. */
@Entity({ name: 'network_applications' })
@Index('ix_network_applications_status', ['status'])
export class NetworkApplication {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The signed-in applicant, who becomes the listing's partner when accepted. */
  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId!: number | null;

  @Column({ name: 'applicant_name', type: 'varchar', length: 200 })
  applicantName!: string;

  @Column({ name: 'applicant_email', type: 'varchar', length: 254 })
  applicantEmail!: string;

  /** The proposed listing, ListingContent as JSON. */
  @Column({ type: 'text' })
  content!: string;

  /** Why they want to join: their work on polarisation and radicalisation. */
  @Column({ type: 'text' })
  motivation!: string;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: ApplicationStatus;

  @Column({ name: 'decision_message', type: 'varchar', length: 2000, nullable: true })
  decisionMessage!: string | null;

  @Column({ name: 'decided_by', type: 'integer', nullable: true })
  decidedBy!: number | null;

  @UtcColumn({ name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  /** The listing made when it was accepted. */
  @Column({ name: 'organisation_id', type: 'integer', nullable: true })
  organisationId!: number | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
