import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FormInvalidError } from '../common/forms/form-invalid.error';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { Enrolment } from '../enrolments/enrolment.entity';
import { Edition } from '../scheduling/edition.entity';
import { Offering } from '../catalogue/offering.entity';
import { answerRows, parseDraft, readAnswers, Answers } from './answer-form';
import { EvaluationAnswer } from './evaluation-answer.entity';
import { EvaluationInvitation } from './evaluation-invitation.entity';
import { EvaluationResponse } from './evaluation-response.entity';
import { EvaluationError, EvaluationErrorCode } from './evaluation.error';
import { isOpen } from './invitation-timing';
import { pairKey } from './pair-key';
import { askedItems, ParsedItem } from './questionnaire-read';
import { QuestionnaireSection } from './questionnaire-section.entity';
import { Questionnaire } from './questionnaire.entity';

/** Where an invitation stands for its participant. */
export type AnswerState = 'open' | 'answered' | 'closed';

export interface AnswerPage {
  invitation: EvaluationInvitation;
  questionnaire: Questionnaire;
  sections: QuestionnaireSection[];
  items: ParsedItem[];
  offeringTitle: string;
  editionTitle: string;
  state: AnswerState;
  /** The saved draft's answers (empty when there is none). */
  draft: Answers;
}

export type AnswerAction = 'save' | 'submit';
export type AnswerOutcome = 'saved' | 'submitted' | AnswerState;

interface Owned {
  invitation: EvaluationInvitation;
  enrolment: Enrolment;
  edition: Edition;
  offering: Offering;
  questionnaire: Questionnaire;
}

/**
 * Answering a questionnaire one was invited to: only one's own invitation (anything else is not
 * found), while it is open, once. Saving keeps a draft on the invitation; sending stores the
 * answers as an anonymous response (no user, enrolment or invitation; the day only; a pairing
 * key for pre/post) and marks the invitation submitted, in one transaction.
 */
@Injectable()
export class AnswerService {
  constructor(
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The answer page of the user's own invitation. */
  page(userId: number, invitationId: number, now = new Date()): Promise<AnswerPage> {
    return this.tx.run(async (m) => {
      const owned = await this.owned(m, userId, invitationId);
      const { sections, items } = await askedItems(
        m,
        owned.questionnaire.id,
        owned.questionnaire.version,
      );
      return {
        invitation: owned.invitation,
        questionnaire: owned.questionnaire,
        sections,
        items,
        offeringTitle: owned.offering.title,
        editionTitle: owned.edition.title,
        state: this.state(owned, now),
        draft: parseDraft(owned.invitation.draft),
      };
    });
  }

  /**
   * A posted answer form: `save` keeps the draft (values checked for type and limits only),
   * `submit` checks everything and stores the response. Invalid input throws FormInvalidError
   * and changes nothing. An invitation answered or closed meanwhile changes nothing either.
   */
  answer(
    userId: number,
    invitationId: number,
    action: AnswerAction,
    body: unknown,
    now = new Date(),
  ): Promise<AnswerOutcome> {
    return this.tx.run(async (m) => {
      const owned = await this.owned(m, userId, invitationId);
      const state = this.state(owned, now);
      if (state !== 'open') return state;
      const { items } = await askedItems(m, owned.questionnaire.id, owned.questionnaire.version);
      const { answers, problems } = readAnswers(items, body, action === 'submit');
      if (problems.length) throw new FormInvalidError(problems);
      const invitations = m.getRepository(EvaluationInvitation);

      if (action === 'save') {
        const saved = await invitations
          .createQueryBuilder()
          .update()
          .set({ draft: Object.keys(answers).length ? JSON.stringify(answers) : null })
          .where('id = :id AND submitted_at IS NULL', { id: invitationId })
          .execute();
        return saved.affected === 1 ? 'saved' : 'answered';
      }

      // Claim the invitation first: a double submit finds it submitted and stores nothing.
      const claimed = await invitations
        .createQueryBuilder()
        .update()
        .set({ submittedAt: now, draft: null })
        .where('id = :id AND submitted_at IS NULL', { id: invitationId })
        .execute();
      if (claimed.affected !== 1) return 'answered';
      const { invitation, edition, questionnaire } = owned;
      const response = await m.getRepository(EvaluationResponse).save({
        questionnaireId: questionnaire.id,
        questionnaireVersion: questionnaire.version,
        editionId: edition.id,
        offeringId: edition.offeringId,
        moment: invitation.moment,
        pairKey:
          invitation.moment === 'evaluation'
            ? null
            : pairKey(this.config.evaluationPairingSecret, invitation.enrolmentId),
        submittedOn: toAmsterdamParts(now).date,
      });
      const rows = answerRows(items, answers).map((r) => ({ ...r, responseId: response.id }));
      if (rows.length) await m.getRepository(EvaluationAnswer).insert(rows);
      return 'submitted';
    });
  }

  /** Whether the user's own invitation has been answered (for the thank-you page). */
  thanks(userId: number, invitationId: number): Promise<AnswerPage['questionnaire'] | null> {
    return this.tx.run(async (m) => {
      const owned = await this.owned(m, userId, invitationId);
      return owned.invitation.submittedAt ? owned.questionnaire : null;
    });
  }

  private state(owned: Owned, now: Date): AnswerState {
    if (owned.invitation.submittedAt) return 'answered';
    if (!isOpen(owned.invitation, now) || owned.enrolment.status !== 'confirmed') return 'closed';
    return 'open';
  }

  /** The invitation when its enrolment is the user's; otherwise not found (never say which). */
  private async owned(m: EntityManager, userId: number, invitationId: number): Promise<Owned> {
    const invitation = await m.getRepository(EvaluationInvitation).findOne({
      where: { id: invitationId },
      relations: { enrolment: true },
    });
    if (!invitation?.enrolment || invitation.enrolment.userId !== userId)
      throw new EvaluationError(EvaluationErrorCode.NotFound);
    const edition = await m.getRepository(Edition).findOneByOrFail({ id: invitation.editionId });
    const offering = await m.getRepository(Offering).findOneByOrFail({ id: edition.offeringId });
    const questionnaire = await m
      .getRepository(Questionnaire)
      .findOneByOrFail({ id: invitation.questionnaireId });
    return { invitation, enrolment: invitation.enrolment, edition, offering, questionnaire };
  }
}
