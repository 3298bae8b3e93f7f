import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { SuccessFactor } from './success-factors';
import { TrajectoryAssessment } from './trajectory-assessment.entity';

/** A 1–5 score with an optional comment for one success factor in an assessment. */
@Entity({ name: 'trajectory_assessment_scores' })
export class TrajectoryAssessmentScore {
  @PrimaryColumn({ name: 'assessment_id', type: 'integer' })
  assessmentId!: number;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  factor!: SuccessFactor;

  @ManyToOne(() => TrajectoryAssessment, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assessment_id',
    foreignKeyConstraintName: 'fk_trajectory_assessment_scores_assessment',
  })
  assessment?: TrajectoryAssessment;

  @Column({ type: 'integer' })
  score!: number;

  @Column({ type: 'varchar', length: 1000, default: '' })
  comment!: string;
}
