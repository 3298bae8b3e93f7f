import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { Role } from '../common/access/role';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { paginate } from '../common/views/pagination';
import { roleOptions, userDetail, userRow } from './account.presenter';
import { ChangeRoleDto } from './dto/change-role.dto';
import { USERS_PAGE_SIZE, UserAdminService } from './user-admin.service';
import { parseUserSearch } from './user-search.query';

/** Admin: users, their roles and whether they may sign in. */
@Controller('beheer/gebruikers')
@Roles('admin')
export class UserAdminController {
  constructor(private readonly users: UserAdminService) {}

  @Get()
  async list(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const filter = parseUserSearch(query);
    const { users, total } = await this.users.search(filter);
    const locale = res.locals.locale as string;
    res.render('admin/users', {
      pageTitle: 'admin.users.title',
      filter: { q: filter.q ?? '', rol: filter.role ?? '', status: filter.status ?? '' },
      roles: roleOptions(),
      statuses: ['active', 'unverified', 'deactivated'].map((value) => ({
        value,
        label: `userStatus.${value}`,
      })),
      users: users.map((u) => userRow(u, locale)),
      pagination: paginate(
        '/beheer/gebruikers',
        { q: filter.q, rol: filter.role, status: filter.status },
        filter.page,
        USERS_PAGE_SIZE,
        total,
      ),
    });
  }

  async detailModel(req: Request) {
    const user = await this.users.get(parseId(String(req.params.id)));
    return {
      pageTitle: 'admin.user.title',
      user: userDetail(user, req.res!.locals.locale as string),
      roles: roleOptions(),
      isSelf: user.id === req.user!.id,
    };
  }

  @Get(':id')
  async detail(@Req() req: Request, @Res() res: Response) {
    const model = await this.detailModel(req);
    res.render('admin/user', { ...model, values: { role: model.user.role } });
  }

  @Post(':id/rol')
  @FormPage<UserAdminController>('admin/user', (c, req) => c.detailModel(req))
  async changeRole(
    @Param('id') id: string,
    @Body() dto: ChangeRoleDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.users.changeRole(req.user!, parseId(id), dto.role as Role);
    flash(req, 'success', 'admin.user.roleChanged');
    res.redirect(303, `/beheer/gebruikers/${parseId(id)}`);
  }

  @Post(':id/deactiveren')
  async deactivate(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.users.deactivate(req.user!, parseId(id));
    flash(req, 'success', 'admin.user.deactivated');
    res.redirect(303, `/beheer/gebruikers/${parseId(id)}`);
  }

  @Post(':id/heractiveren')
  async reactivate(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.users.reactivate(req.user!, parseId(id));
    flash(req, 'success', 'admin.user.reactivated');
    res.redirect(303, `/beheer/gebruikers/${parseId(id)}`);
  }
}
