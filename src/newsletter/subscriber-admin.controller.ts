import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { parseSubscriberFilter } from './dto/subscriber-filter.dto';
import { IMPORT_UPLOAD_ERROR, ImportUpload } from './import-upload.middleware';
import { NewsletterError, NewsletterErrorCode } from './newsletter.error';
import {
  IMPORT_PATH,
  importFormPage,
  importReportPage,
  rejectedCsv,
  rejectedCsvFilename,
  subscriberListPage,
  subscribersCsv,
  subscribersCsvFilename,
} from './subscriber-admin.presenter';
import { SubscriberAdminService } from './subscriber-admin.service';
import { IMPORT_MAX_BYTES, SubscriberImportService } from './subscriber-import.service';
import { pageLocale, sendCsv } from '../common/http/responses';

/** The uploaded file, or the reason there is none, at the form's file field. */
function uploadedFile(req: Request & ImportUpload): { buffer: Buffer; filename: string } {
  if (req[IMPORT_UPLOAD_ERROR] === 'tooLarge')
    throw new NewsletterError(NewsletterErrorCode.ImportFileTooLarge, 'file', {
      max: IMPORT_MAX_BYTES / 1024 / 1024,
    });
  if (req[IMPORT_UPLOAD_ERROR] === 'invalid')
    throw new NewsletterError(NewsletterErrorCode.ImportUnreadable, 'file');
  if (!req.file) throw new NewsletterError(NewsletterErrorCode.ImportFileMissing, 'file');
  return { buffer: req.file.buffer, filename: req.file.originalname };
}

/**
 * Staff: the JEPzine subscribers (list, CSV export) and importing existing subscribers from a
 * CSV in two steps, a dry run with its report and then, on confirmation, the import itself.
 */
@Controller('beheer/jepzine')
@Roles('staff')
export class SubscriberAdminController {
  constructor(
    private readonly subscribers: SubscriberAdminService,
    private readonly imports: SubscriberImportService,
  ) {}

  @Get('abonnees')
  async list(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const filter = parseSubscriberFilter(query);
    const result = await this.subscribers.search(filter);
    res.render('newsletter/admin/subscribers', subscriberListPage(result, filter, pageLocale(res)));
  }

  @Get('abonnees.csv')
  async csv(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const rows = await this.subscribers.exportRows(parseSubscriberFilter(query));
    sendCsv(res, subscribersCsvFilename(new Date()), subscribersCsv(rows, pageLocale(res)));
  }

  async importFormModel(req: Request) {
    const recent = await this.imports.recent(req.user!);
    return importFormPage(recent, pageLocale(req.res!));
  }

  @Get('abonnees/importeren')
  async importForm(@Req() req: Request, @Res() res: Response) {
    res.render('newsletter/admin/import', { ...(await this.importFormModel(req)), values: {} });
  }

  /** The dry run: reads and checks the file, stores it with its report; changes no subscriber. */
  @Post('abonnees/importeren')
  @FormPage<SubscriberAdminController>('newsletter/admin/import', (c, req) =>
    c.importFormModel(req),
  )
  async upload(@Req() req: Request & ImportUpload, @Res() res: Response) {
    const imp = await this.imports.check(req.user!, uploadedFile(req));
    res.redirect(303, `${IMPORT_PATH}/${imp.id}`);
  }

  @Get('abonnees/importeren/:id')
  async report(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const view = await this.imports.get(req.user!, parseId(id));
    res.render('newsletter/admin/import-report', importReportPage(view, pageLocale(res)));
  }

  @Get('abonnees/importeren/:id/afgewezen.csv')
  async rejected(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const view = await this.imports.get(req.user!, parseId(id));
    sendCsv(res, rejectedCsvFilename(view), rejectedCsv(view, pageLocale(res)));
  }

  @Post('abonnees/importeren/:id/uitvoeren')
  async apply(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const importId = parseId(id);
    try {
      const report = await this.imports.apply(req.user!, importId);
      flash(req, 'success', 'newsletter.subscribers.report.appliedFlash', {
        added: String(report.counts.toAdd),
        activated: String(report.counts.toActivate),
      });
    } catch (error) {
      // a second click (or a second tab) changes nothing and says so
      if (!(
        error instanceof NewsletterError && error.code === NewsletterErrorCode.ImportAlreadyApplied
      ))
        throw error;
      flash(req, 'warning', 'newsletter.error.importAlreadyApplied');
    }
    res.redirect(303, `${IMPORT_PATH}/${importId}`);
  }
}
