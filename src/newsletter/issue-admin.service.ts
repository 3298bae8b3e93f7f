import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { Actor, AuditService } from '../audit/audit.service';
import { slugify, ticked } from '../common/forms/parse';
import { fromAmsterdam } from '../common/views/amsterdam-time';
import { TransactionRunner } from '../database/transaction-runner';
import { NewsletterDelivery } from './delivery.entity';
import type { SaveIssueDto } from './dto/issue-save.dto';
import { EDITABLE_STATUSES, isEditable } from './issue-admin.presenter';
import { NewsletterIssue } from './issue.entity';
import { NewsletterError, NewsletterErrorCode } from './newsletter.error';
import { IssueProgress, SendingService } from './sending.service';
import { decodeTopics, encodeTopics, topicList } from './topics';

type IssueFields = Pick<
  NewsletterIssue,
  'title' | 'slug' | 'summary' | 'bodyMarkdown' | 'audiences'
>;

export interface IssueCounts {
  sent: number;
  total: number;
}

/** Paths under /jepzine that are pages, not issues. */
const RESERVED_SLUGS = ['aanmelden', 'bevestigen', 'bevestigd', 'voorkeuren', 'afmelden', 'feed'];

/** A unique index refused the row (two staff saving the same slug at the same moment). */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code ?? '';
  return code === '23505' || code.startsWith('SQLITE_CONSTRAINT');
}

/**
 * Staff work on JEPzine issues: writing (create, update, with their slugs and audiences) and the
 * sending actions, which SendingService carries out. Errors of those actions are put at a field
 * of the detail page, so the page comes back with the message instead of an error page.
 */
