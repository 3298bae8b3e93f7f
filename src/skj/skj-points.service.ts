import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { User } from '../accounts/user.entity';
import type { Offering } from '../catalogue/offering.entity';
import { Certificate } from '../certificates/certificate.entity';
import { Edition } from '../scheduling/edition.entity';
import { skjNumberOrNull, SkjOverview, summarisePoints } from './skj-points';

/** One participant of an edition with a valid certificate, as the register wants them. */
export interface EditionSkjRow {
  certificateId: number;
  code: string;
  /** The name on the certificate. */
  name: string;
  skjNumber: string | null;
  points: number;
  /** Activity as accredited: the offering's title on the certificate. */
  offeringTitle: string;
  /** Date of completion, YYYY-MM-DD. */
  endsOn: string;
}

export interface EditionSkj {
  edition: Edition & { offering: Offering };
  rows: EditionSkjRow[];
  /** How many rows have no SKJ number (they cannot be reported to the register). */
  withoutNumber: number;
}

/**
 * SKJ accreditation points, read from the certificates (the facts frozen at issue). Only valid
 * certificates count: a revoked one is as if it was never issued.
 */
@Injectable()
export class SkjPointsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One person's points per year and in the five-year period ending `now`, and the certificates. */
  async forUser(userId: number, now: Date = new Date()): Promise<SkjOverview> {
    const [user, certificates] = await Promise.all([
      this.dataSource
        .getRepository(User)
        .findOne({ select: { id: true, skjNumber: true }, where: { id: userId } }),
      this.dataSource.getRepository(Certificate).find({
        where: { userId, revokedAt: IsNull() },
        order: { endsOn: 'DESC', id: 'DESC' },
      }),
    ]);
    return summarisePoints(user?.skjNumber ?? null, certificates, now);
  }

  /**
   * The participants of an edition with a valid certificate. The SKJ number is the one on the
   * certificate (what it says); when it has none, the number the participant has added to the
   * profile since, so staff can still report them. Unknown edition: 404.
   */
  async forEdition(editionId: number): Promise<EditionSkj> {
    const edition = await this.dataSource
      .getRepository(Edition)
      .findOne({ where: { id: editionId }, relations: { offering: true } });
    if (!edition?.offering) throw new NotFoundException();
    const certificates = await this.dataSource.getRepository(Certificate).find({
      where: { editionId, revokedAt: IsNull() },
      order: { holderName: 'ASC', id: 'ASC' },
    });
    const userIds = [
      ...new Set(
        certificates
          .filter((c) => !skjNumberOrNull(c.skjNumber) && c.userId !== null)
          .map((c) => c.userId!),
      ),
    ];
    const profiles = userIds.length
      ? await this.dataSource
          .getRepository(User)
          .find({ select: { id: true, skjNumber: true }, where: { id: In(userIds) } })
      : [];
    const current = new Map(profiles.map((u) => [u.id, skjNumberOrNull(u.skjNumber)]));
    const rows = certificates.map((c): EditionSkjRow => ({
      certificateId: c.id,
      code: c.code,
      name: c.holderName,
      skjNumber:
        skjNumberOrNull(c.skjNumber) ?? (c.userId !== null ? current.get(c.userId) : null) ?? null,
      points: c.skjPoints,
      offeringTitle: c.offeringTitle,
      endsOn: c.endsOn,
    }));
    return {
      edition: edition as Edition & { offering: Offering },
      rows,
      withoutNumber: rows.filter((r) => !r.skjNumber).length,
    };
  }
}
