import { Body, Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated, Public } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { CsrfByOrigin, CsrfExempt } from '../common/http/csrf';
import { flash } from '../common/http/flash';
import { SubscribeDto } from './dto/subscribe.dto';
import { SubscriptionPreferencesDto } from './dto/subscription-preferences.dto';
import { SubscriptionTopicsDto } from './dto/subscription-topics.dto';
import { LinkInvalidFilter } from './link-invalid.filter';
import { preferencesValues, subscriptionView, topicOptions } from './subscription.presenter';
import { SubscriptionService } from './subscription.service';
import { topicList } from './topics';
import { pageLocale } from '../common/http/responses';

/**
 * JEPzine for subscribers: the public form with double opt-in, the personal links in their
 * e-mails (confirm, preferences, unsubscribe, RFC 8058 one-click), and /mijn/jepzine for a
 * signed-in user. A GET never changes anything: link scanners fetch every link in a mail.
 */
@Controller()
@UseFilters(LinkInvalidFilter)
export class SubscriptionController {
  constructor(private readonly subscriptions: SubscriptionService) {}

  subscribeModel() {
    return { pageTitle: 'newsletterSubscription.subscribe.title', subscribeTopics: topicOptions() };
  }

  @Get('jepzine/aanmelden')
  @Public()
  subscribeForm(@Req() req: Request, @Res() res: Response) {
    res.render('newsletter/subscribe', {
      ...this.subscribeModel(),
      values: { email: req.user?.email ?? '' },
    });
  }

  @Post('jepzine/aanmelden')
  @Public()
  @CsrfByOrigin(
    'the subscribe form is on the home page and /jepzine, which start no session for readers; it acts for no session, and double opt-in and rate limits stop abuse',
  )
  @FormPage<SubscriptionController>('newsletter/subscribe', (c) => c.subscribeModel())
  async subscribe(@Body() dto: SubscribeDto, @Req() req: Request, @Res() res: Response) {
    await this.subscriptions.subscribe({
      email: dto.email,
      name: dto.name,
      topics: topicList(dto.topics),
      locale: dto.consentLanguage ?? pageLocale(res),
      ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    });
    res.redirect(303, '/jepzine/aanmelden/verstuurd');
  }

  /** The same page whatever the address was: nobody learns who subscribes. */
  @Get('jepzine/aanmelden/verstuurd')
  @Public()
  subscribeSent(@Res() res: Response) {
    res.render('newsletter/subscribe-sent', { pageTitle: 'newsletterSubscription.sent.title' });
  }

  @Get('jepzine/bevestigen/:token')
  @Public()
  async confirmPage(@Param('token') token: string, @Res() res: Response) {
    const subscriber = await this.subscriptions.pendingByConfirmToken(token);
    res.render('newsletter/confirm', {
      pageTitle: 'newsletterSubscription.confirm.title',
      email: subscriber.email,
      action: `/jepzine/bevestigen/${encodeURIComponent(token)}`,
    });
  }

  @Post('jepzine/bevestigen/:token')
  @Public()
  async confirm(@Param('token') token: string, @Res() res: Response) {
    const manageToken = await this.subscriptions.confirm(token);
    res.redirect(303, `/jepzine/bevestigd/${encodeURIComponent(manageToken)}`);
  }

  @Get('jepzine/bevestigd/:token')
  @Public()
  async confirmed(@Param('token') token: string, @Res() res: Response) {
    const subscriber = await this.subscriptions.byManageToken(token);
    if (subscriber.status !== 'subscribed') {
      res.redirect(303, `/jepzine/voorkeuren/${encodeURIComponent(token)}`);
      return;
    }
    res.render('newsletter/confirm-done', {
      pageTitle: 'newsletterSubscription.confirmed.title',
      email: subscriber.email,
      preferencesHref: `/jepzine/voorkeuren/${encodeURIComponent(token)}`,
    });
  }

  async preferencesModel(token: string) {
    const subscriber = await this.subscriptions.byManageToken(token);
    return {
      pageTitle: 'newsletterSubscription.preferences.title',
      subscription: subscriptionView(subscriber),
      topics: topicOptions(),
      action: `/jepzine/voorkeuren/${encodeURIComponent(token)}`,
      unsubscribeAction: `/jepzine/afmelden/${encodeURIComponent(token)}`,
      values: preferencesValues(subscriber),
    };
  }

