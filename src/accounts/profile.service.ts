import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { GeoService } from '../geo/geo.service';
import { MailService } from '../mail/mail.service';
import { AccountTokensService } from './account-tokens.service';
import { AccountsError, AccountsErrorCode } from './accounts.error';
import type { ChangeEmailDto } from './dto/change-email.dto';
import type { ChangePasswordDto } from './dto/change-password.dto';
import type { UpdateProfileDto } from './dto/update-profile.dto';
import { normaliseEmail } from './email';
import { hashPassword, verifyPassword } from './password-hasher';
import { assertAcceptablePassword } from './password-rules';
import { SessionsService } from './sessions.service';
import { User } from './user.entity';

/** A signed-in user's own account: profile, password, e-mail address. */
@Injectable()
export class ProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly tokens: AccountTokensService,
    private readonly mail: MailService,
    private readonly sessions: SessionsService,
    private readonly geo: GeoService,
  ) {}

  async get(userId: number): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) throw new AccountsError(AccountsErrorCode.UserNotFound);
    return user;
  }

  async update(userId: number, dto: UpdateProfileDto): Promise<void> {
    if (!(await this.geo.municipality(dto.municipalityCode))) {
      throw new AccountsError(AccountsErrorCode.UnknownMunicipality, 'municipalityCode');
    }
    await this.tx.run((m) =>
      m.getRepository(User).update(
        { id: userId },
        {
          name: dto.name.trim(),
          organisation: dto.organisation.trim(),
          jobTitle: dto.jobTitle.trim(),
          sector: dto.sector,
          municipalityCode: dto.municipalityCode,
          skjNumber: dto.skjNumber?.trim() ? dto.skjNumber.trim() : null,
          locale: dto.locale,
        },
      ),
    );
  }

  /** Changes the password and ends the user's other sessions. */
  async changePassword(userId: number, dto: ChangePasswordDto, currentSid: string): Promise<void> {
    const user = await this.get(userId);
    if (!(await verifyPassword(user.passwordHash, dto.currentPassword))) {
      throw new AccountsError(AccountsErrorCode.WrongPassword, 'currentPassword');
    }
    assertAcceptablePassword(dto.password, user.email, 'password');
    if (dto.password !== dto.passwordConfirm)
      throw new AccountsError(AccountsErrorCode.PasswordMismatch, 'passwordConfirm');
    const passwordHash = await hashPassword(dto.password);
    await this.tx.run(async (m) => {
      await m.getRepository(User).update({ id: userId }, { passwordHash });
      await this.sessions.endAll(m, userId, currentSid);
      await this.mail.queue(m, {
        to: user.email,
        template: 'password-changed',
        locale: user.locale,
        data: { name: user.name },
      });
    });
  }

  /**
   * Asks for the password again, then sends a confirmation link to the new address (and a notice
   * to the old one). The address changes only when the link is followed.
   */
  async requestEmailChange(userId: number, dto: ChangeEmailDto): Promise<string> {
    const user = await this.get(userId);
    if (!(await verifyPassword(user.passwordHash, dto.password))) {
      throw new AccountsError(AccountsErrorCode.WrongPassword, 'password');
    }
    const newEmail = normaliseEmail(dto.email);
    if (newEmail === user.email) throw new AccountsError(AccountsErrorCode.SameEmail, 'email');
    await this.tx.run(async (m) => {
      const taken = await m.getRepository(User).findOneBy({ email: newEmail });
      if (taken) {
        // Same answer as for a free address; the owner of the taken address is told.
        await this.mail.queue(m, {
          to: newEmail,
          template: 'email-change-taken',
          locale: taken.locale,
          data: { name: taken.name },
        });
        return;
      }
      const token = await this.tokens.issue(m, user.id, 'change_email', newEmail);
      await this.mail.queue(m, {
        to: newEmail,
        template: 'confirm-email-change',
        locale: user.locale,
        data: { name: user.name, token },
      });
      await this.mail.queue(m, {
        to: user.email,
        template: 'email-change-requested',
        locale: user.locale,
        data: { name: user.name, newEmail },
      });
    });
    return newEmail;
  }

  async confirmEmailChange(rawToken: string): Promise<void> {
    await this.tx.run(async (m) => {
      const token = await this.tokens.consume(m, rawToken, 'change_email');
      const users = m.getRepository(User);
      if (!token.newEmail || (await users.findOneBy({ email: token.newEmail }))) {
        throw new AccountsError(AccountsErrorCode.TokenInvalid);
      }
      await users.update(
        { id: token.userId },
        { email: token.newEmail, emailVerifiedAt: new Date() },
      );
    });
  }
}
