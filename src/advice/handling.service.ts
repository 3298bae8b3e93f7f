import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { hashToken } from '../accounts/account-tokens.service';
import { User } from '../accounts/user.entity';
import { AuditService } from '../audit/audit.service';
import { formatDate } from '../common/views/format';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { MailService } from '../mail/mail.service';
import { AdviceAccessService } from './advice-access.service';
import { AdviceAppointment } from './advice-appointment.entity';
import { AdviceMessage } from './advice-message.entity';
import { AdviceNote } from './advice-note.entity';
import { AdviceRequest } from './advice-request.entity';
import { AdviceStatusChange } from './advice-status-change.entity';
import { AdviceStatus, isClosed } from './advice-status';
import { AdviceError, AdviceErrorCode } from './advice.error';
import type { ChangeStatusDto } from './dto/handling.dto';
import { dueAt } from './response-time';

export type Actor = Pick<User, 'id' | 'email' | 'name'>;

const FLOW: readonly AdviceStatus[] = ['new', 'assigned', 'in_progress', 'appointment'];

/**
 * Where a request can go from its status: forward along nieuw → toegewezen → in behandeling →
 * afspraak gepland, back from afspraak to in behandeling (an appointment fell through), or to one
 * of the closing statuses. Closed requests go nowhere.
 */
export function statusTargets(from: AdviceStatus): AdviceStatus[] {
  if (isClosed(from) || from === 'unverified') return [];
  const index = FLOW.indexOf(from);
  const forward = FLOW.filter((s, i) => i > index);
  const back: AdviceStatus[] = from === 'appointment' ? ['in_progress'] : [];
  return [...back, ...forward, 'completed', 'referred', 'closed'];
}

/** Writes the status and its history row (changedBy null: the system). */
export async function recordStatus(
  m: EntityManager,
  request: AdviceRequest,
  to: AdviceStatus,
  actorId: number | null,
  now = new Date(),
): Promise<void> {
  if (request.status === to) return;
  await m.getRepository(AdviceStatusChange).insert({
    requestId: request.id,
    fromStatus: request.status,
    toStatus: to,
    changedBy: actorId,
    changedAt: now,
  });
  request.status = to;
  if (isClosed(to)) request.closedAt = now;
  await m
    .getRepository(AdviceRequest)
    .update({ id: request.id }, { status: to, ...(isClosed(to) ? { closedAt: now } : {}) });
}

/** Opens a request for a change: it must exist and be open. Locks it on PostgreSQL. */
export async function openForChange(
  access: AdviceAccessService,
  m: EntityManager,
  id: number,
): Promise<AdviceRequest> {
  const request = await access.forStaff(id, m);
  if (m.connection.options.type === 'postgres')
    await m.query('SELECT id FROM advice_requests WHERE id = $1 FOR UPDATE', [id]);
  const fresh = await access.forStaff(id, m);
  if (isClosed(fresh.status) || fresh.anonymisedAt)
    throw new AdviceError(AdviceErrorCode.WrongState);
  return Object.assign(request, fresh);
}

export interface RequestPage {
  request: AdviceRequest;
  history: AdviceStatusChange[];
  messages: AdviceMessage[];
  notes: AdviceNote[];
  appointments: AdviceAppointment[];
  /** Names of the staff and requesters mentioned (authors, advisers), by user id. */
  names: Map<number, string>;
  staff: Pick<User, 'id' | 'name'>[];
}

/**
 * Staff handling of one request: assigning an adviser, the status flow, internal notes and
 * messages to the requester (e-mailed, in their language).
 */
