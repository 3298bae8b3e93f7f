import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { translate } from '../common/i18n/i18n';
import { ItemFormDto } from './dto/item-form.dto';
import { CreateQuestionnaireDto, UpdateQuestionnaireDto } from './dto/questionnaire-form.dto';
import { SectionFormDto } from './dto/section-form.dto';
import { itemFormValues } from './questionnaire-items';
import {
  builderView,
  KIND_OPTIONS,
  LIST_HREF,
  POINT_OPTIONS,
  previewView,
  questionnaireFormValues,
  questionnaireHref,
  questionnaireRow,
  sectionOptions,
  TYPE_OPTIONS,
} from './questionnaire.presenter';
import { Direction, QuestionnaireService } from './questionnaire.service';

const NEW_VIEW = 'evaluations/admin/form';
const PAGE_VIEW = 'evaluations/admin/questionnaire';
const ITEM_VIEW = 'evaluations/admin/item-form';
const SECTION_VIEW = 'evaluations/admin/section-form';

/** A move route's direction, from the last part of its path. */
const direction = (req: Request): Direction => (req.path.endsWith('/omhoog') ? 'up' : 'down');

const id = (req: Request, name = 'id') => parseId(String(req.params[name]));
const posted = (req: Request, name: string): string => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : '';
};

/**
 * Staff build questionnaires (/beheer/vragenlijsten): the questionnaire, its sections and items,
 * a preview as participants see it. What may change once answers exist: questionnaire-versions.ts.
 */
@Controller(LIST_HREF.slice(1))
@Roles('staff')
export class QuestionnaireAdminController {
  constructor(private readonly questionnaires: QuestionnaireService) {}

  @Get()
  async list(@Res() res: Response) {
    res.render('evaluations/admin/list', {
      pageTitle: 'evaluations.builder.title',
      questionnaires: (await this.questionnaires.list()).map(questionnaireRow),
    });
  }

  newModel() {
    return {
      pageTitle: 'evaluations.builder.new',
      action: LIST_HREF,
      kinds: KIND_OPTIONS,
      values: { title: '', intro: '', kind: 'evaluation' },
    };
  }

  @Get('nieuw')
  newForm(@Res() res: Response) {
    res.render(NEW_VIEW, this.newModel());
  }

  @Post()
  @FormPage<QuestionnaireAdminController>(NEW_VIEW, (c) => c.newModel())
  async create(@Body() dto: CreateQuestionnaireDto, @Req() req: Request, @Res() res: Response) {
    const q = await this.questionnaires.create(req.user!, dto);
    flash(req, 'success', 'evaluations.builder.created', { title: q.title });
    res.redirect(303, questionnaireHref(q.id));
  }

  async pageModel(req: Request) {
    const page = await this.questionnaires.page(id(req));
    return {
      pageTitle: page.questionnaire.title,
      ...builderView(page, pageLocale(req.res!)),
      values: {
        ...questionnaireFormValues(page.questionnaire),
        sectionTitle: '',
        sectionIsScale: '',
      },
    };
  }

  @Get(':id')
  async page(@Req() req: Request, @Res() res: Response) {
    res.render(PAGE_VIEW, await this.pageModel(req));
  }

  @Post(':id')
  @FormPage<QuestionnaireAdminController>(PAGE_VIEW, (c, req) => c.pageModel(req))
  async update(@Body() dto: UpdateQuestionnaireDto, @Req() req: Request, @Res() res: Response) {
    const q = await this.questionnaires.update(req.user!, id(req), dto);
    flash(req, 'success', 'evaluations.builder.saved', { title: q.title });
    res.redirect(303, questionnaireHref(q.id));
  }

  @Post(':id/archiveren')
  async archive(@Req() req: Request, @Res() res: Response) {
    const q = await this.questionnaires.setArchived(req.user!, id(req), true);
    flash(req, 'success', 'evaluations.builder.archivedDone', { title: q.title });
    res.redirect(303, questionnaireHref(q.id));
  }

