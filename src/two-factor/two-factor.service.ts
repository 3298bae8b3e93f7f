import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import * as QRCode from 'qrcode';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { LoginThrottle } from '../accounts/login-throttle.entity';
import { verifyPassword } from '../accounts/password-hasher';
import { countRequest } from '../accounts/rate-limit';
import { User } from '../accounts/user.entity';
import { AuditService } from '../audit/audit.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { MailService } from '../mail/mail.service';
import { base32Encode } from './base32';
import { RecoveryCode } from './recovery-code.entity';
import {
  groupSecret,
  hashRecoveryCode,
  newRecoveryCode,
  normaliseRecoveryCode,
  RECOVERY_CODE_COUNT,
} from './recovery-codes';
import { SecretBox } from './secret-box';
import { matchingStep } from './totp';
import { TwoFactorError, TwoFactorErrorCode } from './two-factor.error';
import { UserTwoFactor } from './two-factor.entity';
import { twoFactorRequired } from './two-factor.policy';

/** Wrong codes allowed per account before a pause. */
export const CODE_LIMIT = { windowMs: 15 * 60_000, max: 5 };
const ISSUER = 'Platform JEP';

export interface SetupState {
  enabled: boolean;
  enabledAt: Date | null;
  required: boolean;
  recoveryLeft: number;
  /** while setting up */
  secret?: string;
  otpauthUrl?: string;
  qrDataUrl?: string;
}

type Account = Pick<User, 'id' | 'email' | 'name' | 'locale' | 'role'>;

