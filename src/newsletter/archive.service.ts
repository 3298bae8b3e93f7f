import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import type { IssueStatus } from './issue.entity';
import { NewsletterIssue } from './issue.entity';
import { NewsletterError, NewsletterErrorCode } from './newsletter.error';

/**
 * The issues anyone may read: those that went out (or are going out now). A draft, a scheduled
 * issue and a cancelled one are never shown, not even by their address.
 */
export const ARCHIVED_STATUSES: readonly IssueStatus[] = ['sent', 'sending', 'paused'];

export const ARCHIVE_PAGE_SIZE = 20;
export const FEED_SIZE = 20;

/** An issue as the archive list and the home page show it (no body). */
export type ArchivedIssueSummary = Pick<
  NewsletterIssue,
  'id' | 'slug' | 'title' | 'summary' | 'audiences'
> & { startedAt: Date };

export type ArchivedIssue = NewsletterIssue & { startedAt: Date };

export interface IssueWithNeighbours {
  issue: ArchivedIssue;
  /** the issue that went out before this one */
  older: ArchivedIssueSummary | null;
  /** the issue that went out after this one */
  newer: ArchivedIssueSummary | null;
}

const SUMMARY_COLUMNS = ['i.id', 'i.slug', 'i.title', 'i.summary', 'i.audiences', 'i.startedAt'];

/** The public JEPzine archive: newest first, by the moment an issue started going out. */
@Injectable()
export class ArchiveService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private archived(): SelectQueryBuilder<NewsletterIssue> {
    return (
      this.dataSource
        .getRepository(NewsletterIssue)
        .createQueryBuilder('i')
        .where('i.status IN (:...statuses)', { statuses: ARCHIVED_STATUSES })
        // Sending sets the start; an issue without one has not gone out to anyone.
        .andWhere('i.started_at IS NOT NULL')
    );
  }

  private newestFirst(q: SelectQueryBuilder<NewsletterIssue>) {
    return q.orderBy('i.startedAt', 'DESC').addOrderBy('i.id', 'DESC');
  }

  /** One page of the archive (`page` from 1) and the number of archived issues. */
  async list(
    page: number,
    pageSize = ARCHIVE_PAGE_SIZE,
  ): Promise<{ issues: ArchivedIssueSummary[]; total: number }> {
    const [issues, total] = await this.newestFirst(this.archived().select(SUMMARY_COLUMNS))
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { issues: issues as ArchivedIssueSummary[], total };
  }

  /** The newest archived issue, for the home page. */
  async latest(): Promise<ArchivedIssueSummary | null> {
    const issue = await this.newestFirst(this.archived().select(SUMMARY_COLUMNS)).getOne();
    return (issue as ArchivedIssueSummary | null) ?? null;
  }

  /** The newest archived issues with their bodies, for the feed. */
  async recent(limit = FEED_SIZE): Promise<ArchivedIssue[]> {
    return (await this.newestFirst(this.archived()).take(limit).getMany()) as ArchivedIssue[];
  }

  /** An archived issue by its address, with the ones before and after it; NotFound otherwise. */
  async issue(slug: string): Promise<IssueWithNeighbours> {
    const issue = (await this.archived()
      .andWhere('i.slug = :slug', { slug })
      .getOne()) as ArchivedIssue | null;
    if (!issue) throw new NewsletterError(NewsletterErrorCode.NotFound);
    const at = { at: issue.startedAt, id: issue.id };
    const older = await this.archived()
      .select(SUMMARY_COLUMNS)
      .andWhere(
        new Brackets((w) =>
          w
            .where('i.started_at < :at', at)
            .orWhere(new Brackets((s) => s.where('i.started_at = :at').andWhere('i.id < :id'))),
        ),
      )
      .setParameters(at)
      .orderBy('i.startedAt', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .getOne();
    const newer = await this.archived()
      .select(SUMMARY_COLUMNS)
      .andWhere(
        new Brackets((w) =>
          w
            .where('i.started_at > :at', at)
            .orWhere(new Brackets((s) => s.where('i.started_at = :at').andWhere('i.id > :id'))),
        ),
      )
      .setParameters(at)
      .orderBy('i.startedAt', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .getOne();
    return {
      issue,
      older: (older as ArchivedIssueSummary | null) ?? null,
      newer: (newer as ArchivedIssueSummary | null) ?? null,
    };
  }
}
