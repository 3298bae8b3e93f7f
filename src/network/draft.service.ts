import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Actor, AuditService } from '../audit/audit.service';
import { FormInvalidError } from '../common/forms/form-invalid.error';
import { TransactionRunner } from '../database/transaction-runner';
import { GeoService } from '../geo/geo.service';
import { MailService } from '../mail/mail.service';
import { DraftStatus, NetworkDraft } from './draft.entity';
import { ListingContent, parseListingContent, serialiseListingContent } from './listing-content';
import { knownPlacesOf, readListingForm } from './listing-form';
import { ListingService } from './listing.service';
import { editHref, MembershipService, NetworkUser } from './membership.service';
import { NetworkError, NetworkErrorCode } from './network.error';
import { NetworkOrganisation } from './organisation.entity';

/** A draft is open (the organisation's one change in progress) until staff publish it. */
export const OPEN_DRAFT: readonly DraftStatus[] = ['draft', 'submitted', 'returned'];

export interface DraftWithContext {
  draft: NetworkDraft;
  organisation: NetworkOrganisation;
  author: User | null;
}

/** What the partner's edit page shows: the open draft, else the published version. */
export interface DraftEditor {
  organisation: NetworkOrganisation;
  draft: NetworkDraft | null;
  content: ListingContent;
}

/**
 * A partner's change to their organisation's listing: saved as a draft, submitted, and then
 * published by staff (through ListingService) or returned with a message. One open draft per
 * organisation; only active members of the organisation reach it, anyone else gets not found.
 */
