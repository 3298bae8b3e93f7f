import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { User } from '../accounts/user.entity';
import { CompletionService } from '../attendance/completion.service';
import { Actor, AuditService } from '../audit/audit.service';
import { isLocale } from '../common/i18n/i18n';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { Enrolment } from '../enrolments/enrolment.entity';
import { LockedEdition, lockEdition } from '../enrolments/seats';
import { MailService } from '../mail/mail.service';
import { Edition } from '../scheduling/edition.entity';
import { newCertificateCode } from './certificate-code';
import { CertificateError, CertificateErrorCode } from './certificate.error';
import { CertificateFacts, ISSUER_NAME } from './certificate-facts';
import { Certificate } from './certificate.entity';

export const REASON_MAX = 500;

function reasonOf(value: string | undefined, required: boolean): string | null {
  const reason = (value ?? '').trim();
  if (!reason && required)
    throw new CertificateError(CertificateErrorCode.ReasonRequired, 'reason');
  if (reason.length > REASON_MAX)
    throw new CertificateError(CertificateErrorCode.ReasonTooLong, 'reason');
  return reason || null;
}

/**
 * Issuing and revoking certificates. Finalising an edition issues one certificate to every
 * participant whose enrolment met the completion rule and has none yet; it runs with the
 * edition locked, so finalising twice (or at once from two screens) never issues twice.
 */
