import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Actor, AuditService } from '../audit/audit.service';
import { FormInvalidError } from '../common/forms/form-invalid.error';
import { TransactionRunner } from '../database/transaction-runner';
import { GeoService } from '../geo/geo.service';
import { MailService } from '../mail/mail.service';
import { ApplicationStatus, NetworkApplication } from './application.entity';
import { ListingContent, parseListingContent, serialiseListingContent } from './listing-content';
import { knownPlacesOf, readApplicantFields, readListingForm } from './listing-form';
import { ListingService } from './listing.service';
import { editHref, MembershipService, NetworkUser } from './membership.service';
import { NetworkError, NetworkErrorCode } from './network.error';
import { NetworkOrganisation } from './organisation.entity';

export interface ApplicationWithApplicant {
  application: NetworkApplication;
  /** The applicant's account as it is now (null when it was removed). */
  applicant: User | null;
  content: ListingContent;
}

/**
 * New organisations apply to join the network with their proposed listing; staff accept (the
 * listing is published, the applicant becomes its partner) or decline with a message.
 */
@Injectable()
export class ApplicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly geo: GeoService,
    private readonly listings: ListingService,
    private readonly memberships: MembershipService,
  ) {}

  async apply(user: NetworkUser & { locale: string }, form: unknown): Promise<NetworkApplication> {
    const applicant = readApplicantFields(form);
    const listing = readListingForm(form, knownPlacesOf(await this.geo.provinceGroups()));
    const problems = [...applicant.problems, ...listing.problems];
    if (problems.length) throw new FormInvalidError(problems);
    return this.tx.run(async (m) => {
      const repo = m.getRepository(NetworkApplication);
      const application = await repo.save(
        repo.create({
          userId: user.id,
          applicantName: applicant.applicantName,
          applicantEmail: user.email,
          content: serialiseListingContent(listing.content),
          motivation: applicant.motivation,
          status: 'pending',
          decisionMessage: null,
          decidedBy: null,
          decidedAt: null,
          organisationId: null,
        }),
      );
      await this.audit.record(
        m,
        user,
        'network.application.submit',
        { type: 'network_application', id: application.id },
        { name: listing.content.name },
      );
      await this.mail.queue(m, {
        to: user.email,
        template: 'network-application-received',
        locale: user.locale,
        data: { name: applicant.applicantName, organisation: listing.content.name },
      });
      return application;
    });
  }

  /** The user's own applications, newest first. */
  mine(userId: number): Promise<NetworkApplication[]> {
    return this.dataSource
      .getRepository(NetworkApplication)
      .find({ where: { userId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** Pending applications first (the longest waiting on top), then the decided ones, newest first. */
  async list(): Promise<NetworkApplication[]> {
    const all = await this.dataSource
      .getRepository(NetworkApplication)
      .find({ order: { createdAt: 'ASC', id: 'ASC' } });
    const pending = all.filter((a) => a.status === 'pending');
    const decided = all.filter((a) => a.status !== 'pending').reverse();
    return [...pending, ...decided];
  }

  async get(id: number): Promise<ApplicationWithApplicant> {
    const application = await this.dataSource.getRepository(NetworkApplication).findOneBy({ id });
    if (!application) throw new NetworkError(NetworkErrorCode.NotFound);
    const applicant = application.userId
      ? await this.dataSource.getRepository(User).findOneBy({ id: application.userId })
      : null;
    return { application, applicant, content: parseListingContent(application.content) };
  }

  /**
   * Publishes the proposed listing as a new organisation and links the applicant to it as an
   * active member; a professional's account becomes a partner account (audited).
   */
  async accept(
    actor: Actor,
    id: number,
  ): Promise<{ organisation: NetworkOrganisation; promoted: boolean }> {
    return this.tx.run(async (m) => {
      const application = await this.decide(m, actor, id, 'accepted', null);
      const organisation = await this.listings.publish(m, parseListingContent(application.content));
      await m.getRepository(NetworkApplication).update({ id }, { organisationId: organisation.id });
      const applicant = application.userId
        ? await m.getRepository(User).findOneBy({ id: application.userId })
        : null;
      let promoted = false;
      if (applicant && !applicant.deactivatedAt) {
        await this.memberships.activate(m, actor, applicant.id, organisation.id);
        promoted = await this.memberships.ensurePartner(m, actor, applicant, 'network.application');
      }
      await this.audit.record(
        m,
        actor,
        'network.application.accept',
        { type: 'network_application', id },
        {
          organisationId: organisation.id,
          slug: organisation.slug,
          userId: applicant?.id ?? null,
          promoted,
        },
      );
      await this.tell(m, application, applicant, 'network-application-accepted', {
        organisation: organisation.name,
        pageUrl: `/netwerk/${organisation.slug}`,
        editUrl: editHref(organisation.id),
        linked: !!applicant,
      });
      return { organisation, promoted };
    });
  }

  async decline(actor: Actor, id: number, message: string): Promise<void> {
    await this.tx.run(async (m) => {
      const application = await this.decide(m, actor, id, 'declined', message);
      await this.audit.record(
        m,
        actor,
        'network.application.decline',
        { type: 'network_application', id },
        { message },
      );
      const applicant = application.userId
        ? await m.getRepository(User).findOneBy({ id: application.userId })
        : null;
      await this.tell(m, application, applicant, 'network-application-declined', {
        organisation: parseListingContent(application.content).name,
        message,
      });
    });
  }

  /** Only a pending application is decided; deciding twice changes nothing. */
  private async decide(
    m: EntityManager,
    actor: Actor,
    id: number,
    status: Exclude<ApplicationStatus, 'pending'>,
    message: string | null,
  ): Promise<NetworkApplication> {
    const repo = m.getRepository(NetworkApplication);
    const application = await repo.findOneBy({ id });
    if (!application) throw new NetworkError(NetworkErrorCode.NotFound);
    const result = await repo.update(
      { id, status: 'pending' },
      { status, decisionMessage: message, decidedAt: new Date(), decidedBy: actor.id },
    );
    if (result.affected !== 1) throw new NetworkError(NetworkErrorCode.WrongState, 'status');
    return application;
  }

  /** To the applicant's account address as it is now, else the one they applied with. */
  private async tell(
    m: EntityManager,
    application: NetworkApplication,
    applicant: User | null,
    template: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.mail.queue(m, {
      to: applicant?.email ?? application.applicantEmail,
      template,
      locale: applicant?.locale ?? 'nl',
      data: { name: application.applicantName, ...data },
    });
  }
}
