import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Trajectory } from './trajectory.entity';

/** The two sides of a JOS collaboration. */
export type TrajectoryOrganisationKind = 'school' | 'youth_work';

/**
 * A school or youth work organisation taking part: chosen from the network directory
 * (`networkOrganisationId`) or entered by name when it is not listed yet. The name is kept either
 * way, so the trajectory reads the same if the listing is renamed or removed.
 */
@Entity({ name: 'trajectory_organisations' })
@Index('ix_trajectory_organisations_trajectory', ['trajectoryId'])
export class TrajectoryOrganisation {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'trajectory_id', type: 'integer' })
  trajectoryId!: number;

  @ManyToOne(() => Trajectory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id', foreignKeyConstraintName: 'fk_trajectory_orgs_trajectory' })
  trajectory?: Trajectory;

  @Column({ type: 'varchar', length: 10 })
  kind!: TrajectoryOrganisationKind;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The listing in the partner network, when chosen from it. */
  @Column({ name: 'network_organisation_id', type: 'integer', nullable: true })
  networkOrganisationId!: number | null;

  @Column({ type: 'integer', default: 0 })
  position!: number;
}
