import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated } from '../common/access/access.decorators';
import { isLocale } from '../common/i18n/i18n';
import { trainerMeetingRow } from '../scheduling/agenda.presenter';
import { certificateRow } from '../certificates/certificate.presenter';
import { CertificateService } from '../certificates/certificate.service';
import { AgendaService } from '../scheduling/agenda.service';
import { SkjPointsService } from '../skj/skj-points.service';
import { skjSummary } from '../skj/skj.presenter';
import { myAdviceSection } from '../advice/my-advice.presenter';
import { myEvaluationsSection } from '../evaluations/my-evaluations.presenter';
import { MyEvaluationsService } from '../evaluations/my-evaluations.service';
import { MyAdviceService } from '../advice/my-advice.service';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { myTrajectoriesSection } from '../trajectories/my-trajectories.presenter';
import { MyTrajectoriesService } from '../trajectories/my-trajectories.service';
import { dashboardEnrolments } from './dashboard.presenter';
import { DashboardService } from './dashboard.service';

/** /mijn: one's own enrolments, agenda and (for trainers) the meetings they teach. */
@Controller('mijn')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly agenda: AgendaService,
    private readonly certificates: CertificateService,
    private readonly skjPoints: SkjPointsService,
    private readonly trajectories: MyTrajectoriesService,
    private readonly advice: MyAdviceService,
    private readonly evaluations: MyEvaluationsService,
  ) {}

  @Get()
  @Authenticated()
  async show(@Req() req: Request, @Res() res: Response) {
    const user = req.user!;
    const locale = isLocale(res.locals.locale) ? res.locals.locale : 'nl';
    // only trainers: staff and admins pass trainer checks elsewhere but teach no meetings of their own
    const trainerMeetings =
      user.role === 'trainer'
        ? (await this.agenda.trainerMeetings(user.id)).map((m) => ({
            ...trainerMeetingRow(m, locale),
            rosterHref: `/bijeenkomsten/${m.meeting.id}/presentie`,
          }))
        : null;
    res.render('mijn/dashboard', {
      pageTitle: 'mijn.title',
      name: user.name,
      isTrainer: user.role === 'trainer',
      trainerMeetings,
      ...dashboardEnrolments(await this.dashboard.forUser(user.id), locale),
      certificates: (await this.certificates.forUser(user.id)).map((c) =>
        certificateRow(c, locale),
      ),
      skj: skjSummary(await this.skjPoints.forUser(user.id, new Date()), locale),
      trajectories: myTrajectoriesSection(
        await this.trajectories.forUser(user.id, toAmsterdamParts(new Date()).date),
        locale,
      ),
      advice: myAdviceSection(await this.advice.forUser(user.id), locale),
      evaluations: myEvaluationsSection(await this.evaluations.open(user.id), locale),
    });
  }
}
