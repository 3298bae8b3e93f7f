import type { User } from '../accounts/user.entity';
import type { PublicEdition } from '../catalogue/catalogue.service';
import { registrationState } from '../catalogue/catalogue.presenter';
import { roleSatisfies } from '../common/access/role';
import { Locale, MessageKey, translate } from '../common/i18n/i18n';
import { formatDateTime } from '../common/views/format';
import type { Edition } from '../scheduling/edition.entity';
import type { Enrolment } from './enrolment.entity';
import type { EnrolmentStatus } from './enrolment-status';

export function statusLabel(status: EnrolmentStatus): MessageKey {
  return `enrolment.status.${status}`;
}

/** "Aangemeld" / "Op de wachtlijst (plaats 3)" / "Afgerond" … for lists and the dashboard. */
export function enrolmentStatusText(
  enrolment: Pick<Enrolment, 'status' | 'completion' | 'offerExpiresAt'>,
  position: number | null,
  locale: Locale,
): string {
  if (enrolment.completion)
    return translate(locale, `enrolment.completion.${enrolment.completion}`);
  if (enrolment.status === 'waitlisted' && position)
    return translate(locale, 'enrolment.status.waitlistedAt', { position });
  if (enrolment.status === 'offered' && enrolment.offerExpiresAt)
    return translate(locale, 'enrolment.status.offeredUntil', {
      deadline: formatDateTime(enrolment.offerExpiresAt, locale),
    });
  return translate(locale, statusLabel(enrolment.status));
}

/** Until when a participant may give their place back themself. */
export function cancelUntil(
  edition: Pick<Edition, 'cancellationClosesAt' | 'registrationClosesAt'>,
): Date {
  return edition.cancellationClosesAt ?? edition.registrationClosesAt;
}

export interface EnrolPanel {
  /** anonymous | open | full | notYetOpen | closed | enrolled */
  state: 'anonymous' | 'open' | 'full' | 'notYetOpen' | 'closed' | 'enrolled';
  action: string;
  loginHref: string;
  registerHref: string;
  statusText: string | null;
  status: EnrolmentStatus | null;
  manageHref: string | null;
  confirmAction: string | null;
  cancelHref: string | null;
  groupHref: string | null;
  adminHref: string | null;
}

/** The "enrol" box on /uitvoeringen/:id, for this visitor and this edition. */
export function enrolPanel(input: {
  detail: PublicEdition;
  user: Pick<User, 'id' | 'role'> | undefined;
  enrolment: Enrolment | null;
  position: number | null;
  now: Date;
  locale: Locale;
}): EnrolPanel {
  const { detail, user, enrolment, position, now, locale } = input;
  const edition = detail.edition;
  const back = encodeURIComponent(`/uitvoeringen/${edition.id}`);
  const registration = registrationState(edition, now);
  const active =
    enrolment && ['pending', 'offered', 'confirmed', 'waitlisted'].includes(enrolment.status);
  let state: EnrolPanel['state'];
  if (active || enrolment?.completion) state = 'enrolled';
  else if (!user) state = registration === 'open' ? 'anonymous' : registration;
  else if (registration !== 'open') state = registration;
  else state = edition.seatsTaken >= edition.capacity ? 'full' : 'open';
  const canCancel =
    !!active &&
    edition.status === 'published' &&
    (enrolment.status === 'waitlisted'
      ? !edition.startsAt || now < edition.startsAt
      : now < cancelUntil(edition));
  const staff = !!user && roleSatisfies(user.role, ['staff']);
  const partner = !!user && roleSatisfies(user.role, ['partner']);
  return {
    state,
    action: `/uitvoeringen/${edition.id}/aanmelden`,
    loginHref: `/inloggen?terug=${back}`,
    registerHref: `/registreren?terug=${back}`,
    status: enrolment?.status ?? null,
    statusText:
      enrolment && state === 'enrolled' ? enrolmentStatusText(enrolment, position, locale) : null,
    manageHref: enrolment && state === 'enrolled' ? `/mijn/aanmeldingen/${enrolment.id}` : null,
    confirmAction:
      enrolment?.status === 'offered' ? `/mijn/aanmeldingen/${enrolment.id}/bevestigen` : null,
    cancelHref: canCancel ? `/mijn/aanmeldingen/${enrolment.id}` : null,
    groupHref:
      partner && edition.status === 'published' && registration === 'open'
        ? `/uitvoeringen/${edition.id}/groep`
        : null,
    adminHref: staff ? `/beheer/uitvoeringen/${edition.id}/aanmeldingen` : null,
  };
}

/** The flash message after enrolling: the answer, right away. */
export function enrolledMessage(status: EnrolmentStatus): MessageKey {
  return status === 'waitlisted'
    ? 'enrolment.flash.waitlisted'
    : status === 'pending'
      ? 'enrolment.flash.pending'
      : 'enrolment.flash.confirmed';
}
