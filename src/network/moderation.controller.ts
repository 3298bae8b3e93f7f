import { Body, Controller, Get, Next, Param, Post, Req, Res } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { translate } from '../common/i18n/i18n';
import { formatDate, formatDateTime } from '../common/views/format';
import { GeoService } from '../geo/geo.service';
import { DraftService } from './draft.service';
import { MembershipDeclineDto } from './dto/membership-decline.dto';
import { MembershipLinkDto } from './dto/membership-link.dto';
import { ModerationReturnDto } from './dto/moderation-return.dto';
import { MembershipService } from './membership.service';
import {
  diffView,
  historyRow,
  listingView,
  memberRow,
  publicHref,
  queueRow,
  requestRow,
  reviewFacts,
  reviewHref,
  staffOrganisationHref,
} from './moderation.presenter';

const REQUESTS_VIEW = 'network/moderation/memberships';
const REVIEW_VIEW = 'network/moderation/review';
const ORGANISATION_VIEW = 'network/moderation/organisation';

/**
 * Staff moderate the directory: partners' link requests (/beheer/netwerk/koppelingen), the queue
 * of submitted drafts and their side-by-side review (/beheer/netwerk/wijzigingen), and the staff
 * page of one organisation (/beheer/netwerk/:id) with its partners, drafts and status.
 */
@Controller()
@Roles('staff')
export class ModerationController {
  constructor(
    private readonly memberships: MembershipService,
    private readonly drafts: DraftService,
    private readonly geo: GeoService,
  ) {}

  async requestsModel(req: Request) {
    const locale = pageLocale(req.res!);
    return {
      pageTitle: 'networkModeration.requests.title',
      requests: (await this.memberships.requests()).map(({ membership, user, organisation }) =>
        requestRow(membership, user, organisation, locale),
      ),
    };
  }

  @Get('beheer/netwerk/koppelingen')
  async requests(@Req() req: Request, @Res() res: Response) {
    res.render(REQUESTS_VIEW, await this.requestsModel(req));
  }

  @Post('beheer/netwerk/koppelingen/:id/goedkeuren')
  @FormPage<ModerationController>(REQUESTS_VIEW, (c, req) => c.requestsModel(req))
  async approve(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.memberships.approve(req.user!, parseId(id));
    flash(req, 'success', 'networkModeration.requests.approved');
    res.redirect(303, '/beheer/netwerk/koppelingen');
  }

  @Post('beheer/netwerk/koppelingen/:id/afwijzen')
  @FormPage<ModerationController>(REQUESTS_VIEW, (c, req) => c.requestsModel(req))
  async decline(
    @Param('id') id: string,
    @Body() dto: MembershipDeclineDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.memberships.decline(req.user!, parseId(id), dto.message ?? '');
    flash(req, 'success', 'networkModeration.requests.declined');
    res.redirect(303, '/beheer/netwerk/koppelingen');
  }

  @Get('beheer/netwerk/wijzigingen')
  async queue(@Res() res: Response) {
    const locale = pageLocale(res);
    res.render('network/moderation/queue', {
      pageTitle: 'networkModeration.queue.title',
      drafts: (await this.drafts.queue()).map(({ draft, organisation, author }) =>
        queueRow(draft, organisation, author, locale),
      ),
    });
  }

  async reviewModel(req: Request) {
    const draftId = parseId(String(req.params.draftId));
    const locale = pageLocale(req.res!);
    const review = await this.drafts.review(draftId);
    const groups = await this.geo.provinceGroups();
    return {
      pageTitle: translate(locale, 'networkModeration.review.title', {
        name: review.organisation.name,
      }),
      facts: reviewFacts(review.draft, review.organisation, review.author, locale),
      diff: diffView(review.published, review.proposed, locale, groups),
      action: reviewHref(draftId),
      values: { message: '' },
    };
  }

  @Get('beheer/netwerk/wijzigingen/:draftId')
  async review(@Req() req: Request, @Res() res: Response) {
    res.render(REVIEW_VIEW, await this.reviewModel(req));
  }