  @Get('jepzine/voorkeuren/:token')
  @Public()
  async preferences(@Param('token') token: string, @Res() res: Response) {
    res.render('newsletter/preferences', await this.preferencesModel(token));
  }

  @Post('jepzine/voorkeuren/:token')
  @Public()
  @FormPage<SubscriptionController>('newsletter/preferences', (c, req) =>
    c.preferencesModel(String(req.params.token)),
  )
  async savePreferences(
    @Param('token') token: string,
    @Body() dto: SubscriptionPreferencesDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.subscriptions.savePreferences(token, {
      name: dto.name,
      topics: topicList(dto.topics),
    });
    flash(req, 'success', 'newsletterSubscription.preferences.saved');
    res.redirect(303, `/jepzine/voorkeuren/${encodeURIComponent(token)}`);
  }

  /** Asks first, changes nothing: a link scanner's GET must not unsubscribe anyone. */
  @Get('jepzine/afmelden/:token')
  @Public()
  async unsubscribePage(@Param('token') token: string, @Res() res: Response) {
    const subscriber = await this.subscriptions.byManageToken(token);
    res.render('newsletter/unsubscribe', {
      pageTitle: 'newsletterSubscription.unsubscribe.title',
      subscription: subscriptionView(subscriber),
      action: `/jepzine/afmelden/${encodeURIComponent(token)}`,
    });
  }

  /**
   * The button on the page above, and the RFC 8058 one-click POST a mail provider sends
   * (`List-Unsubscribe=One-Click`, no session, no CSRF token): unsubscribed at once, answered
   * with a page (200) rather than a redirect, and without starting a session.
   */
  @Post('jepzine/afmelden/:token')
  @Public()
  @CsrfExempt('RFC 8058 one-click unsubscribe: the token in the URL is the secret')
  async unsubscribe(@Param('token') token: string, @Res() res: Response) {
    await this.subscriptions.unsubscribeByToken(token);
    res.status(200).render('newsletter/unsubscribe-done', {
      pageTitle: 'newsletterSubscription.unsubscribed.title',
    });
  }

  // ---- /mijn/jepzine: the signed-in user's own subscription ----

  async mineModel(req: Request) {
    const subscriber = await this.subscriptions.forAccount(req.user!);
    return {
      pageTitle: 'newsletterSubscription.mine.title',
      email: req.user!.email,
      subscription: subscriber ? subscriptionView(subscriber) : null,
      topics: topicOptions(),
      values: subscriber ? preferencesValues(subscriber) : {},
    };
  }

  @Get('mijn/jepzine')
  @Authenticated()
  async mine(@Req() req: Request, @Res() res: Response) {
    res.render('newsletter/mine', await this.mineModel(req));
  }

  @Post('mijn/jepzine/aanmelden')
  @Authenticated()
  @FormPage<SubscriptionController>('newsletter/mine', (c, req) => c.mineModel(req))
  async subscribeMine(
    @Body() dto: SubscriptionTopicsDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.subscriptions.subscribeAccount(req.user!, topicList(dto.topics), pageLocale(res));
    flash(req, 'success', 'newsletterSubscription.mine.subscribed');
    res.redirect(303, '/mijn/jepzine');
  }

  @Post('mijn/jepzine/afmelden')
  @Authenticated()
  async unsubscribeMine(@Req() req: Request, @Res() res: Response) {
    await this.subscriptions.unsubscribeAccount(req.user!);
    flash(req, 'success', 'newsletterSubscription.mine.unsubscribed');
    res.redirect(303, '/mijn/jepzine');
  }

  @Post('mijn/jepzine/voorkeuren')
  @Authenticated()
  @FormPage<SubscriptionController>('newsletter/mine', (c, req) => c.mineModel(req))
  async saveMine(@Body() dto: SubscriptionTopicsDto, @Req() req: Request, @Res() res: Response) {
    await this.subscriptions.saveAccountTopics(req.user!, topicList(dto.topics));
    flash(req, 'success', 'newsletterSubscription.preferences.saved');
    res.redirect(303, '/mijn/jepzine');
  }
}
