import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { User } from '../accounts/user.entity';
import { AdviceRequest } from './advice-request.entity';
import { OPEN_STATUSES } from './advice-status';
import { AdviceTopic } from './advice-topic.entity';
import { QUEUE_PAGE_SIZE, QueueQuery } from './queue-query';

export type StaffMember = Pick<User, 'id' | 'name' | 'email' | 'locale'>;

/** The staff queue of verified advice requests: urgent first, then the oldest. */
@Injectable()
export class AdviceQueueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Staff and admin accounts that are not deactivated: who can be an adviser. */
  staff(): Promise<StaffMember[]> {
    return this.dataSource.getRepository(User).find({
      select: { id: true, name: true, email: true, locale: true },
      where: { role: In(['staff', 'admin']), deactivatedAt: IsNull() },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  topics(): Promise<AdviceTopic[]> {
    return this.dataSource.getRepository(AdviceTopic).find({ order: { position: 'ASC' } });
  }

  /** The municipalities that requests came from, for the filter. */
  async municipalities(): Promise<{ code: string; name: string }[]> {
    const rows = await this.dataSource
      .getRepository(AdviceRequest)
      .createQueryBuilder('r')
      .innerJoin('r.municipality', 'm')
      .select('m.code', 'code')
      .addSelect('m.name', 'name')
      .where("r.status <> 'unverified'")
      .groupBy('m.code')
      .addGroupBy('m.name')
      .orderBy('m.name', 'ASC')
      .getRawMany<{ code: string; name: string }>();
    return rows;
  }

  async list(
    query: QueueQuery,
    actorId: number,
  ): Promise<{ requests: AdviceRequest[]; total: number }> {
    const qb = this.dataSource
      .getRepository(AdviceRequest)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.topic', 'topic')
      .leftJoinAndSelect('r.municipality', 'municipality')
      .where("r.status <> 'unverified'")
      .andWhere('r.anonymised_at IS NULL');
    if (query.status === 'open') qb.andWhere('r.status IN (:...open)', { open: OPEN_STATUSES });
    else if (query.status !== 'all') qb.andWhere('r.status = :status', { status: query.status });
    if (query.topicId) qb.andWhere('r.topic_id = :topicId', { topicId: query.topicId });
    if (query.municipalityCode)
      qb.andWhere('r.municipality_code = :code', { code: query.municipalityCode });
    if (query.adviser === 'none') qb.andWhere('r.adviser_id IS NULL');
    else if (query.adviser === 'mine') qb.andWhere('r.adviser_id = :me', { me: actorId });
    else if (typeof query.adviser === 'number')
      qb.andWhere('r.adviser_id = :adviser', { adviser: query.adviser });
    const total = await qb.getCount();
    const requests = await qb
      .addSelect("CASE WHEN r.urgency = 'urgent' THEN 0 ELSE 1 END", 'urgency_rank')
      .orderBy('urgency_rank', 'ASC')
      .addOrderBy('r.submittedAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .offset((query.page - 1) * QUEUE_PAGE_SIZE)
      .limit(QUEUE_PAGE_SIZE)
      .getMany();
    return { requests, total };
  }
}
