import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Brackets, DataSource, In } from 'typeorm';
import { hashToken } from '../accounts/account-tokens.service';
import { User } from '../accounts/user.entity';
import { isLocale, translate } from '../common/i18n/i18n';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { Enrolment } from '../enrolments/enrolment.entity';
import { EditionTrainer } from '../scheduling/edition-trainer.entity';
import { Meeting } from '../scheduling/meeting.entity';
import { CalendarFeed } from './calendar-feed.entity';
import { buildIcs, IcsEvent } from './ics';
import { CalendarContext, calendarContext, meetingEvent } from './meeting-events';

/** Meetings that ended longer ago than this drop out of the feed. */
export const FEED_HISTORY_DAYS = 183;
/** `last_used_at` is written at most this often: calendar apps poll every few minutes to hours. */
export const LAST_USED_RESOLUTION_MS = 3600_000;
/** 32 random bytes, base64url without padding. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const DAY = 86_400_000;

export interface FeedStatus {
  createdAt: Date;
  lastUsedAt: Date | null;
}

export interface CreatedFeed {
  /** The secret: shown once, never stored. */
  token: string;
  /** An older address existed and stopped working. */
  replaced: boolean;
}

type FeedPerson = Pick<User, 'id' | 'email' | 'name' | 'locale'>;

/**
 * Personal calendar subscriptions (`/agenda/:token.ics`). Only the SHA-256 of the token is stored,
 * so a leaked database does not leak working addresses; a new address replaces the old one.
 */
