import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { TransactionRunner } from '../database/transaction-runner';
import { JobRunner } from '../jobs/job-runner';
import { MailService } from '../mail/mail.service';
import {
  freshnessDueCutoff,
  freshnessTokenShaped,
  hashFreshnessToken,
  newFreshnessToken,
} from './freshness';
import { NetworkOrganisation } from './organisation.entity';

/** Listings handled per job run; the rest follow on the next run. */
export const FRESHNESS_BATCH = 1000;

export interface FreshnessRecipient {
  email: string;
  name: string;
  locale: string;
  /** a linked partner (true) or the listing's public address (false) */
  partner: boolean;
}

/**
 * Listings which are due and have someone to ask: an active partner with an account that is not
 * deactivated, or else a public e-mail address. (Those with neither are left alone.)
 */
function dueCondition(o: string): string {
  return `${o}.status = 'published'
    AND ${o}.confirmed_at <= :cutoff
    AND (${o}.freshness_sent_at IS NULL OR ${o}.freshness_sent_at <= :cutoff)
    AND (${o}.public_email IS NOT NULL OR EXISTS (
      SELECT 1 FROM network_memberships nm JOIN users u ON u.id = nm.user_id
       WHERE nm.organisation_id = ${o}.id AND nm.status = 'active' AND u.deactivated_at IS NULL))`;
}

/**
 * The twice-yearly freshness check: the job e-mails each due listing's partners a one-click
 * "still correct" link (and a link to edit); the link's button confirms the listing. Only the
 * token's SHA-256 is stored. The job claims each listing with a conditional update, so a second
 * run or a second instance sends nothing twice.
 */
@Injectable()
export class FreshnessService implements OnModuleInit {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register('network.freshness', (now) => this.sendDue(now));
  }

  /** The job: one e-mail per recipient of every due listing; returns the listings handled. */
  async sendDue(now = new Date()): Promise<number> {
    const cutoff = freshnessDueCutoff(now);
    const due = await this.tx.run((m) =>
      m
        .getRepository(NetworkOrganisation)
        .createQueryBuilder('o')
        .select(['o.id'])
        .where(dueCondition('o'), { cutoff })
        .orderBy('o.id', 'ASC')
        .limit(FRESHNESS_BATCH)
        .getMany(),
    );
    let sent = 0;
    for (const { id } of due) if (await this.sendOne(id, now)) sent++;
    return sent;
  }

  private sendOne(id: number, now: Date): Promise<boolean> {
    const cutoff = freshnessDueCutoff(now);
    return this.tx.run(async (m) => {
      const token = newFreshnessToken();
      // Claim it: only the run whose update still finds it due sends its e-mails.
      const claimed = await m
        .createQueryBuilder()
        .update(NetworkOrganisation)
        .set({ freshnessSentAt: now, freshnessTokenHash: hashFreshnessToken(token) })
        .where(`id = :id AND ${dueCondition('network_organisations')}`, {
          id,
          cutoff,
        })
        .execute();
      if (claimed.affected !== 1) return false;
      const organisation = await m.getRepository(NetworkOrganisation).findOneByOrFail({ id });
      const recipients = await this.recipients(m, organisation);
      for (const r of recipients)
        await this.mail.queue(m, {
          to: r.email,
          template: 'network-freshness',
          locale: r.locale,
          data: {
            name: r.name,
            partner: r.partner,
            organisationName: organisation.name,
            publicPath: `/netwerk/${organisation.slug}`,
            confirmPath: `/netwerk/actueel/${token}`,
            editPath: `/mijn/organisatie/${organisation.id}/bewerken`,
          },
        });
      await this.audit.record(
        m,
        null,
        'network.freshnessSent',
        { type: 'network_organisation', id },
        { recipients: recipients.length },
      );
      return true;
    });
  }

  /** The active partners' addresses; when there are none, the listing's public address. */
  async recipients(
    m: EntityManager,
    organisation: NetworkOrganisation,
  ): Promise<FreshnessRecipient[]> {
    const rows = await m
      .createQueryBuilder()
      .select('u.email', 'email')
      .addSelect('u.name', 'name')
      .addSelect('u.locale', 'locale')
      .from('network_memberships', 'nm')
      .innerJoin('users', 'u', 'u.id = nm.user_id')
      .where("nm.organisation_id = :id AND nm.status = 'active' AND u.deactivated_at IS NULL", {
        id: organisation.id,
      })
      .orderBy('u.id', 'ASC')
      .getRawMany<{ email: string; name: string; locale: string }>();
    if (rows.length) return rows.map((r) => ({ ...r, partner: true }));
    return organisation.publicEmail
      ? [{ email: organisation.publicEmail, name: '', locale: 'nl', partner: false }]
      : [];
  }

  /** The published listing a "still correct" link belongs to, or null (tampered, used). */
  async byToken(token: string): Promise<NetworkOrganisation | null> {
    if (!freshnessTokenShaped(token)) return null;
    return this.tx.run((m) =>
      m
        .getRepository(NetworkOrganisation)
        .findOneBy({ freshnessTokenHash: hashFreshnessToken(token), status: 'published' }),
    );
  }

  /**
   * The button on the link's page: the listing is confirmed now and the link stops working.
   * Returns the listing, or null when the token matches nothing (then nothing changes).
   */
  async confirm(token: string, now = new Date()): Promise<NetworkOrganisation | null> {
    if (!freshnessTokenShaped(token)) return null;
    const hash = hashFreshnessToken(token);
    return this.tx.run(async (m) => {
      const repo = m.getRepository(NetworkOrganisation);
      const organisation = await repo.findOneBy({ freshnessTokenHash: hash, status: 'published' });
      if (!organisation) return null;
      // Conditional, so a double submit confirms once and the second finds nothing.
      const result = await repo.update(
        { id: organisation.id, freshnessTokenHash: hash, status: 'published' },
        { confirmedAt: now, freshnessTokenHash: null },
      );
      if (result.affected !== 1) return null;
      await this.audit.record(
        m,
        null,
        'network.freshnessConfirmed',
        { type: 'network_organisation', id: organisation.id },
        { name: organisation.name },
      );
      return { ...organisation, confirmedAt: now, freshnessTokenHash: null };
    });
  }
}
