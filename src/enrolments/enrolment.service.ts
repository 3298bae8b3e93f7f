import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { User } from '../accounts/user.entity';
import { buildIcs } from '../calendar/ics';
import { meetingEvent } from '../calendar/meeting-events';
import { TransactionRunner } from '../database/transaction-runner';
import { Meeting } from '../scheduling/meeting.entity';
import { EnrolmentError, EnrolmentErrorCode } from './enrolment.error';
import { EnrolmentMailer, EnrolmentMailKind } from './enrolment-mailer';
import { CancelReason, holdsSeat, isActive } from './enrolment-status';
import { Enrolment } from './enrolment.entity';
import {
  LockedEdition,
  lockEdition,
  nextWaitlistSeq,
  releaseSeat,
  takeSeat,
  waitlistPosition,
} from './seats';
import { hashOfferToken, WaitlistService } from './waitlist.service';

export interface EnrolResult {
  enrolment: Enrolment;
  /** Place in the waiting list (1 = next), when waitlisted. */
  position: number | null;
}

export interface OwnEnrolment {
  enrolment: Enrolment & { edition: LockedEdition };
  meetings: Meeting[];
  position: number | null;
}

/** Who takes part: what enrolling and its e-mails need to know of a user. */
export type Person = Pick<User, 'id' | 'email' | 'name' | 'locale'>;

export interface EnrolOptions {
  /** Who enrolled the person, when not themself (staff or a partner). */
  enrolledBy?: Pick<User, 'id'> | null;
  /** Staff may enrol outside the registration window and skip approval. */
  asStaff?: boolean;
  /** Send the usual e-mail (default). The caller sends its own when false (an invitation). */
  notify?: boolean;
  now?: Date;
}

/** Until when a participant may cancel themself; later they ask staff. */
export function cancelDeadline(edition: LockedEdition): Date {
  return edition.cancellationClosesAt ?? edition.registrationClosesAt;
}

/**
 * A professional's own enrolments: enrol, cancel or leave the waiting list, confirm an offered
 * place. Every change of places runs with the edition locked (see seats.ts).
 */
