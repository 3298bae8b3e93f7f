import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { User } from '../accounts/user.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { MailService } from '../mail/mail.service';
import { AdviceAccessService } from './advice-access.service';
import { AdviceAppointment } from './advice-appointment.entity';
import { AdviceMessage } from './advice-message.entity';
import { AdviceRequest } from './advice-request.entity';
import { isClosed } from './advice-status';
import { AdviceError, AdviceErrorCode } from './advice.error';

/** What the requester sees of their request: never the advisers' internal notes. */
export interface RequesterThread {
  request: AdviceRequest;
  messages: AdviceMessage[];
  appointments: AdviceAppointment[];
  /** Adviser id → first name, for the messages and the request's adviser. */
  adviserNames: Map<number, string>;
}

/**
 * The requester following their own request: a signed-in user through /mijn/advies/:id, a visitor
 * through the private link. Both open it through AdviceAccessService, and both can reply.
 */
@Injectable()
export class RequesterService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly access: AdviceAccessService,
    private readonly mail: MailService,
  ) {}

  async forUser(user: Pick<User, 'id'>, id: number): Promise<RequesterThread> {
    return this.thread(await this.access.forRequester(user, id));
  }

  async forToken(raw: string): Promise<RequesterThread> {
    return this.thread(await this.access.forToken(raw));
  }

  private thread(request: AdviceRequest): Promise<RequesterThread> {
    return this.tx.run(async (m) => {
      const messages = await m.getRepository(AdviceMessage).find({
        where: { requestId: request.id },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      const appointments = await m.getRepository(AdviceAppointment).find({
        where: { requestId: request.id, cancelledAt: IsNull() },
        order: { startsAt: 'ASC', id: 'ASC' },
      });
      const ids = [
        ...new Set(
          [...messages.map((x) => x.authorId), request.adviserId].filter(
            (x): x is number => x !== null,
          ),
        ),
      ];
      const advisers = ids.length
        ? await m
            .getRepository(User)
            .find({ where: { id: In(ids) }, select: { id: true, name: true } })
        : [];
      const adviserNames = new Map(advisers.map((u) => [u.id, firstName(u.name)]));
      return { request, messages, appointments, adviserNames };
    });
  }

  async replyAsUser(user: Pick<User, 'id'>, id: number, body: string) {
    await this.reply(await this.access.forRequester(user, id), body);
  }

  async replyByToken(raw: string, body: string) {
    await this.reply(await this.access.forToken(raw), body);
  }

  /**
   * Stores the reply; a request with an adviser gets them a short notification. A closed request
   * takes no more replies.
   */
  private async reply(request: AdviceRequest, body: string) {
    await this.tx.run(async (m) => {
      const current = await m.getRepository(AdviceRequest).findOneByOrFail({ id: request.id });
      if (isClosed(current.status) || current.anonymisedAt)
        throw new AdviceError(AdviceErrorCode.WrongState, 'body');
      await m.getRepository(AdviceMessage).insert({
        requestId: current.id,
        direction: 'from_requester',
        authorId: null,
        body,
      });
      if (current.adviserId === null) return;
      const adviser = await m.getRepository(User).findOneBy({ id: current.adviserId });
      if (!adviser || adviser.deactivatedAt) return;
      await this.mail.queue(m, {
        to: adviser.email,
        template: 'advice-reply-received',
        locale: adviser.locale,
        data: { name: adviser.name, reference: current.reference, id: current.id },
      });
    });
  }
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
