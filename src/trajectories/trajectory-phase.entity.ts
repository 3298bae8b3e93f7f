import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Which self-assessment of the success factors a phase opens, if any. */
export type AssessmentMoment = 'start' | 'end';

/**
 * A phase of JOS trajectories, in order, configured by staff. Two are fixed by their `key`:
 * `aanvraag` (first: a new application) and `afgerond` (last: finished). Staff rename, reorder,
 * add and hide the phases between them; a phase that trajectories have passed through is hidden,
 * never deleted, so the history keeps its names.
 */
@Entity({ name: 'trajectory_phases' })
@Index('uq_trajectory_phases_key', ['key'], { unique: true })
export class TrajectoryPhase {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Stable name in code: `aanvraag`, `intake`, …, `afgerond`, or a slug staff made. */
  @Column({ type: 'varchar', length: 40 })
  key!: string;

  @Column({ name: 'name_nl', type: 'varchar', length: 80 })
  nameNl!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 80 })
  nameEn!: string;

  /** What happens in this phase, shown to members on the trajectory page. */
  @Column({ name: 'description_nl', type: 'varchar', length: 500, default: '' })
  descriptionNl!: string;

  @Column({ name: 'description_en', type: 'varchar', length: 500, default: '' })
  descriptionEn!: string;

  @Column({ type: 'integer' })
  position!: number;

  /** Entering this phase opens the start or end self-assessment for the members. */
  @Column({ name: 'opens_assessment', type: 'varchar', length: 5, nullable: true })
  opensAssessment!: AssessmentMoment | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
