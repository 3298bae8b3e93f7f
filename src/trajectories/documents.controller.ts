import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { keptValues } from '../common/forms/form-view-model';
import { isHttpUrl } from '../common/forms/parse';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { formatDate } from '../common/views/format';
import { documentsHref, DocumentService } from './document.service';
import { LinkDto } from './dto/link.dto';
import { workPage } from './work-page';

const DOCUMENTS_VIEW = 'trajectories/documents';

/** The host name shown beside a link, so everyone sees where it leads. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Links to documents of a trajectory (/jos/trajecten/:id/documenten). */
@Controller('jos/trajecten/:id/documenten')
export class DocumentsController {
  constructor(private readonly documents: DocumentService) {}

  async documentsModel(req: Request) {
    const locale = pageLocale(req.res!);
    const { access, links, names } = await this.documents.page(
      req.user!,
      parseId(String(req.params.id)),
    );
    return {
      pageTitle: 'trajectories.documents.title',
      ...workPage(access, 'documents'),
      action: documentsHref(access.trajectory.id),
      links: links.map((l) => ({
        title: l.title,
        // Checked when stored; checked again so nothing but http(s) ever reaches an href.
        url: isHttpUrl(l.url) ? l.url : null,
        host: hostOf(l.url),
        addedBy: names.get(l.addedBy) ?? '',
        date: formatDate(l.createdAt, locale),
        canRemove: access.canManage || l.addedBy === req.user!.id,
        removeAction: `${documentsHref(access.trajectory.id)}/${l.id}/verwijderen`,
      })),
      values: req.method === 'POST' ? keptValues(req.body) : {},
    };
  }

  @Get()
  @Authenticated()
  async page(@Req() req: Request, @Res() res: Response) {
    res.render(DOCUMENTS_VIEW, await this.documentsModel(req));
  }

  @Post()
  @Authenticated()
  @FormPage<DocumentsController>(DOCUMENTS_VIEW, (c, req) => c.documentsModel(req))
  async add(
    @Param('id') id: string,
    @Body() dto: LinkDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const link = await this.documents.add(req.user!, parseId(id), dto);
    flash(req, 'success', 'trajectories.documents.added', { title: link.title });
    res.redirect(303, documentsHref(link.trajectoryId));
  }

  @Post(':linkId/verwijderen')
  @Authenticated()
  async remove(
    @Param('id') id: string,
    @Param('linkId') linkId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.documents.remove(req.user!, parseId(id), parseId(linkId));
    flash(req, 'success', 'trajectories.documents.removed');
    res.redirect(303, documentsHref(parseId(id)));
  }
}
