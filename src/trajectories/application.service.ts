import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { countRequest } from '../accounts/rate-limit';
import { User } from '../accounts/user.entity';
import { AuditService } from '../audit/audit.service';
import { roleSatisfies } from '../common/access/role';
import { FormInvalidError } from '../common/forms/form-invalid.error';
import { TransactionRunner } from '../database/transaction-runner';
import { GeoService } from '../geo/geo.service';
import { MailService } from '../mail/mail.service';
import { NetworkOrganisation } from '../network/organisation.entity';
import type { OrganisationType } from '../network/vocabulary';
import { readApplicationForm, trajectoryTitle } from './application-form';
import { MemberService, trajectoryHref } from './member.service';
import { FIRST_PHASE, recordChange } from './phase.service';
import { TrajectoryMember } from './trajectory-member.entity';
import { TrajectoryOrganisation } from './trajectory-organisation.entity';
import type { TrajectoryOrganisationKind } from './trajectory-organisation.entity';
import { TrajectoryPhase } from './trajectory-phase.entity';
import { Trajectory } from './trajectory.entity';
import { TrajectoryError, TrajectoryErrorCode } from './trajectory.error';

/** Which directory types can be chosen on each side of the application. */
export const SIDE_TYPES: Record<TrajectoryOrganisationKind, OrganisationType[]> = {
  school: ['onderwijs'],
  youth_work: ['jongerenwerk'],
};

/** At most this many applications per user per day. */
export const APPLICATION_LIMIT = { windowMs: 24 * 60 * 60 * 1000, max: 5 };

export interface ListedOption {
  id: number;
  name: string;
  city: string | null;
}

export interface QueuedApplication {
  trajectory: Trajectory;
  organisations: TrajectoryOrganisation[];
  applicant: User | null;
}

/**
 * Applying for a JOS trajectory, and the staff queue: applications are trajectories in the first
 * phase; staff take one on (a coach, the next phase) or decline it with a reason.
 */
