import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccountToken } from '../accounts/account-token.entity';
import { LoginThrottle } from '../accounts/login-throttle.entity';
import { verifyPassword } from '../accounts/password-hasher';
import { SessionRecord } from '../accounts/session.entity';
import { User } from '../accounts/user.entity';
import { AdviceRequest } from '../advice/advice-request.entity';
import { anonymiseAdviceRequests } from '../advice/retention.service';
import { Actor, AuditService } from '../audit/audit.service';
import { CalendarFeed } from '../calendar/calendar-feed.entity';
import { Certificate } from '../certificates/certificate.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentService } from '../enrolments/enrolment.service';
import { ACTIVE } from '../enrolments/enrolment-status';
import { lockEdition } from '../enrolments/seats';
import { EvaluationInvitation } from '../evaluations/evaluation-invitation.entity';
import { MailService } from '../mail/mail.service';
import { OutboxMessage } from '../mail/outbox-message.entity';
import { NetworkApplication } from '../network/application.entity';
import { NetworkMembership } from '../network/membership.entity';
import { NewsletterSubscriber } from '../newsletter/subscriber.entity';
import { TrajectoryMember } from '../trajectories/trajectory-member.entity';
import { RecoveryCode } from '../two-factor/recovery-code.entity';
import { UserTwoFactor } from '../two-factor/two-factor.entity';
import { PrivacyError, PrivacyErrorCode } from './privacy.error';

/** The address an erased account keeps: unique, and never deliverable (RFC 2606 `.invalid`). */
export function erasedEmail(userId: number): string {
  return `verwijderd-${userId}@verwijderd.invalid`;
}

export interface DeletionSummary {
  enrolmentsCancelled: number;
  certificates: number;
  adviceRequests: number;
}

/** Who asked: the person themself, or an admin on their request (with its reference). */
export type DeletionRequest =
  | { by: 'self'; password: string }
  | { by: 'admin'; admin: Actor; reason: string }
  /** The retention job: an account nobody signed in to for the retention period. */
  | { by: 'retention' };

