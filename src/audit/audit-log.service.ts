import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { containsPattern } from '../common/sql/like';
import { AuditEntry } from './audit-entry.entity';
import { AUDIT_PAGE_SIZE, AuditFilter } from './audit.service';

/** Reading the audit log for the admin page: filter by action, actor and subject, newest first. */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(
    filter: AuditFilter,
  ): Promise<{ entries: AuditEntry[]; total: number; actions: string[] }> {
    const qb = this.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.actor)
      qb.andWhere('LOWER(a.actor_email) LIKE :actor', { actor: containsPattern(filter.actor) });
    if (filter.subject)
      qb.andWhere("LOWER(a.subject_type || ':' || a.subject_id) LIKE :subject", {
        subject: containsPattern(filter.subject),
      });
    const [entries, total] = await qb
      .orderBy('a.id', 'DESC')
      .skip((filter.page - 1) * AUDIT_PAGE_SIZE)
      .take(AUDIT_PAGE_SIZE)
      .getManyAndCount();
    const actions = (
      await this.dataSource
        .getRepository(AuditEntry)
        .createQueryBuilder('a')
        .select('DISTINCT a.action', 'action')
        .orderBy('action')
        .getRawMany<{ action: string }>()
    ).map((r) => r.action);
    return { entries, total, actions };
  }
}
