import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated, Roles } from '../common/access/access.decorators';
import { roleSatisfies } from '../common/access/role';
import { FormPage } from '../common/forms/form-page.decorator';
import { keptValues } from '../common/forms/form-view-model';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { translate } from '../common/i18n/i18n';
import { formatDateTime } from '../common/views/format';
import { GeoService } from '../geo/geo.service';
import { ApplicationService } from './application.service';
import { DraftService } from './draft.service';
import { ListingFormDto } from './dto/listing-form.dto';
import { MembershipRequestDto } from './dto/membership-request.dto';
import { listingFormValues, postedFormValues } from './listing-form';
import { editHref, MembershipService } from './membership.service';
import {
  applicationEntry,
  draftStatusLabel,
  listingFormOptions,
  listingView,
  membershipEntry,
  previewOf,
  publicHref,
} from './moderation.presenter';

const OVERVIEW_VIEW = 'network/partner/overview';
const EDIT_VIEW = 'network/partner/edit';

/**
 * A partner keeps their organisation's listing: /mijn/organisatie shows their links, requests and
 * applications and asks for a link; /mijn/organisatie/:id/bewerken edits the listing as a draft
 * and submits it for review.
 *
 * Access: /mijn/organisatie is for every signed-in user (a professional may apply to join and
 * follows the application there); asking for a link needs a partner account (403 otherwise); the
 * edit page answers 404 to anyone who is not an active member of that organisation, whatever their
 * role, so it does not tell which organisations exist.
 */
@Controller()
export class PartnerListingController {
  constructor(
    private readonly memberships: MembershipService,
    private readonly drafts: DraftService,
    private readonly applications: ApplicationService,
    private readonly geo: GeoService,
  ) {}

  async overviewModel(req: Request) {
    const user = req.user!;
    const locale = pageLocale(req.res!);
    const query = typeof req.query.zoek === 'string' ? req.query.zoek.slice(0, 100) : '';
    const mine = await this.memberships.mine(user.id);
    const activeIds = mine
      .filter((e) => e.membership.status === 'active')
      .map((e) => e.organisation.id);
    const latest = await this.drafts.latestOf(activeIds);
    const entries = mine.map(({ membership, organisation }) =>
      membershipEntry(membership, organisation, latest.get(organisation.id), locale),
    );
    const canRequest = roleSatisfies(user.role, ['partner']);
    const taken = new Set(
      mine.filter((e) => e.membership.status !== 'declined').map((e) => e.organisation.id),
    );
    const choices = canRequest ? await this.memberships.choices(query) : [];
    return {
      pageTitle: 'networkModeration.mine.title',
      active: entries.filter((e) => e.active),
      requests: entries.filter((e) => !e.active),
      applications: (await this.applications.mine(user.id)).map((a) => applicationEntry(a, locale)),
      canRequest,
      query,
      choices: choices
        .filter((o) => !taken.has(o.id))
        .map((o) => ({ value: String(o.id), label: o.city ? `${o.name} (${o.city})` : o.name })),
      values: { organisationId: '', note: '' },
    };
  }

  @Get('mijn/organisatie')
  @Authenticated()
  async overview(@Req() req: Request, @Res() res: Response) {
    res.render(OVERVIEW_VIEW, await this.overviewModel(req));
  }

  @Post('mijn/organisatie/koppelen')
  @Roles('partner')
  @FormPage<PartnerListingController>(OVERVIEW_VIEW, (c, req) => c.overviewModel(req))
  async request(@Body() dto: MembershipRequestDto, @Req() req: Request, @Res() res: Response) {
    await this.memberships.request(req.user!, Number(dto.organisationId), dto.note ?? '');
    flash(req, 'success', 'networkModeration.request.sent');
    res.redirect(303, '/mijn/organisatie');
  }

  /** The edit page: the open draft (or the published version) in the form, or a locked notice. */
  async editModel(req: Request) {
    const id = parseId(String(req.params.id));
    const locale = pageLocale(req.res!);
    const { organisation, draft, content } = await this.drafts.editor(req.user!, id);
    const groups = await this.geo.provinceGroups();
    const posted = req.method === 'POST';
    return {
      pageTitle: translate(locale, 'networkModeration.edit.title', { name: organisation.name }),
      organisation: { name: organisation.name, publicHref: publicHref(organisation) },
      draft: draft
        ? {
            statusText: translate(locale, draftStatusLabel(draft.status)),
            staffMessage: draft.staffMessage,
            submittedAt: formatDateTime(draft.submittedAt, locale),
            updatedAt: formatDateTime(draft.updatedAt, locale),
          }
        : null,
      locked: draft?.status === 'submitted',
      proposed: draft?.status === 'submitted' ? listingView(content, locale, groups) : [],
      draftId: draft ? String(draft.id) : '',
      listingForm: listingFormOptions(groups, editHref(id)),
      // After a post, what was posted (lists with nothing ticked are empty, not the stored ones).
      values: posted ? postedFormValues(keptValues(req.body)) : listingFormValues(content),
      preview: previewOf(req),
    };
  }

  @Get('mijn/organisatie/:id/bewerken')
  @Authenticated()
  async edit(@Req() req: Request, @Res() res: Response) {
    res.render(EDIT_VIEW, await this.editModel(req));
  }

  @Post('mijn/organisatie/:id/bewerken')
  @Authenticated()
  @FormPage<PartnerListingController>(EDIT_VIEW, (c, req) => c.editModel(req))
  async save(
    @Param('id') id: string,
    @Body() dto: ListingFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const organisationId = parseId(id);
    if (dto.action === 'preview')
      return res.status(200).render(EDIT_VIEW, await this.editModel(req));
    const submit = dto.action === 'submit';
    await this.drafts.save(req.user!, organisationId, dto, { draftId: dto.draftId ?? '', submit });
    if (submit) {
      flash(req, 'success', 'networkModeration.edit.submitted');
      return res.redirect(303, '/mijn/organisatie');
    }
    flash(req, 'success', 'networkModeration.edit.saved');
    res.redirect(303, editHref(organisationId));
  }
}