  @Post('beheer/netwerk/wijzigingen/:draftId/publiceren')
  @FormPage<ModerationController>(REVIEW_VIEW, (c, req) => c.reviewModel(req))
  async publish(@Param('draftId') draftId: string, @Req() req: Request, @Res() res: Response) {
    const organisation = await this.drafts.publish(req.user!, parseId(draftId));
    flash(req, 'success', 'networkModeration.review.published', { name: organisation.name });
    res.redirect(303, '/beheer/netwerk/wijzigingen');
  }

  @Post('beheer/netwerk/wijzigingen/:draftId/terugsturen')
  @FormPage<ModerationController>(REVIEW_VIEW, (c, req) => c.reviewModel(req))
  async returnDraft(
    @Param('draftId') draftId: string,
    @Body() dto: ModerationReturnDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.drafts.returnDraft(req.user!, parseId(draftId), dto.message);
    flash(req, 'success', 'networkModeration.review.returned');
    res.redirect(303, '/beheer/netwerk/wijzigingen');
  }

  async organisationModel(req: Request) {
    const id = parseId(String(req.params.id));
    const locale = pageLocale(req.res!);
    const organisation = await this.drafts.organisation(id);
    const groups = await this.geo.provinceGroups();
    const [content, members, history] = await Promise.all([
      this.drafts.published(organisation),
      this.memberships.membersOf(id),
      this.drafts.history(id),
    ]);
    return {
      pageTitle: organisation.name,
      action: staffOrganisationHref(id),
      organisation: {
        name: organisation.name,
        statusLabel: `networkModeration.organisationStatus.${organisation.status}`,
        published: organisation.status === 'published',
        publicHref: publicHref(organisation),
        memberSince: formatDate(organisation.memberSince, locale),
        confirmedAt: formatDateTime(organisation.confirmedAt, locale),
      },
      members: members.map(({ membership, user }) => memberRow(membership, user, locale)),
      listing: listingView(content, locale, groups),
      history: history.map(({ draft, author }) => historyRow(draft, author, locale)),
      values: { email: '' },
    };
  }

  /**
   * Only ids: a fixed path under /beheer/netwerk/ of a controller registered later (an export,
   * say) is passed on rather than answered 404 here.
   */
  @Get('beheer/netwerk/:id')
  async organisationPage(
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
    @Next() next: NextFunction,
  ) {
    if (!/^\d+$/.test(id)) return next();
    res.render(ORGANISATION_VIEW, await this.organisationModel(req));
  }

  @Post('beheer/netwerk/:id/koppelen')
  @FormPage<ModerationController>(ORGANISATION_VIEW, (c, req) => c.organisationModel(req))
  async link(
    @Param('id') id: string,
    @Body() dto: MembershipLinkDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const user = await this.memberships.linkByEmail(req.user!, parseId(id), dto.email);
    flash(req, 'success', 'networkModeration.org.linked', { name: user.name });
    res.redirect(303, staffOrganisationHref(parseId(id)));
  }

  @Post('beheer/netwerk/:id/ontkoppelen/:membershipId')
  @FormPage<ModerationController>(ORGANISATION_VIEW, (c, req) => c.organisationModel(req))
  async unlink(
    @Param('id') id: string,
    @Param('membershipId') membershipId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.memberships.unlink(req.user!, parseId(id), parseId(membershipId));
    flash(req, 'success', 'networkModeration.org.unlinked');
    res.redirect(303, staffOrganisationHref(parseId(id)));
  }

  @Post('beheer/netwerk/:id/archiveren')
  @FormPage<ModerationController>(ORGANISATION_VIEW, (c, req) => c.organisationModel(req))
  async archive(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.drafts.setStatus(req.user!, parseId(id), 'archived');
    flash(req, 'success', 'networkModeration.org.archived');
    res.redirect(303, staffOrganisationHref(parseId(id)));
  }

  @Post('beheer/netwerk/:id/herpubliceren')
  @FormPage<ModerationController>(ORGANISATION_VIEW, (c, req) => c.organisationModel(req))
  async republish(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.drafts.setStatus(req.user!, parseId(id), 'published');
    flash(req, 'success', 'networkModeration.org.republished');
    res.redirect(303, staffOrganisationHref(parseId(id)));
  }
}
