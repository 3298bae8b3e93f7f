import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { slugify } from '../common/forms/parse';
import { TransactionRunner } from '../database/transaction-runner';
import { TrajectoryAccessService } from './trajectory-access.service';
import { TrajectoryPhaseChange } from './trajectory-phase-change.entity';
import { AssessmentMoment, TrajectoryPhase } from './trajectory-phase.entity';
import { Trajectory, TrajectoryStatus } from './trajectory.entity';
import { TrajectoryError, TrajectoryErrorCode } from './trajectory.error';

export const FIRST_PHASE = 'aanvraag';
export const LAST_PHASE = 'afgerond';

export interface PhaseText {
  nameNl: string;
  nameEn: string;
  descriptionNl?: string;
  descriptionEn?: string;
}

export function isFixedPhase(phase: Pick<TrajectoryPhase, 'key'>): boolean {
  return phase.key === FIRST_PHASE || phase.key === LAST_PHASE;
}

/** A phase key from its name: "Nazorg & borging" → "nazorg_borging", unique among `taken`. */
export function phaseKey(name: string, taken: Set<string>): string {
  const base = slugify(name).replace(/-/g, '_').slice(0, 34).replace(/_+$/, '') || 'fase';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}

/** Records a change in the history and moves/sets the status, in the caller's transaction. */
export async function recordChange(
  m: EntityManager,
  trajectory: { id: number; phaseId: number | null },
  change: { toPhaseId: number; status: TrajectoryStatus; note: string | null; by: number },
  now: Date,
): Promise<void> {
  await m.getRepository(TrajectoryPhaseChange).save({
    trajectoryId: trajectory.id,
    fromPhaseId: trajectory.phaseId,
    toPhaseId: change.toPhaseId,
    status: change.status,
    note: change.note,
    changedBy: change.by,
    changedAt: now,
  });
}

/**
 * The phases of JOS trajectories: the coach moves a trajectory through them (dated, in the
 * history; reaching `afgerond` completes it) or stops it with a reason; staff configure them.
 */
