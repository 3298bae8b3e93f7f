import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { CreatedAtColumn, UtcColumn } from '../database/columns';
import { NetworkOrganisation } from './organisation.entity';

/** `requested` by the partner, `active` once staff linked or approved, `declined` by staff. */
export type MembershipStatus = 'requested' | 'active' | 'declined';

/** A partner user linked to the organisation whose listing they keep up to date. */
@Entity({ name: 'network_memberships' })
@Index('uq_network_memberships_user_org', ['userId', 'organisationId'], { unique: true })
export class NetworkMembership {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_network_memberships_user' })
  user?: User;

  @Index('ix_network_memberships_org')
  @Column({ name: 'organisation_id', type: 'integer' })
  organisationId!: number;

  @ManyToOne(() => NetworkOrganisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_network_memberships_org' })
  organisation?: NetworkOrganisation;

  @Column({ type: 'varchar', length: 10 })
  status!: MembershipStatus;

  /** The partner's note with a request ("I coordinate youth work here"). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @UtcColumn({ name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'integer', nullable: true })
  decidedBy!: number | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