@Injectable()
export class TwoFactorService {
  private readonly box: SecretBox;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = new SecretBox(config.twoFactorKey ?? config.sessionSecret);
  }

  /** The set-up page: starts a new secret when there is neither an enabled nor a pending one. */
  async setupState(user: Account): Promise<SetupState> {
    let row = await this.dataSource.getRepository(UserTwoFactor).findOneBy({ userId: user.id });
    const required = twoFactorRequired(user.role);
    if (row?.enabledAt) {
      const recoveryLeft = await this.dataSource
        .getRepository(RecoveryCode)
        .countBy({ userId: user.id, usedAt: IsNull() });
      return { enabled: true, enabledAt: row.enabledAt, required, recoveryLeft };
    }
    let secret = row ? this.open(row) : null;
    if (!row || !secret) {
      secret = randomBytes(20);
      const sealed = this.box.seal(secret);
      await this.tx.run((m) =>
        m
          .getRepository(UserTwoFactor)
          .upsert(
            { userId: user.id, secretEncrypted: sealed, enabledAt: null, lastUsedStep: null },
            ['userId'],
          ),
      );
      row = await this.dataSource.getRepository(UserTwoFactor).findOneByOrFail({ userId: user.id });
      secret = this.open(row) ?? secret;
    }
    const text = base32Encode(secret);
    const otpauthUrl =
      `otpauth://totp/${encodeURIComponent(ISSUER)}:${encodeURIComponent(user.email)}` +
      `?secret=${text}&issuer=${encodeURIComponent(ISSUER)}&algorithm=SHA1&digits=6&period=30`;
    const qrDataUrl = await QRCode.toDataURL(otpauthUrl, {
      errorCorrectionLevel: 'M',
      margin: 2,
      width: 240,
    });
    return {
      enabled: false,
      enabledAt: null,
      required,
      recoveryLeft: 0,
      secret: groupSecret(text),
      otpauthUrl,
      qrDataUrl,
    };
  }

  /** Confirms the pending secret with a code: two-factor login is on; returns the recovery codes. */
  async confirmSetup(user: Account, code: string, now = new Date()): Promise<string[]> {
    await this.assertNotBlocked(user.id, now);
    const codes = await this.tx.run(async (m) => {
      const row = await m.getRepository(UserTwoFactor).findOneBy({ userId: user.id });
      if (!row || row.enabledAt) throw new TwoFactorError(TwoFactorErrorCode.WrongState);
      if ((await this.acceptTotp(m, row, code, now)) === null) return null;
      await m.getRepository(UserTwoFactor).update({ userId: user.id }, { enabledAt: now });
      const fresh = await this.replaceRecoveryCodes(m, user.id);
      await this.audit.record(m, user, 'twoFactor.enabled', { type: 'user', id: user.id });
      return fresh;
    });
    return codes ?? this.refuse(user.id, now);
  }

  /** New recovery codes (the old ones stop working); asks a current code. */
  async regenerateRecoveryCodes(user: Account, code: string, now = new Date()): Promise<string[]> {
    await this.assertNotBlocked(user.id, now);
    const codes = await this.tx.run(async (m) => {
      const row = await this.enabledRow(m, user.id);
      if ((await this.acceptTotp(m, row, code, now)) === null) return null;
      const fresh = await this.replaceRecoveryCodes(m, user.id);
      await this.audit.record(m, user, 'twoFactor.recoveryCodesRenewed', {
        type: 'user',
        id: user.id,
      });
      return fresh;
    });
    return codes ?? this.refuse(user.id, now);
  }

  /** Turns two-factor login off (not for staff and admins); mailed and audited. */
  async disable(user: Account, password: string, code: string, now = new Date()): Promise<void> {
    if (twoFactorRequired(user.role)) throw new TwoFactorError(TwoFactorErrorCode.Required);
    await this.assertNotBlocked(user.id, now);
    const account = await this.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    if (!(await verifyPassword(account.passwordHash, password))) {
      await this.tx.run((m) => countRequest(m, this.limitKey(user.id), CODE_LIMIT, now));
      throw new TwoFactorError(TwoFactorErrorCode.PasswordInvalid, 'password');
    }
    const done = await this.tx.run(async (m) => {
      const row = await this.enabledRow(m, user.id);
      if ((await this.acceptTotp(m, row, code, now)) === null) return false;
      await m.getRepository(RecoveryCode).delete({ userId: user.id });
      await m.getRepository(UserTwoFactor).delete({ userId: user.id });
      await this.audit.record(m, user, 'twoFactor.disabled', { type: 'user', id: user.id });
      await this.mail.queue(m, {
        to: account.email,
        template: 'two-factor-disabled',
        locale: account.locale,
        data: { name: account.name },
      });
      return true;
    });
    if (!done) await this.refuse(user.id, now);
  }

  /**
   * The second step of a login: a 6-digit code (each time step once) or an unused recovery
   * code (mailed and audited). Returns the user to sign in.
   */
  async verifyLogin(userId: number, input: string, now = new Date()): Promise<User> {
    await this.assertNotBlocked(userId, now);
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user || user.deactivatedAt) throw new TwoFactorError(TwoFactorErrorCode.WrongState);
    const typed = input.trim().replace(/\s/g, '');
    const accepted = await this.tx.run(async (m) => {
      const row = await this.enabledRow(m, userId);
      if (/^\d{6}$/.test(typed)) return (await this.acceptTotp(m, row, typed, now)) !== null;
      const recovery = normaliseRecoveryCode(typed);
      if (!recovery) return false;
      const used = await m
        .createQueryBuilder()
        .update(RecoveryCode)
        .set({ usedAt: now })
        .where('user_id = :userId AND code_hash = :hash AND used_at IS NULL', {
          userId,
          hash: hashRecoveryCode(recovery),
        })
        .execute();
      if (!used.affected) return false;
      const left = await m.getRepository(RecoveryCode).countBy({ userId, usedAt: IsNull() });
      await this.audit.record(
        m,
        user,
        'twoFactor.recoveryCodeUsed',
        { type: 'user', id: userId },
        {
          left,
        },
      );
      await this.mail.queue(m, {
        to: user.email,
        template: 'two-factor-recovery-used',
        locale: user.locale,
        data: { name: user.name, left: String(left) },
      });
      return true;
    });
    if (!accepted) return this.refuse(userId, now);
    return user;
  }

  private async enabledRow(m: EntityManager, userId: number): Promise<UserTwoFactor> {
    const row = await m.getRepository(UserTwoFactor).findOneBy({ userId });
    if (!row?.enabledAt) throw new TwoFactorError(TwoFactorErrorCode.WrongState);
    return row;
  }

  /** The code's time step when it is right and newer than the last used one (claimed atomically). */
  private async acceptTotp(
    m: EntityManager,
    row: UserTwoFactor,
    code: string,
    now: Date,
  ): Promise<number | null> {
    const secret = this.open(row);
    if (!secret) return null;
    const step = matchingStep(secret, code.trim(), now);
    if (step === null) return null;
    const claimed = await m
      .createQueryBuilder()
      .update(UserTwoFactor)
      .set({ lastUsedStep: step })
      .where('user_id = :userId AND (last_used_step IS NULL OR last_used_step < :step)', {
        userId: row.userId,
        step,
      })
      .execute();
    return claimed.affected ? step : null;
  }

  private async replaceRecoveryCodes(m: EntityManager, userId: number): Promise<string[]> {
    await m.getRepository(RecoveryCode).delete({ userId });
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => newRecoveryCode());
    await m.getRepository(RecoveryCode).insert(
      codes.map((c) => ({
        userId,
        codeHash: hashRecoveryCode(normaliseRecoveryCode(c)!),
        usedAt: null,
      })),
    );
    return codes;
  }

  private open(row: UserTwoFactor): Buffer | null {
    return this.box.open(row.secretEncrypted);
  }

  private limitKey(userId: number): string {
    return `2fa:${userId}`;
  }

  private async assertNotBlocked(userId: number, now: Date): Promise<void> {
    const blocked = await this.dataSource.getRepository(LoginThrottle).existsBy({
      key: this.limitKey(userId),
      windowStartedAt: MoreThan(new Date(now.getTime() - CODE_LIMIT.windowMs)),
      failures: MoreThan(CODE_LIMIT.max - 1),
    });
    if (blocked) throw new TwoFactorError(TwoFactorErrorCode.TooManyAttempts, 'code');
  }

  /** Counts a wrong code and refuses it (a clear message at the field; a pause after too many). */
  private async refuse(userId: number, now: Date): Promise<never> {
    const room = await this.tx.run((m) => countRequest(m, this.limitKey(userId), CODE_LIMIT, now));
    throw new TwoFactorError(
      room ? TwoFactorErrorCode.CodeInvalid : TwoFactorErrorCode.TooManyAttempts,
      'code',
    );
  }
}
