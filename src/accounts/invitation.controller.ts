import {
  Body,
  Controller,
  GoneException,
  Get,
  NotFoundException,
  Param,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { GeoService } from '../geo/geo.service';
import { sectorOptions } from './account.presenter';
import { AccountsError, AccountsErrorCode } from './accounts.error';
import { CompleteInvitationDto } from './dto/complete-invitation.dto';
import { InvitationService, InvitationState } from './invitation.service';
import type { User } from './user.entity';

type Unavailable = Exclude<InvitationState['state'], 'valid'>;

const UNAVAILABLE: Record<Unavailable, { status: number; title: string; text: string }> = {
  invalid: { status: 404, title: 'invitation.invalid.title', text: 'invitation.invalid.text' },
  expired: { status: 410, title: 'invitation.expired.title', text: 'invitation.expired.text' },
};

/** The form starts with what the account holds: the inviter's organisation, sector, municipality. */
function prefilled(user: User) {
  return {
    name: user.name,
    organisation: user.organisation,
    jobTitle: user.jobTitle,
    sector: user.sector,
    municipalityCode: user.municipalityCode,
    skjNumber: user.skjNumber ?? '',
  };
}

/** Signs out whoever is signed in on this browser; passport gives the request a fresh session. */
function signOut(req: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    req.logOut({ keepSessionInfo: false }, (error: unknown) =>
      error ? reject(error instanceof Error ? error : new Error(JSON.stringify(error))) : resolve(),
    ),
  );
}

/**
 * /uitnodiging/:token — completing an account made by a colleague's group enrolment.
 *
 * Public rather than guest-only, like the password reset: the link arrives by e-mail and may be
 * opened in a browser where someone (a colleague, or the invitee's own other account) is signed
 * in. Sending them to /mijn would hide the invitation; the page says who is signed in instead,
 * and completing the account signs that session out so the invitee can sign in.
 */
@Controller('uitnodiging')
export class InvitationController {
  constructor(
    private readonly invitations: InvitationService,
    private readonly geo: GeoService,
  ) {}

  private async formModel(req: Request, user: User) {
    const token = String(req.params.token);
    return {
      pageTitle: 'invitation.title',
      action: `/uitnodiging/${token}`,
      email: user.email,
      signedInAs: req.user?.name ?? null,
      provinces: await this.geo.provinceGroups(),
      sectors: sectorOptions(),
    };
  }

  /** The model to show the form again with its errors (a 422 from @FormPage). */
  async retryModel(req: Request) {
    const invitation = await this.invitations.open(String(req.params.token));
    // Invalid input on a link that stopped working meanwhile: the link's answer comes first.
    if (invitation.state === 'expired') throw new GoneException();
    if (invitation.state !== 'valid') throw new NotFoundException();
    return this.formModel(req, invitation.user);
  }

  private unavailable(res: Response, state: Unavailable) {
    const page = UNAVAILABLE[state];
    res.status(page.status).render('accounts/invitation', {
      pageTitle: page.title,
      unavailable: page,
    });
  }

  @Get(':token')
  @Public()
  async form(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    const invitation = await this.invitations.open(token);
    if (invitation.state !== 'valid') return this.unavailable(res, invitation.state);
    res.render('accounts/invitation', {
      ...(await this.formModel(req, invitation.user)),
      values: prefilled(invitation.user),
    });
  }

  @Post(':token')
  @Public()
  @FormPage<InvitationController>('accounts/invitation', (c, req) => c.retryModel(req))
  async complete(
    @Param('token') token: string,
    @Body() dto: CompleteInvitationDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const invitation = await this.invitations.open(token);
    if (invitation.state !== 'valid') return this.unavailable(res, invitation.state);
    try {
      await this.invitations.complete(token, dto, res.locals.locale as string);
    } catch (error) {
      // Used by a second request at the same moment: the same answer as a used link.
      if (error instanceof AccountsError && error.code === AccountsErrorCode.TokenInvalid)
        return this.unavailable(res, 'invalid');
      throw error;
    }
    if (req.user) await signOut(req);
    flash(req, 'success', 'invitation.done');
    res.redirect(303, '/inloggen?terug=/mijn');
  }
}
