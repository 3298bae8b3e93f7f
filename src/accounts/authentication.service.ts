import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { AccountToken } from './account-token.entity';
import { AccountsError, AccountsErrorCode } from './accounts.error';
import { normaliseEmail } from './email';
import { LoginThrottleService } from './login-throttle.service';
import { dummyHash, verifyPassword } from './password-hasher';
import { RegistrationService } from './registration.service';
import { secondStepFor } from '../two-factor/two-factor.policy';
import { User } from './user.entity';

const RESEND_VERIFICATION_AFTER_MS = 5 * 60_000;

/** Checks e-mail and password, with throttling; the same answer for unknown and wrong. */
@Injectable()
export class AuthenticationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly throttle: LoginThrottleService,
    private readonly registration: RegistrationService,
  ) {}

  async authenticate(rawEmail: string, password: string, address: string): Promise<User> {
    const email = normaliseEmail(rawEmail);
    await this.throttle.assertAllowed(email, address);
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
    if (!user || !ok || user.deactivatedAt) {
      await this.throttle.recordFailure(email, address);
      throw new AccountsError(AccountsErrorCode.InvalidCredentials, 'email');
    }
    if (!user.emailVerifiedAt) {
      await this.resendVerificationIfDue(user);
      throw new AccountsError(AccountsErrorCode.EmailNotVerified, 'email');
    }
    await this.throttle.reset(email, address);
    await this.tx.run((m) =>
      m.getRepository(User).update({ id: user.id }, { lastLoginAt: new Date() }),
    );
    return user;
  }

  /** After the password: a two-factor code, the compulsory two-factor set-up, or nothing. */
  secondStep(user: Pick<User, 'id' | 'role'>): Promise<'code' | 'setup' | 'none'> {
    return secondStepFor(this.dataSource, user);
  }

  /** The signed-in user for a session, or null when deactivated or gone (passport then logs out). */
  findActive(id: number): Promise<User | null> {
    return this.dataSource
      .getRepository(User)
      .findOneBy({ id })
      .then((u) => (u && !u.deactivatedAt ? u : null));
  }

  private async resendVerificationIfDue(user: User): Promise<void> {
    const last = await this.dataSource
      .getRepository(AccountToken)
      .findOne({ where: { userId: user.id, purpose: 'verify_email' }, order: { id: 'DESC' } });
    if (last && Date.now() - last.createdAt.getTime() < RESEND_VERIFICATION_AFTER_MS) return;
    await this.tx.run((m) => this.registration.sendVerification(m, user));
  }
}
