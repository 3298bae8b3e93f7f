import { DomainError, DomainErrorSpec } from '../common/errors/domain-error';

/** What can go wrong in JEPzine, with the page status and message for each. */
export enum NewsletterErrorCode {
  NotFound = 'NOT_FOUND',
  /** A personal link (confirm, preferences, unsubscribe) whose token matches nothing. */
  TokenInvalid = 'TOKEN_INVALID',
  SlugTaken = 'SLUG_TAKEN',
  NotEditable = 'NOT_EDITABLE',
  WrongState = 'WRONG_STATE',
  ScheduleInPast = 'SCHEDULE_IN_PAST',
  NoRecipients = 'NO_RECIPIENTS',
  ImportFileMissing = 'IMPORT_FILE_MISSING',
  ImportFileTooLarge = 'IMPORT_FILE_TOO_LARGE',
  ImportUnreadable = 'IMPORT_UNREADABLE',
  ImportAlreadyApplied = 'IMPORT_ALREADY_APPLIED',
  ImportEmpty = 'IMPORT_EMPTY',
  ImportMissingColumn = 'IMPORT_MISSING_COLUMN',
  Throttled = 'THROTTLED',
  /** An address that cannot be one (a line break, several addresses): shown at the field. */
  EmailInvalid = 'EMAIL_INVALID',
  SlugInvalid = 'SLUG_INVALID',
  ScheduleInvalid = 'SCHEDULE_INVALID',
  ConfirmRequired = 'CONFIRM_REQUIRED',
}

const SPECS: Record<NewsletterErrorCode, DomainErrorSpec> = {
  [NewsletterErrorCode.NotFound]: { status: 404, message: 'errors.notFound.text' },
  [NewsletterErrorCode.TokenInvalid]: { status: 404, message: 'newsletter.error.tokenInvalid' },
  [NewsletterErrorCode.SlugTaken]: { status: 422, message: 'newsletter.error.slugTaken' },
  [NewsletterErrorCode.NotEditable]: { status: 422, message: 'newsletter.error.notEditable' },
  [NewsletterErrorCode.WrongState]: { status: 422, message: 'newsletter.error.wrongState' },
  [NewsletterErrorCode.ScheduleInPast]: {
    status: 422,
    message: 'newsletter.error.scheduleInPast',
  },
  [NewsletterErrorCode.NoRecipients]: { status: 422, message: 'newsletter.error.noRecipients' },
  [NewsletterErrorCode.ImportFileMissing]: {
    status: 422,
    message: 'newsletter.error.importFileMissing',
  },
  [NewsletterErrorCode.ImportFileTooLarge]: {
    status: 422,
    message: 'newsletter.error.importFileTooLarge',
  },
  [NewsletterErrorCode.ImportUnreadable]: {
    status: 422,
    message: 'newsletter.error.importUnreadable',
  },
  [NewsletterErrorCode.ImportAlreadyApplied]: {
    status: 422,
    message: 'newsletter.error.importAlreadyApplied',
  },
  [NewsletterErrorCode.ImportEmpty]: { status: 422, message: 'newsletter.error.importEmpty' },
  [NewsletterErrorCode.ImportMissingColumn]: {
    status: 422,
    message: 'newsletter.error.importMissingColumn',
  },
  [NewsletterErrorCode.Throttled]: { status: 429, message: 'newsletter.error.throttled' },
  [NewsletterErrorCode.EmailInvalid]: { status: 422, message: 'validation.email' },
  [NewsletterErrorCode.SlugInvalid]: { status: 422, message: 'newsletter.error.slugInvalid' },
  [NewsletterErrorCode.ScheduleInvalid]: {
    status: 422,
    message: 'newsletter.error.scheduleInvalid',
  },
  [NewsletterErrorCode.ConfirmRequired]: {
    status: 422,
    message: 'newsletter.error.confirmRequired',
  },
};

export class NewsletterError extends DomainError<NewsletterErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
