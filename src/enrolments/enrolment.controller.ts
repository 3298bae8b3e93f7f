import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated, Public } from '../common/access/access.decorators';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { EnrolmentError, EnrolmentErrorCode } from './enrolment.error';
import { myEnrolmentPage, offerPage } from './my-enrolment.presenter';
import { EnrolmentService } from './enrolment.service';
import { pageLocale } from '../common/http/responses';

/** A participant's own enrolment: its page, cancelling, confirming an offered place, its dates. */
@Controller()
export class EnrolmentController {
  constructor(private readonly enrolments: EnrolmentService) {}

  @Get('mijn/aanmeldingen/:id')
  @Authenticated()
  async show(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const detail = await this.enrolments.ownDetail(req.user!.id, parseId(id));
    res.render('enrolments/mine', myEnrolmentPage(detail, new Date(), pageLocale(res)));
  }

  @Post('mijn/aanmeldingen/:id/annuleren')
  @Authenticated()
  async cancel(
    @Param('id') id: string,
    @Body() _body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const enrolment = await this.enrolments.cancelOwn(req.user!, parseId(id));
    flash(
      req,
      'success',
      enrolment.cancelReason === 'left_waitlist'
        ? 'enrolment.flash.leftWaitlist'
        : 'enrolment.flash.cancelled',
    );
    res.redirect(303, '/mijn');
  }

  @Post('mijn/aanmeldingen/:id/bevestigen')
  @Authenticated()
  async confirm(
    @Param('id') id: string,
    @Body() _body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const enrolment = await this.enrolments.confirmOffer({
      userId: req.user!.id,
      enrolmentId: parseId(id),
    });
    flash(
      req,
      'success',
      enrolment.status === 'pending' ? 'enrolment.flash.pending' : 'enrolment.flash.confirmed',
    );
    res.redirect(303, `/mijn/aanmeldingen/${enrolment.id}`);
  }

  /** The dates of one's own place as a calendar file (for a calendar app without the feed). */
  @Get('mijn/aanmeldingen/:id/agenda.ics')
  @Authenticated()
  async ics(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const content = await this.enrolments.ownCalendar(req.user!, parseId(id));
    res
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="uitvoering-${parseId(id)}.ics"`);
    res.send(content);
  }

  /** The link from the "a place is free for you" e-mail: a page with one button. */
  @Get('aanmelding/bevestigen/:token')
  @Public()
  async offerForm(@Param('token') token: string, @Res() res: Response) {
    const offer = await this.enrolments.findOffer(token);
    if (!offer) throw new EnrolmentError(EnrolmentErrorCode.OfferLinkInvalid);
    res.render('enrolments/offer', offerPage(offer, token, new Date(), pageLocale(res)));
  }

  @Post('aanmelding/bevestigen/:token')
  @Public()
  async offerConfirm(
    @Param('token') token: string,
    @Body() _body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const enrolment = await this.enrolments.confirmOffer({ token });
    flash(
      req,
      'success',
      enrolment.status === 'pending' ? 'enrolment.flash.pending' : 'enrolment.flash.confirmed',
    );
    res.redirect(303, `/uitvoeringen/${enrolment.editionId}`);
  }
}
