import { DomainError, DomainErrorSpec } from '../common/errors/domain-error';

/** What can go wrong with the AVG rights (the data download, deleting an account). */
export enum PrivacyErrorCode {
  /** No such account, or one already erased (never say which). */
  NotFound = 'NOT_FOUND',
  /** The password given to confirm the deletion is not the account's. */
  WrongPassword = 'WRONG_PASSWORD',
  /** Admins do not delete their own account here: another admin does it on request. */
  AdminSelfDelete = 'ADMIN_SELF_DELETE',
  /** On request: an admin does not erase their own account from the staff page either. */
  OwnAccount = 'OWN_ACCOUNT',
}

const SPECS: Record<PrivacyErrorCode, DomainErrorSpec> = {
  [PrivacyErrorCode.NotFound]: { status: 404, message: 'errors.notFound.text' },
  [PrivacyErrorCode.WrongPassword]: { status: 422, message: 'privacy.delete.wrongPassword' },
  [PrivacyErrorCode.AdminSelfDelete]: { status: 422, message: 'privacy.delete.adminRefused' },
  [PrivacyErrorCode.OwnAccount]: { status: 422, message: 'privacy.admin.ownAccount' },
};

export class PrivacyError extends DomainError<PrivacyErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
