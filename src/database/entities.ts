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
];
