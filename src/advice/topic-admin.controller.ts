import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { translate } from '../common/i18n/i18n';
import { TopicDto } from './dto/topic.dto';
import { topicName } from './queue.presenter';
import { AdviceTopicService } from './topic.service';

const TOPICS = '/beheer/advies/onderwerpen';

/** Staff manage the topics of the advice form (/beheer/advies/onderwerpen). */
@Controller()
export class AdviceTopicAdminController {
  constructor(private readonly topics: AdviceTopicService) {}

  async listModel(req: Request) {
    const locale = pageLocale(req.res!);
    const rows = await this.topics.list();
    return {
      pageTitle: 'advice.topics.title',
      action: TOPICS,
      rows: rows.map(({ topic, used }, i) => {
        const name = topicName(topic, locale);
        return {
          id: topic.id,
          nameNl: topic.nameNl,
          nameEn: topic.nameEn,
          used,
          active: topic.active,
          first: i === 0,
          last: i === rows.length - 1,
          href: `${TOPICS}/${topic.id}`,
          upLabel: translate(locale, 'advice.topics.upLabel', { name }),
          downLabel: translate(locale, 'advice.topics.downLabel', { name }),
          toggleLabel: translate(
            locale,
            topic.active ? 'advice.topics.hideLabel' : 'advice.topics.showLabel',
            { name },
          ),
          editLabel: translate(locale, 'advice.topics.editLabel', { name }),
        };
      }),
      values: { nameNl: '', nameEn: '' },
    };
  }

  async editModel(req: Request) {
    const topic = await this.topics.get(parseId(String(req.params.topicId)));
    return {
      pageTitle: translate(pageLocale(req.res!), 'advice.topics.renameTitle', {
        name: topic.nameNl,
      }),
      action: `${TOPICS}/${topic.id}`,
      back: TOPICS,
      values: { nameNl: topic.nameNl, nameEn: topic.nameEn },
    };
  }

  @Get('beheer/advies/onderwerpen')
  @Roles('staff')
  async list(@Req() req: Request, @Res() res: Response) {
    res.render('advice/admin/topics', await this.listModel(req));
  }

  @Post('beheer/advies/onderwerpen')
  @Roles('staff')
  @FormPage<AdviceTopicAdminController>('advice/admin/topics', (c, req) => c.listModel(req))
  async add(@Body() dto: TopicDto, @Req() req: Request, @Res() res: Response) {
    const topic = await this.topics.add(req.user!, dto.nameNl, dto.nameEn);
    flash(req, 'success', 'advice.topics.added', { name: topic.nameNl });
    res.redirect(303, TOPICS);
  }

  @Get('beheer/advies/onderwerpen/:topicId')
  @Roles('staff')
  async edit(@Req() req: Request, @Res() res: Response) {
    res.render('advice/admin/topic-edit', await this.editModel(req));
  }

  @Post('beheer/advies/onderwerpen/:topicId')
  @Roles('staff')
  @FormPage<AdviceTopicAdminController>('advice/admin/topic-edit', (c, req) => c.editModel(req))
  async rename(
    @Param('topicId') topicId: string,
    @Body() dto: TopicDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.topics.rename(req.user!, parseId(topicId), dto.nameNl, dto.nameEn);
    flash(req, 'success', 'advice.topics.renamed');
    res.redirect(303, TOPICS);
  }

  @Post('beheer/advies/onderwerpen/:topicId/omhoog')
  @Roles('staff')
  async up(@Param('topicId') topicId: string, @Req() req: Request, @Res() res: Response) {
    await this.topics.move(req.user!, parseId(topicId), -1);
    flash(req, 'success', 'advice.topics.moved');
    res.redirect(303, TOPICS);
  }

  @Post('beheer/advies/onderwerpen/:topicId/omlaag')
  @Roles('staff')
  async down(@Param('topicId') topicId: string, @Req() req: Request, @Res() res: Response) {
    await this.topics.move(req.user!, parseId(topicId), 1);
    flash(req, 'success', 'advice.topics.moved');
    res.redirect(303, TOPICS);
  }

  @Post('beheer/advies/onderwerpen/:topicId/verbergen')
  @Roles('staff')
  async hide(@Param('topicId') topicId: string, @Req() req: Request, @Res() res: Response) {
    const topic = await this.topics.setActive(req.user!, parseId(topicId), false);
    flash(req, 'success', 'advice.topics.hiddenDone', { name: topic.nameNl });
    res.redirect(303, TOPICS);
  }

  @Post('beheer/advies/onderwerpen/:topicId/tonen')
  @Roles('staff')
  async show(@Param('topicId') topicId: string, @Req() req: Request, @Res() res: Response) {
    const topic = await this.topics.setActive(req.user!, parseId(topicId), true);
    flash(req, 'success', 'advice.topics.shownDone', { name: topic.nameNl });
    res.redirect(303, TOPICS);
  }
}