  @Post(':id/terugzetten')
  async unarchive(@Req() req: Request, @Res() res: Response) {
    const q = await this.questionnaires.setArchived(req.user!, id(req), false);
    flash(req, 'success', 'evaluations.builder.unarchivedDone', { title: q.title });
    res.redirect(303, questionnaireHref(q.id));
  }

  @Get(':id/voorbeeld')
  async preview(@Req() req: Request, @Res() res: Response) {
    const { questionnaire, sections, items } = await this.questionnaires.preview(id(req));
    res.render('evaluations/admin/preview', {
      pageTitle: translate(pageLocale(res), 'evaluations.builder.previewTitle', {
        title: questionnaire.title,
      }),
      ...previewView(questionnaire, sections, items),
    });
  }

  // ---- sections ----

  @Post(':id/onderdelen')
  @FormPage<QuestionnaireAdminController>(PAGE_VIEW, (c, req) => c.pageModel(req))
  async addSection(@Body() dto: SectionFormDto, @Req() req: Request, @Res() res: Response) {
    const section = await this.questionnaires.addSection(req.user!, id(req), {
      title: dto.sectionTitle,
      isScale: dto.sectionIsScale === 'on',
    });
    flash(req, 'success', 'evaluations.builder.sectionAdded', { title: section.title });
    res.redirect(303, `${questionnaireHref(id(req))}#onderdeel-${section.id}`);
  }

  async sectionModel(req: Request) {
    const questionnaire = await this.questionnaires.get(id(req));
    const section = await this.questionnaires.section(questionnaire.id, id(req, 'sectionId'));
    return {
      pageTitle: 'evaluations.builder.sectionEdit',
      questionnaire: { title: questionnaire.title, href: questionnaireHref(questionnaire.id) },
      action: `${questionnaireHref(questionnaire.id)}/onderdelen/${section.id}`,
      values: {
        sectionTitle: section.title,
        sectionIsScale:
          req.method === 'POST' ? posted(req, 'sectionIsScale') : section.isScale ? 'on' : '',
      },
    };
  }

  @Get(':id/onderdelen/:sectionId')
  async sectionForm(@Req() req: Request, @Res() res: Response) {
    res.render(SECTION_VIEW, await this.sectionModel(req));
  }

  @Post(':id/onderdelen/:sectionId')
  @FormPage<QuestionnaireAdminController>(SECTION_VIEW, (c, req) => c.sectionModel(req))
  async updateSection(@Body() dto: SectionFormDto, @Req() req: Request, @Res() res: Response) {
    const section = await this.questionnaires.updateSection(
      req.user!,
      id(req),
      id(req, 'sectionId'),
      { title: dto.sectionTitle, isScale: dto.sectionIsScale === 'on' },
    );
    flash(req, 'success', 'evaluations.builder.sectionSaved', { title: section.title });
    res.redirect(303, `${questionnaireHref(id(req))}#onderdeel-${section.id}`);
  }

  @Post(':id/onderdelen/:sectionId/verwijderen')
  async removeSection(@Req() req: Request, @Res() res: Response) {
    await this.questionnaires.removeSection(req.user!, id(req), id(req, 'sectionId'));
    flash(req, 'success', 'evaluations.builder.sectionRemoved');
    res.redirect(303, questionnaireHref(id(req)));
  }

  @Post([':id/onderdelen/:sectionId/omhoog', ':id/onderdelen/:sectionId/omlaag'])
  async moveSection(@Req() req: Request, @Res() res: Response) {
    const sectionId = id(req, 'sectionId');
    await this.questionnaires.moveSection(req.user!, id(req), sectionId, direction(req));
    flash(req, 'success', 'evaluations.builder.moved');
    res.redirect(303, `${questionnaireHref(id(req))}#onderdeel-${sectionId}`);
  }

