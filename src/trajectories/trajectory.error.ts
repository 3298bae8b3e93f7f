import { DomainError, DomainErrorSpec } from '../common/errors/domain-error';

/**
 * What can go wrong in JOS trajectories, with the page status and message for each. Helpers of
 * other trajectory pages append their codes here.
 */
export enum TrajectoryErrorCode {
  /** No such trajectory, or not one the user may see (never say which). */
  NotFound = 'NOT_FOUND',
  /** A member tried something only the coach or staff may do (a phase change, inviting). */
  CoachOnly = 'COACH_ONLY',
  /** Changed meanwhile or not possible in this state (a closed trajectory, a decided application). */
  WrongState = 'WRONG_STATE',
  /** T1: too many applications from one user in a day. */
  TooManyApplications = 'TOO_MANY_APPLICATIONS',
  /** T1: a phase that does not exist or is hidden (not offered for moves). */
  UnknownPhase = 'UNKNOWN_PHASE',
  /** T1: a coach who is not an active staff or admin user. */
  UnknownCoach = 'UNKNOWN_COACH',
  /** T1: the invited address already belongs to an active member. */
  AlreadyMember = 'ALREADY_MEMBER',
  /** T1: the first and last phase cannot be moved or hidden. */
  FixedPhase = 'FIXED_PHASE',
  /** T1: the same phase chosen to open both self-assessments. */
  SameAssessmentPhase = 'SAME_ASSESSMENT_PHASE',
  /** T1: an end date before the start date. */
  EndBeforeStart = 'END_BEFORE_START',
  /** Working together (T2): a log entry, action or link that only its author or the coach may change. */
  NotAuthor = 'NOT_AUTHOR',
  WorkDateInFuture = 'WORK_DATE_IN_FUTURE',
  WorkDateInvalid = 'WORK_DATE_INVALID',
  WorkAttendeeUnknown = 'WORK_ATTENDEE_UNKNOWN',
  ActionOwnerUnknown = 'ACTION_OWNER_UNKNOWN',
  ActionDueInPast = 'ACTION_DUE_IN_PAST',
  LinkUrlInvalid = 'LINK_URL_INVALID',
  AssessmentClosed = 'ASSESSMENT_CLOSED',
  AssessmentMembersOnly = 'ASSESSMENT_MEMBERS_ONLY',
  AssessmentOrganisationUnknown = 'ASSESSMENT_ORGANISATION_UNKNOWN',
}

const SPECS: Record<TrajectoryErrorCode, DomainErrorSpec> = {
  [TrajectoryErrorCode.NotFound]: { status: 404, message: 'errors.notFound.text' },
  [TrajectoryErrorCode.CoachOnly]: { status: 403, message: 'trajectories.error.coachOnly' },
  [TrajectoryErrorCode.WrongState]: { status: 422, message: 'trajectories.error.wrongState' },
  [TrajectoryErrorCode.TooManyApplications]: {
    status: 429,
    message: 'trajectories.error.tooManyApplications',
  },
  [TrajectoryErrorCode.UnknownPhase]: { status: 422, message: 'trajectories.error.unknownPhase' },
  [TrajectoryErrorCode.UnknownCoach]: { status: 422, message: 'trajectories.error.unknownCoach' },
  [TrajectoryErrorCode.AlreadyMember]: { status: 422, message: 'trajectories.error.alreadyMember' },
  [TrajectoryErrorCode.FixedPhase]: { status: 422, message: 'trajectories.error.fixedPhase' },
  [TrajectoryErrorCode.SameAssessmentPhase]: {
    status: 422,
    message: 'trajectories.error.sameAssessmentPhase',
  },
  [TrajectoryErrorCode.EndBeforeStart]: {
    status: 422,
    message: 'trajectories.error.endBeforeStart',
  },
  [TrajectoryErrorCode.NotAuthor]: { status: 403, message: 'trajectories.log.error.notAuthor' },
  [TrajectoryErrorCode.WorkDateInFuture]: {
    status: 422,
    message: 'trajectories.log.error.dateInFuture',
  },
  [TrajectoryErrorCode.WorkDateInvalid]: { status: 422, message: 'trajectories.log.error.date' },
  [TrajectoryErrorCode.WorkAttendeeUnknown]: {
    status: 422,
    message: 'trajectories.log.error.attendees',
  },
  [TrajectoryErrorCode.ActionOwnerUnknown]: {
    status: 422,
    message: 'trajectories.actions.error.owner',
  },
  [TrajectoryErrorCode.ActionDueInPast]: {
    status: 422,
    message: 'trajectories.actions.error.dueInPast',
  },
  [TrajectoryErrorCode.LinkUrlInvalid]: {
    status: 422,
    message: 'trajectories.documents.error.url',
  },
  [TrajectoryErrorCode.AssessmentClosed]: {
    status: 422,
    message: 'trajectories.assessment.error.closed',
  },
  [TrajectoryErrorCode.AssessmentMembersOnly]: {
    status: 403,
    message: 'trajectories.assessment.error.membersOnly',
  },
  [TrajectoryErrorCode.AssessmentOrganisationUnknown]: {
    status: 422,
    message: 'trajectories.assessment.error.organisation',
  },
};

export class TrajectoryError extends DomainError<TrajectoryErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
