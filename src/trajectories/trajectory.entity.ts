import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn, UtcColumn } from '../database/columns';
import { Municipality } from '../geo/municipality.entity';
import { TrajectoryPhase } from './trajectory-phase.entity';

/**
 * `active` while it moves through the phases (from `aanvraag` on), `completed` once it reached
 * `afgerond`, `stopped` early with a reason, `declined` when staff did not take the application on.
 */
export type TrajectoryStatus = 'active' | 'completed' | 'stopped' | 'declined';

/**
 * A JOS trajectory: a school and a youth work organisation in one municipality, coached by JEP.
 * It starts as an application (phase `aanvraag`) and is visible only to its members, its coach,
 * staff and admins. Nothing about individual young people is stored in it.
 */
@Entity({ name: 'trajectories' })
@Index('ix_trajectories_phase', ['phaseId'])
@Index('ix_trajectories_municipality', ['municipalityCode'])
@Index('ix_trajectories_coach', ['coachId'])
export class Trajectory {
  @PrimaryGeneratedColumn()
  id!: number;

  /** A short name, e.g. "JOS Zwolle: Thorbecke Scholengemeenschap en Travers Welzijn". */
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'municipality_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'fk_trajectories_municipality',
  })
  municipality?: Municipality;

  /** The question or goal of the application, in the applicant's words (plain text). */
  @Column({ type: 'text' })
  question!: string;

  /** The goals agreed at intake (plain text, one per line); empty until then. */
  @Column({ type: 'text', default: '' })
  goals!: string;

  /** When the applicants hope to start, in their words ("na de herfstvakantie", "2027-01"). */
  @Column({ name: 'hoped_start', type: 'varchar', length: 100 })
  hopedStart!: string;

  /** Agreed start and planned end, `YYYY-MM-DD` (Amsterdam dates). */
  @Column({ name: 'start_date', type: 'varchar', length: 10, nullable: true })
  startDate!: string | null;

  @Column({ name: 'planned_end_date', type: 'varchar', length: 10, nullable: true })
  plannedEndDate!: string | null;

  @Column({ name: 'phase_id', type: 'integer' })
  phaseId!: number;

  @ManyToOne(() => TrajectoryPhase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'phase_id', foreignKeyConstraintName: 'fk_trajectories_phase' })
  phase?: TrajectoryPhase;

  @Column({ type: 'varchar', length: 10, default: 'active' })
  status!: TrajectoryStatus;

  /** Why it was stopped early or why the application was declined. */
  @Column({ name: 'closing_reason', type: 'varchar', length: 2000, nullable: true })
  closingReason!: string | null;

  /** The JEP coach (a staff user); null until staff assign one. */
  @Column({ name: 'coach_id', type: 'integer', nullable: true })
  coachId!: number | null;

  /** Who applied (a signed-in professional or partner). */
  @Column({ name: 'applicant_id', type: 'integer' })
  applicantId!: number;

  @UtcColumn({ name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