@Injectable()
export class EnrolmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly mailer: EnrolmentMailer,
    private readonly waitlist: WaitlistService,
  ) {}

  /** The user's enrolment in an edition, if any (for the edition page). */
  forUser(userId: number, editionId: number): Promise<Enrolment | null> {
    return this.dataSource.getRepository(Enrolment).findOneBy({ userId, editionId });
  }

  /** One's own enrolment with its edition and meetings; someone else's id is "not found". */
  async ownDetail(userId: number, enrolmentId: number): Promise<OwnEnrolment> {
    const enrolment = await this.dataSource.getRepository(Enrolment).findOne({
      where: { id: enrolmentId, userId },
      relations: { edition: { offering: true } },
    });
    if (!enrolment) throw new EnrolmentError(EnrolmentErrorCode.EnrolmentNotFound);
    const meetings = await this.mailer.meetingsOf(this.dataSource.manager, enrolment.editionId);
    const position = enrolment.status === 'waitlisted' ? await this.position(enrolment) : null;
    return { enrolment: enrolment as OwnEnrolment['enrolment'], meetings, position };
  }

  /** The meetings of one's confirmed place as an iCalendar file (PUBLISH). */
  async ownCalendar(user: Person, enrolmentId: number): Promise<string> {
    const { enrolment, meetings } = await this.ownDetail(user.id, enrolmentId);
    if (enrolment.status !== 'confirmed')
      throw new EnrolmentError(EnrolmentErrorCode.EnrolmentNotFound);
    const ctx = this.mailer.calendar;
    return buildIcs({
      method: 'PUBLISH',
      organizer: ctx.organizer,
      events: meetings.map((meeting, index) =>
        meetingEvent(ctx, enrolment.edition, meeting, user, {
          index,
          count: meetings.length,
          extraSequence: enrolment.calendarSequence,
        }),
      ),
    });
  }

  position(enrolment: Enrolment): Promise<number> {
    return waitlistPosition(this.dataSource.manager, enrolment);
  }

  /**
   * Enrols a person. The moment recorded (`statusChangedAt`) is taken once the edition is
   * locked, so places and waiting-list numbers follow the order in which enrolments commit.
   */
  enrol(user: Person, editionId: number, now?: Date): Promise<EnrolResult> {
    return this.tx.run(async (m) => {
      const edition = await lockEdition(m, editionId);
      if (!edition) throw new EnrolmentError(EnrolmentErrorCode.EditionNotFound);
      return this.enrolLocked(m, edition, user, { now: now ?? new Date() });
    });
  }

  /** Enrols `user` in a locked edition; the caller runs it inside its transaction. */
  async enrolLocked(
    m: EntityManager,
    edition: LockedEdition,
    user: Person,
    options: EnrolOptions = {},
  ): Promise<EnrolResult> {
    const now = options.now ?? new Date();
    if (edition.status !== 'published' || !edition.offering.published)
      throw new EnrolmentError(EnrolmentErrorCode.EditionNotOpen, 'enrol');
    if (options.asStaff) {
      if (edition.endsAt && edition.endsAt.getTime() <= now.getTime())
        throw new EnrolmentError(EnrolmentErrorCode.RegistrationClosed, 'enrol');
    } else {
      if (now.getTime() < edition.registrationOpensAt.getTime())
        throw new EnrolmentError(EnrolmentErrorCode.RegistrationNotOpenYet, 'enrol');
      if (now.getTime() >= edition.registrationClosesAt.getTime())
        throw new EnrolmentError(EnrolmentErrorCode.RegistrationClosed, 'enrol');
    }
    const repo = m.getRepository(Enrolment);
    const existing = await repo.findOneBy({ editionId: edition.id, userId: user.id });
    if (existing && isActive(existing.status))
      throw new EnrolmentError(EnrolmentErrorCode.AlreadyEnrolled, 'enrol');

    const seat = await takeSeat(m, edition.id);
    const needsApproval = edition.offering.requiresApproval && !options.asStaff;
    const status = seat ? (needsApproval ? 'pending' : 'confirmed') : 'waitlisted';
    const fields = {
      status,
      waitlistSeq: seat ? null : await nextWaitlistSeq(m, edition.id),
      statusChangedAt: now,
      offerExpiresAt: null,
      offerTokenHash: null,
      cancelReason: null,
      completion: null,
      completionNote: null,
      calendarSequence: (existing?.calendarSequence ?? 0) + (status === 'confirmed' ? 1 : 0),
      enrolledBy:
        options.enrolledBy && options.enrolledBy.id !== user.id ? options.enrolledBy.id : null,
    } as const;
    let enrolment: Enrolment;
    if (existing) {
      await repo.update({ id: existing.id }, fields);
      enrolment = { ...existing, ...fields };
    } else {
      enrolment = await repo.save(
        repo.create({ ...fields, editionId: edition.id, userId: user.id }),
      );
    }
    const position = status === 'waitlisted' ? await waitlistPosition(m, enrolment) : null;
    const byOther = fields.enrolledBy !== null;
    const kind: EnrolmentMailKind =
      status === 'confirmed' ? (byOther ? 'enrolledForYou' : 'confirmed') : status;
    if (options.notify !== false)
      await this.mailer.enrolmentMail(m, kind, user, edition, enrolment, {
        position: position ?? undefined,
      });
    return { enrolment, position };
  }

  /**
   * The participant cancels, or leaves the waiting list. A place can be given back until the
   * edition's cancellation deadline; the waiting list can be left until the edition starts.
   * Another person's enrolment id is "not found", never "not yours".
   */
  cancelOwn(user: Person, enrolmentId: number, now = new Date()): Promise<Enrolment> {
    return this.tx.run(async (m) => {
      const mine = await m.getRepository(Enrolment).findOneBy({ id: enrolmentId, userId: user.id });
      if (!mine) throw new EnrolmentError(EnrolmentErrorCode.EnrolmentNotFound);
      const edition = (await lockEdition(m, mine.editionId))!;
      const enrolment = await m.getRepository(Enrolment).findOneByOrFail({ id: enrolmentId });
      if (!isActive(enrolment.status) || edition.status !== 'published')
        throw new EnrolmentError(EnrolmentErrorCode.NotCancellable);
      const waitlisted = enrolment.status === 'waitlisted';
      const until = waitlisted
        ? (edition.startsAt ?? cancelDeadline(edition))
        : cancelDeadline(edition);
      if (now.getTime() >= until.getTime())
        throw new EnrolmentError(EnrolmentErrorCode.CancelDeadlinePassed);
      return this.endEnrolment(
        m,
        edition,
        enrolment,
        user,
        waitlisted ? 'left_waitlist' : 'participant',
        now,
      );
    });
  }

  /**
   * Ends an active enrolment: gives its place back to the waiting list and sends the matching
   * e-mail (with a calendar cancellation when it had dates). Edition must be locked.
   */
  async endEnrolment(
    m: EntityManager,
    edition: LockedEdition,
    enrolment: Enrolment,
    user: Person,
    reason: CancelReason,
    now: Date,
    message?: string,
  ): Promise<Enrolment> {
    const hadSeat = holdsSeat(enrolment.status);
    const hadDates = enrolment.status === 'confirmed';
    const updated: Enrolment = {
      ...enrolment,
      status: 'cancelled',
      cancelReason: reason,
      waitlistSeq: null,
      offerExpiresAt: null,
      offerTokenHash: null,
      statusChangedAt: now,
      calendarSequence: enrolment.calendarSequence + (hadDates ? 1 : 0),
    };
    await m.getRepository(Enrolment).update(
      { id: enrolment.id },
      {
        status: updated.status,
        cancelReason: reason,
        waitlistSeq: null,
        offerExpiresAt: null,
        offerTokenHash: null,
        statusChangedAt: now,
        calendarSequence: updated.calendarSequence,
      },
    );
    const kind: EnrolmentMailKind | null =
      reason === 'left_waitlist'
        ? 'leftWaitlist'
        : reason === 'offer_expired'
          ? 'offerExpired'
          : reason === 'staff'
            ? 'cancelledByStaff'
            : reason === 'participant'
              ? 'cancelled'
              : null;
    if (kind) {
      // Only a confirmed place had calendar entries to withdraw.
      await this.mailer.enrolmentMail(m, kind, user, edition, updated, {
        message,
        meetingIds: hadDates ? undefined : [],
      });
    }
    if (hadSeat) {
      await releaseSeat(m, edition.id);
      await this.waitlist.fillFreeSeats(m, edition.id, now);
    }
    return updated;
  }

  /** An offered place behind a link (for the confirm page), or null when the link is not valid. */
  async findOffer(raw: string): Promise<(Enrolment & { edition: LockedEdition }) | null> {
    if (typeof raw !== 'string' || raw.length < 20 || raw.length > 100) return null;
    const enrolment = await this.dataSource.getRepository(Enrolment).findOne({
      where: { offerTokenHash: hashOfferToken(raw), status: 'offered' },
      relations: { edition: { offering: true } },
    });
    return (enrolment as (Enrolment & { edition: LockedEdition }) | null) ?? null;
  }

  /** Accepts an offered place, by the e-mailed link or (with `userId`) from the dashboard. */
  confirmOffer(
    ref: { token: string } | { userId: number; enrolmentId: number },
    now = new Date(),
  ): Promise<Enrolment> {
    return this.tx.run(async (m) => {
      const repo = m.getRepository(Enrolment);
      const found =
        'token' in ref
          ? typeof ref.token === 'string' && ref.token.length <= 100
            ? await repo.findOneBy({ offerTokenHash: hashOfferToken(ref.token) })
            : null
          : await repo.findOneBy({ id: ref.enrolmentId, userId: ref.userId });
      if (!found) {
        throw new EnrolmentError(
          'token' in ref
            ? EnrolmentErrorCode.OfferLinkInvalid
            : EnrolmentErrorCode.EnrolmentNotFound,
        );
      }
      const edition = (await lockEdition(m, found.editionId))!;
      const enrolment = await repo.findOneByOrFail({ id: found.id });
      if (enrolment.status !== 'offered')
        throw new EnrolmentError(EnrolmentErrorCode.OfferLinkInvalid);
      if (enrolment.offerExpiresAt && enrolment.offerExpiresAt.getTime() <= now.getTime())
        throw new EnrolmentError(EnrolmentErrorCode.OfferExpired);
      const status = edition.offering.requiresApproval ? 'pending' : 'confirmed';
      const calendarSequence = enrolment.calendarSequence + (status === 'confirmed' ? 1 : 0);
      await repo.update(
        { id: enrolment.id },
        {
          status,
          offerExpiresAt: null,
          offerTokenHash: null,
          statusChangedAt: now,
          calendarSequence,
        },
      );
      const user = await m.getRepository(User).findOneByOrFail({ id: enrolment.userId });
      const updated = { ...enrolment, status, calendarSequence } as Enrolment;
      await this.mailer.enrolmentMail(m, status, user, edition, updated);
      return updated;
    });
  }

  /** Offers not confirmed in time pass to the next in line. Returns how many expired. */
  async expireOffers(now = new Date()): Promise<number> {
    const due = await this.dataSource.getRepository(Enrolment).find({
      select: { id: true },
      where: { status: 'offered', offerExpiresAt: LessThanOrEqual(now) },
      order: { offerExpiresAt: 'ASC' },
      take: 200,
    });
    let expired = 0;
    for (const { id } of due) {
      const done = await this.tx.run(async (m) => {
        const first = await m.getRepository(Enrolment).findOneBy({ id });
        if (!first) return false;
        const edition = (await lockEdition(m, first.editionId))!;
        // Read again under the lock: the participant may have just confirmed.
        const enrolment = await m.getRepository(Enrolment).findOneByOrFail({ id });
        if (enrolment.status !== 'offered' || !enrolment.offerExpiresAt) return false;
        if (enrolment.offerExpiresAt.getTime() > now.getTime()) return false;
        const user = await m.getRepository(User).findOneByOrFail({ id: enrolment.userId });
        await this.endEnrolment(m, edition, enrolment, user, 'offer_expired', now);
        return true;
      });
      if (done) expired++;
    }
    return expired;
  }
}
