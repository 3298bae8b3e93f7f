import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccountTokensService } from '../accounts/account-tokens.service';
import { normaliseEmail } from '../accounts/email';
import { User } from '../accounts/user.entity';
import { Actor, AuditService } from '../audit/audit.service';
import { isLocale } from '../common/i18n/i18n';
import { Edition } from '../scheduling/edition.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { MailService } from '../mail/mail.service';
import { EnrolmentError, EnrolmentErrorCode } from './enrolment.error';
import { EnrolmentMailer } from './enrolment-mailer';
import { enrolmentStatusText } from './enrolment.presenter';
import { EnrolmentService } from './enrolment.service';
import { ACTIVE, EnrolmentStatus, holdsSeat, isActive } from './enrolment-status';
import { Enrolment } from './enrolment.entity';
import { LockedEdition, lockEdition, releaseSeat, takeSeat } from './seats';
import { WaitlistService } from './waitlist.service';

/** At most this many addresses in one group enrolment. */
export const GROUP_LIMIT = 50;
export const MESSAGE_MAX = 2000;

export type GroupOutcome =
  | 'confirmed'
  | 'pending'
  | 'waitlisted'
  | 'invited'
  | 'already'
  | 'invalid'
  | 'otherOrganisation'
  | 'deactivated';

export interface GroupResultRow {
  email: string;
  outcome: GroupOutcome;
  /** For `invited`: the status the new account's enrolment got. */
  status?: EnrolmentStatus;
  position?: number | null;
}

export type EnrolmentWithUser = Enrolment & {
  user: Pick<User, 'id' | 'name' | 'email' | 'organisation' | 'emailVerifiedAt'>;
};

/** Splits pasted text into distinct addresses (commas, semicolons, spaces or lines between them). */
export function parseAddresses(text: string): string[] {
  const seen = new Set<string>();
  for (const part of (text ?? '').split(/[\s,;]+/)) {
    const address = part.replace(/^<|>$/g, '').trim();
    if (address) seen.add(normaliseEmail(address));
  }
  return [...seen];
}

function sameOrganisation(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase() && a.trim() !== '';
}

/**
 * Staff (and partners, for group enrolment) acting on other people's enrolments: approve,
 * reject, cancel, move, enrol on someone's behalf. Audited.
 */
