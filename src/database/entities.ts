import { RetentionSetting } from '../retention/retention-setting.entity';
import { RecoveryCode } from '../two-factor/recovery-code.entity';
import { UserTwoFactor } from '../two-factor/two-factor.entity';
import { EvaluationAnswer } from '../evaluations/evaluation-answer.entity';
import { EvaluationInvitation } from '../evaluations/evaluation-invitation.entity';
import { EvaluationResponse } from '../evaluations/evaluation-response.entity';
import { OfferingQuestionnaire } from '../evaluations/offering-questionnaire.entity';
import { QuestionnaireItem } from '../evaluations/questionnaire-item.entity';
import { QuestionnaireSection } from '../evaluations/questionnaire-section.entity';
import { Questionnaire } from '../evaluations/questionnaire.entity';
import { AdviceAppointment } from '../advice/advice-appointment.entity';
import { AdviceFollowUp } from '../advice/advice-follow-up.entity';
import { AdviceMessage } from '../advice/advice-message.entity';
import { AdviceNote } from '../advice/advice-note.entity';
import { AdviceOverdueDigest } from '../advice/advice-overdue-digest.entity';
import { AdviceRequest } from '../advice/advice-request.entity';
import { AdviceStatusChange } from '../advice/advice-status-change.entity';
import { AdviceTopic } from '../advice/advice-topic.entity';
import { TrajectoryAction } from '../trajectories/trajectory-action.entity';
import { TrajectoryAssessmentScore } from '../trajectories/trajectory-assessment-score.entity';
import { TrajectoryAssessment } from '../trajectories/trajectory-assessment.entity';
import { TrajectoryLink } from '../trajectories/trajectory-link.entity';
import { TrajectoryLogAttendee } from '../trajectories/trajectory-log-attendee.entity';
import { TrajectoryLogEntry } from '../trajectories/trajectory-log-entry.entity';
import { TrajectoryMember } from '../trajectories/trajectory-member.entity';
import { TrajectoryOrganisation } from '../trajectories/trajectory-organisation.entity';
import { TrajectoryPhaseChange } from '../trajectories/trajectory-phase-change.entity';
import { TrajectoryPhase } from '../trajectories/trajectory-phase.entity';
import { Trajectory } from '../trajectories/trajectory.entity';
import { AccountToken } from '../accounts/account-token.entity';
import { LoginThrottle } from '../accounts/login-throttle.entity';
import { SessionRecord } from '../accounts/session.entity';
import { User } from '../accounts/user.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { CalendarFeed } from '../calendar/calendar-feed.entity';
import { Certificate } from '../certificates/certificate.entity';
import { Offering } from '../catalogue/offering.entity';
import { Attendance } from '../enrolments/attendance.entity';
import { EnrolmentReminder } from '../enrolments/enrolment-reminder.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { Municipality } from '../geo/municipality.entity';
import { Province } from '../geo/province.entity';
import { OutboxMessage } from '../mail/outbox-message.entity';
import { NewsletterConsent } from '../newsletter/consent.entity';
import { NewsletterDelivery } from '../newsletter/delivery.entity';
import { NewsletterIssue } from '../newsletter/issue.entity';
import { NewsletterImport } from '../newsletter/subscriber-import.entity';
import { NewsletterSubscriber } from '../newsletter/subscriber.entity';
import { NetworkApplication } from '../network/application.entity';
import { NetworkContact } from '../network/contact.entity';
import { NetworkDraft } from '../network/draft.entity';
import { NetworkMembership } from '../network/membership.entity';
import {
  NetworkOrganisationExpertise,
  NetworkOrganisationMunicipality,
  NetworkOrganisationProvince,
} from '../network/organisation-places.entity';
import { NetworkOrganisation } from '../network/organisation.entity';
import { EditionTrainer } from '../scheduling/edition-trainer.entity';
import { Edition } from '../scheduling/edition.entity';
import { Meeting } from '../scheduling/meeting.entity';

/** Every entity of the application; the data source and the schema check use this one list. */
export const ENTITIES = [
  Province,
  Municipality,
  User,
  AccountToken,
  LoginThrottle,
  SessionRecord,
  OutboxMessage,
  AuditEntry,
  Offering,
  Edition,
  Meeting,
  EditionTrainer,
  Enrolment,
  Attendance,
  EnrolmentReminder,
  CalendarFeed,
  Certificate,
  NewsletterSubscriber,
  NewsletterConsent,
  NewsletterIssue,
  NewsletterDelivery,
  NewsletterImport,
  NetworkOrganisation,
  NetworkOrganisationExpertise,
  NetworkOrganisationProvince,
  NetworkOrganisationMunicipality,
  NetworkContact,
  NetworkMembership,
  NetworkDraft,
  NetworkApplication,
  TrajectoryPhase,
  Trajectory,
  TrajectoryOrganisation,
  TrajectoryMember,
  TrajectoryPhaseChange,
  TrajectoryLogEntry,
  TrajectoryLogAttendee,
  TrajectoryAction,
  TrajectoryLink,
  TrajectoryAssessment,
  TrajectoryAssessmentScore,
  AdviceTopic,
  AdviceRequest,
  AdviceMessage,
  AdviceNote,
  AdviceAppointment,
  AdviceStatusChange,
  AdviceFollowUp,
  AdviceOverdueDigest,
  Questionnaire,
  QuestionnaireSection,
  QuestionnaireItem,
  OfferingQuestionnaire,
  EvaluationInvitation,
  EvaluationResponse,
  EvaluationAnswer,
  UserTwoFactor,
  RecoveryCode,
  RetentionSetting,
];