@Injectable()
export class CertificateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly completion: CompletionService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  facts(c: Certificate): CertificateFacts {
    return {
      code: c.code,
      holderName: c.holderName,
      skjNumber: c.skjNumber,
      offeringTitle: c.offeringTitle,
      editionTitle: c.editionTitle,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      studyLoadHours: c.studyLoadHours,
      skjPoints: c.skjPoints,
      issuedAt: c.issuedAt,
      issuedOn: toAmsterdamParts(c.issuedAt).date,
      issuerName: ISSUER_NAME,
      verifyUrl: `${this.config.baseUrl}/certificaten/${c.code}`,
    };
  }

  byCode(code: string): Promise<Certificate | null> {
    return this.dataSource.getRepository(Certificate).findOneBy({ code });
  }

  /** One's own certificate; someone else's id is "not found". */
  async own(userId: number, id: number): Promise<Certificate> {
    const c = await this.dataSource.getRepository(Certificate).findOneBy({ id, userId });
    if (!c) throw new CertificateError(CertificateErrorCode.NotFound);
    return c;
  }

  forUser(userId: number): Promise<Certificate[]> {
    return this.dataSource
      .getRepository(Certificate)
      .find({ where: { userId }, order: { issuedAt: 'DESC', id: 'DESC' } });
  }

  forEdition(editionId: number): Promise<Certificate[]> {
    return this.dataSource
      .getRepository(Certificate)
      .find({ where: { editionId }, order: { holderName: 'ASC', id: 'ASC' } });
  }

  async get(id: number): Promise<Certificate> {
    const c = await this.dataSource.getRepository(Certificate).findOneBy({ id });
    if (!c) throw new CertificateError(CertificateErrorCode.NotFound);
    return c;
  }

  /**
   * Finalises an edition after its last meeting: decides completion by the rule, marks the
   * edition completed, and issues the certificates not issued yet. Returns how many were issued.
   */
  finalise(actor: Actor, editionId: number, now = new Date()): Promise<number> {
    return this.tx.run(async (m) => {
      const edition = await lockEdition(m, editionId);
      if (!edition) throw new CertificateError(CertificateErrorCode.EditionNotFound);
      if (edition.status !== 'published' && edition.status !== 'completed')
        throw new CertificateError(CertificateErrorCode.NotFinalisable);
      if (!edition.endsAt || edition.endsAt.getTime() > now.getTime())
        throw new CertificateError(CertificateErrorCode.NotEnded);
      await this.completion.evaluate(m, editionId, now);
      if (edition.status === 'published') {
        await m.getRepository(Edition).update({ id: editionId }, { status: 'completed' });
        await this.audit.record(
          m,
          actor,
          'edition.status_changed',
          { type: 'edition', id: editionId },
          {
            from: 'published',
            to: 'completed',
          },
        );
      }
      const completed = await m.getRepository(Enrolment).find({
        where: { editionId, status: 'confirmed', completion: 'completed' },
        relations: { user: true },
        order: { id: 'ASC' },
      });
      const held = completed.length
        ? await m.getRepository(Certificate).find({
            select: { enrolmentId: true },
            where: { enrolmentId: In(completed.map((e) => e.id)), revokedAt: IsNull() },
          })
        : [];
      const has = new Set(held.map((c) => c.enrolmentId));
      let issued = 0;
      for (const enrolment of completed) {
        if (has.has(enrolment.id)) continue;
        await this.issue(m, edition, enrolment, enrolment.user!, now, null, null);
        issued++;
      }
      await this.audit.record(
        m,
        actor,
        'certificates.finalised',
        { type: 'edition', id: editionId },
        {
          issued,
        },
      );
      return issued;
    });
  }

  /**
   * Staff issue a certificate by hand, with a reason (a correction, lost details): for a
   * participant with a place in an edition that has ended. An existing valid certificate of that
   * enrolment is revoked and replaced, so there is only ever one valid certificate per enrolment.
   */
  issueByHand(actor: Actor, enrolmentId: number, reasonText: string | undefined, now = new Date()) {
    const reason = reasonOf(reasonText, true)!;
    return this.tx.run(async (m) => {
      const first = await m.getRepository(Enrolment).findOneBy({ id: enrolmentId });
      if (!first) throw new CertificateError(CertificateErrorCode.NotFound);
      const edition = (await lockEdition(m, first.editionId))!;
      const enrolment = await m
        .getRepository(Enrolment)
        .findOneOrFail({ where: { id: enrolmentId }, relations: { user: true } });
      if (enrolment.status !== 'confirmed' || !enrolment.user)
        throw new CertificateError(CertificateErrorCode.NotAParticipant, 'reason');
      if (!edition.endsAt || edition.endsAt.getTime() > now.getTime())
        throw new CertificateError(CertificateErrorCode.NotEnded, 'reason');
      const previous = await m
        .getRepository(Certificate)
        .findOneBy({ enrolmentId, revokedAt: IsNull() });
      const certificate = await this.issue(
        m,
        edition,
        enrolment,
        enrolment.user,
        now,
        actor.id,
        reason,
      );
      if (previous) {
        await m.getRepository(Certificate).update(
          { id: previous.id },
          {
            revokedAt: now,
            revokeReason: `Vervangen door ${certificate.code}: ${reason}`.slice(0, REASON_MAX),
          },
        );
      }
      await this.audit.record(
        m,
        actor,
        'certificate.issued_by_hand',
        { type: 'certificate', id: certificate.id },
        {
          code: certificate.code,
          enrolmentId,
          reason,
          replaced: previous?.code ?? null,
        },
      );
      return certificate;
    });
  }

  /** Revokes a certificate with a reason; the public check and the credential status say so at once. */
  revoke(
    actor: Actor,
    id: number,
    reasonText: string | undefined,
    now = new Date(),
  ): Promise<Certificate> {
    const reason = reasonOf(reasonText, true)!;
    return this.tx.run(async (m) => {
      const repo = m.getRepository(Certificate);
      const c = await repo.findOneBy({ id });
      if (!c) throw new CertificateError(CertificateErrorCode.NotFound);
      if (c.revokedAt) throw new CertificateError(CertificateErrorCode.AlreadyRevoked, 'reason');
      await repo.update({ id, revokedAt: IsNull() }, { revokedAt: now, revokeReason: reason });
      await this.audit.record(
        m,
        actor,
        'certificate.revoked',
        { type: 'certificate', id },
        {
          code: c.code,
          reason,
        },
      );
      return { ...c, revokedAt: now, revokeReason: reason };
    });
  }

  private async issue(
    m: EntityManager,
    edition: LockedEdition,
    enrolment: Enrolment,
    user: User,
    now: Date,
    issuedBy: number | null,
    issueReason: string | null,
  ): Promise<Certificate> {
    const repo = m.getRepository(Certificate);
    const certificate = repo.create({
      code: newCertificateCode(),
      enrolmentId: enrolment.id,
      userId: user.id,
      editionId: edition.id,
      holderName: user.name,
      skjNumber: user.skjNumber,
      offeringTitle: edition.offering.title,
      editionTitle: edition.title,
      startsOn: toAmsterdamParts(edition.startsAt ?? now).date,
      endsOn: toAmsterdamParts(edition.endsAt ?? now).date,
      studyLoadHours: edition.offering.studyLoadHours,
      skjPoints: edition.offering.skjPoints,
      issuedAt: now,
      issuedBy,
      issueReason,
      revokedAt: null,
      revokeReason: null,
    });
    await repo.insert(certificate);
    const saved = await repo.findOneByOrFail({ code: certificate.code });
    await this.mail.queue(m, {
      to: user.email,
      template: 'certificate-issued',
      locale: isLocale(user.locale) ? user.locale : 'nl',
      data: {
        name: user.name,
        offering: saved.offeringTitle,
        edition: saved.editionTitle,
        code: saved.code,
        pdfUrl: `/mijn/certificaten/${saved.id}.pdf`,
        verifyUrl: `/certificaten/${saved.code}`,
      },
    });
    return saved;
  }
}
