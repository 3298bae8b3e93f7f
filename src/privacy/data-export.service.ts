import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { SessionRecord } from '../accounts/session.entity';
import { User } from '../accounts/user.entity';
import { AdviceMessage } from '../advice/advice-message.entity';
import { AdviceRequest } from '../advice/advice-request.entity';
import { AdviceTopic } from '../advice/advice-topic.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Actor, AuditService } from '../audit/audit.service';
import { TransactionRunner } from '../database/transaction-runner';
import { CalendarFeed } from '../calendar/calendar-feed.entity';
import { Offering } from '../catalogue/offering.entity';
import { Certificate } from '../certificates/certificate.entity';
import { Attendance } from '../enrolments/attendance.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { EvaluationInvitation } from '../evaluations/evaluation-invitation.entity';
import { Municipality } from '../geo/municipality.entity';
import { NetworkApplication } from '../network/application.entity';
import { NetworkDraft } from '../network/draft.entity';
import { NetworkMembership } from '../network/membership.entity';
import { NetworkOrganisation } from '../network/organisation.entity';
import { NewsletterConsent } from '../newsletter/consent.entity';
import { NewsletterSubscriber } from '../newsletter/subscriber.entity';
import { Edition } from '../scheduling/edition.entity';
import { Meeting } from '../scheduling/meeting.entity';
import { TrajectoryAction } from '../trajectories/trajectory-action.entity';
import { TrajectoryAssessmentScore } from '../trajectories/trajectory-assessment-score.entity';
import { TrajectoryAssessment } from '../trajectories/trajectory-assessment.entity';
import { TrajectoryLogEntry } from '../trajectories/trajectory-log-entry.entity';
import { TrajectoryMember } from '../trajectories/trajectory-member.entity';
import { Trajectory } from '../trajectories/trajectory.entity';
import { isLocale, translate } from '../common/i18n/i18n';
import { PrivacyError, PrivacyErrorCode } from './privacy.error';

/** A moment as ISO 8601 (UTC), or null. */
type Iso = string | null;

function iso(d: Date | null | undefined): Iso {
  return d ? new Date(d).toISOString() : null;
}

function parseJson(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Everything the platform holds about one person (AVG art. 15 and 20), as plain JSON-ready data.
 * Never a secret: no password hash, no token or token hash, no session contents. Only the person's
 * own rows: another user's data (who marked attendance, the adviser's internal notes) stays out.
 */
