import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, AuditService } from '../audit/audit.service';
import { Role } from '../common/access/role';
import { containsPattern } from '../common/sql/like';
import { TransactionRunner } from '../database/transaction-runner';
import { AccountsError, AccountsErrorCode } from './accounts.error';
import { SessionsService } from './sessions.service';
import { User } from './user.entity';

export const USERS_PAGE_SIZE = 25;

export interface UserSearch {
  q?: string;
  role?: Role;
  status?: 'active' | 'unverified' | 'deactivated';
  page: number;
}

/** Admin work on accounts: search, change role, deactivate and reactivate. Every change is audited. */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  async search(filter: UserSearch): Promise<{ users: User[]; total: number }> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u');
    if (filter.q) {
      qb.andWhere('(LOWER(u.name) LIKE :q OR u.email LIKE :q OR LOWER(u.organisation) LIKE :q)', {
        q: containsPattern(filter.q),
      });
    }
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.status === 'active')
      qb.andWhere('u.deactivated_at IS NULL AND u.email_verified_at IS NOT NULL');
    if (filter.status === 'unverified')
      qb.andWhere('u.deactivated_at IS NULL AND u.email_verified_at IS NULL');
    if (filter.status === 'deactivated') qb.andWhere('u.deactivated_at IS NOT NULL');
    const [users, total] = await qb
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .skip((filter.page - 1) * USERS_PAGE_SIZE)
      .take(USERS_PAGE_SIZE)
      .getManyAndCount();
    return { users, total };
  }

  async get(id: number): Promise<User> {
    const user = await this.dataSource
      .getRepository(User)
      .findOne({ where: { id }, relations: { municipality: true } });
    if (!user) throw new AccountsError(AccountsErrorCode.UserNotFound);
    return user;
  }

  async changeRole(actor: Actor, id: number, role: Role): Promise<void> {
    if (actor.id === id) throw new AccountsError(AccountsErrorCode.CannotChangeOwnRole, 'role');
    const user = await this.get(id);
    if (user.role === role) return;
    await this.tx.run(async (m) => {
      await m.getRepository(User).update({ id }, { role });
      await this.audit.record(
        m,
        actor,
        'user.role_changed',
        { type: 'user', id },
        { from: user.role, to: role },
      );
    });
  }

  /** Deactivates the account and ends all its sessions on every instance. */
  async deactivate(actor: Actor, id: number): Promise<void> {
    if (actor.id === id) throw new AccountsError(AccountsErrorCode.CannotChangeOwnRole);
    const user = await this.get(id);
    if (user.deactivatedAt) return;
    await this.tx.run(async (m) => {
      await m.getRepository(User).update({ id }, { deactivatedAt: new Date() });
      const ended = await this.sessions.endAll(m, id);
      await this.audit.record(
        m,
        actor,
        'user.deactivated',
        { type: 'user', id },
        { sessionsEnded: ended },
      );
    });
  }

  async reactivate(actor: Actor, id: number): Promise<void> {
    const user = await this.get(id);
    if (!user.deactivatedAt) return;
    await this.tx.run(async (m) => {
      await m.getRepository(User).update({ id }, { deactivatedAt: null });
      await this.audit.record(m, actor, 'user.reactivated', { type: 'user', id });
    });
  }
}