@Injectable()
export class EnrolmentAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly enrolments: EnrolmentService,
    private readonly waitlist: WaitlistService,
    private readonly mailer: EnrolmentMailer,
    private readonly mail: MailService,
    private readonly tokens: AccountTokensService,
    private readonly audit: AuditService,
  ) {}

  /** Who is enrolling a group: their role and organisation (the request carries no organisation). */
  async groupActor(userId: number): Promise<Pick<User, 'role' | 'organisation'>> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    return { role: user.role, organisation: user.organisation };
  }

  /** Every enrolment of an edition with its person, waiting list in order. */
  async list(editionId: number): Promise<EnrolmentWithUser[]> {
    const rows = await this.dataSource.getRepository(Enrolment).find({
      where: { editionId },
      relations: { user: true },
      order: { waitlistSeq: 'ASC', statusChangedAt: 'ASC', id: 'ASC' },
    });
    return rows as EnrolmentWithUser[];
  }

  async get(enrolmentId: number): Promise<EnrolmentWithUser> {
    const enrolment = await this.dataSource
      .getRepository(Enrolment)
      .findOne({ where: { id: enrolmentId }, relations: { user: true } });
    if (!enrolment) throw new EnrolmentError(EnrolmentErrorCode.EnrolmentNotFound);
    return enrolment as EnrolmentWithUser;
  }

  /** Approve or reject pending enrolments of one edition (ids from another edition are ignored). */
  decide(
    actor: Actor,
    editionId: number,
    ids: number[],
    decision: 'approve' | 'reject',
    message: string | undefined,
    now = new Date(),
  ): Promise<number> {
    if (!ids.length) throw new EnrolmentError(EnrolmentErrorCode.NothingSelected, 'ids');
    if ((message ?? '').length > MESSAGE_MAX)
      throw new EnrolmentError(EnrolmentErrorCode.MessageTooLong, 'message');
    return this.tx.run(async (m) => {
      const edition = await lockEdition(m, editionId);
      if (!edition) throw new EnrolmentError(EnrolmentErrorCode.EditionNotFound);
      const repo = m.getRepository(Enrolment);
      const rows = await repo.find({
        where: { id: In(ids), editionId },
        relations: { user: true },
      });
      const decidable = rows.filter((r) =>
        decision === 'approve'
          ? r.status === 'pending'
          : r.status === 'pending' || r.status === 'waitlisted',
      );
      if (!decidable.length) throw new EnrolmentError(EnrolmentErrorCode.NotPending, 'ids');
      let freed = false;
      for (const row of decidable) {
        if (decision === 'approve') {
          const calendarSequence = row.calendarSequence + 1;
          await repo.update(
            { id: row.id },
            { status: 'confirmed', statusChangedAt: now, calendarSequence },
          );
          await this.mailer.enrolmentMail(
            m,
            'approved',
            row.user!,
            edition,
            { ...row, calendarSequence },
            { message },
          );
        } else {
          freed ||= holdsSeat(row.status);
          if (holdsSeat(row.status)) await releaseSeat(m, editionId);
          await repo.update(
            { id: row.id },
            { status: 'rejected', waitlistSeq: null, statusChangedAt: now },
          );
          await this.mailer.enrolmentMail(m, 'rejected', row.user!, edition, row, { message });
        }
      }
      await this.audit.record(
        m,
        actor,
        decision === 'approve' ? 'enrolment.approved' : 'enrolment.rejected',
        { type: 'edition', id: editionId },
        {
          enrolmentIds: decidable.map((r) => r.id),
          ...(message?.trim() ? { message: message.trim() } : {}),
        },
      );
      if (freed) await this.waitlist.fillFreeSeats(m, editionId, now);
      return decidable.length;
    });
  }

  /** Staff cancel someone's enrolment at any time before the edition ends. */
  cancel(
    actor: Actor,
    enrolmentId: number,
    message: string | undefined,
    now = new Date(),
  ): Promise<Enrolment> {
    if ((message ?? '').length > MESSAGE_MAX)
      throw new EnrolmentError(EnrolmentErrorCode.MessageTooLong, 'message');
    return this.tx.run(async (m) => {
      const first = await m.getRepository(Enrolment).findOneBy({ id: enrolmentId });
      if (!first) throw new EnrolmentError(EnrolmentErrorCode.EnrolmentNotFound);
      const edition = (await lockEdition(m, first.editionId))!;
      const enrolment = await m
        .getRepository(Enrolment)
        .findOneOrFail({ where: { id: enrolmentId }, relations: { user: true } });
      if (!isActive(enrolment.status)) throw new EnrolmentError(EnrolmentErrorCode.NotCancellable);
      const updated = await this.enrolments.endEnrolment(
        m,
        edition,
        enrolment,
        enrolment.user!,
        'staff',
        now,
        message,
      );
      await this.audit.record(
        m,
        actor,
        'enrolment.cancelled',
        { type: 'edition', id: edition.id },
        {
          enrolmentId,
          userId: enrolment.userId,
          from: enrolment.status,
        },
      );
      return updated;
    });
  }

  /** Editions of the same offering an enrolment may move to. */
  moveTargets(enrolment: Enrolment): Promise<Edition[]> {
    return this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('e')
      .innerJoin(Edition, 'cur', 'cur.id = :id', { id: enrolment.editionId })
      .where('e.offering_id = cur.offering_id AND e.id <> cur.id AND e.status = :status', {
        status: 'published',
      })
      .orderBy('e.starts_at', 'ASC')
      .getMany();
  }

  /**
   * Moves an enrolment to another published edition of the same offering, with a confirmed
   * place there (so the target needs a free place). The old place goes to its waiting list.
   */
  move(actor: Actor, enrolmentId: number, targetId: number, now = new Date()): Promise<Enrolment> {
    return this.tx.run(async (m) => {
      const first = await m.getRepository(Enrolment).findOneBy({ id: enrolmentId });
      if (!first) throw new EnrolmentError(EnrolmentErrorCode.EnrolmentNotFound);
      if (first.editionId === targetId)
        throw new EnrolmentError(EnrolmentErrorCode.MoveTargetInvalid, 'target');
      // Two editions: lock them in id order, so two moves cannot wait on each other.
      const [a, b] = [first.editionId, targetId].sort((x, y) => x - y);
      const locked = new Map<number, LockedEdition | null>();
      locked.set(a, await lockEdition(m, a));
      locked.set(b, await lockEdition(m, b));
      const source = locked.get(first.editionId)!;
      const target = locked.get(targetId);
      if (
        !target ||
        target.offeringId !== source.offeringId ||
        target.status !== 'published' ||
        (target.endsAt && target.endsAt.getTime() <= now.getTime())
      )
        throw new EnrolmentError(EnrolmentErrorCode.MoveTargetInvalid, 'target');
      const repo = m.getRepository(Enrolment);
      const enrolment = await repo.findOneOrFail({
        where: { id: enrolmentId },
        relations: { user: true },
      });
      if (!isActive(enrolment.status)) throw new EnrolmentError(EnrolmentErrorCode.NotCancellable);
      const there = await repo.findOneBy({ editionId: targetId, userId: enrolment.userId });
      if (there && isActive(there.status))
        throw new EnrolmentError(EnrolmentErrorCode.AlreadyInTarget, 'target');
      if (!(await takeSeat(m, targetId)))
        throw new EnrolmentError(EnrolmentErrorCode.MoveTargetFull, 'target');
      const hadDates = enrolment.status === 'confirmed';
      // The old enrolment ends without its own e-mail: the "moved" e-mail tells both sides.
      await repo.update(
        { id: enrolment.id },
        {
          status: 'cancelled',
          cancelReason: 'moved',
          waitlistSeq: null,
          offerExpiresAt: null,
          offerTokenHash: null,
          statusChangedAt: now,
          calendarSequence: enrolment.calendarSequence + (hadDates ? 1 : 0),
        },
      );
      const fields = {
        status: 'confirmed' as const,
        waitlistSeq: null,
        statusChangedAt: now,
        offerExpiresAt: null,
        offerTokenHash: null,
        cancelReason: null,
        completion: null,
        completionNote: null,
        enrolledBy: actor.id,
      };
      let moved: Enrolment;
      if (there) {
        const calendarSequence = there.calendarSequence + 1;
        await repo.update({ id: there.id }, { ...fields, calendarSequence });
        moved = { ...there, ...fields, calendarSequence };
      } else {
        moved = await repo.save(
          repo.create({
            ...fields,
            calendarSequence: 1,
            editionId: targetId,
            userId: enrolment.userId,
          }),
        );
      }
      // One e-mail: the new dates, and the withdrawal of the old ones if they had any.
      await this.mailer.enrolmentMail(m, 'moved', enrolment.user!, target, moved, {
        movedFrom: source,
        movedFromSequence: hadDates ? enrolment.calendarSequence + 1 : undefined,
      });
      await this.audit.record(
        m,
        actor,
        'enrolment.moved',
        { type: 'edition', id: source.id },
        {
          enrolmentId,
          userId: enrolment.userId,
          to: targetId,
          newEnrolmentId: moved.id,
        },
      );
      if (holdsSeat(enrolment.status)) {
        await releaseSeat(m, source.id);
        await this.waitlist.fillFreeSeats(m, source.id, now);
      }
      return moved;
    });
  }

  /**
   * Enrols people by e-mail address: staff for anyone, a partner for its own organisation.
   * Addresses without an account get one, with an invitation to complete it. One transaction per
   * address, so one problem does not undo the others; the result says what happened to each.
   */
  async enrolByEmail(
    actorRef: Pick<User, 'id'>,
    editionId: number,
    text: string,
    now = new Date(),
  ): Promise<GroupResultRow[]> {
    const actor = await this.dataSource.getRepository(User).findOneByOrFail({ id: actorRef.id });
    const addresses = parseAddresses(text);
    if (!addresses.length) throw new EnrolmentError(EnrolmentErrorCode.NoAddresses, 'emails');
    if (addresses.length > GROUP_LIMIT)
      throw new EnrolmentError(EnrolmentErrorCode.TooManyAddresses, 'emails', { max: GROUP_LIMIT });
    const asStaff = actor.role === 'staff' || actor.role === 'admin';
    const edition = await this.dataSource
      .getRepository(Edition)
      .findOne({ where: { id: editionId }, relations: { offering: true } });
    if (!edition) throw new EnrolmentError(EnrolmentErrorCode.EditionNotFound);
    if (edition.status !== 'published' || !edition.offering?.published)
      throw new EnrolmentError(EnrolmentErrorCode.EditionNotOpen, 'emails');
    const results: GroupResultRow[] = [];
    for (const email of addresses) {
      if (!isEmail(email) || email.length > 254) {
        results.push({ email, outcome: 'invalid' });
        continue;
      }
      try {
        results.push(
          await this.tx.run((m) => this.enrolOne(m, actor, editionId, email, asStaff, now)),
        );
      } catch (error) {
        if (error instanceof EnrolmentError && error.code === EnrolmentErrorCode.AlreadyEnrolled) {
          results.push({ email, outcome: 'already' });
        } else throw error;
      }
    }
    return results;
  }

  private async enrolOne(
    m: EntityManager,
    actor: User,
    editionId: number,
    email: string,
    asStaff: boolean,
    now: Date,
  ): Promise<GroupResultRow> {
    const edition = (await lockEdition(m, editionId))!;
    const users = m.getRepository(User);
    let user = await users.findOneBy({ email });
    let invitation: string | null = null;
    if (user) {
      if (user.deactivatedAt) return { email, outcome: 'deactivated' };
      if (!asStaff && !sameOrganisation(user.organisation, actor.organisation))
        return { email, outcome: 'otherOrganisation' };
    } else {
      ({ user, token: invitation } = await this.tokens.createInvitedAccount(m, email, actor));
    }
    const { enrolment, position } = await this.enrolments.enrolLocked(m, edition, user, {
      enrolledBy: actor,
      asStaff,
      now,
      // A new account gets one e-mail: the invitation, which also says where they stand.
      notify: !invitation,
    });
    if (invitation) {
      const locale = isLocale(actor.locale) ? actor.locale : 'nl';
      const part =
        enrolment.status === 'confirmed'
          ? await this.mailer.calendarFor(m, 'REQUEST', edition, user, enrolment.calendarSequence)
          : null;
      await this.mail.queue(m, {
        to: email,
        template: 'enrolment-invitation',
        locale,
        calendar: part ? [part] : [],
        data: {
          inviter: actor.name,
          offering: edition.offering.title,
          edition: edition.title,
          token: invitation,
          status: enrolmentStatusText(enrolment, position, locale),
          hasCalendar: !!part,
        },
      });
    }
    await this.audit.record(
      m,
      actor,
      'enrolment.enrolled_for',
      { type: 'edition', id: editionId },
      {
        enrolmentId: enrolment.id,
        userId: user.id,
        invited: !!invitation,
        status: enrolment.status,
      },
    );
    return invitation
      ? { email, outcome: 'invited', status: enrolment.status, position }
      : { email, outcome: enrolment.status as GroupOutcome, position };
  }

  /** The edition was cancelled: every active enrolment ends and everyone involved is told. */
  async onEditionCancelled(m: EntityManager, editionId: number, now = new Date()): Promise<void> {
    const edition = (await lockEdition(m, editionId))!;
    const repo = m.getRepository(Enrolment);
    const active = await repo.find({
      where: { editionId, status: In([...ACTIVE]) },
      relations: { user: true },
    });
    for (const enrolment of active) {
      const hadDates = enrolment.status === 'confirmed';
      const calendarSequence = enrolment.calendarSequence + (hadDates ? 1 : 0);
      await repo.update(
        { id: enrolment.id },
        {
          status: 'cancelled',
          cancelReason: 'edition_cancelled',
          waitlistSeq: null,
          offerExpiresAt: null,
          offerTokenHash: null,
          statusChangedAt: now,
          calendarSequence,
        },
      );
      await this.mailer.editionCancelled(
        m,
        enrolment.user!,
        edition,
        hadDates ? calendarSequence : null,
        undefined,
      );
    }
    for (const trainer of await this.mailer.trainersOf(m, editionId))
      await this.mailer.editionCancelled(m, trainer, edition, 1, undefined);
    await m.getRepository(Edition).update({ id: editionId }, { seatsTaken: 0 });
  }

  /** A meeting of a published edition changed: participants with a place and trainers hear of it. */
  async onMeetingChanged(
    m: EntityManager,
    editionId: number,
    event: Parameters<EnrolmentMailer['meetingChanged']>[3],
  ): Promise<void> {
    const edition = (await lockEdition(m, editionId))!;
    const holders = await m.getRepository(Enrolment).find({
      where: { editionId, status: In(['confirmed', 'pending', 'offered']) },
      relations: { user: true },
    });
    for (const enrolment of holders)
      await this.mailer.meetingChanged(
        m,
        enrolment.user!,
        edition,
        event,
        enrolment.calendarSequence,
        enrolment.status === 'confirmed',
      );
    for (const trainer of await this.mailer.trainersOf(m, editionId))
      await this.mailer.meetingChanged(m, trainer, edition, event, 0);
  }
}
