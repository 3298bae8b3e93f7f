import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn, UtcColumn } from '../database/columns';
import { NetworkOrganisation } from './organisation.entity';

/**
 * draft (the partner is editing) → submitted (waiting for staff) → published, or returned (with
 * a message; the partner edits it again and submits anew).
 */
export type DraftStatus = 'draft' | 'submitted' | 'returned' | 'published';

/** A partner's proposed version of a listing: the whole listing as ListingContent JSON. */
@Entity({ name: 'network_drafts' })
@Index('ix_network_drafts_status', ['status'])
export class NetworkDraft {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('ix_network_drafts_org')
  @Column({ name: 'organisation_id', type: 'integer' })
  organisationId!: number;

  @ManyToOne(() => NetworkOrganisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_network_drafts_org' })
  organisation?: NetworkOrganisation;

  @Column({ name: 'author_id', type: 'integer', nullable: true })
  authorId!: number | null;

  /** ListingContent as JSON (see listing-content.ts). */
  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: DraftStatus;

  /** Staff's message when returning it. */
  @Column({ name: 'staff_message', type: 'varchar', length: 2000, nullable: true })
  staffMessage!: string | null;

  @UtcColumn({ name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @UtcColumn({ name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'integer', nullable: true })
  decidedBy!: number | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
