import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn, UtcColumn } from '../database/columns';
import type { OrganisationType } from './vocabulary';

/** `published`: in the directory; `archived`: taken out by staff (kept for the record). */
export type OrganisationStatus = 'published' | 'archived';

/**
 * A partner organisation's published listing in the national network. Partners never change
 * this row directly: their edits are drafts that staff publish (see NetworkDraft).
 */
@Entity({ name: 'network_organisations' })
@Index('ix_network_organisations_status', ['status'])
export class NetworkOrganisation {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('uq_network_organisations_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 30 })
  type!: OrganisationType;

  /** One or two sentences for the result list. */
  @Column({ type: 'varchar', length: 300 })
  summary!: string;

  /** Markdown, rendered through the sanitiser. */
  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @Column({ name: 'public_email', type: 'varchar', length: 254, nullable: true })
  publicEmail!: string | null;

  @Column({ name: 'public_phone', type: 'varchar', length: 30, nullable: true })
  publicPhone!: string | null;

  /** YYYY-MM-DD: the day it joined the network. */
  @Column({ name: 'member_since', type: 'varchar', length: 10 })
  memberSince!: string;

  @Column({ type: 'varchar', length: 10, default: 'published' })
  status!: OrganisationStatus;

  /**
   * Everything searchable (name, texts, type and expertise labels, places), folded to lower case
   * without diacritics by `searchDocument`. SQLite: indexed by the FTS5 table `network_search`
   * (kept in sync by triggers, see migrations/network-search.ts). PostgreSQL: a GIN index on its
   * tsvector, made by the migration (synchronize: false, TypeORM leaves it alone).
   */
  @Index('ix_network_organisations_search', { synchronize: false })
  @Column({ name: 'search_document', type: 'text', default: '' })
  searchDocument!: string;

  /** The last time the listing was published or its partner said "still correct". */
  @UtcColumn({ name: 'confirmed_at' })
  confirmedAt!: Date;

  /** The last freshness e-mail (twice a year). */
  @UtcColumn({ name: 'freshness_sent_at', nullable: true })
  freshnessSentAt!: Date | null;

  /** SHA-256 of the one-click "still correct" link's token in the last freshness e-mail. */
  @Column({ name: 'freshness_token_hash', type: 'varchar', length: 64, nullable: true })
  freshnessTokenHash!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