export interface DataExport {
  generatedAt: string;
  profile: {
    id: number;
    email: string;
    name: string;
    role: string;
    organisation: string;
    jobTitle: string;
    sector: string;
    municipalityCode: string;
    municipality: string | null;
    skjNumber: string | null;
    locale: string;
    emailVerifiedAt: Iso;
    lastLoginAt: Iso;
    createdAt: Iso;
    updatedAt: Iso;
  };
  enrolments: {
    id: number;
    offeringTitle: string;
    editionTitle: string;
    status: string;
    cancelReason: string | null;
    completion: string | null;
    editionStartsAt: Iso;
    editionEndsAt: Iso;
    enrolledAt: Iso;
    statusChangedAt: Iso;
    enrolledByOther: boolean;
    attendance: { meetingStartsAt: Iso; status: string; markedAt: Iso }[];
  }[];
  certificates: {
    code: string;
    holderName: string;
    skjNumber: string | null;
    offeringTitle: string;
    editionTitle: string;
    startsOn: string;
    endsOn: string;
    studyLoadHours: number;
    skjPoints: number;
    issuedAt: Iso;
    revokedAt: Iso;
    revokeReason: string | null;
  }[];
  calendarFeed: { exists: boolean; createdAt: Iso; lastUsedAt: Iso };
  newsletter: {
    subscription: {
      email: string;
      name: string | null;
      status: string;
      topics: string[];
      locale: string;
      subscribedAt: Iso;
      unsubscribedAt: Iso;
      bouncedAt: Iso;
      createdAt: Iso;
    } | null;
    consents: {
      source: string;
      formVersion: string;
      consentText: string;
      importNote: string | null;
      requestedAt: Iso;
      confirmedAt: Iso;
      withdrawnAt: Iso;
    }[];
  };
  network: {
    memberships: {
      organisation: string;
      status: string;
      note: string | null;
      requestedAt: Iso;
      decidedAt: Iso;
    }[];
    drafts: {
      organisation: string;
      status: string;
      content: unknown;
      createdAt: Iso;
      submittedAt: Iso;
      decidedAt: Iso;
    }[];
    applications: {
      applicantName: string;
      applicantEmail: string;
      status: string;
      motivation: string;
      content: unknown;
      decisionMessage: string | null;
      createdAt: Iso;
      decidedAt: Iso;
    }[];
  };
  trajectories: {
    memberships: {
      trajectory: string;
      roleDescription: string;
      isContact: boolean;
      status: string;
      createdAt: Iso;
      removedAt: Iso;
    }[];
    logEntries: {
      trajectory: string;
      kind: string;
      occurredOn: string;
      title: string;
      body: string;
      otherAttendees: string;
      createdAt: Iso;
    }[];
    actions: {
      trajectory: string;
      title: string;
      description: string;
      dueOn: string;
      status: string;
      doneAt: Iso;
    }[];
    assessments: {
      trajectory: string;
      moment: string;
      submittedAt: Iso;
      scores: { factor: string; score: number; comment: string }[];
    }[];
  };
  adviceRequests: {
    reference: string;
    status: string;
    topic: string;
    municipality: string | null;
    question: string;
    urgency: string;
    contactPreference: string;
    requesterName: string;
    requesterEmail: string;
    requesterPhone: string | null;
    organisation: string;
    requesterRole: string;
    submittedAt: Iso;
    closedAt: Iso;
    anonymisedAt: Iso;
    messages: { direction: string; body: string; createdAt: Iso }[];
  }[];
  evaluations: {
    note: string;
    invitations: {
      offeringTitle: string;
      editionTitle: string;
      moment: string;
      invitedAt: Iso;
      closesAt: Iso;
      remindedAt: Iso;
      answered: boolean;
      answeredAt: Iso;
    }[];
  };
  sessions: { startedAt: Iso; lastSeenAt: Iso; expiresAt: Iso; browser: string | null }[];
  auditEntries: { action: string; subjectType: string | null; subjectId: string | null; at: Iso }[];
}

function titlesById<T extends { id: number }>(rows: T[], title: (row: T) => string) {
  return new Map(rows.map((r) => [r.id, title(r)]));
}

