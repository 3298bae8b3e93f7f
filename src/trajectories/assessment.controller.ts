import { Body, Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { keptValues } from '../common/forms/form-view-model';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { formatDateTime } from '../common/views/format';
import {
  assessmentQuestions,
  assessmentResults,
  MOMENT_LABEL,
  MOMENT_SLUG,
  momentOfSlug,
  MOMENTS,
} from './assessment.presenter';
import { AssessmentService, MyAssessment } from './assessment.service';
import { AssessmentDto, commentField, scoreField } from './dto/assessment.dto';
import type { AssessmentMoment } from './trajectory-phase.entity';
import { workPage } from './work-page';

const RESULTS_VIEW = 'trajectories/assessment';
const FORM_VIEW = 'trajectories/assessment-form';

const assessmentHref = (id: number) => `/jos/trajecten/${id}/zelfevaluatie`;

function momentParam(slug: unknown): AssessmentMoment {
  const moment = momentOfSlug(String(slug));
  if (!moment) throw new NotFoundException();
  return moment;
}

function storedValues(mine: MyAssessment | undefined): Record<string, unknown> {
  if (!mine) return { organisationId: '' };
  const values: Record<string, unknown> = { organisationId: String(mine.organisationId ?? '') };
  for (const [factor, s] of Object.entries(mine.scores)) {
    values[scoreField(factor)] = String(s.score);
    values[commentField(factor)] = s.comment;
  }
  return values;
}

/** The self-assessment of the success factors (/jos/trajecten/:id/zelfevaluatie). */
@Controller('jos/trajecten/:id/zelfevaluatie')
export class AssessmentController {
  constructor(private readonly assessments: AssessmentService) {}

  @Get()
  @Authenticated()
  async results(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const locale = pageLocale(res);
    const page = await this.assessments.page(req.user!, parseId(id));
    const base = assessmentHref(page.access.trajectory.id);
    res.render(RESULTS_VIEW, {
      pageTitle: 'trajectories.assessment.title',
      ...workPage(page.access, 'assessment'),
      isMember: page.access.isMember,
      moments: MOMENTS.map((moment) => ({
        moment,
        label: MOMENT_LABEL[moment],
        open: page.open[moment],
        href: `${base}/${MOMENT_SLUG[moment]}`,
        answered: !!page.mine[moment],
        answeredAt: page.mine[moment] ? formatDateTime(page.mine[moment].submittedAt, locale) : '',
      })),
      results: assessmentResults(page.rows, locale),
    });
  }

  async formModel(req: Request) {
    const locale = pageLocale(req.res!);
    const moment = momentParam(req.params.moment);
    const page = await this.assessments.page(req.user!, parseId(String(req.params.id)));
    const base = assessmentHref(page.access.trajectory.id);
    return {
      pageTitle: MOMENT_LABEL[moment],
      ...workPage(page.access, 'assessment'),
      momentLabel: MOMENT_LABEL[moment],
      action: `${base}/${MOMENT_SLUG[moment]}`,
      backHref: base,
      open: page.open[moment],
      isMember: page.access.isMember,
      answered: !!page.mine[moment],
      answeredAt: page.mine[moment] ? formatDateTime(page.mine[moment].submittedAt, locale) : '',
      organisationOptions: page.organisations.map((o) => ({
        value: String(o.id),
        label: o.name,
      })),
      questions: assessmentQuestions(),
      values: req.method === 'POST' ? keptValues(req.body) : storedValues(page.mine[moment]),
    };
  }

  @Get(':moment')
  @Authenticated()
  async form(@Req() req: Request, @Res() res: Response) {
    res.render(FORM_VIEW, await this.formModel(req));
  }

  @Post(':moment')
  @Authenticated()
  @FormPage<AssessmentController>(FORM_VIEW, (c, req) => c.formModel(req))
  async submit(
    @Param('id') id: string,
    @Param('moment') slug: string,
    @Body() dto: AssessmentDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const moment = momentParam(slug);
    await this.assessments.submit(req.user!, parseId(id), moment, dto, new Date());
    flash(req, 'success', 'trajectories.assessment.saved');
    res.redirect(303, assessmentHref(parseId(id)));
  }
}
