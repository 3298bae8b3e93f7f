import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { isUniqueViolation } from '../advice/reference';
import { formatDateTime } from '../common/views/format';
import { TransactionRunner } from '../database/transaction-runner';
import { JobRunner } from '../jobs/job-runner';
import { MailService } from '../mail/mail.service';
import { EvaluationInvitation } from './evaluation-invitation.entity';
import { EvaluationMoment, MIN_RESPONSES } from './evaluation-moment';
import { candidateWindow, DueMoment, dueMoments, reminderCutoff } from './invitation-timing';
import type { QuestionnaireKind } from './questionnaire.entity';

/** Enrolments handled per edition and job run; the rest follow on the next run. */
export const INVITE_BATCH = 500;
/** Reminders sent per job run. */
export const REMIND_BATCH = 1000;

interface Candidate {
  editionId: number;
  startsAt: Date | null;
  endsAt: Date | null;
  editionTitle: string;
  offeringTitle: string;
  /** kind → questionnaire */
  questionnaires: Map<QuestionnaireKind, { id: number; title: string }>;
}

interface Recipient {
  enrolmentId: number;
  email: string;
  name: string;
  locale: string;
}

/** The mail's line per questionnaire. */
interface MailLine {
  momentKey: string;
  title: string;
  path: string;
  closes: string;
}

