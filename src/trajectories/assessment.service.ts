import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { User } from '../accounts/user.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { isMomentOpen, ScoreRow } from './assessment.presenter';
import { AssessmentDto, commentField, scoreField } from './dto/assessment.dto';
import { SUCCESS_FACTORS } from './success-factors';
import { TrajectoryAccess, TrajectoryAccessService } from './trajectory-access.service';
import { TrajectoryAssessmentScore } from './trajectory-assessment-score.entity';
import { TrajectoryAssessment } from './trajectory-assessment.entity';
import { TrajectoryOrganisation } from './trajectory-organisation.entity';
import { AssessmentMoment, TrajectoryPhase } from './trajectory-phase.entity';
import { TrajectoryError, TrajectoryErrorCode } from './trajectory.error';

type Viewer = Pick<User, 'id' | 'role'>;

export interface MyAssessment {
  organisationId: number | null;
  scores: Record<string, { score: number; comment: string }>;
  submittedAt: Date;
}

export interface AssessmentPage {
  access: TrajectoryAccess;
  open: Record<AssessmentMoment, boolean>;
  organisations: TrajectoryOrganisation[];
  rows: ScoreRow[];
  mine: Partial<Record<AssessmentMoment, MyAssessment>>;
}

/**
 * The self-assessment of the werkzame elementen at the start and the end: active members answer
 * (one each per moment, changed as often as they like while it is open); everyone in the
 * trajectory sees the results, start and end side by side.
 */
@Injectable()
export class AssessmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly access: TrajectoryAccessService,
  ) {}

  async page(user: Viewer, trajectoryId: number): Promise<AssessmentPage> {
    const m = this.dataSource.manager;
    const access = await this.access.open(user, trajectoryId, m);
    const open = await this.openMoments(m, access);
    const organisations = await m
      .getRepository(TrajectoryOrganisation)
      .find({ where: { trajectoryId }, order: { position: 'ASC', id: 'ASC' } });
    const assessments = await m.getRepository(TrajectoryAssessment).findBy({ trajectoryId });
    const scores = assessments.length
      ? await m
          .getRepository(TrajectoryAssessmentScore)
          .findBy({ assessmentId: In(assessments.map((a) => a.id)) })
      : [];
    const orgById = new Map(organisations.map((o) => [o.id, o]));
    const byId = new Map(assessments.map((a) => [a.id, a]));
    const rows: ScoreRow[] = scores.map((s) => {
      const a = byId.get(s.assessmentId)!;
      const org = a.organisationId ? orgById.get(a.organisationId) : undefined;
      return {
        moment: a.moment,
        factor: s.factor,
        score: s.score,
        comment: s.comment,
        assessmentId: a.id,
        organisationKind: org?.kind ?? null,
        organisationName: org?.name ?? '',
      };
    });
    const mine: AssessmentPage['mine'] = {};
    for (const a of assessments.filter((x) => x.userId === user.id))
      mine[a.moment] = {
        organisationId: a.organisationId,
        submittedAt: a.submittedAt,
        scores: Object.fromEntries(
          scores
            .filter((s) => s.assessmentId === a.id)
            .map((s) => [s.factor, { score: s.score, comment: s.comment }]),
        ),
      };
    return { access, open, organisations, rows, mine };
  }

  /** Stores or replaces the member's assessment of this moment. */
  submit(
    user: Viewer,
    trajectoryId: number,
    moment: AssessmentMoment,
    dto: AssessmentDto,
    now: Date,
  ): Promise<TrajectoryAssessment> {
    return this.tx.run(async (m) => {
      const access = await this.access.open(user, trajectoryId, m);
      if (!access.isMember) throw new TrajectoryError(TrajectoryErrorCode.AssessmentMembersOnly);
      if (!(await this.openMoments(m, access))[moment])
        throw new TrajectoryError(TrajectoryErrorCode.AssessmentClosed);
      const organisation = await m
        .getRepository(TrajectoryOrganisation)
        .findOneBy({ id: Number(dto.organisationId), trajectoryId });
      if (!organisation)
        throw new TrajectoryError(
          TrajectoryErrorCode.AssessmentOrganisationUnknown,
          'organisationId',
        );
      const repo = m.getRepository(TrajectoryAssessment);
      let assessment = await repo.findOneBy({ trajectoryId, moment, userId: user.id });
      if (assessment) {
        await repo.update(
          { id: assessment.id },
          { organisationId: organisation.id, submittedAt: now },
        );
        await m.getRepository(TrajectoryAssessmentScore).delete({ assessmentId: assessment.id });
      } else {
        assessment = await repo.save({
          trajectoryId,
          moment,
          userId: user.id,
          organisationId: organisation.id,
          submittedAt: now,
        });
      }
      const id = assessment.id;
      await m.getRepository(TrajectoryAssessmentScore).insert(
        SUCCESS_FACTORS.map((factor) => ({
          assessmentId: id,
          factor,
          score: Number(dto[scoreField(factor)]),
          comment:
            typeof dto[commentField(factor)] === 'string' ? String(dto[commentField(factor)]) : '',
        })),
      );
      return assessment;
    });
  }

  private async openMoments(
    m: EntityManager,
    access: TrajectoryAccess,
  ): Promise<Record<AssessmentMoment, boolean>> {
    const phases = await m.getRepository(TrajectoryPhase).find();
    const current = phases.find((p) => p.id === access.trajectory.phaseId);
    return {
      start: isMomentOpen(access.trajectory, current, phases, 'start'),
      end: isMomentOpen(access.trajectory, current, phases, 'end'),
    };
  }
}
