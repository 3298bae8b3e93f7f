/** Thrown by the access guard when a page needs a signed-in user; the error filter sends them to log in. */
export class SignInRequiredError extends Error {
  constructor() {
    super('Sign-in required');
  }
}

/** Thrown when a signed-in user lacks the role a route asks for. */
export class AccessDeniedError extends Error {
  constructor() {
    super('Access denied');
  }
}

/** A signed-in user opened a guest-only page (login, register). */
export class AlreadySignedInError extends Error {
  constructor() {
    super('Already signed in');
  }
}

/** A staff or admin user signed in but has not set up two-factor login yet: set it up first. */
export class TwoFactorSetupRequiredError extends Error {
  constructor() {
    super('Two-factor setup required');
  }
}
