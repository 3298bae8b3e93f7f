import type { Request } from 'express';

declare module 'express-session' {
  interface SessionData {
    /** Password accepted, the second step (a code) still to come; not signed in yet. */
    twoFactorPending?: { userId: number; terug: string; startedAt: number };
    /** A staff member or admin signed in without two-factor login: only set-up is open. */
    twoFactorSetupRequired?: boolean;
    /** Fresh recovery codes, shown once on the next page and then forgotten. */
    twoFactorRecoveryCodes?: string[];
    /** The browser's User-Agent at sign-in, for the list of active sessions. */
    userAgent?: string;
  }
}

/** How long the second step of a login may take. */
export const PENDING_LOGIN_MS = 10 * 60_000;

/** Renews the session id (no fixation) and remembers the user whose code is still to come. */
export function beginPendingLogin(req: Request, userId: number, terug: string): Promise<void> {
  return new Promise((resolve, reject) =>
    req.session.regenerate((error: unknown) => {
      if (error) return reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
      req.session.twoFactorPending = { userId, terug, startedAt: Date.now() };
      resolve();
    }),
  );
}

/** The pending login of this session, or null when there is none or it took too long. */
export function pendingLogin(req: Request, now = Date.now()) {
  const pending = req.session?.twoFactorPending;
  if (!pending || now - pending.startedAt > PENDING_LOGIN_MS) return null;
  return pending;
}

export function rememberUserAgent(req: Request): void {
  const agent = req.get('user-agent');
  if (agent) req.session.userAgent = agent.slice(0, 300);
}
