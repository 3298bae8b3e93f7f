import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Actor, AuditService } from '../audit/audit.service';
import { containsPattern } from '../common/sql/like';
import { TransactionRunner } from '../database/transaction-runner';
import { MailService } from '../mail/mail.service';
import { NetworkMembership } from './membership.entity';
import { NetworkError, NetworkErrorCode } from './network.error';
import { NetworkOrganisation } from './organisation.entity';

/** The signed-in user, as far as the network pages need it. */
export interface NetworkUser extends Actor {
  role: User['role'];
}

export interface MembershipWithOrganisation {
  membership: NetworkMembership;
  organisation: NetworkOrganisation;
}

export interface MembershipWithUser {
  membership: NetworkMembership;
  user: User;
}

/** How many organisations the link form's select offers at once; a search narrows it. */
export const ORGANISATION_CHOICES = 100;

export function editHref(organisationId: number): string {
  return `/mijn/organisatie/${organisationId}/bewerken`;
}

/**
 * Partner users linked to the organisations whose listing they keep: a partner asks, staff
 * approve or decline; staff also link someone directly by e-mail address, and unlink. The one
 * object-level check of the partner pages lives here: `activeOrganisation`.
 */
@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  /**
   * The organisation when `user` is an active member of it; otherwise not found, whoever asks
   * (staff too: they work on /beheer/netwerk), so no one learns which organisations exist.
   */
  async activeOrganisation(
    user: Pick<NetworkUser, 'id'>,
    organisationId: number,
    m: EntityManager = this.dataSource.manager,
  ): Promise<NetworkOrganisation> {
    const member = await m
      .getRepository(NetworkMembership)
      .existsBy({ userId: user.id, organisationId, status: 'active' });
    const organisation = member
      ? await m.getRepository(NetworkOrganisation).findOneBy({ id: organisationId })
      : null;
    if (!organisation) throw new NetworkError(NetworkErrorCode.NotFound);
    return organisation;
  }

  /** The user's links: active and requested (and declined, so they know), by organisation name. */
  async mine(userId: number): Promise<MembershipWithOrganisation[]> {
    const memberships = await this.dataSource
      .getRepository(NetworkMembership)
      .find({ where: { userId }, relations: { organisation: true }, order: { id: 'ASC' } });
    return memberships
      .filter((membership) => membership.organisation)
      .map((membership) => ({ membership, organisation: membership.organisation! }))
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'nl'));
  }

  /** The published organisations the link form offers, by name; `query` narrows by name or town. */
  choices(query: string): Promise<NetworkOrganisation[]> {
    const qb = this.dataSource
      .getRepository(NetworkOrganisation)
      .createQueryBuilder('o')
      .where("o.status = 'published'")
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .take(ORGANISATION_CHOICES);
    const q = query.trim().slice(0, 100);
    if (q)
      qb.andWhere('(LOWER(o.name) LIKE :q OR LOWER(o.city) LIKE :q)', { q: containsPattern(q) });
    return qb.getMany();
  }

  /** A partner asks to be linked to a published organisation; staff decide. */
  async request(actor: NetworkUser, organisationId: number, note: string): Promise<void> {
    await this.tx.run(async (m) => {
      const organisation = await m
        .getRepository(NetworkOrganisation)
        .findOneBy({ id: organisationId, status: 'published' });
      if (!organisation)
        throw new NetworkError(NetworkErrorCode.OrganisationUnknown, 'organisationId');
      const repo = m.getRepository(NetworkMembership);
      const existing = await repo.findOneBy({ userId: actor.id, organisationId });
      if (existing?.status === 'active')
        throw new NetworkError(NetworkErrorCode.AlreadyMember, 'organisationId');
      if (existing?.status === 'requested')
        throw new NetworkError(NetworkErrorCode.AlreadyRequested, 'organisationId');
      // Declined before: the same row is asked again (one row per user and organisation).
      const fields = { status: 'requested' as const, note: note || null, decidedAt: null };
      let id: number;
      if (existing) {
        await repo.update({ id: existing.id }, { ...fields, decidedBy: null });
        id = existing.id;
      } else {
        id = (await repo.save(repo.create({ userId: actor.id, organisationId, ...fields }))).id;
      }
      await this.audit.record(
        m,
        actor,
        'network.membership.request',
        { type: 'network_membership', id },
        { organisationId, organisation: organisation.name },
      );
    });
  }

  /** Open requests, oldest first, with who asks and for which organisation. */
  async requests(): Promise<(MembershipWithUser & { organisation: NetworkOrganisation })[]> {
    const rows = await this.dataSource.getRepository(NetworkMembership).find({
      where: { status: 'requested' },
      relations: { user: true, organisation: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows
      .filter((r) => r.user && r.organisation)
      .map((membership) => ({
        membership,
        user: membership.user!,
        organisation: membership.organisation!,
      }));
  }

  /** The linked and requesting users of one organisation (staff page). */
  async membersOf(organisationId: number): Promise<MembershipWithUser[]> {
    const rows = await this.dataSource.getRepository(NetworkMembership).find({
      where: { organisationId, status: In(['active', 'requested']) },
      relations: { user: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.filter((r) => r.user).map((membership) => ({ membership, user: membership.user! }));
  }

  async approve(actor: Actor, membershipId: number): Promise<void> {
    await this.decide(actor, membershipId, 'active', null);
  }

  async decline(actor: Actor, membershipId: number, message: string): Promise<void> {
    await this.decide(actor, membershipId, 'declined', message || null);
  }

  private async decide(
    actor: Actor,
    membershipId: number,
    status: 'active' | 'declined',
    message: string | null,
  ): Promise<void> {
    await this.tx.run(async (m) => {
      const repo = m.getRepository(NetworkMembership);
      const membership = await repo.findOne({
        where: { id: membershipId },
        relations: { user: true, organisation: true },
      });
      if (!membership?.user || !membership.organisation)
        throw new NetworkError(NetworkErrorCode.NotFound);
      // Only while still requested: two staff deciding at once, or twice, change nothing.
      const result = await repo.update(
        { id: membershipId, status: 'requested' },
        { status, decidedAt: new Date(), decidedBy: actor.id },
      );
      if (result.affected !== 1) throw new NetworkError(NetworkErrorCode.WrongState, 'status');
      const { user, organisation } = membership;
      if (status === 'active') await this.ensurePartner(m, actor, user, 'network.membership');
      await this.audit.record(
        m,
        actor,
        status === 'active' ? 'network.membership.approve' : 'network.membership.decline',
        { type: 'network_membership', id: membershipId },
        { userId: user.id, organisationId: organisation.id, ...(message ? { message } : {}) },
      );
      await this.mail.queue(m, {
        to: user.email,
        template:
          status === 'active' ? 'network-membership-approved' : 'network-membership-declined',
        locale: user.locale,
        data: {
          name: user.name,
          organisation: organisation.name,
          message,
          editUrl: editHref(organisation.id),
        },
      });
    });
  }

  /**
   * Staff link an account to the organisation by its e-mail address, at once active. A
   * professional becomes a partner (audited); other roles keep theirs.
   */
  async linkByEmail(actor: Actor, organisationId: number, email: string): Promise<User> {
    return this.tx.run(async (m) => {
      const organisation = await m
        .getRepository(NetworkOrganisation)
        .findOneBy({ id: organisationId });
      if (!organisation) throw new NetworkError(NetworkErrorCode.NotFound);
      const user = await m.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
      if (!user) throw new NetworkError(NetworkErrorCode.UserUnknown, 'email');
      if (user.deactivatedAt) throw new NetworkError(NetworkErrorCode.UserDeactivated, 'email');
      const existing = await m
        .getRepository(NetworkMembership)
        .findOneBy({ userId: user.id, organisationId, status: 'active' });
      if (existing) throw new NetworkError(NetworkErrorCode.AlreadyMember, 'email');
      const membership = await this.activate(m, actor, user.id, organisationId);
      await this.ensurePartner(m, actor, user, 'network.membership');
      await this.audit.record(
        m,
        actor,
        'network.membership.link',
        { type: 'network_membership', id: membership.id },
        { userId: user.id, email: user.email, organisationId },
      );
      await this.mail.queue(m, {
        to: user.email,
        template: 'network-membership-linked',
        locale: user.locale,
        data: {
          name: user.name,
          organisation: organisation.name,
          editUrl: editHref(organisationId),
        },
      });
      return user;
    });
  }

  /** Staff end a link (or a request): the user no longer keeps this listing. */
  async unlink(actor: Actor, organisationId: number, membershipId: number): Promise<void> {
    await this.tx.run(async (m) => {
      const repo = m.getRepository(NetworkMembership);
      const membership = await repo.findOneBy({ id: membershipId, organisationId });
      if (!membership) throw new NetworkError(NetworkErrorCode.NotFound);
      const result = await repo.delete({ id: membershipId, status: membership.status });
      if (result.affected !== 1) throw new NetworkError(NetworkErrorCode.WrongState, 'status');
      await this.audit.record(
        m,
        actor,
        'network.membership.unlink',
        { type: 'network_membership', id: membershipId },
        { userId: membership.userId, organisationId, status: membership.status },
      );
    });
  }

  /** The user's link to the organisation, active now (made, or a request or decline turned). */
  async activate(
    m: EntityManager,
    actor: Actor,
    userId: number,
    organisationId: number,
  ): Promise<NetworkMembership> {
    const repo = m.getRepository(NetworkMembership);
    const existing = await repo.findOneBy({ userId, organisationId });
    const fields = { status: 'active' as const, decidedAt: new Date(), decidedBy: actor.id };
    if (existing) {
      await repo.update({ id: existing.id }, fields);
      return { ...existing, ...fields };
    }
    return repo.save(repo.create({ userId, organisationId, note: null, ...fields }));
  }

  /**
   * A professional who keeps a listing becomes a partner, audited as every role change is.
   * Staff, admins (who pass partner checks) and trainers keep their role.
   */
  async ensurePartner(
    m: EntityManager,
    actor: Actor,
    user: User,
    reason: string,
  ): Promise<boolean> {
    if (user.role !== 'professional') return false;
    await m.getRepository(User).update({ id: user.id, role: 'professional' }, { role: 'partner' });
    await this.audit.record(
      m,
      actor,
      'user.role_changed',
      { type: 'user', id: user.id },
      { from: 'professional', to: 'partner', reason },
    );
    return true;
  }
}
