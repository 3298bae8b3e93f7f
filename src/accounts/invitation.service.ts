import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { GeoService } from '../geo/geo.service';
import { AccountToken } from './account-token.entity';
import { AccountTokensService, hashToken } from './account-tokens.service';
import { AccountsError, AccountsErrorCode } from './accounts.error';
import type { CompleteInvitationDto } from './dto/complete-invitation.dto';
import { hashPassword } from './password-hasher';
import { assertAcceptablePassword } from './password-rules';
import { User } from './user.entity';

export type InvitationState =
  | { state: 'valid'; user: User }
  /** The link is genuine but older than its 30 days. */
  | { state: 'expired' }
  /** Unknown, used, replaced, or for an account that is complete or deactivated. */
  | { state: 'invalid' };

/**
 * Someone enrolled by a colleague got an account without a password and an `invitation` token.
 * Following the link they complete it: their details and a password. Completing it proves the
 * address, so the account is verified at once.
 */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly tokens: AccountTokensService,
    private readonly geo: GeoService,
  ) {}

  /** What the link stands for now, without using it (to show the form or say why not). */
  async open(raw: string, now = new Date()): Promise<InvitationState> {
    if (typeof raw !== 'string' || raw.length < 20 || raw.length > 100) return { state: 'invalid' };
    const token = await this.dataSource.getRepository(AccountToken).findOne({
      where: { tokenHash: hashToken(raw), purpose: 'invitation' },
      relations: { user: true },
    });
    const user = token?.user;
    // An account that already has a password (set through "wachtwoord vergeten") is complete:
    // an old invitation must not set it again.
    if (!token || token.usedAt || !user || user.deactivatedAt || user.passwordHash !== '')
      return { state: 'invalid' };
    if (token.expiresAt.getTime() <= now.getTime()) return { state: 'expired' };
    return { state: 'valid', user };
  }

  /**
   * Completes the account: the token is used, the details and the password hash are stored and
   * the address counts as verified, in one transaction. A second use of the link fails.
   */
  async complete(
    raw: string,
    dto: CompleteInvitationDto,
    locale: string,
    now = new Date(),
  ): Promise<User> {
    const opened = await this.open(raw, now);
    if (opened.state !== 'valid') throw new AccountsError(AccountsErrorCode.TokenInvalid);
    const { user } = opened;
    assertAcceptablePassword(dto.password, user.email, 'password');
    if (dto.password !== dto.passwordConfirm)
      throw new AccountsError(AccountsErrorCode.PasswordMismatch, 'passwordConfirm');
    if (!(await this.geo.municipality(dto.municipalityCode)))
      throw new AccountsError(AccountsErrorCode.UnknownMunicipality, 'municipalityCode');
    // Hashing takes a while: outside the transaction, which on SQLite holds the write queue.
    const passwordHash = await hashPassword(dto.password);
    const fields = {
      name: dto.name.trim(),
      organisation: dto.organisation.trim(),
      jobTitle: dto.jobTitle.trim(),
      sector: dto.sector,
      municipalityCode: dto.municipalityCode,
      skjNumber: dto.skjNumber?.trim() ? dto.skjNumber.trim() : null,
      locale,
      passwordHash,
      emailVerifiedAt: now,
    };
    return this.tx.run(async (m) => {
      await this.tokens.consume(m, raw, 'invitation');
      // Only while the account is still without a password: a reset in between wins.
      const result = await m.getRepository(User).update({ id: user.id, passwordHash: '' }, fields);
      if (result.affected !== 1) throw new AccountsError(AccountsErrorCode.TokenInvalid);
      return { ...user, ...fields };
    });
  }
}
