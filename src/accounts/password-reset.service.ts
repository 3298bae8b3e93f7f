import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { MailService } from '../mail/mail.service';
import { AccountTokensService } from './account-tokens.service';
import { AccountsError, AccountsErrorCode } from './accounts.error';
import { normaliseEmail } from './email';
import { hashPassword } from './password-hasher';
import { assertAcceptablePassword } from './password-rules';
import { SessionsService } from './sessions.service';
import { User } from './user.entity';

/** Forgot password: a single-use link valid one hour; the same answer for known and unknown addresses. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly tokens: AccountTokensService,
    private readonly mail: MailService,
    private readonly sessions: SessionsService,
  ) {}

  async requestReset(rawEmail: string): Promise<void> {
    const email = normaliseEmail(rawEmail);
    await this.tx.run(async (m) => {
      const user = await m.getRepository(User).findOneBy({ email });
      if (!user || user.deactivatedAt) return;
      const token = await this.tokens.issue(m, user.id, 'reset_password');
      await this.mail.queue(m, {
        to: user.email,
        template: 'reset-password',
        locale: user.locale,
        data: { name: user.name, token },
      });
    });
  }

  async isValid(rawToken: string): Promise<boolean> {
    return (await this.tokens.find(rawToken, 'reset_password')) !== null;
  }

  async reset(rawToken: string, password: string, confirm: string): Promise<void> {
    const token = await this.tokens.find(rawToken, 'reset_password');
    if (!token) throw new AccountsError(AccountsErrorCode.TokenInvalid);
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: token.userId });
    assertAcceptablePassword(password, user.email, 'password');
    if (password !== confirm)
      throw new AccountsError(AccountsErrorCode.PasswordMismatch, 'passwordConfirm');
    const passwordHash = await hashPassword(password);
    await this.tx.run(async (m) => {
      await this.tokens.consume(m, rawToken, 'reset_password');
      // Following the link proves the address, so it also counts as verification.
      await m
        .getRepository(User)
        .update(
          { id: user.id },
          { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() },
        );
      await this.sessions.endAll(m, user.id);
      await this.mail.queue(m, {
        to: user.email,
        template: 'password-changed',
        locale: user.locale,
        data: { name: user.name },
      });
    });
  }
}