@Injectable()
export class DataExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The export for a user id; an unknown or erased account is "not found". */
  async forUser(userId: number, now = new Date()): Promise<DataExport> {
    const m = this.dataSource.manager;
    const user = await m.getRepository(User).findOneBy({ id: userId });
    if (!user || user.anonymisedAt) throw new PrivacyError(PrivacyErrorCode.NotFound);
    return this.collect(m, user, now);
  }

  /** Staff on the person's request: recorded with the acting admin and the request's reference. */
  async onRequest(admin: Actor, userId: number, reason: string, now = new Date()) {
    const data = await this.forUser(userId, now);
    await this.tx.run((m) =>
      this.audit.record(m, admin, 'privacy.exported', { type: 'user', id: userId }, { reason }),
    );
    return data;
  }

  private async collect(m: EntityManager, user: User, now: Date): Promise<DataExport> {
    const municipality = await m
      .getRepository(Municipality)
      .findOneBy({ code: user.municipalityCode });
    const [
      enrolments,
      certificates,
      calendarFeed,
      newsletter,
      network,
      trajectories,
      adviceRequests,
      sessions,
      auditEntries,
    ] = [
      await this.enrolments(m, user.id),
      await this.certificates(m, user.id),
      await this.calendarFeed(m, user.id),
      await this.newsletter(m, user),
      await this.network(m, user),
      await this.trajectories(m, user.id),
      await this.advice(m, user),
      await this.sessions(m, user.id),
      await this.auditEntries(m, user.id),
    ];
    return {
      generatedAt: now.toISOString(),
      profile: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        organisation: user.organisation,
        jobTitle: user.jobTitle,
        sector: user.sector,
        municipalityCode: user.municipalityCode,
        municipality: municipality?.name ?? null,
        skjNumber: user.skjNumber,
        locale: user.locale,
        emailVerifiedAt: iso(user.emailVerifiedAt),
        lastLoginAt: iso(user.lastLoginAt),
        createdAt: iso(user.createdAt),
        updatedAt: iso(user.updatedAt),
      },
      enrolments: enrolments.rows,
      certificates,
      calendarFeed,
      newsletter,
      network,
      trajectories,
      adviceRequests,
      evaluations: {
        note: translate(isLocale(user.locale) ? user.locale : 'nl', 'privacy.evaluations.note'),
        invitations: await this.invitations(m, enrolments.ids, enrolments.titles),
      },
      sessions,
      auditEntries,
    };
  }

  private async enrolments(m: EntityManager, userId: number) {
    const rows = await m
      .getRepository(Enrolment)
      .find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const editionIds = [...new Set(rows.map((r) => r.editionId))];
    const editions = editionIds.length
      ? await m.getRepository(Edition).findBy({ id: In(editionIds) })
      : [];
    const offeringIds = [...new Set(editions.map((e) => e.offeringId))];
    const offerings = offeringIds.length
      ? await m.getRepository(Offering).findBy({ id: In(offeringIds) })
      : [];
    const offeringTitle = titlesById(offerings, (o) => o.title);
    const editionById = new Map(editions.map((e) => [e.id, e]));
    const ids = rows.map((r) => r.id);
    const attendance = ids.length
      ? await m.getRepository(Attendance).findBy({ enrolmentId: In(ids) })
      : [];
    const meetingIds = [...new Set(attendance.map((a) => a.meetingId))];
    const meetings = meetingIds.length
      ? await m.getRepository(Meeting).findBy({ id: In(meetingIds) })
      : [];
    const meetingStart = new Map(meetings.map((mt) => [mt.id, mt.startsAt]));
    const titles = new Map<number, { offeringTitle: string; editionTitle: string }>();
    const result: DataExport['enrolments'] = rows.map((r) => {
      const edition = editionById.get(r.editionId);
      const t = {
        offeringTitle: edition ? (offeringTitle.get(edition.offeringId) ?? '') : '',
        editionTitle: edition?.title ?? '',
      };
      titles.set(r.id, t);
      return {
        id: r.id,
        ...t,
        status: r.status,
        cancelReason: r.cancelReason,
        completion: r.completion,
        editionStartsAt: iso(edition?.startsAt),
        editionEndsAt: iso(edition?.endsAt),
        enrolledAt: iso(r.createdAt),
        statusChangedAt: iso(r.statusChangedAt),
        enrolledByOther: r.enrolledBy !== null,
        attendance: attendance
          .filter((a) => a.enrolmentId === r.id)
          .map((a) => ({
            meetingStartsAt: iso(meetingStart.get(a.meetingId)),
            status: a.status,
            markedAt: iso(a.markedAt),
          }))
          .sort((a, b) => String(a.meetingStartsAt).localeCompare(String(b.meetingStartsAt))),
      };
    });
    return { rows: result, ids, titles };
  }

  private async certificates(m: EntityManager, userId: number) {
    const rows = await m
      .getRepository(Certificate)
      .find({ where: { userId }, order: { issuedAt: 'ASC', id: 'ASC' } });
    return rows.map((c) => ({
      code: c.code,
      holderName: c.holderName,
      skjNumber: c.skjNumber,
      offeringTitle: c.offeringTitle,
      editionTitle: c.editionTitle,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      studyLoadHours: c.studyLoadHours,
      skjPoints: c.skjPoints,
      issuedAt: iso(c.issuedAt),
      revokedAt: iso(c.revokedAt),
      revokeReason: c.revokeReason,
    }));
  }

  private async calendarFeed(m: EntityManager, userId: number) {
    const feed = await m.getRepository(CalendarFeed).findOneBy({ userId });
    return {
      exists: !!feed,
      createdAt: iso(feed?.createdAt),
      lastUsedAt: iso(feed?.lastUsedAt),
    };
  }

  /** Matched by the account's address (and by the link to the account). */
  private async newsletter(m: EntityManager, user: User): Promise<DataExport['newsletter']> {
    const subscriber = await m
      .getRepository(NewsletterSubscriber)
      .findOne({ where: [{ email: user.email }, { userId: user.id }], order: { id: 'ASC' } });
    if (!subscriber) return { subscription: null, consents: [] };
    const consents = await m
      .getRepository(NewsletterConsent)
      .find({ where: { subscriberId: subscriber.id }, order: { requestedAt: 'ASC', id: 'ASC' } });
    return {
      subscription: {
        email: subscriber.email,
        name: subscriber.name,
        status: subscriber.status,
        topics: subscriber.topics ? subscriber.topics.split(',') : [],
        locale: subscriber.locale,
        subscribedAt: iso(subscriber.subscribedAt),
        unsubscribedAt: iso(subscriber.unsubscribedAt),
        bouncedAt: iso(subscriber.bouncedAt),
        createdAt: iso(subscriber.createdAt),
      },
      consents: consents.map((c) => ({
        source: c.source,
        formVersion: c.formVersion,
        consentText: c.consentText,
        importNote: c.importNote,
        requestedAt: iso(c.requestedAt),
        confirmedAt: iso(c.confirmedAt),
        withdrawnAt: iso(c.withdrawnAt),
      })),
    };
  }

  private async network(m: EntityManager, user: User): Promise<DataExport['network']> {
    const memberships = await m
      .getRepository(NetworkMembership)
      .find({ where: { userId: user.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const drafts = await m
      .getRepository(NetworkDraft)
      .find({ where: { authorId: user.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const applications = await m.getRepository(NetworkApplication).find({
      where: [{ userId: user.id }, { applicantEmail: user.email }],
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const orgIds = [
      ...new Set([...memberships, ...drafts].map((r) => r.organisationId)),
    ] as number[];
    const orgs = orgIds.length
      ? await m.getRepository(NetworkOrganisation).findBy({ id: In(orgIds) })
      : [];
    const orgName = titlesById(orgs, (o) => o.name);
    return {
      memberships: memberships.map((r) => ({
        organisation: orgName.get(r.organisationId) ?? '',
        status: r.status,
        note: r.note,
        requestedAt: iso(r.createdAt),
        decidedAt: iso(r.decidedAt),
      })),
      drafts: drafts.map((r) => ({
        organisation: orgName.get(r.organisationId) ?? '',
        status: r.status,
        content: parseJson(r.content),
        createdAt: iso(r.createdAt),
        submittedAt: iso(r.submittedAt),
        decidedAt: iso(r.decidedAt),
      })),
      applications: applications.map((r) => ({
        applicantName: r.applicantName,
        applicantEmail: r.applicantEmail,
        status: r.status,
        motivation: r.motivation,
        content: parseJson(r.content),
        decisionMessage: r.decisionMessage,
        createdAt: iso(r.createdAt),
        decidedAt: iso(r.decidedAt),
      })),
    };
  }

  private async trajectories(m: EntityManager, userId: number) {
    const memberships = await m
      .getRepository(TrajectoryMember)
      .find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const logEntries = await m
      .getRepository(TrajectoryLogEntry)
      .find({ where: { authorId: userId }, order: { occurredOn: 'ASC', id: 'ASC' } });
    const actions = await m
      .getRepository(TrajectoryAction)
      .find({ where: { ownerId: userId }, order: { dueOn: 'ASC', id: 'ASC' } });
    const assessments = await m
      .getRepository(TrajectoryAssessment)
      .find({ where: { userId }, order: { submittedAt: 'ASC', id: 'ASC' } });
    const scores = assessments.length
      ? await m
          .getRepository(TrajectoryAssessmentScore)
          .findBy({ assessmentId: In(assessments.map((a) => a.id)) })
      : [];
    const ids = [
      ...new Set(
        [...memberships, ...logEntries, ...actions, ...assessments].map((r) => r.trajectoryId),
      ),
    ];
    const rows = ids.length ? await m.getRepository(Trajectory).findBy({ id: In(ids) }) : [];
    const title = titlesById(rows, (t) => t.title);
    const name = (id: number) => title.get(id) ?? '';
    return {
      memberships: memberships.map((r) => ({
        trajectory: name(r.trajectoryId),
        roleDescription: r.roleDescription,
        isContact: r.isContact,
        status: r.status,
        createdAt: iso(r.createdAt),
        removedAt: iso(r.removedAt),
      })),
      logEntries: logEntries.map((r) => ({
        trajectory: name(r.trajectoryId),
        kind: r.kind,
        occurredOn: r.occurredOn,
        title: r.title,
        body: r.body,
        otherAttendees: r.otherAttendees,
        createdAt: iso(r.createdAt),
      })),
      actions: actions.map((r) => ({
        trajectory: name(r.trajectoryId),
        title: r.title,
        description: r.description,
        dueOn: r.dueOn,
        status: r.status,
        doneAt: iso(r.doneAt),
      })),
      assessments: assessments.map((a) => ({
        trajectory: name(a.trajectoryId),
        moment: a.moment,
        submittedAt: iso(a.submittedAt),
        scores: scores
          .filter((s) => s.assessmentId === a.id)
          .map((s) => ({ factor: s.factor, score: s.score, comment: s.comment }))
          .sort((x, y) => x.factor.localeCompare(y.factor)),
      })),
    };
  }

  /**
   * The person's requests (by account, or by the same confirmed address as a visitor) and the
   * conversation; the advisers' internal notes are not theirs and stay out.
   */
  private async advice(m: EntityManager, user: User): Promise<DataExport['adviceRequests']> {
    const requests = await m.getRepository(AdviceRequest).find({
      where: [{ requesterId: user.id }, { requesterEmail: user.email }],
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    if (requests.length === 0) return [];
    const ids = requests.map((r) => r.id);
    const messages = await m
      .getRepository(AdviceMessage)
      .find({ where: { requestId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const topics = await m
      .getRepository(AdviceTopic)
      .findBy({ id: In([...new Set(requests.map((r) => r.topicId))]) });
    const topic = new Map(topics.map((t) => [t.id, user.locale === 'en' ? t.nameEn : t.nameNl]));
    const municipalities = await m
      .getRepository(Municipality)
      .findBy({ code: In([...new Set(requests.map((r) => r.municipalityCode))]) });
    const municipality = new Map(municipalities.map((g) => [g.code, g.name]));
    return requests.map((r) => ({
      reference: r.reference,
      status: r.status,
      topic: topic.get(r.topicId) ?? '',
      municipality: municipality.get(r.municipalityCode) ?? null,
      question: r.question,
      urgency: r.urgency,
      contactPreference: r.contactPreference,
      requesterName: r.requesterName,
      requesterEmail: r.requesterEmail,
      requesterPhone: r.requesterPhone,
      organisation: r.organisation,
      requesterRole: r.requesterRole,
      submittedAt: iso(r.submittedAt),
      closedAt: iso(r.closedAt),
      anonymisedAt: iso(r.anonymisedAt),
      messages: messages
        .filter((msg) => msg.requestId === r.id)
        .map((msg) => ({
          direction: msg.direction,
          body: msg.body,
          createdAt: iso(msg.createdAt),
        })),
    }));
  }

  private async invitations(
    m: EntityManager,
    enrolmentIds: number[],
    titles: Map<number, { offeringTitle: string; editionTitle: string }>,
  ): Promise<DataExport['evaluations']['invitations']> {
    if (enrolmentIds.length === 0) return [];
    const rows = await m.getRepository(EvaluationInvitation).find({
      where: { enrolmentId: In(enrolmentIds) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((r) => ({
      offeringTitle: titles.get(r.enrolmentId)?.offeringTitle ?? '',
      editionTitle: titles.get(r.enrolmentId)?.editionTitle ?? '',
      moment: r.moment,
      invitedAt: iso(r.createdAt),
      closesAt: iso(r.closesAt),
      remindedAt: iso(r.remindedAt),
      answered: r.submittedAt !== null,
      answeredAt: iso(r.submittedAt),
    }));
  }

  /** When and with which browser; never the session's contents (its CSRF secret). */
  private async sessions(m: EntityManager, userId: number) {
    const rows = await m
      .getRepository(SessionRecord)
      .find({ where: { userId }, order: { expiresAt: 'ASC' } });
    return rows.map((s) => ({
      startedAt: iso(s.createdAt),
      lastSeenAt: iso(s.lastSeenAt),
      expiresAt: iso(s.expiresAt),
      browser: s.userAgent,
    }));
  }

  /** What they did as staff: the action and its object, not the detail (it may name others). */
  private async auditEntries(m: EntityManager, userId: number) {
    const rows = await m
      .getRepository(AuditEntry)
      .find({ where: { actorId: userId }, order: { createdAt: 'ASC', id: 'ASC' }, take: 5000 });
    return rows.map((a) => ({
      action: a.action,
      subjectType: a.subjectType,
      subjectId: a.subjectId,
      at: iso(a.createdAt),
    }));
  }
}