@Injectable()
export class AdviceHandlingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly access: AdviceAccessService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(id: number): Promise<RequestPage> {
    const m = this.dataSource.manager;
    const request = await this.access.forStaff(id, m);
    const order = { createdAt: 'ASC', id: 'ASC' } as const;
    const [history, messages, notes, appointments, staff] = await Promise.all([
      m.getRepository(AdviceStatusChange).find({
        where: { requestId: id },
        order: { changedAt: 'ASC', id: 'ASC' },
      }),
      m.getRepository(AdviceMessage).find({ where: { requestId: id }, order }),
      m.getRepository(AdviceNote).find({ where: { requestId: id }, order }),
      m.getRepository(AdviceAppointment).find({
        where: { requestId: id },
        order: { startsAt: 'ASC', id: 'ASC' },
      }),
      this.staff(m),
    ]);
    const ids = new Set<number>();
    if (request.adviserId) ids.add(request.adviserId);
    for (const h of history) if (h.changedBy) ids.add(h.changedBy);
    for (const x of [...messages, ...notes]) if (x.authorId) ids.add(x.authorId);
    for (const a of appointments) ids.add(a.adviserId);
    const users = ids.size
      ? await m
          .getRepository(User)
          .find({ select: { id: true, name: true }, where: { id: In([...ids]) } })
      : [];
    return {
      request,
      history,
      messages,
      notes,
      appointments,
      names: new Map(users.map((u) => [u.id, u.name])),
      staff,
    };
  }

  staff(m: EntityManager = this.dataSource.manager) {
    return m.getRepository(User).find({
      select: { id: true, name: true, email: true, locale: true },
      where: { role: In(['staff', 'admin']), deactivatedAt: IsNull() },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** Assigns an adviser; a new request becomes toegewezen; the adviser is told unless it is you. */
  assign(actor: Actor, id: number, adviserIdText: string): Promise<{ adviser: User }> {
    return this.tx.run(async (m) => {
      const request = await openForChange(this.access, m, id);
      const adviserId = /^\d{1,9}$/.test(adviserIdText) ? Number(adviserIdText) : 0;
      const adviser = adviserId
        ? await m.getRepository(User).findOne({
            where: { id: adviserId, role: In(['staff', 'admin']), deactivatedAt: IsNull() },
          })
        : null;
      if (!adviser) throw new AdviceError(AdviceErrorCode.AdviserUnknown, 'adviserId');
      const now = new Date();
      await m.getRepository(AdviceRequest).update({ id }, { adviserId: adviser.id });
      request.adviserId = adviser.id;
      if (request.status === 'new') await recordStatus(m, request, 'assigned', actor.id, now);
      await this.audit.record(
        m,
        actor,
        'advice.assign',
        { type: 'advice_request', id },
        {
          adviserId: adviser.id,
        },
      );
      if (adviser.id !== actor.id) {
        const locale = adviser.locale === 'en' ? 'en' : 'nl';
        const due = dueAt(request, this.config.advice);
        await this.mail.queue(m, {
          to: adviser.email,
          template: 'advice-assigned',
          locale,
          data: {
            name: adviser.name,
            actor: actor.name,
            reference: request.reference,
            topic: locale === 'en' ? request.topic?.nameEn : request.topic?.nameNl,
            municipality: request.municipality?.name ?? request.municipalityCode,
            due: due ? formatDate(due, locale) : '',
            url: `/beheer/advies/${id}`,
          },
        });
      }
      return { adviser };
    });
  }

  /** Moves the request along its flow; referral needs where to, closing without advice a reason. */
  changeStatus(actor: Actor, id: number, dto: ChangeStatusDto): Promise<AdviceStatus> {
    return this.tx.run(async (m) => {
      const request = await openForChange(this.access, m, id);
      const to = dto.status;
      if (!statusTargets(request.status).includes(to))
        throw new AdviceError(AdviceErrorCode.StatusNotAllowed, 'status');
      if (to === 'assigned' && !request.adviserId)
        throw new AdviceError(AdviceErrorCode.AdviserUnknown, 'adviserId');
      const referredTo = dto.referredTo?.trim() ?? '';
      const closeReason = dto.closeReason?.trim() ?? '';
      if (to === 'referred' && !referredTo)
        throw new AdviceError(AdviceErrorCode.ReferralRequired, 'referredTo');
      if (to === 'closed' && !closeReason)
        throw new AdviceError(AdviceErrorCode.CloseReasonRequired, 'closeReason');
      if (to === 'referred') await m.getRepository(AdviceRequest).update({ id }, { referredTo });
      if (to === 'closed') await m.getRepository(AdviceRequest).update({ id }, { closeReason });
      const from = request.status;
      await recordStatus(m, request, to, actor.id);
      await this.audit.record(
        m,
        actor,
        'advice.status',
        { type: 'advice_request', id },
        { from, to },
      );
      return to;
    });
  }

  /** An internal note: staff only, never e-mailed or shown to the requester. */
  addNote(actor: Actor, id: number, body: string): Promise<void> {
    return this.tx.run(async (m) => {
      await openForChange(this.access, m, id);
      await m.getRepository(AdviceNote).insert({ requestId: id, authorId: actor.id, body });
    });
  }

  /**
   * A message to the requester, stored and e-mailed in their language with the way to follow the
   * request: a signed-in requester replies on /mijn; a visitor gets a fresh private link (only
   * its hash is stored, so it is made anew; the link of earlier e-mails stops working).
   */
  sendMessage(actor: Actor, id: number, body: string): Promise<{ email: string }> {
    return this.tx.run(async (m) => {
      const request = await openForChange(this.access, m, id);
      const now = new Date();
      await m.getRepository(AdviceMessage).insert({
        requestId: id,
        direction: 'to_requester',
        authorId: actor.id,
        body,
      });
      await this.firstResponse(m, request, actor.id, now);
      let url: string;
      if (request.requesterId) url = `/mijn/advies/${id}`;
      else {
        const token = randomBytes(32).toString('base64url');
        await m.getRepository(AdviceRequest).update({ id }, { accessTokenHash: hashToken(token) });
        url = `/advies/vraag/${token}`;
      }
      await this.mail.queue(m, {
        to: request.requesterEmail,
        template: 'advice-message',
        locale: request.locale,
        data: {
          name: request.requesterName,
          adviser: actor.name,
          reference: request.reference,
          message: body,
          url,
          account: request.requesterId !== null,
        },
      });
      await this.audit.record(m, actor, 'advice.message', { type: 'advice_request', id });
      return { email: request.requesterEmail };
    });
  }

  /** The first message or appointment: the response-time measure, and work has begun. */
  async firstResponse(
    m: EntityManager,
    request: AdviceRequest,
    actorId: number,
    now: Date,
    /** Move new/assigned to in behandeling (not when the caller sets a status itself). */
    advance = true,
  ): Promise<void> {
    if (!request.firstResponseAt) {
      request.firstResponseAt = now;
      await m.getRepository(AdviceRequest).update({ id: request.id }, { firstResponseAt: now });
    }
    if (advance && (request.status === 'new' || request.status === 'assigned'))
      await recordStatus(m, request, 'in_progress', actorId, now);
  }
}
