import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UtcColumn } from '../database/columns';
import type { AssessmentMoment } from './trajectory-phase.entity';
import { Trajectory } from './trajectory.entity';

/**
 * One member's self-assessment of the success factors at the start or the end of a trajectory.
 * One per member and moment; it can be changed until the trajectory closes.
 */
@Entity({ name: 'trajectory_assessments' })
@Index('uq_trajectory_assessments_member', ['trajectoryId', 'moment', 'userId'], { unique: true })
export class TrajectoryAssessment {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'trajectory_id', type: 'integer' })
  trajectoryId!: number;

  @ManyToOne(() => Trajectory, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'trajectory_id',
    foreignKeyConstraintName: 'fk_trajectory_assessments_trajectory',
  })
  trajectory?: Trajectory;

  @Column({ type: 'varchar', length: 5 })
  moment!: AssessmentMoment;

  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  /** The participating organisation the member answered for (trajectory_organisations.id). */
  @Column({ name: 'organisation_id', type: 'integer', nullable: true })
  organisationId!: number | null;

  @UtcColumn({ name: 'submitted_at' })
  submittedAt!: Date;
}
