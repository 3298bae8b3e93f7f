import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccountToken, TokenPurpose } from './account-token.entity';
import { AccountsError, AccountsErrorCode } from './accounts.error';
import { User } from './user.entity';

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  verify_email: 7 * 24 * 3600_000,
  reset_password: 3600_000,
  change_email: 24 * 3600_000,
  invitation: 30 * 24 * 3600_000,
};

export function hashToken(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** Single-use secrets sent by e-mail; a new one of the same purpose replaces the older ones. */
@Injectable()
export class AccountTokensService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(
    manager: EntityManager,
    userId: number,
    purpose: TokenPurpose,
    newEmail: string | null = null,
  ): Promise<string> {
    const repo = manager.getRepository(AccountToken);
    const now = new Date();
    await repo.update({ userId, purpose, usedAt: IsNull() }, { usedAt: now });
    const raw = randomBytes(32).toString('base64url');
    await repo.save(
      repo.create({
        userId,
        purpose,
        tokenHash: hashToken(raw),
        newEmail,
        expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]),
        usedAt: null,
      }),
    );
    return raw;
  }

  /** The token if it is valid now, without using it (to show a form). */
  /**
   * An account for someone a colleague invites (group enrolment, a JOS trajectory): no password
   * yet, so nobody can sign in with it; the inviter's organisation, sector, municipality and
   * language as a first guess, which the invitee changes when completing it at /uitnodiging/:token.
   * Returns the user and the raw invitation token for the e-mail.
   */
  async createInvitedAccount(
    manager: EntityManager,
    email: string,
    inviter: Pick<User, 'organisation' | 'sector' | 'municipalityCode' | 'locale'>,
  ): Promise<{ user: User; token: string }> {
    const users = manager.getRepository(User);
    const user = await users.save(
      users.create({
        email,
        name: email.split('@')[0].slice(0, 200),
        passwordHash: '',
        role: 'professional',
        organisation: inviter.organisation,
        jobTitle: '',
        sector: inviter.sector,
        municipalityCode: inviter.municipalityCode,
        skjNumber: null,
        locale: inviter.locale,
        emailVerifiedAt: null,
        deactivatedAt: null,
        lastLoginAt: null,
      }),
    );
    return { user, token: await this.issue(manager, user.id, 'invitation') };
  }

  async find(raw: string, purpose: TokenPurpose): Promise<AccountToken | null> {
    if (typeof raw !== 'string' || raw.length < 20 || raw.length > 100) return null;
    const token = await this.dataSource
      .getRepository(AccountToken)
      .findOneBy({ tokenHash: hashToken(raw), purpose });
    if (!token || token.usedAt || token.expiresAt.getTime() <= Date.now()) return null;
    return token;
  }

  /** Uses the token once; a second use, an expired or unknown token fails. */
  async consume(manager: EntityManager, raw: string, purpose: TokenPurpose): Promise<AccountToken> {
    if (typeof raw !== 'string' || raw.length < 20 || raw.length > 100)
      throw new AccountsError(AccountsErrorCode.TokenInvalid);
    const repo = manager.getRepository(AccountToken);
    const token = await repo.findOneBy({ tokenHash: hashToken(raw), purpose });
    if (!token || token.usedAt || token.expiresAt.getTime() <= Date.now())
      throw new AccountsError(AccountsErrorCode.TokenInvalid);
    const result = await repo.update({ id: token.id, usedAt: IsNull() }, { usedAt: new Date() });
    if (result.affected !== 1) throw new AccountsError(AccountsErrorCode.TokenInvalid);
    return token;
  }
}
