import { DomainError, DomainErrorSpec } from '../common/errors/domain-error';

/**
 * What can go wrong in evaluations, with the page status and message for each. Helpers of other
 * evaluation pages append their codes here.
 */
export enum EvaluationErrorCode {
  /** No such object, or not the user's own (never say which). */
  NotFound = 'NOT_FOUND',
  /** Changed meanwhile or not possible now (answered already, closed, frozen by answers). */
  WrongState = 'WRONG_STATE',
  /** An item with answers cannot be deleted or have its content changed (only hidden). */
  ItemFrozen = 'ITEM_FROZEN',
  /** Hiding is for items with answers; one without is deleted. */
  ItemNotAnswered = 'ITEM_NOT_ANSWERED',
  /** A section with items cannot be removed. */
  SectionNotEmpty = 'SECTION_NOT_EMPTY',
  /** Not a questionnaire that can be attached here (wrong kind, archived, missing). */
  QuestionnaireUnsuitable = 'QUESTIONNAIRE_UNSUITABLE',
}

const SPECS: Record<EvaluationErrorCode, DomainErrorSpec> = {
  [EvaluationErrorCode.NotFound]: { status: 404, message: 'errors.notFound.text' },
  [EvaluationErrorCode.WrongState]: { status: 422, message: 'evaluations.error.wrongState' },
  [EvaluationErrorCode.ItemFrozen]: { status: 422, message: 'evaluations.item.frozen' },
  [EvaluationErrorCode.ItemNotAnswered]: {
    status: 422,
    message: 'evaluations.item.hideUnanswered',
  },
  [EvaluationErrorCode.SectionNotEmpty]: {
    status: 422,
    message: 'evaluations.builder.sectionNotEmpty',
  },
  [EvaluationErrorCode.QuestionnaireUnsuitable]: {
    status: 422,
    message: 'evaluations.offering.unsuitable',
  },
};

export class EvaluationError extends DomainError<EvaluationErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
