import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { GeoService } from '../geo/geo.service';
import { MailService } from '../mail/mail.service';
import { AccountTokensService } from './account-tokens.service';
import { AccountsError, AccountsErrorCode } from './accounts.error';
import type { RegisterDto } from './dto/register.dto';
import { normaliseEmail } from './email';
import { hashPassword } from './password-hasher';
import { assertAcceptablePassword } from './password-rules';
import { User } from './user.entity';

/**
 * Registration and e-mail verification. The answer to a registration is the same whether or not
 * the address is known: a known address gets an e-mail saying so instead of a second account.
 */
@Injectable()
export class RegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly tokens: AccountTokensService,
    private readonly mail: MailService,
    private readonly geo: GeoService,
  ) {}

  async register(dto: RegisterDto, locale: string, returnTo: string | null = null): Promise<void> {
    const email = normaliseEmail(dto.email);
    assertAcceptablePassword(dto.password, email, 'password');
    if (dto.password !== dto.passwordConfirm)
      throw new AccountsError(AccountsErrorCode.PasswordMismatch, 'passwordConfirm');
    if (!(await this.geo.municipality(dto.municipalityCode))) {
      throw new AccountsError(AccountsErrorCode.UnknownMunicipality, 'municipalityCode');
    }
    const passwordHash = await hashPassword(dto.password);
    await this.tx.run(async (m) => {
      const users = m.getRepository(User);
      const existing = await users.findOneBy({ email });
      if (existing) {
        await this.mail.queue(m, {
          to: email,
          template: 'account-exists',
          locale: existing.locale,
          data: { name: existing.name },
        });
        return;
      }
      const user = await users.save(
        users.create({
          email,
          name: dto.name.trim(),
          passwordHash,
          role: 'professional',
          organisation: dto.organisation.trim(),
          jobTitle: dto.jobTitle.trim(),
          sector: dto.sector,
          municipalityCode: dto.municipalityCode,
          skjNumber: dto.skjNumber?.trim() ? dto.skjNumber.trim() : null,
          locale,
          emailVerifiedAt: null,
          deactivatedAt: null,
          lastLoginAt: null,
        }),
      );
      await this.sendVerification(m, user, returnTo);
    });
  }

  /** `returnTo`: a local path the confirmation link leads back to (after signing in). */
  async sendVerification(
    m: EntityManager,
    user: User,
    returnTo: string | null = null,
  ): Promise<void> {
    const token = await this.tokens.issue(m, user.id, 'verify_email');
    await this.mail.queue(m, {
      to: user.email,
      template: 'verify-email',
      locale: user.locale,
      data: {
        name: user.name,
        token,
        query: returnTo ? `?terug=${encodeURIComponent(returnTo)}` : '',
      },
    });
  }

  /** Confirms the address; returns the user so the page can greet them. */
  async verifyEmail(rawToken: string): Promise<User> {
    return this.tx.run(async (m) => {
      const token = await this.tokens.consume(m, rawToken, 'verify_email');
      const users = m.getRepository(User);
      const user = await users.findOneByOrFail({ id: token.userId });
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = new Date();
        await users.save(user);
      }
      return user;
    });
  }
}
