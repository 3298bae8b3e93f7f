import { DataSource } from 'typeorm';
import type { User } from '../../src/accounts/user.entity';
import { TrajectoryMember } from '../../src/trajectories/trajectory-member.entity';
import { TrajectoryOrganisation } from '../../src/trajectories/trajectory-organisation.entity';
import { TrajectoryPhaseChange } from '../../src/trajectories/trajectory-phase-change.entity';
import { TrajectoryPhase } from '../../src/trajectories/trajectory-phase.entity';
import { Trajectory } from '../../src/trajectories/trajectory.entity';

export interface TrajectoryFixture {
  /** Phase key (default `intake`). */
  phase?: string;
  coach?: User | null;
  members?: User[];
  applicant?: User;
  municipalityCode?: string;
  title?: string;
  status?: Trajectory['status'];
}

/** A trajectory written straight to the database: a school, a youth work organisation, members. */
export async function createTrajectory(
  dataSource: DataSource,
  options: TrajectoryFixture,
): Promise<Trajectory> {
  const phase = await dataSource
    .getRepository(TrajectoryPhase)
    .findOneByOrFail({ key: options.phase ?? 'intake' });
  const members = options.members ?? [];
  const applicant = options.applicant ?? members[0];
  if (!applicant) throw new Error('createTrajectory needs an applicant or a member');
  const trajectory = await dataSource.getRepository(Trajectory).save({
    title: options.title ?? `JOS-traject ${Date.now()}`,
    municipalityCode: options.municipalityCode ?? 'GM0344',
    question: 'Hoe kunnen school en jongerenwerk samen eerder signaleren?',
    goals: '',
    hopedStart: 'na de zomervakantie',
    startDate: null,
    plannedEndDate: null,
    phaseId: phase.id,
    status: options.status ?? 'active',
    closingReason: null,
    coachId: options.coach?.id ?? null,
    applicantId: applicant.id,
    closedAt: null,
  });
  const orgs = dataSource.getRepository(TrajectoryOrganisation);
  const school = await orgs.save({
    trajectoryId: trajectory.id,
    kind: 'school',
    name: 'Testcollege',
    networkOrganisationId: null,
    position: 0,
  });
  await orgs.save({
    trajectoryId: trajectory.id,
    kind: 'youth_work',
    name: 'Jongerenwerk Test',
    networkOrganisationId: null,
    position: 1,
  });
  for (const [i, user] of members.entries())
    await dataSource.getRepository(TrajectoryMember).save({
      trajectoryId: trajectory.id,
      userId: user.id,
      organisationId: school.id,
      roleDescription: 'Coördinator',
      isContact: i === 0,
      status: 'active',
      invitedBy: null,
      removedAt: null,
    });
  await dataSource.getRepository(TrajectoryPhaseChange).save({
    trajectoryId: trajectory.id,
    fromPhaseId: null,
    toPhaseId: phase.id,
    status: trajectory.status,
    note: null,
    changedBy: applicant.id,
    changedAt: new Date(),
  });
  return trajectory;
}
