import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { AccountsError, AccountsErrorCode } from './accounts.error';
import { ForgotPasswordDto } from './dto/forgot-password.dto';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { PasswordResetService } from './password-reset.service';

@Controller()
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  forgotModel() {
    return { pageTitle: 'accounts.forgot.title' };
  }

  resetModel(req: Request) {
    return { pageTitle: 'accounts.reset.title', token: String(req.params.token) };
  }

  @Get('wachtwoord-vergeten')
  @Public()
  forgotForm(@Res() res: Response) {
    res.render('accounts/forgot-password', { ...this.forgotModel(), values: {} });
  }

  @Post('wachtwoord-vergeten')
  @Public()
  @FormPage<PasswordResetController>('accounts/forgot-password', (c) => c.forgotModel())
  async forgot(@Body() dto: ForgotPasswordDto, @Res() res: Response) {
    await this.resets.requestReset(dto.email);
    res.redirect(303, '/wachtwoord-vergeten/verstuurd');
  }

  @Get('wachtwoord-vergeten/verstuurd')
  @Public()
  sent(@Res() res: Response) {
    res.render('accounts/reset-sent', { pageTitle: 'accounts.forgot.sentTitle' });
  }

  @Get('wachtwoord-herstellen/:token')
  @Public()
  async resetForm(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    if (!(await this.resets.isValid(token)))
      throw new AccountsError(AccountsErrorCode.TokenInvalid);
    res.render('accounts/reset-password', this.resetModel(req));
  }

  @Post('wachtwoord-herstellen/:token')
  @Public()
  @FormPage<PasswordResetController>('accounts/reset-password', (c, req) => c.resetModel(req))
  async reset(
    @Param('token') token: string,
    @Body() dto: ResetPasswordDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.resets.reset(token, dto.password, dto.passwordConfirm);
    flash(req, 'success', 'accounts.reset.done');
    res.redirect(303, '/inloggen');
  }
}