/** A timestamp from a raw row: a Date on PostgreSQL, UTC text ("2026-03-10 08:30:00.000") on SQLite. */
function asDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value !== 'string') return null;
  const text = value.replace(' ', 'T');
  return new Date(/(Z|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text}Z`);
}

/**
 * The invitation and reminder jobs. `evaluations.invite` asks the confirmed participants of
 * editions whose moment has come (pre: 14 days before the start until it; post and evaluation:
 * within 30 days after the end), one invitation row per enrolment and moment (the unique index
 * makes a second run, or a second instance, a no-op) and one e-mail per participant and run —
 * post-measurement and evaluation come in one e-mail listing both. `evaluations.remind` sends the
 * one reminder a week later, claimed with a conditional update of `reminded_at`.
 */
@Injectable()
export class InvitationService implements OnModuleInit {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly mail: MailService,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register('evaluations.invite', (now) => this.invite(now));
    this.jobs.register('evaluations.remind', (now) => this.remind(now));
  }

  /** The invitation job; returns how many invitations it made. */
  async invite(now = new Date()): Promise<number> {
    let made = 0;
    for (const edition of await this.candidates(now)) {
      const due = dueMoments(edition, [...edition.questionnaires.keys()], now);
      if (!due.length) continue;
      for (const r of await this.uninvited(edition.editionId, due))
        made += await this.inviteOne(edition, r, due, now);
    }
    return made;
  }

  /** Editions (not cancelled) of offerings with questionnaires, whose start or end is near. */
  private async candidates(now: Date): Promise<Candidate[]> {
    const { startsBefore, endedAfter } = candidateWindow(now);
    const rows = await this.tx.run((m) =>
      m
        .createQueryBuilder()
        .select('ed.id', 'edition_id')
        .addSelect('ed.starts_at', 'starts_at')
        .addSelect('ed.ends_at', 'ends_at')
        .addSelect('ed.title', 'edition_title')
        .addSelect('o.title', 'offering_title')
        .addSelect('oq.kind', 'kind')
        .addSelect('q.id', 'questionnaire_id')
        .addSelect('q.title', 'questionnaire_title')
        .from('editions', 'ed')
        .innerJoin('offerings', 'o', 'o.id = ed.offering_id')
        .innerJoin('offering_questionnaires', 'oq', 'oq.offering_id = ed.offering_id')
        .innerJoin('questionnaires', 'q', 'q.id = oq.questionnaire_id')
        .where("ed.status IN ('published', 'completed')")
        .andWhere(
          '((ed.starts_at > :now AND ed.starts_at <= :startsBefore) OR (ed.ends_at <= :now AND ed.ends_at > :endedAfter))',
          { now, startsBefore, endedAfter },
        )
        .orderBy('ed.id', 'ASC')
        .getRawMany<Record<string, unknown>>(),
    );
    const editions = new Map<number, Candidate>();
    for (const row of rows) {
      const id = Number(row.edition_id);
      let c = editions.get(id);
      if (!c) {
        c = {
          editionId: id,
          startsAt: asDate(row.starts_at),
          endsAt: asDate(row.ends_at),
          editionTitle: String(row.edition_title),
          offeringTitle: String(row.offering_title),
          questionnaires: new Map(),
        };
        editions.set(id, c);
      }
      c.questionnaires.set(row.kind as QuestionnaireKind, {
        id: Number(row.questionnaire_id),
        title: String(row.questionnaire_title),
      });
    }
    return [...editions.values()];
  }

  /** Confirmed participants (with an active account) who lack an invitation for a due moment. */
  private uninvited(editionId: number, due: DueMoment[]): Promise<Recipient[]> {
    return this.tx.run(async (m) => {
      const rows = await m
        .createQueryBuilder()
        .select('en.id', 'enrolment_id')
        .addSelect('u.email', 'email')
        .addSelect('u.name', 'name')
        .addSelect('u.locale', 'locale')
        .from('enrolments', 'en')
        .innerJoin('users', 'u', 'u.id = en.user_id')
        .where("en.edition_id = :editionId AND en.status = 'confirmed'", { editionId })
        .andWhere('u.deactivated_at IS NULL')
        .andWhere(
          `(SELECT COUNT(*) FROM evaluation_invitations ei
             WHERE ei.enrolment_id = en.id AND ei.moment IN (:...moments)) < :count`,
          { moments: due.map((d) => d.moment), count: due.length },
        )
        .orderBy('en.id', 'ASC')
        .limit(INVITE_BATCH)
        .getRawMany<Record<string, unknown>>();
      return rows.map((r) => ({
        enrolmentId: Number(r.enrolment_id),
        email: String(r.email),
        name: String(r.name),
        locale: String(r.locale),
      }));
    });
  }

  /** One participant: the missing invitations and their one e-mail, in one transaction. */
  private async inviteOne(
    edition: Candidate,
    r: Recipient,
    due: DueMoment[],
    now: Date,
  ): Promise<number> {
    try {
      return await this.tx.run(async (m) => {
        const repo = m.getRepository(EvaluationInvitation);
        const existing = await repo.find({
          where: { enrolmentId: r.enrolmentId, moment: In(due.map((d) => d.moment)) },
        });
        const missing = due.filter((d) => !existing.some((e) => e.moment === d.moment));
        if (!missing.length) return 0;
        const lines: MailLine[] = [];
        for (const d of missing) {
          const questionnaire = edition.questionnaires.get(d.kind)!;
          const invitation = await repo.save(
            repo.create({
              enrolmentId: r.enrolmentId,
              editionId: edition.editionId,
              questionnaireId: questionnaire.id,
              moment: d.moment,
              closesAt: d.closesAt,
              remindedAt: null,
              submittedAt: null,
              draft: null,
              createdAt: now,
            }),
          );
          lines.push(this.line(invitation, questionnaire.title, r.locale));
        }
        await this.mail.queue(m, {
          to: r.email,
          template: 'evaluation-invitation',
          locale: r.locale,
          data: this.mailData(edition, r, lines),
        });
        return missing.length;
      });
    } catch (error) {
      // Another run made the same invitation meanwhile: its e-mail went with it.
      if (isUniqueViolation(error)) return 0;
      throw error;
    }
  }

  /** The reminder job; returns how many invitations it reminded of. */
  async remind(now = new Date()): Promise<number> {
    const rows = await this.tx.run((m) =>
      m
        .createQueryBuilder()
        .select('i.id', 'id')
        .addSelect('i.enrolment_id', 'enrolment_id')
        .from('evaluation_invitations', 'i')
        .innerJoin('enrolments', 'en', 'en.id = i.enrolment_id')
        .innerJoin('users', 'u', 'u.id = en.user_id')
        .where(this.remindable('i'), { cutoff: reminderCutoff(now), now })
        .andWhere("en.status = 'confirmed' AND u.deactivated_at IS NULL")
        .orderBy('i.enrolment_id', 'ASC')
        .addOrderBy('i.id', 'ASC')
        .limit(REMIND_BATCH)
        .getRawMany<{ id: number | string; enrolment_id: number | string }>(),
    );
    const byEnrolment = new Map<number, number[]>();
    for (const row of rows) {
      const key = Number(row.enrolment_id);
      byEnrolment.set(key, [...(byEnrolment.get(key) ?? []), Number(row.id)]);
    }
    let reminded = 0;
    for (const ids of byEnrolment.values()) reminded += await this.remindOne(ids, now);
    return reminded;
  }

  private remindable(alias: string): string {
    return `${alias}.reminded_at IS NULL AND ${alias}.submitted_at IS NULL
      AND ${alias}.created_at <= :cutoff
      AND (${alias}.closes_at IS NULL OR ${alias}.closes_at > :now)`;
  }

  /** One participant's due reminders: claimed, then one e-mail, in one transaction. */
  private remindOne(ids: number[], now: Date): Promise<number> {
    return this.tx.run(async (m) => {
      const claimed: number[] = [];
      for (const id of ids) {
        const result = await m
          .createQueryBuilder()
          .update(EvaluationInvitation)
          .set({ remindedAt: now })
          .where(`id = :id AND ${this.remindable('evaluation_invitations')}`, {
            id,
            cutoff: reminderCutoff(now),
            now,
          })
          .execute();
        if (result.affected === 1) claimed.push(id);
      }
      if (!claimed.length) return 0;
      const invitations = await m
        .getRepository(EvaluationInvitation)
        .find({ where: { id: In(claimed) }, order: { id: 'ASC' } });
      const info = await this.mailContext(m, invitations[0].enrolmentId);
      const titles = await this.titles(
        m,
        invitations.map((i) => i.questionnaireId),
      );
      const lines = invitations.map((i) =>
        this.line(i, titles.get(i.questionnaireId) ?? '', info.locale),
      );
      await this.mail.queue(m, {
        to: info.email,
        template: 'evaluation-reminder',
        locale: info.locale,
        data: this.mailData(info, info, lines),
      });
      return claimed.length;
    });
  }

  private async mailContext(m: EntityManager, enrolmentId: number) {
    const row = await m
      .createQueryBuilder()
      .select('u.email', 'email')
      .addSelect('u.name', 'name')
      .addSelect('u.locale', 'locale')
      .addSelect('ed.title', 'edition_title')
      .addSelect('o.title', 'offering_title')
      .from('enrolments', 'en')
      .innerJoin('users', 'u', 'u.id = en.user_id')
      .innerJoin('editions', 'ed', 'ed.id = en.edition_id')
      .innerJoin('offerings', 'o', 'o.id = ed.offering_id')
      .where('en.id = :enrolmentId', { enrolmentId })
      .getRawOne<Record<string, unknown>>();
    return {
      email: String(row!.email),
      name: String(row!.name),
      locale: String(row!.locale),
      editionTitle: String(row!.edition_title),
      offeringTitle: String(row!.offering_title),
    };
  }

  private async titles(m: EntityManager, ids: number[]): Promise<Map<number, string>> {
    const rows = await m
      .createQueryBuilder()
      .select('q.id', 'id')
      .addSelect('q.title', 'title')
      .from('questionnaires', 'q')
      .where('q.id IN (:...ids)', { ids })
      .getRawMany<{ id: number | string; title: string }>();
    return new Map(rows.map((r) => [Number(r.id), r.title]));
  }

  private line(invitation: EvaluationInvitation, title: string, locale: string): MailLine {
    return {
      momentKey: `evaluations.moment.${invitation.moment satisfies EvaluationMoment}`,
      title,
      path: `/mijn/vragenlijsten/${invitation.id}`,
      closes: invitation.closesAt ? formatDateTime(invitation.closesAt, locale) : '',
    };
  }

  private mailData(
    edition: { offeringTitle: string; editionTitle: string },
    r: { name: string },
    lines: MailLine[],
  ) {
    return {
      name: r.name,
      offeringTitle: edition.offeringTitle,
      editionTitle: edition.editionTitle,
      questionnaires: lines,
      several: lines.length > 1,
      first: lines[0],
      minResponses: MIN_RESPONSES,
    };
  }
}