@Injectable()
export class PhaseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly access: TrajectoryAccessService,
    private readonly audit: AuditService,
  ) {}

  /** All phases in order, hidden ones too. */
  all(manager: EntityManager = this.dataSource.manager): Promise<TrajectoryPhase[]> {
    return manager.getRepository(TrajectoryPhase).find({ order: { position: 'ASC', id: 'ASC' } });
  }

  async active(manager?: EntityManager): Promise<TrajectoryPhase[]> {
    return (await this.all(manager)).filter((p) => p.active);
  }

  /** The coach moves the trajectory to an active phase (not back to the application). */
  async move(
    actor: Express.User,
    trajectoryId: number,
    phaseId: number,
    note: string | null,
    now = new Date(),
  ): Promise<TrajectoryPhase> {
    return this.tx.run(async (m) => {
      const { trajectory } = await this.access.openToManage(actor, trajectoryId, m);
      const phase = await m.getRepository(TrajectoryPhase).findOneBy({ id: phaseId });
      if (!phase || !phase.active || phase.key === FIRST_PHASE || phase.id === trajectory.phaseId)
        throw new TrajectoryError(TrajectoryErrorCode.UnknownPhase, 'phaseId');
      const completes = phase.key === LAST_PHASE;
      const status: TrajectoryStatus = completes ? 'completed' : 'active';
      const moved = await m
        .getRepository(Trajectory)
        .update(
          { id: trajectory.id, status: 'active', phaseId: trajectory.phaseId },
          { phaseId: phase.id, status, closedAt: completes ? now : null, updatedAt: now },
        );
      if (moved.affected !== 1) throw new TrajectoryError(TrajectoryErrorCode.WrongState);
      await recordChange(m, trajectory, { toPhaseId: phase.id, status, note, by: actor.id }, now);
      await this.audit.record(
        m,
        actor,
        'trajectory.phase.move',
        { type: 'trajectory', id: trajectory.id },
        { from: trajectory.phase?.key, to: phase.key },
      );
      return phase;
    });
  }

  /** The coach stops the trajectory early; the reason is kept and shown in the history. */
  async stop(
    actor: Express.User,
    trajectoryId: number,
    reason: string,
    now = new Date(),
  ): Promise<void> {
    await this.tx.run(async (m) => {
      const { trajectory } = await this.access.openToManage(actor, trajectoryId, m);
      const stopped = await m
        .getRepository(Trajectory)
        .update(
          { id: trajectory.id, status: 'active' },
          { status: 'stopped', closingReason: reason, closedAt: now, updatedAt: now },
        );
      if (stopped.affected !== 1) throw new TrajectoryError(TrajectoryErrorCode.WrongState);
      await recordChange(
        m,
        trajectory,
        { toPhaseId: trajectory.phaseId, status: 'stopped', note: reason, by: actor.id },
        now,
      );
      await this.audit.record(m, actor, 'trajectory.stop', {
        type: 'trajectory',
        id: trajectory.id,
      });
    });
  }

  // ---- configuration (staff) ----

  /** A new phase just before `afgerond`; its key is a slug of the Dutch name. */
  async add(actor: Express.User, text: PhaseText): Promise<TrajectoryPhase> {
    return this.tx.run(async (m) => {
      const phases = await this.all(m);
      const last = phases.find((p) => p.key === LAST_PHASE)!;
      const repo = m.getRepository(TrajectoryPhase);
      await repo.update({ id: last.id }, { position: last.position + 1 });
      const phase = await repo.save(
        repo.create({
          key: phaseKey(text.nameNl, new Set(phases.map((p) => p.key))),
          nameNl: text.nameNl,
          nameEn: text.nameEn,
          descriptionNl: text.descriptionNl ?? '',
          descriptionEn: text.descriptionEn ?? '',
          position: last.position,
          opensAssessment: null,
          active: true,
        }),
      );
      await this.audit.record(m, actor, 'trajectory.phase.add', {
        type: 'trajectory_phase',
        id: phase.id,
      });
      return phase;
    });
  }

  async rename(actor: Express.User, id: number, text: PhaseText): Promise<void> {
    await this.tx.run(async (m) => {
      const phase = await this.find(m, id);
      await m.getRepository(TrajectoryPhase).update(
        { id: phase.id },
        {
          nameNl: text.nameNl,
          nameEn: text.nameEn,
          descriptionNl: text.descriptionNl ?? '',
          descriptionEn: text.descriptionEn ?? '',
        },
      );
      await this.audit.record(
        m,
        actor,
        'trajectory.phase.rename',
        { type: 'trajectory_phase', id },
        { nameNl: text.nameNl },
      );
    });
  }

  /** Swaps a middle phase with its neighbour; never past the first or the last. */
  async shift(actor: Express.User, id: number, direction: 'up' | 'down'): Promise<void> {
    await this.tx.run(async (m) => {
      const phases = await this.all(m);
      const i = phases.findIndex((p) => p.id === id);
      if (i < 0) throw new TrajectoryError(TrajectoryErrorCode.NotFound);
      const j = direction === 'up' ? i - 1 : i + 1;
      const other = phases[j];
      if (isFixedPhase(phases[i]) || !other || isFixedPhase(other))
        throw new TrajectoryError(TrajectoryErrorCode.FixedPhase);
      const repo = m.getRepository(TrajectoryPhase);
      await repo.update({ id: phases[i].id }, { position: other.position });
      await repo.update({ id: other.id }, { position: phases[i].position });
      await this.audit.record(
        m,
        actor,
        'trajectory.phase.shift',
        { type: 'trajectory_phase', id },
        { direction },
      );
    });
  }

  /** Hides a phase from moves (trajectories in it stay there) or shows it again. */
  async setActive(actor: Express.User, id: number, active: boolean): Promise<TrajectoryPhase> {
    return this.tx.run(async (m) => {
      const phase = await this.find(m, id);
      if (isFixedPhase(phase)) throw new TrajectoryError(TrajectoryErrorCode.FixedPhase);
      await m.getRepository(TrajectoryPhase).update({ id }, { active });
      await this.audit.record(
        m,
        actor,
        active ? 'trajectory.phase.show' : 'trajectory.phase.hide',
        { type: 'trajectory_phase', id },
      );
      return { ...phase, active };
    });
  }

  /** At most one phase opens each self-assessment; null means none. */
  async setAssessmentPhases(
    actor: Express.User,
    startPhaseId: number | null,
    endPhaseId: number | null,
  ): Promise<void> {
    if (startPhaseId !== null && startPhaseId === endPhaseId)
      throw new TrajectoryError(TrajectoryErrorCode.SameAssessmentPhase, 'endPhase');
    await this.tx.run(async (m) => {
      const repo = m.getRepository(TrajectoryPhase);
      const chosen: [AssessmentMoment, number | null, string][] = [
        ['start', startPhaseId, 'startPhase'],
        ['end', endPhaseId, 'endPhase'],
      ];
      for (const [, id, field] of chosen)
        if (id !== null && !(await repo.existsBy({ id })))
          throw new TrajectoryError(TrajectoryErrorCode.UnknownPhase, field);
      for (const [moment, id] of chosen) {
        await repo.update({ opensAssessment: moment }, { opensAssessment: null });
        if (id !== null) await repo.update({ id }, { opensAssessment: moment });
      }
      await this.audit.record(m, actor, 'trajectory.phase.assessment', undefined, {
        startPhaseId,
        endPhaseId,
      });
    });
  }

  get(id: number): Promise<TrajectoryPhase> {
    return this.find(this.dataSource.manager, id);
  }

  private async find(m: EntityManager, id: number): Promise<TrajectoryPhase> {
    const phase = await m.getRepository(TrajectoryPhase).findOneBy({ id });
    if (!phase) throw new TrajectoryError(TrajectoryErrorCode.NotFound);
    return phase;
  }
}
