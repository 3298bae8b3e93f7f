import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EvaluationInvitation } from './evaluation-invitation.entity';

export interface MyEvaluation {
  invitation: EvaluationInvitation;
  questionnaireTitle: string;
  editionTitle: string;
  offeringTitle: string;
}

/**
 * The questionnaires a user is asked to fill in and has not finished, still open, of enrolments
 * that still hold a place, for /mijn.
 */
@Injectable()
export class MyEvaluationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async open(userId: number, now = new Date()): Promise<MyEvaluation[]> {
    const rows = await this.dataSource
      .getRepository(EvaluationInvitation)
      .createQueryBuilder('i')
      .innerJoin('i.enrolment', 'en')
      .innerJoin('en.edition', 'ed')
      .innerJoin('ed.offering', 'o')
      .innerJoin('questionnaires', 'q', 'q.id = i.questionnaire_id')
      .select('i')
      .addSelect('q.title', 'questionnaire_title')
      .addSelect('ed.title', 'edition_title')
      .addSelect('o.title', 'offering_title')
      .where('en.user_id = :userId', { userId })
      .andWhere("en.status = 'confirmed'")
      .andWhere('i.submitted_at IS NULL')
      .andWhere('(i.closes_at IS NULL OR i.closes_at > :now)', { now })
      .orderBy('i.created_at', 'ASC')
      .getRawAndEntities();
    const raw = rows.raw as Record<string, unknown>[];
    return rows.entities.map((invitation, n) => ({
      invitation,
      questionnaireTitle: String(raw[n].questionnaire_title),
      editionTitle: String(raw[n].edition_title),
      offeringTitle: String(raw[n].offering_title),
    }));
  }
}
