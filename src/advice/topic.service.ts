import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { User } from '../accounts/user.entity';
import { AuditService } from '../audit/audit.service';
import { TransactionRunner } from '../database/transaction-runner';
import { AdviceRequest } from './advice-request.entity';
import { AdviceTopic } from './advice-topic.entity';
import { AdviceError, AdviceErrorCode } from './advice.error';

type Actor = Pick<User, 'id' | 'email'>;

/** A key from a name: `online_invloeden`, at most 40 characters. */
export function topicKey(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 32);
  return base || 'topic';
}

/** The managed list of topics: ordered, renamed, hidden or shown — never deleted. */
@Injectable()
export class AdviceTopicService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<{ topic: AdviceTopic; used: number }[]> {
    const topics = await this.dataSource
      .getRepository(AdviceTopic)
      .find({ order: { position: 'ASC', id: 'ASC' } });
    const counts = await this.dataSource
      .getRepository(AdviceRequest)
      .createQueryBuilder('r')
      .select('r.topic_id', 'topicId')
      .addSelect('COUNT(*)', 'n')
      .groupBy('r.topic_id')
      .getRawMany<{ topicId: number; n: string | number }>();
    const used = new Map(counts.map((c) => [Number(c.topicId), Number(c.n)]));
    return topics.map((topic) => ({ topic, used: used.get(topic.id) ?? 0 }));
  }

  async get(id: number): Promise<AdviceTopic> {
    const topic = await this.dataSource.getRepository(AdviceTopic).findOneBy({ id });
    if (!topic) throw new AdviceError(AdviceErrorCode.NotFound);
    return topic;
  }

  private async lock(m: EntityManager, id: number): Promise<AdviceTopic> {
    const topic = await m.getRepository(AdviceTopic).findOneBy({ id });
    if (!topic) throw new AdviceError(AdviceErrorCode.NotFound);
    return topic;
  }

  add(actor: Actor, nameNl: string, nameEn: string): Promise<AdviceTopic> {
    return this.tx.run(async (m) => {
      const repo = m.getRepository(AdviceTopic);
      const all = await repo.find();
      const keys = new Set(all.map((t) => t.key));
      const base = topicKey(nameNl);
      let key = base;
      for (let n = 2; keys.has(key); n++) key = `${base}_${n}`;
      const position = all.reduce((max, t) => Math.max(max, t.position), 0) + 1;
      const topic = await repo.save(repo.create({ key, nameNl, nameEn, position, active: true }));
      await this.audit.record(m, actor, 'advice.topic.add', { type: 'advice_topic', id: topic.id });
      return topic;
    });
  }

  rename(actor: Actor, id: number, nameNl: string, nameEn: string): Promise<void> {
    return this.tx.run(async (m) => {
      await this.lock(m, id);
      await m.getRepository(AdviceTopic).update({ id }, { nameNl, nameEn });
      await this.audit.record(m, actor, 'advice.topic.rename', { type: 'advice_topic', id });
    });
  }

  /** Swaps the topic with its neighbour above (-1) or below (+1). */
  move(actor: Actor, id: number, direction: -1 | 1): Promise<void> {
    return this.tx.run(async (m) => {
      await this.lock(m, id);
      const repo = m.getRepository(AdviceTopic);
      const all = await repo.find({ order: { position: 'ASC', id: 'ASC' } });
      const index = all.findIndex((t) => t.id === id);
      const other = all[index + direction];
      if (!other) return;
      // Renumber in order, then swap: positions stay distinct even if they were not.
      [all[index], all[index + direction]] = [all[index + direction], all[index]];
      for (const [i, t] of all.entries())
        if (t.position !== i + 1) await repo.update({ id: t.id }, { position: i + 1 });
      await this.audit.record(m, actor, 'advice.topic.move', { type: 'advice_topic', id });
    });
  }

  setActive(actor: Actor, id: number, active: boolean): Promise<AdviceTopic> {
    return this.tx.run(async (m) => {
      const topic = await this.lock(m, id);
      await m.getRepository(AdviceTopic).update({ id }, { active });
      await this.audit.record(m, actor, active ? 'advice.topic.show' : 'advice.topic.hide', {
        type: 'advice_topic',
        id,
      });
      return { ...topic, active };
    });
  }
}
