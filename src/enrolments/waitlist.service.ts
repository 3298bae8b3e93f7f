import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { User } from '../accounts/user.entity';
import { EnrolmentMailer } from './enrolment-mailer';
import { Enrolment } from './enrolment.entity';
import { LockedEdition, lockEdition, takeSeat } from './seats';

export function hashOfferToken(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}

/**
 * Gives freed places to the waiting list, first in line first. Runs inside the transaction that
 * freed the place (cancellation, rejection, higher capacity, expired offer), with the edition
 * locked, so the promotion and its e-mail commit together with the change.
 */
@Injectable()
export class WaitlistService {
  constructor(private readonly mailer: EnrolmentMailer) {}

  /** Returns the promoted enrolments. */
  async fillFreeSeats(m: EntityManager, editionId: number, now = new Date()): Promise<Enrolment[]> {
    const edition = await lockEdition(m, editionId);
    if (!edition || !this.promotes(edition, now)) return [];
    const repo = m.getRepository(Enrolment);
    const promoted: Enrolment[] = [];
    for (;;) {
      const next = await repo.findOne({
        where: { editionId, status: 'waitlisted' },
        order: { waitlistSeq: 'ASC' },
      });
      if (!next) break;
      if (!(await takeSeat(m, editionId))) break;
      const user = await m.getRepository(User).findOneByOrFail({ id: next.userId });
      const days = edition.offering.offerConfirmDays;
      if (days) {
        const raw = randomBytes(24).toString('base64url');
        const offerExpiresAt = new Date(now.getTime() + days * 86_400_000);
        await repo.update(
          { id: next.id },
          {
            status: 'offered',
            waitlistSeq: null,
            statusChangedAt: now,
            offerExpiresAt,
            offerTokenHash: hashOfferToken(raw),
          },
        );
        await this.mailer.enrolmentMail(m, 'offered', user, edition, next, {
          confirmToken: raw,
          offerExpiresAt,
        });
      } else {
        const status = edition.offering.requiresApproval ? 'pending' : 'confirmed';
        const calendarSequence = next.calendarSequence + 1;
        await repo.update(
          { id: next.id },
          { status, waitlistSeq: null, statusChangedAt: now, calendarSequence },
        );
        await this.mailer.enrolmentMail(
          m,
          status === 'pending' ? 'pending' : 'promoted',
          user,
          edition,
          { id: next.id, calendarSequence },
        );
      }
      promoted.push(next);
    }
    return promoted;
  }

  /** A waiting list moves while the edition is published and has not started. */
  private promotes(edition: LockedEdition, now: Date): boolean {
    return (
      edition.status === 'published' &&
      (!edition.startsAt || edition.startsAt.getTime() > now.getTime())
    );
  }
}
