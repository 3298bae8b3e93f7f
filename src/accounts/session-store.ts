import session from 'express-session';
import { DataSource, IsNull, LessThan } from 'typeorm';
import type { TransactionRunner } from '../database/transaction-runner';
import { SessionRecord } from './session.entity';

type SessionData = session.SessionData & { passport?: { user?: unknown }; userAgent?: string };

/**
 * express-session store on the application database, so several instances share sessions.
 * (connect-typeorm declares TypeORM 0.3 as its peer; this store is small and fits 1.x.)
 * Expired rows are invisible at once and removed by `prune`, which the app runs periodically.
 */
export class DatabaseSessionStore extends session.Store {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly idleMs: number,
  ) {
    super();
  }

  override get(
    sid: string,
    callback: (err: unknown, session?: session.SessionData | null) => void,
  ): void {
    this.dataSource
      .getRepository(SessionRecord)
      .findOneBy({ sid })
      .then((row) => {
        if (!row || row.expiresAt.getTime() <= Date.now()) return callback(null, null);
        callback(null, JSON.parse(row.data) as session.SessionData);
      })
      .catch((err: unknown) => callback(err));
  }

  override set(sid: string, data: session.SessionData, callback?: (err?: unknown) => void): void {
    const userId = Number((data as SessionData).passport?.user);
    const now = new Date();
    const agent = (data as SessionData).userAgent;
    const record: Pick<
      SessionRecord,
      'sid' | 'userId' | 'data' | 'expiresAt' | 'lastSeenAt' | 'userAgent'
    > = {
      sid,
      userId: Number.isInteger(userId) ? userId : null,
      data: JSON.stringify(data),
      expiresAt: this.expiryOf(data),
      lastSeenAt: now,
      userAgent: typeof agent === 'string' ? agent.slice(0, 300) : null,
    };
    this.tx
      .run(async (m) => {
        const repo = m.getRepository(SessionRecord);
        await repo.upsert(record, ['sid']);
        // the start of the session: set once, on its first save
        await repo.update({ sid, createdAt: IsNull() }, { createdAt: now });
      })
      .then(() => callback?.())
      .catch((err: unknown) => callback?.(err));
  }

  override touch(sid: string, data: session.SessionData, callback?: (err?: unknown) => void): void {
    this.tx
      .run((m) =>
        m
          .getRepository(SessionRecord)
          .update({ sid }, { expiresAt: this.expiryOf(data), lastSeenAt: new Date() }),
      )
      .then(() => callback?.())
      .catch((err: unknown) => callback?.(err));
  }

  override destroy(sid: string, callback?: (err?: unknown) => void): void {
    this.tx
      .run((m) => m.getRepository(SessionRecord).delete({ sid }))
      .then(() => callback?.())
      .catch((err: unknown) => callback?.(err));
  }

  /** Removes expired sessions; returns how many. */
  async prune(now = new Date()): Promise<number> {
    const result = await this.tx.run((m) =>
      m.getRepository(SessionRecord).delete({ expiresAt: LessThan(now) }),
    );
    return result.affected ?? 0;
  }

  private expiryOf(data: session.SessionData): Date {
    const cookieExpiry = data.cookie?.expires ? new Date(data.cookie.expires).getTime() : NaN;
    return new Date(Number.isFinite(cookieExpiry) ? cookieExpiry : Date.now() + this.idleMs);
  }
}