  // ---- items ----

  async itemModel(req: Request) {
    const qid = id(req);
    const editing = req.params.itemId !== undefined;
    const found = editing ? await this.questionnaires.item(qid, id(req, 'itemId')) : null;
    const questionnaire = found?.questionnaire ?? (await this.questionnaires.get(qid));
    const sections = found?.sections ?? (await this.questionnaires.sections(qid));
    const href = questionnaireHref(qid);
    const section = typeof req.query.onderdeel === 'string' ? req.query.onderdeel : '';
    const values = found
      ? itemFormValues(found.item)
      : { type: 'likert', required: 'on', scalePoints: '5', sectionId: section };
    // An unticked checkbox sends nothing: after a post, what was posted counts.
    if (req.method === 'POST') values.required = posted(req, 'required');
    return {
      pageTitle: editing ? 'evaluations.item.edit' : 'evaluations.item.new',
      editing,
      questionnaire: { title: questionnaire.title, href, version: questionnaire.version },
      answered: found?.item.answered ?? false,
      action: found ? `${href}/vragen/${found.item.id}` : `${href}/vragen`,
      types: TYPE_OPTIONS,
      points: POINT_OPTIONS,
      sections: sectionOptions(sections),
      values,
    };
  }

  @Get(':id/vragen/nieuw')
  async newItem(@Req() req: Request, @Res() res: Response) {
    res.render(ITEM_VIEW, await this.itemModel(req));
  }

  @Post(':id/vragen')
  @FormPage<QuestionnaireAdminController>(ITEM_VIEW, (c, req) => c.itemModel(req))
  async addItem(@Body() dto: ItemFormDto, @Req() req: Request, @Res() res: Response) {
    const item = await this.questionnaires.addItem(req.user!, id(req), dto);
    flash(req, 'success', 'evaluations.item.added');
    res.redirect(303, `${questionnaireHref(id(req))}#vraag-${item.id}`);
  }

  @Get(':id/vragen/:itemId')
  async editItem(@Req() req: Request, @Res() res: Response) {
    res.render(ITEM_VIEW, await this.itemModel(req));
  }

  @Post(':id/vragen/:itemId')
  @FormPage<QuestionnaireAdminController>(ITEM_VIEW, (c, req) => c.itemModel(req))
  async updateItem(@Body() dto: ItemFormDto, @Req() req: Request, @Res() res: Response) {
    const item = await this.questionnaires.updateItem(req.user!, id(req), id(req, 'itemId'), dto);
    flash(req, 'success', 'evaluations.item.saved');
    res.redirect(303, `${questionnaireHref(id(req))}#vraag-${item.id}`);
  }

  @Post(':id/vragen/:itemId/verwijderen')
  async deleteItem(@Req() req: Request, @Res() res: Response) {
    await this.questionnaires.deleteItem(req.user!, id(req), id(req, 'itemId'));
    flash(req, 'success', 'evaluations.item.deleted');
    res.redirect(303, questionnaireHref(id(req)));
  }

  @Post(':id/vragen/:itemId/verbergen')
  async hideItem(@Req() req: Request, @Res() res: Response) {
    const item = await this.questionnaires.hideItem(req.user!, id(req), id(req, 'itemId'));
    flash(req, 'success', 'evaluations.item.hiddenDone', {
      version: String(item.hiddenInVersion),
    });
    res.redirect(303, `${questionnaireHref(id(req))}#vraag-${item.id}`);
  }

  @Post([':id/vragen/:itemId/omhoog', ':id/vragen/:itemId/omlaag'])
  async moveItem(@Req() req: Request, @Res() res: Response) {
    const itemId = id(req, 'itemId');
    await this.questionnaires.moveItem(req.user!, id(req), itemId, direction(req));
    flash(req, 'success', 'evaluations.builder.moved');
    res.redirect(303, `${questionnaireHref(id(req))}#vraag-${itemId}`);
  }
}
