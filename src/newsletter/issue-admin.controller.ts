import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { keptValues } from '../common/forms/form-view-model';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { formatDateTime } from '../common/views/format';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CancelIssueDto } from './dto/issue-cancel.dto';
import { SaveIssueDto } from './dto/issue-save.dto';
import { ScheduleIssueDto } from './dto/issue-schedule.dto';
import { SendIssueDto } from './dto/issue-send.dto';
import {
  audienceOptions,
  isEditable,
  issueActions,
  issueFacts,
  issueFormValues,
  issueHref,
  issuePreview,
  issueRow,
  progressJson,
  progressView,
  recipientsText,
  sendConfirmLabel,
} from './issue-admin.presenter';
import { IssueAdminService } from './issue-admin.service';
import { topicList } from './topics';
import { pageLocale } from '../common/http/responses';

const FORM_VIEW = 'newsletter/admin/issue-form';
const DETAIL_VIEW = 'newsletter/admin/issue';

/** The form's "Voorbeeld bekijken" button: render again with a preview, store nothing. */
function wantsPreview(req: Request): boolean {
  return (req.body as { action?: unknown } | undefined)?.action === 'preview';
}

/**
 * Staff: write, preview, test, schedule and send JEPzine issues, and follow their sending.
 *
 * Following the progress: with JavaScript, /js/newsletter-progress.js polls voortgang.json every
 * 2 s and updates the bar and the text in an aria-live region. Without JavaScript there is no
 * <meta http-equiv="refresh">: a page that refreshes by itself, unasked, fails WCAG 2.2.1
 * (Timing Adjustable) and axe's meta-refresh rule. Instead the page offers a link to itself with
 * ?verversen=1; only then the response carries an HTTP `Refresh: 5` header, and the page shows
 * a link without the parameter that stops it. The staff member chose it and can stop it.
 */
