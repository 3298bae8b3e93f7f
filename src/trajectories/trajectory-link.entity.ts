import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../database/columns';
import { Trajectory } from './trajectory.entity';

/** A link to a document kept elsewhere (a shared drive, the school's site); no uploads. */
@Entity({ name: 'trajectory_links' })
@Index('ix_trajectory_links_trajectory', ['trajectoryId'])
export class TrajectoryLink {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'trajectory_id', type: 'integer' })
  trajectoryId!: number;

  @ManyToOne(() => Trajectory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trajectory_id', foreignKeyConstraintName: 'fk_trajectory_links_trajectory' })
  trajectory?: Trajectory;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Checked to be http(s) before it is stored. */
  @Column({ type: 'varchar', length: 1000 })
  url!: string;

  @Column({ name: 'added_by', type: 'integer' })
  addedBy!: number;

  @CreatedAtColumn()
  createdAt!: Date;
}