@Injectable()
export class IssueAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly sending: SendingService,
  ) {}

  /** Every issue, newest first, with how many of its deliveries were sent. */
  async list(): Promise<{ issues: NewsletterIssue[]; counts: Map<number, IssueCounts> }> {
    const issues = await this.dataSource
      .getRepository(NewsletterIssue)
      .find({ order: { createdAt: 'DESC', id: 'DESC' } });
    const rows: { issueId: number | string; status: string; n: number | string }[] =
      await this.dataSource
        .getRepository(NewsletterDelivery)
        .createQueryBuilder('d')
        .select('d.issueId', 'issueId')
        .addSelect('d.status', 'status')
        .addSelect('COUNT(*)', 'n')
        .groupBy('d.issueId')
        .addGroupBy('d.status')
        .getRawMany();
    const counts = new Map<number, IssueCounts>();
    for (const row of rows) {
      const id = Number(row.issueId);
      const c = counts.get(id) ?? { sent: 0, total: 0 };
      c.total += Number(row.n);
      if (row.status === 'sent') c.sent += Number(row.n);
      counts.set(id, c);
    }
    return { issues, counts };
  }

  async get(id: number): Promise<NewsletterIssue> {
    const issue = await this.dataSource.getRepository(NewsletterIssue).findOneBy({ id });
    if (!issue) throw new NewsletterError(NewsletterErrorCode.NotFound);
    return issue;
  }

  /** How many subscribers the issue would go to now. */
  recipients(issue: NewsletterIssue): Promise<number> {
    return this.sending.recipientCount(decodeTopics(issue.audiences));
  }

  progress(id: number): Promise<IssueProgress> {
    return this.sending.progress(id);
  }

  /** A preview is only offered while the issue can still be changed. */
  async assertEditable(id: number): Promise<void> {
    const issue = await this.get(id);
    if (!isEditable(issue.status))
      throw new NewsletterError(NewsletterErrorCode.NotEditable, 'status');
  }

  async create(actor: Actor, dto: SaveIssueDto): Promise<NewsletterIssue> {
    const fields = this.fieldsFrom(dto);
    try {
      return await this.tx.run(async (m) => {
        const repo = m.getRepository(NewsletterIssue);
        await this.assertSlugFree(m, fields.slug);
        const saved = await repo.save(
          repo.create({ ...fields, status: 'draft', createdBy: actor.id }),
        );
        await this.audit.record(
          m,
          actor,
          'newsletter.create',
          { type: 'newsletter_issue', id: saved.id },
          { title: saved.title, slug: saved.slug },
        );
        return saved;
      });
    } catch (error) {
      throw this.slugRace(error);
    }
  }

  async update(actor: Actor, id: number, dto: SaveIssueDto): Promise<void> {
    const fields = this.fieldsFrom(dto);
    try {
      await this.tx.run(async (m) => {
        const repo = m.getRepository(NewsletterIssue);
        const issue = await repo.findOneBy({ id });
        if (!issue) throw new NewsletterError(NewsletterErrorCode.NotFound);
        if (!isEditable(issue.status))
          throw new NewsletterError(NewsletterErrorCode.NotEditable, 'status');
        await this.assertSlugFree(m, fields.slug, id);
        // Only while still editable: sending may have started since the read above.
        const result = await repo.update({ id, status: In([...EDITABLE_STATUSES]) }, fields);
        if (result.affected !== 1)
          throw new NewsletterError(NewsletterErrorCode.NotEditable, 'status');
        await this.audit.record(
          m,
          actor,
          'newsletter.update',
          { type: 'newsletter_issue', id },
          { title: fields.title, slug: fields.slug },
        );
      });
    } catch (error) {
      throw this.slugRace(error);
    }
  }

  /** The issue as it will arrive, to the staff member's own address. */
  sendTest(id: number, staff: Actor & { name?: string }, locale: string): Promise<void> {
    return this.atField(() => this.sending.sendTest(id, staff, locale));
  }

  /** Sends to every recipient now; needs the tick that says so. */
  sendNow(id: number, actor: Actor, confirm: unknown): Promise<IssueProgress> {
    if (!ticked(confirm))
      throw new NewsletterError(NewsletterErrorCode.ConfirmRequired, 'confirmSend');
    return this.atField(() => this.sending.sendNow(id, actor), {
      [NewsletterErrorCode.NoRecipients]: 'confirmSend',
    });
  }

  /** Plans the issue at a date and time entered in Amsterdam; returns the moment. */
  async schedule(id: number, actor: Actor, date: string, time: string): Promise<Date> {
    const at = fromAmsterdam(date, time);
    if (!at) throw new NewsletterError(NewsletterErrorCode.ScheduleInvalid, 'scheduledAt');
    await this.atField(() => this.sending.schedule(id, at, actor));
    return at;
  }

  unschedule(id: number, actor: Actor): Promise<void> {
    return this.atField(() => this.sending.unschedule(id, actor));
  }

  pause(id: number, actor: Actor): Promise<void> {
    return this.atField(() => this.sending.pause(id, actor));
  }

  resume(id: number, actor: Actor): Promise<void> {
    return this.atField(() => this.sending.resume(id, actor));
  }

  cancel(id: number, actor: Actor, confirm: unknown): Promise<void> {
    if (!ticked(confirm))
      throw new NewsletterError(NewsletterErrorCode.ConfirmRequired, 'confirmCancel');
    return this.atField(() => this.sending.cancel(id, actor));
  }

  retryFailed(id: number, actor: Actor): Promise<number> {
    return this.atField(() => this.sending.retryFailed(id, actor));
  }

  /**
   * Runs a sending action; an error without a field (wrong state, no recipients) is put at the
   * given field or at the page's status, so the detail page shows it. Not found stays a 404.
   */
  private async atField<T>(
    work: () => Promise<T>,
    fields: Partial<Record<NewsletterErrorCode, string>> = {},
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (
        error instanceof NewsletterError &&
        !error.field &&
        error.code !== NewsletterErrorCode.NotFound
      )
        throw new NewsletterError(error.code, fields[error.code] ?? 'status', error.params);
      throw error;
    }
  }

  private async assertSlugFree(m: EntityManager, slug: string, exceptId?: number): Promise<void> {
    // /jepzine/<slug> shares its path with the public JEPzine pages: their names are taken.
    if (RESERVED_SLUGS.includes(slug))
      throw new NewsletterError(NewsletterErrorCode.SlugTaken, 'slug');
    const taken = await m
      .getRepository(NewsletterIssue)
      .existsBy(exceptId ? { slug, id: Not(exceptId) } : { slug });
    if (taken) throw new NewsletterError(NewsletterErrorCode.SlugTaken, 'slug');
  }

  private slugRace(error: unknown): unknown {
    return isUniqueViolation(error)
      ? new NewsletterError(NewsletterErrorCode.SlugTaken, 'slug')
      : error;
  }

  /** The form's values as stored: slug made from the title when empty, known topics only. */
  private fieldsFrom(dto: SaveIssueDto): IssueFields {
    const given = dto.slug?.trim() ?? '';
    const slug = given || slugify(dto.title);
    if (!slug) throw new NewsletterError(NewsletterErrorCode.SlugInvalid, 'slug');
    return {
      title: dto.title.trim(),
      slug,
      summary: dto.summary.trim(),
      bodyMarkdown: dto.bodyMarkdown,
      audiences: encodeTopics(topicList(dto.audiences)),
    };
  }
}
