import type { Request, Response } from 'express';
import { Passport } from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { AuthenticationService } from './authentication.service';
import { AccountsError, AccountsErrorCode } from './accounts.error';
import type { User } from './user.entity';

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(JSON.stringify(error));
}

export type PassportInstance = InstanceType<typeof Passport>;

/**
 * One passport instance per application (not the global one), with the passport-local strategy
 * and the session (de)serialisation.
 */
export function createPassport(auth: AuthenticationService): PassportInstance {
  const passport = new Passport();
  passport.use(
    'local',
    new LocalStrategy(
      { usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: true },
      (req, email, password, done) => {
        auth.authenticate(email, password, req.ip ?? 'unknown').then(
          (user) => done(null, user),
          (error: unknown) => done(error),
        );
      },
    ),
  );
  passport.serializeUser((user, done) => done(null, user.id));
  passport.deserializeUser((id: unknown, done) => {
    auth.findActive(Number(id)).then(
      (user) => done(null, user ? toRequestUser(user) : false),
      (error: unknown) => done(error),
    );
  });
  return passport;
}

export function toRequestUser(user: User): Express.User {
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}

/** Runs the local strategy for this request; resolves with the user or rejects with the domain error. */
export function authenticateLocal(
  passport: PassportInstance,
  req: Request,
  res: Response,
): Promise<Express.User> {
  return new Promise((resolve, reject) => {
    const middleware = passport.authenticate(
      'local',
      { session: false },
      (error: unknown, user: Express.User | false) => {
        if (error) return reject(asError(error));
        // passport-local fails without an error when a field is missing: same answer as a wrong password
        if (!user) return reject(new AccountsError(AccountsErrorCode.InvalidCredentials, 'email'));
        resolve(user);
      },
    ) as (req: Request, res: Response, next: (err?: unknown) => void) => void;
    middleware(req, res, reject);
  });
}

/** Signs the user in: passport renews the session id (no session fixation). */
export function logIn(req: Request, user: Express.User): Promise<void> {
  return new Promise((resolve, reject) =>
    req.logIn(user, (error: unknown) => {
      if (error) return reject(asError(error));
      req.session.signedInAt = Date.now();
      resolve();
    }),
  );
}

/** Signs out and removes the session entirely. */
export function logOut(req: Request): Promise<void> {
  return new Promise((resolve) =>
    req.logOut({ keepSessionInfo: false }, () => {
      req.session.destroy(() => resolve());
    }),
  );
}
