import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { AccountsError, AccountsErrorCode } from './accounts.error';
import { LoginThrottle } from './login-throttle.entity';

export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
export const MAX_ACCOUNT_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 20;

export function throttleKeys(email: string, address: string) {
  return { account: `account:${email.trim().toLowerCase()}`, address: `address:${address}` };
}

/**
 * Failed logins counted per account and per address in the database (shared by all instances).
 * The account key is kept whether or not the address belongs to an account, so the answer is
 * the same either way.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly tx: TransactionRunner) {}

  async assertAllowed(email: string, address: string, now = new Date()): Promise<void> {
    const keys = throttleKeys(email, address);
    const rows = await this.tx.run((m) =>
      m.getRepository(LoginThrottle).findBy({ key: In([keys.account, keys.address]) }),
    );
    const locked = rows.find((r) => r.lockedUntil && r.lockedUntil.getTime() > now.getTime());
    if (locked) {
      const minutes = Math.max(
        1,
        Math.ceil((locked.lockedUntil!.getTime() - now.getTime()) / 60_000),
      );
      throw new AccountsError(AccountsErrorCode.Throttled, 'email', { minutes });
    }
  }

  async recordFailure(email: string, address: string, now = new Date()): Promise<void> {
    const keys = throttleKeys(email, address);
    await this.tx.run(async (m) => {
      const repo = m.getRepository(LoginThrottle);
      for (const [key, max] of [
        [keys.account, MAX_ACCOUNT_FAILURES],
        [keys.address, MAX_ADDRESS_FAILURES],
      ] as const) {
        const row = await repo.findOneBy({ key });
        const fresh = !row || now.getTime() - row.windowStartedAt.getTime() > THROTTLE_WINDOW_MS;
        const failures = fresh ? 1 : row.failures + 1;
        await repo.save({
          key,
          failures,
          windowStartedAt: fresh ? now : row.windowStartedAt,
          lockedUntil:
            failures >= max ? new Date(now.getTime() + LOCK_MS) : (row?.lockedUntil ?? null),
        });
      }
    });
  }

  async reset(email: string, address: string): Promise<void> {
    const keys = throttleKeys(email, address);
    await this.tx.run((m) => m.getRepository(LoginThrottle).delete({ key: keys.account }));
  }
}