@Injectable()
export class DraftService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly geo: GeoService,
    private readonly listings: ListingService,
    private readonly memberships: MembershipService,
  ) {}

  private openDraft(m: EntityManager, organisationId: number): Promise<NetworkDraft | null> {
    return m.getRepository(NetworkDraft).findOne({
      where: { organisationId, status: In([...OPEN_DRAFT]) },
      order: { id: 'DESC' },
    });
  }

  async editor(user: NetworkUser, organisationId: number): Promise<DraftEditor> {
    const m = this.dataSource.manager;
    const organisation = await this.memberships.activeOrganisation(user, organisationId);
    const draft = await this.openDraft(m, organisationId);
    const content = draft
      ? parseListingContent(draft.content)
      : await this.listings.contentOf(m, organisation);
    return { organisation, draft, content };
  }

  /** The latest draft of each organisation (any status), for the partner's overview. */
  async latestOf(organisationIds: number[]): Promise<Map<number, NetworkDraft>> {
    const latest = new Map<number, NetworkDraft>();
    if (!organisationIds.length) return latest;
    const drafts = await this.dataSource
      .getRepository(NetworkDraft)
      .find({ where: { organisationId: In(organisationIds) }, order: { id: 'ASC' } });
    for (const draft of drafts) latest.set(draft.organisationId, draft);
    return latest;
  }

  /**
   * Saves the posted form as the organisation's open draft, and submits it when asked.
   * `draftId` is the draft the form was showing (a hidden field): one of another organisation is
   * not found; one that is no longer open was decided meanwhile.
   */
  async save(
    user: NetworkUser,
    organisationId: number,
    form: unknown,
    options: { draftId: string; submit: boolean },
  ): Promise<NetworkDraft> {
    // The edit page's own check first: a stranger learns nothing, not even about their input.
    await this.memberships.activeOrganisation(user, organisationId);
    const pending = await this.openDraft(this.dataSource.manager, organisationId);
    if (pending?.status === 'submitted')
      throw new NetworkError(NetworkErrorCode.DraftSubmitted, 'status');
    const { content, problems } = readListingForm(
      form,
      knownPlacesOf(await this.geo.provinceGroups()),
    );
    if (problems.length) throw new FormInvalidError(problems);
    const wanted = options.draftId ? Number(options.draftId) : null;
    if (wanted !== null && !(Number.isSafeInteger(wanted) && wanted > 0))
      throw new NetworkError(NetworkErrorCode.NotFound);
    return this.tx.run(async (m) => {
      // PostgreSQL: one save per organisation at a time, so there is never a second open draft.
      if (this.tx.isPostgres)
        await m.getRepository(NetworkOrganisation).findOne({
          where: { id: organisationId },
          lock: { mode: 'pessimistic_write' },
        });
      await this.memberships.activeOrganisation(user, organisationId, m);
      const repo = m.getRepository(NetworkDraft);
      if (wanted !== null) {
        const shown = await repo.findOneBy({ id: wanted });
        if (!shown || shown.organisationId !== organisationId)
          throw new NetworkError(NetworkErrorCode.NotFound);
      }
      const open = await this.openDraft(m, organisationId);
      if (open?.status === 'submitted')
        throw new NetworkError(NetworkErrorCode.DraftSubmitted, 'status');
      if (wanted !== null && open?.id !== wanted)
        throw new NetworkError(NetworkErrorCode.WrongState, 'status');
      const now = new Date();
      const fields = {
        content: serialiseListingContent(content),
        authorId: user.id,
        status: (options.submit ? 'submitted' : 'draft') as DraftStatus,
        ...(options.submit ? { submittedAt: now } : {}),
      };
      let draft: NetworkDraft;
      if (open) {
        await repo.update({ id: open.id }, fields);
        draft = await repo.findOneByOrFail({ id: open.id });
      } else {
        draft = await repo.save(
          repo.create({
            organisationId,
            staffMessage: null,
            submittedAt: null,
            decidedAt: null,
            decidedBy: null,
            ...fields,
          }),
        );
      }
      await this.audit.record(
        m,
        user,
        options.submit ? 'network.draft.submit' : 'network.draft.save',
        { type: 'network_draft', id: draft.id },
        { organisationId, name: content.name },
      );
      return draft;
    });
  }

  /** Submitted drafts, the longest waiting first. */
  async queue(): Promise<DraftWithContext[]> {
    const drafts = await this.dataSource.getRepository(NetworkDraft).find({
      where: { status: 'submitted' },
      relations: { organisation: true },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
    return this.withAuthors(drafts);
  }

  /** Every draft of one organisation, newest first (the staff page's history). */
  async history(organisationId: number): Promise<DraftWithContext[]> {
    const drafts = await this.dataSource.getRepository(NetworkDraft).find({
      where: { organisationId },
      relations: { organisation: true },
      order: { id: 'DESC' },
    });
    return this.withAuthors(drafts);
  }

  private async withAuthors(drafts: NetworkDraft[]): Promise<DraftWithContext[]> {
    const ids = [...new Set(drafts.map((d) => d.authorId).filter((id): id is number => !!id))];
    const authors = ids.length
      ? await this.dataSource.getRepository(User).findBy({ id: In(ids) })
      : [];
    return drafts
      .filter((d) => d.organisation)
      .map((draft) => ({
        draft,
        organisation: draft.organisation!,
        author: authors.find((a) => a.id === draft.authorId) ?? null,
      }));
  }

  /** A draft with the published version beside it, for the difference view. */
  async review(
    draftId: number,
  ): Promise<DraftWithContext & { published: ListingContent; proposed: ListingContent }> {
    const draft = await this.dataSource
      .getRepository(NetworkDraft)
      .findOne({ where: { id: draftId }, relations: { organisation: true } });
    if (!draft?.organisation) throw new NetworkError(NetworkErrorCode.NotFound);
    const [context] = await this.withAuthors([draft]);
    return {
      ...context,
      published: await this.listings.contentOf(this.dataSource.manager, draft.organisation),
      proposed: parseListingContent(draft.content),
    };
  }

  /** Staff publish a submitted draft: the listing becomes its content; the author hears so. */
  async publish(actor: Actor, draftId: number): Promise<NetworkOrganisation> {
    return this.tx.run(async (m) => {
      const draft = await this.decide(m, actor, draftId, 'published', null);
      const organisation = await m
        .getRepository(NetworkOrganisation)
        .findOneByOrFail({ id: draft.organisationId });
      const published = await this.listings.publish(m, parseListingContent(draft.content), {
        organisation,
      });
      await this.audit.record(
        m,
        actor,
        'network.draft.publish',
        { type: 'network_draft', id: draftId },
        { organisationId: organisation.id, name: published.name },
      );
      await this.tellAuthor(m, draft, 'network-draft-published', {
        organisation: published.name,
        pageUrl: `/netwerk/${published.slug}`,
      });
      return published;
    });
  }

  /** Staff send a submitted draft back with a message; the partner edits and submits again. */
  async returnDraft(actor: Actor, draftId: number, message: string): Promise<NetworkDraft> {
    return this.tx.run(async (m) => {
      const draft = await this.decide(m, actor, draftId, 'returned', message);
      const organisation = await m
        .getRepository(NetworkOrganisation)
        .findOneByOrFail({ id: draft.organisationId });
      await this.audit.record(
        m,
        actor,
        'network.draft.return',
        { type: 'network_draft', id: draftId },
        { organisationId: organisation.id, message },
      );
      await this.tellAuthor(m, draft, 'network-draft-returned', {
        organisation: organisation.name,
        message,
        editUrl: editHref(organisation.id),
      });
      return draft;
    });
  }

  /** Only a draft that is still submitted is decided; otherwise nothing changes. */
  private async decide(
    m: EntityManager,
    actor: Actor,
    draftId: number,
    status: 'published' | 'returned',
    message: string | null,
  ): Promise<NetworkDraft> {
    const repo = m.getRepository(NetworkDraft);
    const draft = await repo.findOneBy({ id: draftId });
    if (!draft) throw new NetworkError(NetworkErrorCode.NotFound);
    const result = await repo.update(
      { id: draftId, status: 'submitted' },
      {
        status,
        decidedAt: new Date(),
        decidedBy: actor.id,
        ...(status === 'returned' ? { staffMessage: message } : {}),
      },
    );
    if (result.affected !== 1) throw new NetworkError(NetworkErrorCode.WrongState, 'status');
    return draft;
  }

  /** The published version of a listing, as ListingContent. */
  published(organisation: NetworkOrganisation): Promise<ListingContent> {
    return this.listings.contentOf(this.dataSource.manager, organisation);
  }

  /** Staff: one organisation, archived or not. */
  async organisation(id: number): Promise<NetworkOrganisation> {
    const organisation = await this.dataSource.getRepository(NetworkOrganisation).findOneBy({ id });
    if (!organisation) throw new NetworkError(NetworkErrorCode.NotFound);
    return organisation;
  }

  /**
   * Staff take a listing out of the directory (archived, kept for the record) or put it back.
   * Moderation, like publishing: the listing's rows stay as they are.
   */
  async setStatus(actor: Actor, id: number, status: 'archived' | 'published'): Promise<void> {
    await this.tx.run(async (m) => {
      const repo = m.getRepository(NetworkOrganisation);
      const from = status === 'archived' ? 'published' : 'archived';
      if (!(await repo.existsBy({ id }))) throw new NetworkError(NetworkErrorCode.NotFound);
      const result = await repo.update({ id, status: from }, { status });
      if (result.affected !== 1) throw new NetworkError(NetworkErrorCode.WrongState, 'status');
      await this.audit.record(
        m,
        actor,
        status === 'archived' ? 'network.organisation.archive' : 'network.organisation.republish',
        { type: 'network_organisation', id },
        { from, to: status },
      );
    });
  }

  private async tellAuthor(
    m: EntityManager,
    draft: NetworkDraft,
    template: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    const author = draft.authorId
      ? await m.getRepository(User).findOneBy({ id: draft.authorId })
      : null;
    if (!author || author.deactivatedAt) return;
    await this.mail.queue(m, {
      to: author.email,
      template,
      locale: author.locale,
      data: { name: author.name, ...data },
    });
  }
}