/**
 * Deleting an account (AVG art. 17), in one transaction. The user row stays, emptied, so that
 * every count (enrolments, attendance, certificates, advice requests) still adds up; every
 * personal field is erased or anonymised, and certificates stay verifiable as issued without the
 * name. Places in editions that have not started are given back to the waiting list.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly enrolments: EnrolmentService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /** The account to delete, when it still exists and is not erased; otherwise "not found". */
  async target(userId: number): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user || user.anonymisedAt) throw new PrivacyError(PrivacyErrorCode.NotFound);
    return user;
  }

  /** Admins do not delete their own account: there must always be an admin left. */
  assertMayDeleteSelf(user: Pick<User, 'role'>): void {
    if (user.role === 'admin') throw new PrivacyError(PrivacyErrorCode.AdminSelfDelete);
  }

  async deleteAccount(
    userId: number,
    request: DeletionRequest,
    now = new Date(),
  ): Promise<DeletionSummary> {
    const user = await this.target(userId);
    if (request.by === 'self') {
      this.assertMayDeleteSelf(user);
      if (!(await verifyPassword(user.passwordHash, request.password)))
        throw new PrivacyError(PrivacyErrorCode.WrongPassword, 'password');
    } else if (request.by === 'admin' && request.admin.id === user.id) {
      throw new PrivacyError(PrivacyErrorCode.OwnAccount);
    }
    return this.tx.run(async (m) => {
      // Read again inside the transaction: a second click finds it erased already.
      const fresh = await m.getRepository(User).findOneBy({ id: userId });
      if (!fresh || fresh.anonymisedAt) throw new PrivacyError(PrivacyErrorCode.NotFound);
      const enrolmentsCancelled = await this.cancelFutureEnrolments(m, fresh, now);
      const certificates = await this.eraseCertificates(m, fresh.id);
      const adviceRequests = await this.anonymiseAdvice(m, fresh, now);
      await this.eraseAccountData(m, fresh, now);
      await this.silenceOutbox(m, fresh.email, userId);
      await this.anonymiseUser(m, fresh.id, now);
      await this.mail.queue(m, {
        to: fresh.email,
        template: 'account-deleted',
        locale: fresh.locale,
        data: { name: fresh.name, enrolmentsCancelled },
      });
      const summary = { enrolmentsCancelled, certificates, adviceRequests };
      await this.audit.record(
        m,
        request.by === 'admin'
          ? request.admin
          : request.by === 'self'
            ? { id: fresh.id, email: erasedEmail(fresh.id) }
            : null,
        'account.deleted',
        { type: 'user', id: fresh.id },
        {
          by: request.by,
          ...(request.by === 'admin' ? { reason: request.reason } : {}),
          ...summary,
        },
      );
      return summary;
    });
  }

  /**
   * Active enrolments in editions that have not started yet are cancelled through the
   * enrolments' own rules, so the next in line is offered the place. (Their e-mails are silenced
   * below with the rest of the outbox to this address.)
   */
  private async cancelFutureEnrolments(m: EntityManager, user: User, now: Date): Promise<number> {
    const active = await m
      .getRepository(Enrolment)
      .find({ where: { userId: user.id, status: In([...ACTIVE]) }, order: { id: 'ASC' } });
    let cancelled = 0;
    for (const { id, editionId } of active) {
      const edition = await lockEdition(m, editionId);
      if (!edition || edition.status !== 'published') continue;
      if (edition.startsAt && edition.startsAt.getTime() <= now.getTime()) continue;
      const enrolment = await m.getRepository(Enrolment).findOneByOrFail({ id });
      if (!ACTIVE.includes(enrolment.status)) continue;
      await this.enrolments.endEnrolment(
        m,
        edition,
        enrolment,
        user,
        enrolment.status === 'waitlisted' ? 'left_waitlist' : 'participant',
        now,
      );
      cancelled++;
    }
    return cancelled;
  }

  /** The certificate still verifies as issued, without the name or the SKJ number. */
  private async eraseCertificates(m: EntityManager, userId: number): Promise<number> {
    const result = await m
      .getRepository(Certificate)
      .update({ userId }, { holderName: '', skjNumber: null });
    return result.affected ?? 0;
  }

  private async anonymiseAdvice(m: EntityManager, user: User, now: Date): Promise<number> {
    const requests = await m.getRepository(AdviceRequest).find({
      select: { id: true },
      where: [{ requesterId: user.id }, { requesterEmail: user.email }],
    });
    return anonymiseAdviceRequests(
      m,
      requests.map((r) => r.id),
      now,
    );
  }

  private async eraseAccountData(m: EntityManager, user: User, now: Date): Promise<void> {
    await m.getRepository(SessionRecord).delete({ userId: user.id });
    await m.getRepository(AccountToken).delete({ userId: user.id });
    await m.getRepository(UserTwoFactor).delete({ userId: user.id });
    await m.getRepository(RecoveryCode).delete({ userId: user.id });
    await m.getRepository(LoginThrottle).delete({ key: `account:${user.email}` });
    await m.getRepository(CalendarFeed).delete({ userId: user.id });
    // Consents go with the subscriber (ON DELETE CASCADE), as do its delivery records.
    await m.getRepository(NewsletterSubscriber).delete({ email: user.email });
    await m.getRepository(NewsletterSubscriber).delete({ userId: user.id });
    await m.getRepository(NetworkMembership).delete({ userId: user.id });
    const applications = m.getRepository(NetworkApplication);
    for (const where of [{ userId: user.id }, { applicantEmail: user.email }])
      await applications.update(where, {
        userId: null,
        applicantName: '',
        applicantEmail: erasedEmail(user.id),
      });
    await m
      .getRepository(TrajectoryMember)
      .update({ userId: user.id, status: 'active' }, { status: 'removed', removedAt: now });
    // The answers were never linked to the person; the invitations are what links them.
    const enrolmentIds = (
      await m.getRepository(Enrolment).find({ select: { id: true }, where: { userId: user.id } })
    ).map((e) => e.id);
    if (enrolmentIds.length)
      await m.getRepository(EvaluationInvitation).delete({ enrolmentId: In(enrolmentIds) });
  }

  /** Mail to the address keeps its delivery record only; what was not sent yet is not sent. */
  private async silenceOutbox(m: EntityManager, email: string, userId: number): Promise<void> {
    const outbox = m.getRepository(OutboxMessage);
    await outbox.update(
      { toAddress: email, status: In(['pending', 'failed']) },
      { status: 'failed', lastError: 'account deleted', lockedBy: null, lockedAt: null },
    );
    await outbox.update(
      { toAddress: email },
      { toAddress: erasedEmail(userId), subject: '', bodyText: '', bodyHtml: '', calendar: null },
    );
  }

  private async anonymiseUser(m: EntityManager, userId: number, now: Date): Promise<void> {
    await m.getRepository(User).update(
      { id: userId },
      {
        name: '',
        email: erasedEmail(userId),
        organisation: '',
        jobTitle: '',
        skjNumber: null,
        passwordHash: '',
        emailVerifiedAt: null,
        deactivatedAt: now,
        anonymisedAt: now,
      },
    );
  }
}
