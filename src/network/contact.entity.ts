import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NetworkOrganisation } from './organisation.entity';
import type { ContactVisibility } from './vocabulary';

/** A contact person of a published listing, shown as its visibility allows. */
@Entity({ name: 'network_contacts' })
export class NetworkContact {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('ix_network_contacts_org')
  @Column({ name: 'organisation_id', type: 'integer' })
  organisationId!: number;

  @ManyToOne(() => NetworkOrganisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_network_contacts_org' })
  organisation?: NetworkOrganisation;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'job_title', type: 'varchar', length: 200, nullable: true })
  jobTitle!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'staff' })
  visibility!: ContactVisibility;

  @Column({ type: 'integer', default: 0 })
  position!: number;
}
