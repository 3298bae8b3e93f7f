import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan, Not } from 'typeorm';
import { SessionRecord } from '../accounts/session.entity';
import { AuditService } from '../audit/audit.service';
import { TransactionRunner } from '../database/transaction-runner';
import { sessionRef, SessionRow } from './two-factor.presenter';
import { TwoFactorError, TwoFactorErrorCode } from './two-factor.error';

type Account = { id: number; email: string };

/** A user's own active sessions: listed, and ended one by one or all but this one. */
@Injectable()
export class ActiveSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The user's sessions that have not expired. */
  list(userId: number, now = new Date()): Promise<SessionRow[]> {
    return this.dataSource.getRepository(SessionRecord).find({
      where: { userId, expiresAt: MoreThan(now) },
      select: { sid: true, createdAt: true, lastSeenAt: true, userAgent: true },
    });
  }

  /** Ends one of the user's own sessions by its reference; another's (or none) is NotFound. */
  async end(user: Account, ref: string, currentSid: string, now = new Date()): Promise<void> {
    const own = await this.list(user.id, now);
    const target = own.find((s) => sessionRef(s.sid) === ref);
    // this session ends with "log out"; the list offers no button for it
    if (!target || target.sid === currentSid) throw new TwoFactorError(TwoFactorErrorCode.NotFound);
    await this.tx.run(async (m) => {
      await m.getRepository(SessionRecord).delete({ sid: target.sid, userId: user.id });
      await this.audit.record(m, user, 'sessions.ended', { type: 'user', id: user.id });
    });
  }

  /** Ends every session of the user except `currentSid`; returns how many. */
  endOthers(user: Account, currentSid: string): Promise<number> {
    return this.tx.run(async (m) => {
      const result = await m
        .getRepository(SessionRecord)
        .delete({ userId: user.id, sid: Not(currentSid) });
      const count = result.affected ?? 0;
      await this.audit.record(
        m,
        user,
        'sessions.endedOthers',
        { type: 'user', id: user.id },
        {
          count,
        },
      );
      return count;
    });
  }
}
