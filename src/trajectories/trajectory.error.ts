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
}

const SPECS: Record<TrajectoryErrorCode, DomainErrorSpec> = {
  [TrajectoryErrorCode.NotFound]: { status: 404, message: 'errors.notFound.text' },
  [TrajectoryErrorCode.CoachOnly]: { status: 403, message: 'trajectories.error.coachOnly' },
  [TrajectoryErrorCode.WrongState]: { status: 422, message: 'trajectories.error.wrongState' },
};

export class TrajectoryError extends DomainError<TrajectoryErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
