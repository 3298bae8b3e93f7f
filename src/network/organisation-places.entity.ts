import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from '../geo/municipality.entity';
import { Province } from '../geo/province.entity';
import { NetworkOrganisation } from './organisation.entity';
import type { Expertise } from './vocabulary';

/** An expertise tag of an organisation. */
@Entity({ name: 'network_organisation_expertise' })
@Index('ix_network_expertise_key', ['expertise'])
export class NetworkOrganisationExpertise {
  @PrimaryColumn({ name: 'organisation_id', type: 'integer' })
  organisationId!: number;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  expertise!: Expertise;

  @ManyToOne(() => NetworkOrganisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_network_expertise_org' })
  organisation?: NetworkOrganisation;
}

/**
 * A province an organisation works in: chosen as a whole, or because it works in one of the
 * province's municipalities (the listing service keeps this so; the province facet counts it).
 */
@Entity({ name: 'network_organisation_provinces' })
@Index('ix_network_provinces_code', ['provinceCode'])
export class NetworkOrganisationProvince {
  @PrimaryColumn({ name: 'organisation_id', type: 'integer' })
  organisationId!: number;

  @PrimaryColumn({ name: 'province_code', type: 'varchar', length: 4 })
  provinceCode!: string;

  /** Chosen as a whole (true), or there because of one of its municipalities (false). */
  @Column({ type: 'boolean', default: false })
  whole!: boolean;

  @ManyToOne(() => NetworkOrganisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_network_provinces_org' })
  organisation?: NetworkOrganisation;

  @ManyToOne(() => Province, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'fk_network_provinces_province' })
  province?: Province;
}

/** A municipality an organisation works in. */
@Entity({ name: 'network_organisation_municipalities' })
@Index('ix_network_municipalities_code', ['municipalityCode'])
export class NetworkOrganisationMunicipality {
  @PrimaryColumn({ name: 'organisation_id', type: 'integer' })
  organisationId!: number;

  @PrimaryColumn({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode!: string;

  @ManyToOne(() => NetworkOrganisation, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_network_municipalities_org',
  })
  organisation?: NetworkOrganisation;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'municipality_code',
    foreignKeyConstraintName: 'fk_network_municipalities_municipality',
  })
  municipality?: Municipality;
}
