import type { QuestionnaireKind } from './questionnaire.entity';
import type { EvaluationMoment } from './evaluation-moment';

const DAY = 86_400_000;

/** The pre-measurement is asked from this many days before the first meeting until it starts. */
export const PRE_INVITE_DAYS = 14;
/** Post-measurement and evaluation are asked within this many days after the last meeting. */
export const POST_INVITE_DAYS = 30;
/** ...and can be answered until this many days after the last meeting (6 weeks). */
export const POST_OPEN_DAYS = 42;
/** The one reminder: this many days after the invitation, when not answered. */
export const REMINDER_DAYS = 7;

export interface EditionTiming {
  /** The first meeting's start. */
  startsAt: Date | null;
  /** The last meeting's end. */
  endsAt: Date | null;
}

export interface DueMoment {
  moment: EvaluationMoment;
  kind: QuestionnaireKind;
  closesAt: Date;
}

/** Whether the pre-measurement is due: from 14 days before the first meeting until it starts. */
export function preDue(edition: EditionTiming, now: Date): boolean {
  if (!edition.startsAt) return false;
  const start = edition.startsAt.getTime();
  return now.getTime() >= start - PRE_INVITE_DAYS * DAY && now.getTime() < start;
}

/**
 * Whether the post-measurement and evaluation are due: once the last meeting has ended, within
 * 30 days (so attaching a questionnaire to an old offering mails nobody from long ago).
 */
export function postDue(edition: EditionTiming, now: Date): boolean {
  if (!edition.endsAt) return false;
  const end = edition.endsAt.getTime();
  return now.getTime() >= end && now.getTime() < end + POST_INVITE_DAYS * DAY;
}

/** Until when a post-measurement or evaluation can be answered: the end plus 6 weeks. */
export function postClosesAt(endsAt: Date): Date {
  return new Date(endsAt.getTime() + POST_OPEN_DAYS * DAY);
}

/**
 * The moments an edition's participants are asked at `now`, given which questionnaires the
 * offering has: `pre` (prepost) before the start, `post` (prepost) and `evaluation` after the end.
 */
export function dueMoments(
  edition: EditionTiming,
  kinds: readonly QuestionnaireKind[],
  now: Date,
): DueMoment[] {
  const due: DueMoment[] = [];
  if (kinds.includes('prepost') && preDue(edition, now))
    due.push({ moment: 'pre', kind: 'prepost', closesAt: edition.startsAt! });
  if (postDue(edition, now)) {
    const closesAt = postClosesAt(edition.endsAt!);
    if (kinds.includes('prepost')) due.push({ moment: 'post', kind: 'prepost', closesAt });
    if (kinds.includes('evaluation'))
      due.push({ moment: 'evaluation', kind: 'evaluation', closesAt });
  }
  return due;
}

/** The window of edition starts and ends for which some moment can be due at `now` (for SQL). */
export function candidateWindow(now: Date) {
  return {
    /** editions starting in (now, startsBefore] have a pre-measurement due */
    startsBefore: new Date(now.getTime() + PRE_INVITE_DAYS * DAY),
    /** editions ending in (endedAfter, now] have a post-measurement and evaluation due */
    endedAfter: new Date(now.getTime() - POST_INVITE_DAYS * DAY),
  };
}

export interface InvitationTiming {
  createdAt: Date;
  closesAt: Date | null;
  remindedAt: Date | null;
  submittedAt: Date | null;
}

/** Whether an invitation can still be answered at `now`. */
export function isOpen(invitation: Pick<InvitationTiming, 'closesAt'>, now: Date): boolean {
  return !invitation.closesAt || invitation.closesAt.getTime() > now.getTime();
}

/** Whether the one reminder is due: a week after the invitation, not answered, still open. */
export function reminderDue(invitation: InvitationTiming, now: Date): boolean {
  return (
    !invitation.remindedAt &&
    !invitation.submittedAt &&
    isOpen(invitation, now) &&
    now.getTime() >= invitation.createdAt.getTime() + REMINDER_DAYS * DAY
  );
}

/** Invitations made at or before this moment have their reminder due (for SQL). */
export function reminderCutoff(now: Date): Date {
  return new Date(now.getTime() - REMINDER_DAYS * DAY);
}