@Controller()
@Roles('staff')
export class IssueAdminController {
  constructor(
    private readonly issues: IssueAdminService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('beheer/jepzine')
  async list(@Res() res: Response) {
    const locale = pageLocale(res);
    const { issues, counts } = await this.issues.list();
    res.render('newsletter/admin/issues', {
      pageTitle: 'newsletterIssues.title',
      issues: issues.map((issue) => issueRow(issue, counts.get(issue.id), locale)),
    });
  }

  /** The new-issue page; after a preview or an invalid save, with what was typed. */
  newModel(req: Request) {
    return {
      pageTitle: 'newsletterIssues.new',
      action: '/beheer/jepzine',
      audienceOptions: audienceOptions(),
      values: { audiences: [] },
      preview: wantsPreview(req) ? issuePreview(req.body, this.config.baseUrl) : null,
    };
  }

  @Get('beheer/jepzine/nieuw')
  newForm(@Req() req: Request, @Res() res: Response) {
    res.render(FORM_VIEW, this.newModel(req));
  }

  @Post('beheer/jepzine')
  @FormPage<IssueAdminController>(FORM_VIEW, (c, req) => c.newModel(req))
  async create(@Body() dto: SaveIssueDto, @Req() req: Request, @Res() res: Response) {
    if (dto.action === 'preview') {
      const model = this.newModel(req);
      return res.status(200).render(FORM_VIEW, { ...model, values: keptValues(req.body) });
    }
    const issue = await this.issues.create(req.user!, dto);
    flash(req, 'success', 'newsletterIssues.created', { title: issue.title });
    res.redirect(303, issueHref(issue.id));
  }

  /** The detail page: edit and send forms while a draft or scheduled, progress once sending. */
  async detailModel(req: Request) {
    const id = parseId(String(req.params.id));
    const locale = pageLocale(req.res!);
    const issue = await this.issues.get(id);
    const editable = isEditable(issue.status);
    const progress = editable ? null : await this.issues.progress(id);
    const recipients = editable ? await this.issues.recipients(issue) : 0;
    const sending = issue.status === 'sending';
    const refreshing = sending && req.method === 'GET' && req.query.verversen === '1';
    const href = issueHref(id);
    return {
      pageTitle: issue.title,
      issue: issueFacts(issue, locale),
      editable,
      action: href,
      audienceOptions: audienceOptions(),
      // Unticked checkboxes send nothing: after the edit form was posted, its audiences are the
      // posted ones (none at all included), not the stored ones.
      values: {
        ...issueFormValues(issue),
        ...(req.method === 'POST' && req.path === href
          ? { audiences: topicList((req.body as { audiences?: unknown }).audiences) }
          : {}),
      },
      recipients: {
        count: recipients,
        text: recipientsText(recipients, locale),
        confirmLabel: sendConfirmLabel(recipients, locale),
      },
      staffEmail: req.user!.email,
      actions: issueActions(issue.status, progress?.failed ?? 0),
      progress: progress ? progressView(progress, locale) : null,
      progressUrl: `${href}/voortgang.json`,
      refresh: sending
        ? { on: refreshing, startHref: `${href}?verversen=1`, stopHref: href }
        : null,
      preview:
        editable && req.method === 'POST' && wantsPreview(req)
          ? issuePreview(req.body, this.config.baseUrl)
          : null,
      content: editable ? null : issuePreview(issue, this.config.baseUrl),
    };
  }

  @Get('beheer/jepzine/:id')
  async detail(@Req() req: Request, @Res() res: Response) {
    const model = await this.detailModel(req);
    // Only when the staff member asked for it (see the class comment).
    if (model.refresh?.on) res.setHeader('Refresh', '5');
    res.render(DETAIL_VIEW, model);
  }

  /** The progress for the polling script: the counts, and the text in the page's language. */
  @Get('beheer/jepzine/:id/voortgang.json')
  async progress(@Param('id') id: string, @Res() res: Response) {
    const progress = await this.issues.progress(parseId(id));
    res.setHeader('Cache-Control', 'no-store');
    res.json(progressJson(progress, pageLocale(res)));
  }

  @Post('beheer/jepzine/:id')
  @FormPage<IssueAdminController>(DETAIL_VIEW, (c, req) => c.detailModel(req))
  async update(
    @Param('id') id: string,
    @Body() dto: SaveIssueDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    if (dto.action === 'preview') {
      await this.issues.assertEditable(parseId(id));
      const model = await this.detailModel(req);
      return res.status(200).render(DETAIL_VIEW, {
        ...model,
        values: { ...model.values, ...keptValues(req.body) },
      });
    }
    await this.issues.update(req.user!, parseId(id), dto);
    flash(req, 'success', 'newsletterIssues.saved');
    res.redirect(303, issueHref(parseId(id)));
  }

  @Post('beheer/jepzine/:id/test')
  @FormPage<IssueAdminController>(DETAIL_VIEW, (c, req) => c.detailModel(req))
  async sendTest(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.issues.sendTest(parseId(id), req.user!, pageLocale(res));
    flash(req, 'success', 'newsletterIssues.test.sent', { email: req.user!.email });
    res.redirect(303, issueHref(parseId(id)));
  }

  @Post('beheer/jepzine/:id/verzenden')
  @FormPage<IssueAdminController>(DETAIL_VIEW, (c, req) => c.detailModel(req))
  async sendNow(
    @Param('id') id: string,
    @Body() dto: SendIssueDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const progress = await this.issues.sendNow(parseId(id), req.user!, dto.confirmSend);
    flash(req, 'success', 'newsletterIssues.sendNow.done', { count: String(progress.total) });
    res.redirect(303, issueHref(parseId(id)));
  }

  @Post('beheer/jepzine/:id/inplannen')
  @FormPage<IssueAdminController>(DETAIL_VIEW, (c, req) => c.detailModel(req))
  async schedule(
    @Param('id') id: string,
    @Body() dto: ScheduleIssueDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const at = await this.issues.schedule(
      parseId(id),
      req.user!,
      dto.scheduledDate,
      dto.scheduledTime,
    );
    flash(req, 'success', 'newsletterIssues.schedule.done', {
      when: formatDateTime(at, pageLocale(res)),
    });
    res.redirect(303, issueHref(parseId(id)));
  }

  @Post('beheer/jepzine/:id/inplanning-intrekken')
  @FormPage<IssueAdminController>(DETAIL_VIEW, (c, req) => c.detailModel(req))
  async unschedule(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.issues.unschedule(parseId(id), req.user!);
    flash(req, 'success', 'newsletterIssues.unschedule.done');
    res.redirect(303, issueHref(parseId(id)));
  }

  @Post('beheer/jepzine/:id/pauzeren')
  @FormPage<IssueAdminController>(DETAIL_VIEW, (c, req) => c.detailModel(req))
  async pause(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.issues.pause(parseId(id), req.user!);
    flash(req, 'success', 'newsletterIssues.pause.done');
    res.redirect(303, issueHref(parseId(id)));
  }

  @Post('beheer/jepzine/:id/hervatten')
  @FormPage<IssueAdminController>(DETAIL_VIEW, (c, req) => c.detailModel(req))
  async resume(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.issues.resume(parseId(id), req.user!);
    flash(req, 'success', 'newsletterIssues.resume.done');
    res.redirect(303, issueHref(parseId(id)));
  }

  @Post('beheer/jepzine/:id/annuleren')
  @FormPage<IssueAdminController>(DETAIL_VIEW, (c, req) => c.detailModel(req))
  async cancel(
    @Param('id') id: string,
    @Body() dto: CancelIssueDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.issues.cancel(parseId(id), req.user!, dto.confirmCancel);
    flash(req, 'success', 'newsletterIssues.cancel.done');
    res.redirect(303, issueHref(parseId(id)));
  }

  @Post('beheer/jepzine/:id/opnieuw-proberen')
  @FormPage<IssueAdminController>(DETAIL_VIEW, (c, req) => c.detailModel(req))
  async retryFailed(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const retried = await this.issues.retryFailed(parseId(id), req.user!);
    if (retried) flash(req, 'success', 'newsletterIssues.retry.done', { count: String(retried) });
    else flash(req, 'info', 'newsletterIssues.retry.none');
    res.redirect(303, issueHref(parseId(id)));
  }
}
