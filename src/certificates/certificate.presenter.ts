import { Locale, MessageKey, translate } from '../common/i18n/i18n';
import { formatDate } from '../common/views/format';
import type { CertificateFacts } from './certificate-facts';
import type { Certificate } from './certificate.entity';

function day(isoDate: string, locale: Locale): string {
  return formatDate(new Date(`${isoDate}T12:00:00Z`), locale);
}

export function datesText(startsOn: string, endsOn: string, locale: Locale): string {
  return startsOn === endsOn
    ? day(startsOn, locale)
    : `${day(startsOn, locale)} – ${day(endsOn, locale)}`;
}

/** The facts as label/value rows: the same on the public check and the staff pages. */
export function factRows(facts: CertificateFacts, locale: Locale) {
  const rows: { label: MessageKey; value: string }[] = [
    { label: 'certificates.field.code', value: facts.code },
    {
      label: 'certificates.field.holder',
      // Erased at the holder's request (AVG): the certificate stays valid, without the name.
      value: facts.holderName || translate(locale, 'privacy.certificate.nameErased'),
    },
  ];
  if (facts.skjNumber) rows.push({ label: 'certificates.field.skjNumber', value: facts.skjNumber });
  rows.push(
    { label: 'certificates.field.offering', value: facts.offeringTitle },
    { label: 'certificates.field.edition', value: facts.editionTitle },
    { label: 'certificates.field.dates', value: datesText(facts.startsOn, facts.endsOn, locale) },
    {
      label: 'certificates.field.studyLoad',
      value: translate(locale, 'certificates.field.studyLoadValue', {
        hours: facts.studyLoadHours,
      }),
    },
    { label: 'certificates.field.skjPoints', value: String(facts.skjPoints) },
    { label: 'certificates.field.issuedOn', value: day(facts.issuedOn, locale) },
    { label: 'certificates.field.issuer', value: facts.issuerName },
  );
  return rows;
}

/** /certificaten/:code — valid, revoked (with date and reason) or unknown. */
export function verificationPage(
  code: string,
  certificate: Certificate | null,
  facts: CertificateFacts | null,
  locale: Locale,
) {
  return {
    pageTitle: translate(locale, 'certificates.result.title', { code }),
    code,
    state: !certificate ? 'unknown' : certificate.revokedAt ? 'revoked' : 'valid',
    revokedOn: certificate?.revokedAt ? formatDate(certificate.revokedAt, locale) : null,
    revokeReason: certificate?.revokeReason ?? null,
    facts: facts ? factRows(facts, locale) : [],
  };
}

/** The list on /mijn and the staff list. */
export function certificateRow(c: Certificate, locale: Locale) {
  return {
    id: c.id,
    code: c.code,
    holderName: c.holderName,
    skjNumber: c.skjNumber,
    offeringTitle: c.offeringTitle,
    editionTitle: c.editionTitle,
    dates: datesText(c.startsOn, c.endsOn, locale),
    issuedOn: formatDate(c.issuedAt, locale),
    points: c.skjPoints,
    revoked: !!c.revokedAt,
    revokedOn: c.revokedAt ? formatDate(c.revokedAt, locale) : null,
    revokeReason: c.revokeReason,
    pdfHref: `/mijn/certificaten/${c.id}.pdf`,
    credentialHref: `/mijn/certificaten/${c.id}.jwt`,
    verifyHref: `/certificaten/${c.code}`,
    adminHref: `/beheer/certificaten/${c.id}`,
    revokeAction: `/beheer/certificaten/${c.id}/intrekken`,
  };
}
