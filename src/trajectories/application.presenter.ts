import type { Locale, MessageKey } from '../common/i18n/i18n';
import { formatDate, formatDateTime } from '../common/views/format';
import { CONTACT_ROWS, contactFields, ORGANISATION_ROWS, orgFields } from './application-form';
import type { ListedOption, QueuedApplication } from './application.service';
import { SIDE_LABEL, sideOptions, STATUS_LABEL } from './trajectory.presenter';
import type { TrajectoryOrganisationKind } from './trajectory-organisation.entity';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a visitor logs in or registers and comes back to the form. */
export const APPLY_PATH = '/jos/aanvragen';
export const LOGIN_TO_APPLY = `/inloggen?terug=${APPLY_PATH}`;

export function applicationHref(id: number): string {
  return `/beheer/jos/aanvragen/${id}`;
}

/** The rows of the form: organisation rows per side and contact rows, with their field names. */
export function applicationFormOptions(listed: Record<TrajectoryOrganisationKind, ListedOption[]>) {
  const option = (o: ListedOption) => ({
    value: String(o.id),
    label: o.city ? `${o.name} (${o.city})` : o.name,
  });
  const rows = (kind: TrajectoryOrganisationKind) =>
    Array.from({ length: ORGANISATION_ROWS }, (_, i) => ({
      n: i + 1,
      first: i === 0,
      ...orgFields(kind, i + 1),
    }));
  return {
    action: APPLY_PATH,
    sides: (['school', 'youth_work'] as const).map((kind) => ({
      kind,
      legend: `trajectories.apply.${kind}.legend` as MessageKey,
      hint: `trajectories.apply.${kind}.hint` as MessageKey,
      listedLabel: `trajectories.apply.${kind}.listed` as MessageKey,
      nameLabel: `trajectories.apply.${kind}.name` as MessageKey,
      options: listed[kind].map(option),
      rows: rows(kind),
    })),
    contacts: Array.from({ length: CONTACT_ROWS }, (_, i) => ({
      n: i + 1,
      ...contactFields(i + 1),
    })),
    sideOptions: sideOptions(),
  };
}

/** Age in whole days, "vandaag" for less than one. */
export function waitingDays(createdAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / DAY_MS));
}

/** One application in the staff queue. */
export function queueRow(a: QueuedApplication, now: Date, locale: Locale) {
  const { trajectory } = a;
  const names = (kind: TrajectoryOrganisationKind) =>
    a.organisations
      .filter((o) => o.kind === kind)
      .map((o) => o.name)
      .join(', ');
  return {
    href: applicationHref(trajectory.id),
    title: trajectory.title,
    municipality: trajectory.municipality?.name ?? '',
    province: trajectory.municipality?.province?.name ?? '',
    schools: names('school'),
    youthWork: names('youth_work'),
    applicant: a.applicant?.name ?? '',
    applicantOrganisation: a.applicant?.organisation ?? '',
    createdAt: formatDate(trajectory.createdAt, locale),
    days: waitingDays(trajectory.createdAt, now),
  };
}

/** One application as staff read it before they decide. */
export function applicationDetail(a: QueuedApplication, now: Date, locale: Locale) {
  const { trajectory } = a;
  return {
    ...queueRow(a, now, locale),
    id: trajectory.id,
    trajectoryHref: `/jos/trajecten/${trajectory.id}`,
    question: trajectory.question,
    hopedStart: trajectory.hopedStart,
    createdAtFull: formatDateTime(trajectory.createdAt, locale),
    applicantEmail: a.applicant?.email ?? '',
    organisations: a.organisations.map((o) => ({
      name: o.name,
      kind: SIDE_LABEL[o.kind],
      listed: o.networkOrganisationId !== null,
    })),
    open: trajectory.status === 'active' && trajectory.phase?.key === 'aanvraag',
    statusLabel: STATUS_LABEL[trajectory.status],
    closingReason: trajectory.closingReason ?? '',
    takeOnAction: `${applicationHref(trajectory.id)}/aannemen`,
    declineAction: `${applicationHref(trajectory.id)}/afwijzen`,
  };
}
