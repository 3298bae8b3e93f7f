import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not } from 'typeorm';
import { SECTORS } from '../accounts/sector';
import { Actor, AuditService } from '../audit/audit.service';
import { slugify, ticked, wholeNumber } from '../common/forms/parse';
import { TransactionRunner } from '../database/transaction-runner';
import { SchedulingError, SchedulingErrorCode } from '../scheduling/scheduling.error';
import type { SaveOfferingDto } from './dto/save-offering.dto';
import type { CompletionRule, OfferingKind } from './offering-kind';
import { Offering } from './offering.entity';

type OfferingFields = Omit<Offering, 'id' | 'createdAt' | 'updatedAt'>;

/** Staff work on offerings: the rules for their fields, slugs and publication. */
@Injectable()
export class OfferingAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<Offering[]> {
    return this.dataSource.getRepository(Offering).find({ order: { title: 'ASC' } });
  }

  async get(id: number): Promise<Offering> {
    const offering = await this.dataSource.getRepository(Offering).findOneBy({ id });
    if (!offering) throw new SchedulingError(SchedulingErrorCode.OfferingNotFound);
    return offering;
  }

  async create(actor: Actor, dto: SaveOfferingDto): Promise<Offering> {
    const fields = this.fieldsFrom(dto);
    return this.tx.run(async (m) => {
      const repo = m.getRepository(Offering);
      if (await repo.existsBy({ slug: fields.slug }))
        throw new SchedulingError(SchedulingErrorCode.SlugTaken, 'slug');
      const saved = await repo.save(repo.create(fields));
      await this.audit.record(
        m,
        actor,
        'offering.created',
        { type: 'offering', id: saved.id },
        { title: saved.title, published: saved.published },
      );
      return saved;
    });
  }

  async update(actor: Actor, id: number, dto: SaveOfferingDto): Promise<Offering> {
    await this.get(id);
    const fields = this.fieldsFrom(dto);
    return this.tx.run(async (m) => {
      const repo = m.getRepository(Offering);
      if (await repo.existsBy({ slug: fields.slug, id: Not(id) }))
        throw new SchedulingError(SchedulingErrorCode.SlugTaken, 'slug');
      await repo.update({ id }, fields);
      await this.audit.record(
        m,
        actor,
        'offering.updated',
        { type: 'offering', id },
        { title: fields.title, published: fields.published },
      );
      return repo.findOneByOrFail({ id });
    });
  }

  /** Checks and converts the form; throws at the first field that is wrong. */
  private fieldsFrom(dto: SaveOfferingDto): OfferingFields {
    const slug = slugify(dto.slug?.trim() ? dto.slug : dto.title);
    if (!slug || (dto.slug?.trim() && slug !== dto.slug.trim()))
      throw new SchedulingError(SchedulingErrorCode.SlugInvalid, 'slug');
    const studyLoadHours = wholeNumber(dto.studyLoadHours, 1, 1000);
    if (studyLoadHours === null)
      throw new SchedulingError(SchedulingErrorCode.NumberInvalid, 'studyLoadHours', {
        min: 1,
        max: 1000,
      });
    const skjPoints = wholeNumber(dto.skjPoints, 0, 1000);
    if (skjPoints === null)
      throw new SchedulingError(SchedulingErrorCode.NumberInvalid, 'skjPoints', {
        min: 0,
        max: 1000,
      });
    const completionRule = dto.completionRule as CompletionRule;
    let completionPercent: number | null = null;
    if (completionRule === 'min_percent') {
      completionPercent = wholeNumber(dto.completionPercent, 1, 100);
      if (completionPercent === null)
        throw new SchedulingError(SchedulingErrorCode.PercentRequired, 'completionPercent');
    }
    const audience = (
      Array.isArray(dto.audience) ? dto.audience : dto.audience ? [dto.audience] : []
    ).filter((s): s is string => (SECTORS as readonly string[]).includes(s));
    return {
      kind: dto.kind as OfferingKind,
      title: dto.title.trim(),
      slug,
      summary: dto.summary.trim(),
      description: dto.description,
      audience: [...new Set(audience)].join(','),
      studyLoadHours,
      skjPoints,
      completionRule,
      completionPercent,
      excusedCounts: ticked(dto.excusedCounts),
      requiresApproval: ticked(dto.requiresApproval),
      offerConfirmDays: dto.offerConfirmDays?.trim()
        ? wholeNumber(dto.offerConfirmDays, 1, 60)
        : null,
      published: ticked(dto.published),
    };
  }
}