@Injectable()
export class ApplicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly geo: GeoService,
    private readonly members: MemberService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /** The published listings that fit each side, by name. */
  async listed(): Promise<Record<TrajectoryOrganisationKind, ListedOption[]>> {
    const rows = await this.dataSource.getRepository(NetworkOrganisation).find({
      where: { status: 'published', type: In([...SIDE_TYPES.school, ...SIDE_TYPES.youth_work]) },
      select: { id: true, name: true, city: true, type: true },
    });
    const collator = new Intl.Collator('nl');
    rows.sort((a, b) => collator.compare(a.name, b.name));
    const pick = (kind: TrajectoryOrganisationKind) =>
      rows
        .filter((r) => SIDE_TYPES[kind].includes(r.type))
        .map((r) => ({ id: r.id, name: r.name, city: r.city }));
    return { school: pick('school'), youth_work: pick('youth_work') };
  }

  /** The applicant's own municipality, to start the form with. */
  async homeMunicipality(userId: number): Promise<string> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    return user?.municipalityCode ?? '';
  }

  /** Checks the form, then writes the whole application in one transaction. */
  async apply(requester: Express.User, form: unknown, now = new Date()): Promise<Trajectory> {
    const listed = await this.listed();
    const known = new Set<string>();
    for (const p of await this.geo.provinceGroups())
      for (const mu of p.municipalities) known.add(mu.code);
    const toMap = (list: ListedOption[]) => new Map(list.map((o) => [o.id, o.name]));
    const { input, problems } = readApplicationForm(form, {
      isMunicipality: (code) => known.has(code),
      listed: { school: toMap(listed.school), youth_work: toMap(listed.youth_work) },
    });
    if (problems.length) throw new FormInvalidError(problems);
    const municipality = (await this.geo.municipality(input.municipalityCode))!;
    return this.tx.run(async (m) => {
      const user = await m.getRepository(User).findOneByOrFail({ id: requester.id });
      if (!(await countRequest(m, `jos-apply:${user.id}`, APPLICATION_LIMIT, now)))
        throw new TrajectoryError(TrajectoryErrorCode.TooManyApplications);
      const phase = await m.getRepository(TrajectoryPhase).findOneByOrFail({ key: FIRST_PHASE });
      const repo = m.getRepository(Trajectory);
      const trajectory = await repo.save(
        repo.create({
          title: trajectoryTitle(municipality.name, input.organisations),
          municipalityCode: input.municipalityCode,
          question: input.question,
          goals: '',
          hopedStart: input.hopedStart,
          startDate: null,
          plannedEndDate: null,
          phaseId: phase.id,
          status: 'active',
          closingReason: null,
          coachId: null,
          applicantId: user.id,
          closedAt: null,
        }),
      );
      const orgs = m.getRepository(TrajectoryOrganisation);
      for (const [position, o] of input.organisations.entries())
        await orgs.save(orgs.create({ trajectoryId: trajectory.id, position, ...o }));
      const own = input.contacts.find((c) => c.email === user.email.toLowerCase());
      await this.members.add(m, trajectory, user, {
        name: user.name,
        email: user.email,
        side: own?.side ?? null,
        role: own?.role ?? '',
        isContact: true,
        notify: false,
      });
      for (const c of input.contacts.filter((c) => c !== own))
        await this.members.add(m, trajectory, user, { ...c, isContact: true });
      await recordChange(
        m,
        { id: trajectory.id, phaseId: null },
        { toPhaseId: phase.id, status: 'active', note: null, by: user.id },
        now,
      );
      await this.audit.record(
        m,
        user,
        'trajectory.apply',
        { type: 'trajectory', id: trajectory.id },
        { municipality: input.municipalityCode, contacts: input.contacts.length },
      );
      await this.mail.queue(m, {
        to: user.email,
        template: 'trajectory-application-received',
        locale: user.locale,
        data: { name: user.name, trajectory: trajectory.title, url: trajectoryHref(trajectory.id) },
      });
      return trajectory;
    });
  }

  /** Applications waiting for staff, the longest waiting first. */
  async queue(): Promise<QueuedApplication[]> {
    const trajectories = await this.dataSource.getRepository(Trajectory).find({
      where: { status: 'active', phase: { key: FIRST_PHASE } },
      relations: { phase: true, municipality: { province: true } },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return this.withParts(trajectories);
  }

  /** One trajectory still in (or decided from) the application phase, for staff. */
  async get(id: number): Promise<QueuedApplication> {
    const trajectory = await this.dataSource.getRepository(Trajectory).findOne({
      where: { id },
      relations: { phase: true, municipality: { province: true } },
    });
    if (!trajectory) throw new TrajectoryError(TrajectoryErrorCode.NotFound);
    return (await this.withParts([trajectory]))[0];
  }

  /** Active staff and admin users who can coach. */
  async coaches(): Promise<User[]> {
    const users = await this.dataSource.getRepository(User).find({
      where: { role: In(['staff', 'admin']), deactivatedAt: IsNull(), passwordHash: Not('') },
      order: { name: 'ASC', id: 'ASC' },
    });
    return users;
  }

  async coach(id: number): Promise<User> {
    const user = Number.isSafeInteger(id)
      ? await this.dataSource.getRepository(User).findOneBy({ id })
      : null;
    if (!user || user.deactivatedAt || !roleSatisfies(user.role, ['staff']))
      throw new TrajectoryError(TrajectoryErrorCode.UnknownCoach, 'coachId');
    return user;
  }

  /** Staff take the application on: a coach, the next phase (intake), the members told. */
  async takeOn(
    actor: Express.User,
    id: number,
    coachId: number,
    now = new Date(),
  ): Promise<Trajectory> {
    const coach = await this.coach(coachId);
    return this.tx.run(async (m) => {
      const repo = m.getRepository(Trajectory);
      const trajectory = await repo.findOne({ where: { id }, relations: { phase: true } });
      if (!trajectory) throw new TrajectoryError(TrajectoryErrorCode.NotFound);
      const phases = await m
        .getRepository(TrajectoryPhase)
        .find({ order: { position: 'ASC', id: 'ASC' } });
      const next = phases.find(
        (p) => p.active && p.key !== FIRST_PHASE && p.position > (trajectory.phase?.position ?? 0),
      )!;
      const moved = await repo.update(
        { id, status: 'active', phaseId: trajectory.phaseId },
        { coachId: coach.id, phaseId: next.id, updatedAt: now },
      );
      if (moved.affected !== 1 || trajectory.phase?.key !== FIRST_PHASE)
        throw new TrajectoryError(TrajectoryErrorCode.WrongState);
      await recordChange(
        m,
        trajectory,
        { toPhaseId: next.id, status: 'active', note: null, by: actor.id },
        now,
      );
      await this.audit.record(
        m,
        actor,
        'trajectory.take_on',
        { type: 'trajectory', id },
        { coachId: coach.id },
      );
      const members = await m.getRepository(TrajectoryMember).find({
        where: { trajectoryId: id, status: 'active' },
        relations: { user: true },
      });
      for (const member of members)
        if (member.user && !member.user.deactivatedAt)
          await this.mail.queue(m, {
            to: member.user.email,
            template: 'trajectory-taken-on',
            locale: member.user.locale,
            data: {
              name: member.user.name,
              trajectory: trajectory.title,
              coach: coach.name,
              coachEmail: coach.email,
              url: trajectoryHref(id),
            },
          });
      return trajectory;
    });
  }

  /** Staff decline the application with a reason; the applicant is told why. */
  async decline(
    actor: Express.User,
    id: number,
    reason: string,
    now = new Date(),
  ): Promise<Trajectory> {
    return this.tx.run(async (m) => {
      const repo = m.getRepository(Trajectory);
      const trajectory = await repo.findOne({ where: { id }, relations: { phase: true } });
      if (!trajectory) throw new TrajectoryError(TrajectoryErrorCode.NotFound);
      if (trajectory.phase?.key !== FIRST_PHASE)
        throw new TrajectoryError(TrajectoryErrorCode.WrongState);
      const declined = await repo.update(
        { id, status: 'active', phaseId: trajectory.phaseId },
        { status: 'declined', closingReason: reason, closedAt: now, updatedAt: now },
      );
      if (declined.affected !== 1) throw new TrajectoryError(TrajectoryErrorCode.WrongState);
      await recordChange(
        m,
        trajectory,
        { toPhaseId: trajectory.phaseId, status: 'declined', note: reason, by: actor.id },
        now,
      );
      await this.audit.record(m, actor, 'trajectory.decline', { type: 'trajectory', id });
      const applicant = await m.getRepository(User).findOneBy({ id: trajectory.applicantId });
      if (applicant)
        await this.mail.queue(m, {
          to: applicant.email,
          template: 'trajectory-declined',
          locale: applicant.locale,
          data: { name: applicant.name, trajectory: trajectory.title, reason },
        });
      return trajectory;
    });
  }

  private async withParts(trajectories: Trajectory[]): Promise<QueuedApplication[]> {
    if (!trajectories.length) return [];
    const ids = trajectories.map((t) => t.id);
    const orgs = await this.dataSource.getRepository(TrajectoryOrganisation).find({
      where: { trajectoryId: In(ids) },
      order: { position: 'ASC', id: 'ASC' },
    });
    const users = await this.dataSource
      .getRepository(User)
      .findBy({ id: In([...new Set(trajectories.map((t) => t.applicantId))]) });
    return trajectories.map((trajectory) => ({
      trajectory,
      organisations: orgs.filter((o) => o.trajectoryId === trajectory.id),
      applicant: users.find((u) => u.id === trajectory.applicantId) ?? null,
    }));
  }
}
