import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountTokensService } from '../accounts/account-tokens.service';
import { normaliseEmail } from '../accounts/email';
import { User } from '../accounts/user.entity';
import { AuditService } from '../audit/audit.service';
import { TransactionRunner } from '../database/transaction-runner';
import { MailService } from '../mail/mail.service';
import { TrajectoryAccessService } from './trajectory-access.service';
import { TrajectoryMember } from './trajectory-member.entity';
import { TrajectoryOrganisation } from './trajectory-organisation.entity';
import type { TrajectoryOrganisationKind } from './trajectory-organisation.entity';
import { Trajectory } from './trajectory.entity';
import { TrajectoryError, TrajectoryErrorCode } from './trajectory.error';

export interface NewMember {
  name: string;
  email: string;
  side: TrajectoryOrganisationKind | null;
  role: string;
  isContact: boolean;
  /** False for the applicant, who gets the confirmation instead. */
  notify?: boolean;
}

export type AddOutcome = 'added' | 'invited' | 'already';

export function trajectoryHref(id: number): string {
  return `/jos/trajecten/${id}`;
}

/**
 * The people of a trajectory. Someone with an account becomes a member and is told by e-mail;
 * an unknown address gets a password-less account and an invitation naming the trajectory.
 */
@Injectable()
export class MemberService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly access: TrajectoryAccessService,
    private readonly tokens: AccountTokensService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /** Adds one person in the caller's transaction and queues their e-mail. */
  async add(
    m: EntityManager,
    trajectory: Trajectory,
    inviter: User,
    person: NewMember,
  ): Promise<{ outcome: AddOutcome; user: User }> {
    const email = normaliseEmail(person.email);
    const users = m.getRepository(User);
    const organisationId = person.side
      ? ((
          await m.getRepository(TrajectoryOrganisation).findOne({
            where: { trajectoryId: trajectory.id, kind: person.side },
            order: { position: 'ASC', id: 'ASC' },
          })
        )?.id ?? null)
      : null;
    let user = await users.findOneBy({ email });
    let token: string | null = null;
    if (!user) {
      ({ user, token } = await this.tokens.createInvitedAccount(m, email, inviter));
      if (person.name) {
        user.name = person.name.slice(0, 200);
        await users.update({ id: user.id }, { name: user.name });
      }
    }
    const members = m.getRepository(TrajectoryMember);
    const existing = await members.findOneBy({ trajectoryId: trajectory.id, userId: user.id });
    if (existing?.status === 'active') return { outcome: 'already', user };
    const fields = {
      organisationId,
      roleDescription: person.role.slice(0, 200),
      isContact: person.isContact,
      status: 'active' as const,
      invitedBy: inviter.id,
      removedAt: null,
    };
    if (existing) await members.update({ id: existing.id }, fields);
    else
      await members.save(
        members.create({ trajectoryId: trajectory.id, userId: user.id, ...fields }),
      );
    const data = {
      name: user.name,
      inviter: inviter.name,
      trajectory: trajectory.title,
      url: trajectoryHref(trajectory.id),
      token,
    };
    if (person.notify !== false || token)
      await this.mail.queue(m, {
        to: user.email,
        template: token ? 'trajectory-invitation' : 'trajectory-added',
        locale: token ? inviter.locale : user.locale,
        data,
      });
    return { outcome: token ? 'invited' : 'added', user };
  }

  /** The coach or staff invite someone; an address already active in it is a message at the field. */
  async invite(actor: Express.User, trajectoryId: number, person: NewMember): Promise<AddOutcome> {
    return this.tx.run(async (m) => {
      const { trajectory } = await this.access.openToManage(actor, trajectoryId, m);
      if (trajectory.status !== 'active') throw new TrajectoryError(TrajectoryErrorCode.WrongState);
      const inviter = await m.getRepository(User).findOneByOrFail({ id: actor.id });
      const { outcome, user } = await this.add(m, trajectory, inviter, person);
      if (outcome === 'already')
        throw new TrajectoryError(TrajectoryErrorCode.AlreadyMember, 'memberEmail');
      await this.audit.record(
        m,
        actor,
        'trajectory.member.add',
        { type: 'trajectory', id: trajectoryId },
        { userId: user.id, invited: outcome === 'invited' },
      );
      await m.getRepository(Trajectory).update({ id: trajectoryId }, { updatedAt: new Date() });
      return outcome;
    });
  }

  /** Takes a member out: they lose access at once, and stay named in the history. */
  async remove(actor: Express.User, trajectoryId: number, memberId: number): Promise<string> {
    return this.tx.run(async (m) => {
      const { trajectory } = await this.access.openToManage(actor, trajectoryId, m);
      if (trajectory.status !== 'active') throw new TrajectoryError(TrajectoryErrorCode.WrongState);
      const members = m.getRepository(TrajectoryMember);
      const member = await members.findOne({
        where: { id: memberId, trajectoryId, status: 'active' },
        relations: { user: true },
      });
      if (!member) throw new TrajectoryError(TrajectoryErrorCode.NotFound);
      await members.update({ id: member.id }, { status: 'removed', removedAt: new Date() });
      await this.audit.record(
        m,
        actor,
        'trajectory.member.remove',
        { type: 'trajectory', id: trajectoryId },
        { userId: member.userId },
      );
      return member.user?.name ?? '';
    });
  }
}