@Injectable()
export class CalendarFeedService {
  private readonly logger = new Logger('CalendarFeed');
  private readonly calendar: CalendarContext;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.calendar = calendarContext(config.baseUrl, config.mailFrom);
  }

  async status(userId: number): Promise<FeedStatus | null> {
    const feed = await this.dataSource.getRepository(CalendarFeed).findOneBy({ userId });
    return feed ? { createdAt: feed.createdAt, lastUsedAt: feed.lastUsedAt } : null;
  }

  /** Creates the user's address, or replaces it: the old token stops working at once. */
  async create(userId: number, now = new Date()): Promise<CreatedFeed> {
    const token = randomBytes(32).toString('base64url');
    const replaced = await this.tx.run(async (m) => {
      const existed = await m.getRepository(CalendarFeed).existsBy({ userId });
      // an upsert, so two requests at once (two tabs, two instances) both end with one row
      await m
        .createQueryBuilder()
        .insert()
        .into(CalendarFeed)
        .values({ userId, tokenHash: hashToken(token), lastUsedAt: null, createdAt: now })
        .orUpdate(['token_hash', 'last_used_at', 'created_at'], ['user_id'])
        .updateEntity(false)
        .execute();
      return existed;
    });
    return { token, replaced };
  }

  /** Revokes the user's address; false when there was none. */
  revoke(userId: number): Promise<boolean> {
    return this.tx.run(async (m) => {
      const result = await m.getRepository(CalendarFeed).delete({ userId });
      return (result.affected ?? 0) > 0;
    });
  }

  /**
   * The feed behind a token, or null for an unknown, revoked or malformed token, or an account
   * that was deactivated.
   */
  async feedFor(rawToken: string, now = new Date()): Promise<string | null> {
    if (typeof rawToken !== 'string' || !TOKEN.test(rawToken)) return null;
    const tokenHash = hashToken(rawToken);
    const feed = await this.dataSource
      .getRepository(CalendarFeed)
      .findOne({ where: { tokenHash }, relations: { user: true } });
    const user = feed?.user;
    if (!feed || !user || user.deactivatedAt) return null;
    await this.touch(feed, now);
    return buildIcs({
      name: translate(isLocale(user.locale) ? user.locale : 'nl', 'calendar.feed.name'),
      organizer: this.calendar.organizer,
      events: await this.events(user, now),
      stamp: now,
    });
  }

  /** The entries of one person: own confirmed places, and the editions they teach. */
  async events(person: FeedPerson, now = new Date()): Promise<IcsEvent[]> {
    const since = new Date(now.getTime() - FEED_HISTORY_DAYS * DAY);
    // Whole editions (that end after `since`), so each entry's "(2/3)" counts as in the e-mails.
    const meetings = await this.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('mt')
      .innerJoinAndSelect('mt.edition', 'e')
      .innerJoinAndSelect('e.offering', 'o')
      .leftJoinAndSelect('mt.municipality', 'mu')
      .where('e.ends_at >= :since', { since })
      .andWhere(
        new Brackets((qb) =>
          qb
            .where(
              `e.status IN ('published', 'completed') AND EXISTS (SELECT 1 FROM enrolments en
                WHERE en.edition_id = e.id AND en.user_id = :userId AND en.status = 'confirmed')`,
            )
            .orWhere(
              `e.status <> 'cancelled' AND EXISTS (SELECT 1 FROM edition_trainers et
                WHERE et.edition_id = e.id AND et.user_id = :userId)`,
            ),
        ),
        { userId: person.id },
      )
      .orderBy('mt.starts_at', 'ASC')
      .addOrderBy('mt.id', 'ASC')
      .getMany();
    if (!meetings.length) return [];

    const editionIds = [...new Set(meetings.map((x) => x.editionId))];
    const [places, teaching] = await Promise.all([
      this.dataSource.getRepository(Enrolment).find({
        select: { editionId: true, calendarSequence: true },
        where: { userId: person.id, editionId: In(editionIds), status: 'confirmed' },
      }),
      this.dataSource.getRepository(EditionTrainer).find({
        select: { editionId: true },
        where: { userId: person.id, editionId: In(editionIds) },
      }),
    ]);
    // A participant's entries carry their own part of the SEQUENCE (as in their invitations);
    // a trainer's none.
    const sequence = new Map(places.map((p) => [p.editionId, p.calendarSequence]));
    const teaches = new Set(teaching.map((t) => t.editionId));

    const byEdition = new Map<number, Meeting[]>();
    for (const meeting of meetings) {
      byEdition.set(meeting.editionId, [...(byEdition.get(meeting.editionId) ?? []), meeting]);
    }
    const events: IcsEvent[] = [];
    for (const meeting of meetings) {
      if (meeting.endsAt.getTime() < since.getTime()) continue;
      const edition = meeting.edition!;
      const published = edition.status === 'published' || edition.status === 'completed';
      const extraSequence = published ? sequence.get(edition.id) : undefined;
      // the query let the edition in through one of the two: as a participant or as a trainer
      if (extraSequence === undefined && !teaches.has(edition.id)) continue;
      const all = byEdition.get(edition.id)!;
      const event = meetingEvent(
        this.calendar,
        { id: edition.id, title: edition.title, offering: edition.offering! },
        meeting,
        person,
        { index: all.indexOf(meeting), count: all.length, extraSequence: extraSequence ?? 0 },
      );
      // A subscription is read-only: no ATTENDEE, so apps do not ask to accept or decline.
      events.push({ ...event, attendee: undefined });
    }
    return events;
  }

  /** Records the fetch, at most once an hour (a conditional update, no read-modify-write). */
  private async touch(feed: CalendarFeed, now: Date): Promise<void> {
    const cutoff = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    if (feed.lastUsedAt && feed.lastUsedAt.getTime() > cutoff.getTime()) return;
    try {
      await this.tx.run((m) =>
        m
          .createQueryBuilder()
          .update(CalendarFeed)
          .set({ lastUsedAt: now })
          .where('user_id = :userId AND token_hash = :tokenHash', {
            userId: feed.userId,
            tokenHash: feed.tokenHash,
          })
          .andWhere('(last_used_at IS NULL OR last_used_at <= :cutoff)', { cutoff })
          .execute(),
      );
    } catch (error) {
      // the feed itself matters more than the statistic
      this.logger.warn(`last_used_at not updated: ${String(error)}`);
    }
  }
}
