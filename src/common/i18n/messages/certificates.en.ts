import type { certificatesNl } from './certificates.nl';

/** Messages of certificates (en). */
export const certificatesEn: Record<keyof typeof certificatesNl, string> = {
  'certificates.error.notEnded': 'This is possible only after the edition\u2019s last meeting.',
  'certificates.error.notFinalisable': 'Only a published or completed edition can be finalised.',
  'certificates.error.reasonRequired': 'Enter a reason.',
  'certificates.error.reasonTooLong': 'The reason is too long (at most 500 characters).',
  'certificates.error.alreadyRevoked': 'This certificate has already been revoked.',
  'certificates.error.notAParticipant':
    'Only a participant with a confirmed place can get a certificate.',
  'certificates.error.credentialMissing': 'Paste a digital certificate or choose a file.',
  'certificates.error.credentialTooLarge':
    'That file is too large for a digital certificate (at most 64 kB).',

  'certificates.verify.title': 'Verify a certificate',
  'certificates.verify.intro':
    'Check whether a Platform JEP certificate is genuine. Enter the certificate number (it is on the certificate, below the QR code), or paste or choose the digital certificate.',
  'certificates.verify.code': 'Certificate number',
  'certificates.verify.codeHint': 'For example JEP-7K4M-9Q2X-H3TD-PW8C.',
  'certificates.verify.check': 'Verify',
  'certificates.verify.credentialTitle': 'Verify a digital certificate',
  'certificates.verify.credential': 'Digital certificate (paste)',
  'certificates.verify.credentialHint':
    'The text of the certificate file (.jwt), as the participant gave it to you.',
  'certificates.verify.file': 'Or choose the file',
  'certificates.verify.checkCredential': 'Verify digital certificate',
  'certificates.result.title': 'Certificate {code}',
  'certificates.result.valid': 'This certificate is valid.',
  'certificates.result.revoked': 'This certificate was revoked on {date}.',
  'certificates.result.unknown': 'There is no certificate with this number.',
  'certificates.result.unknownHint':
    'Check the number on the certificate. If it is right, the certificate was not issued by Platform JEP.',
  'certificates.result.compare':
    'Compare these details with the certificate you were given. If they differ, the certificate has been altered.',
  'certificates.field.code': 'Certificate number',
  'certificates.field.holder': 'Awarded to',
  'certificates.field.skjNumber': 'SKJ registration number',
  'certificates.field.offering': 'Training',
  'certificates.field.edition': 'Edition',
  'certificates.field.dates': 'Dates',
  'certificates.field.studyLoad': 'Study load',
  'certificates.field.studyLoadValue': '{hours} hours',
  'certificates.field.skjPoints': 'SKJ points',
  'certificates.field.issuedOn': 'Issued on',
  'certificates.field.issuer': 'Issued by',
  'certificates.field.status': 'Status',
  'certificates.field.revokeReason': 'Reason for revocation',
  'certificates.credential.signatureValid':
    'The digital signature is genuine: the certificate comes from Platform JEP and has not been altered.',
  'certificates.credential.signatureInvalid':
    'The digital signature does not match: the certificate was altered or not signed by Platform JEP.',
  'certificates.credential.unknownKey':
    'This certificate was signed with a key Platform JEP does not know.',
  'certificates.credential.otherIssuer': 'This certificate was not issued by Platform JEP.',
  'certificates.credential.malformed': 'This is not a readable digital certificate.',
  'certificates.credential.statusValid': 'The certificate has not been revoked.',
  'certificates.credential.statusRevoked': 'But the certificate has been revoked.',
  'certificates.credential.statusUnknown': 'Platform JEP does not know this certificate number.',
  'certificates.credential.title': 'Result of the check',

  'certificates.mine.title': 'My certificates',
  'certificates.mine.none': 'You have no certificates yet.',
  'certificates.mine.pdf': 'Certificate (pdf) {offering}',
  'certificates.mine.credential': 'Digital certificate (Open Badges) {offering}',
  'certificates.mine.check': 'Public check',
  'certificates.mine.revoked': 'revoked',

  'certificates.admin.title': 'Certificates: {edition}',
  'certificates.admin.heading': 'Certificates',
  'certificates.admin.back': 'Back to the edition',
  'certificates.admin.finalise': 'Finalise the edition and issue certificates',
  'certificates.admin.finaliseHint':
    'After the last meeting: decides who completed the training (by the offering\u2019s rule and the attendance) and gives them a certificate. Finalising again only issues to those who have none yet.',
  'certificates.admin.finalised': 'The edition is finalised: {count} certificate(s) issued.',
  'certificates.admin.zip': 'All certificates (zip)',
  'certificates.admin.skj': 'SKJ overview',
  'certificates.admin.none': 'No certificates yet.',
  'certificates.admin.revoke': 'Revoke',
  'certificates.admin.revokeLabel': 'Reason to revoke {code}',
  'certificates.admin.revoked': 'Certificate {code} has been revoked.',
  'certificates.admin.issueTitle': 'Issue a certificate by hand',
  'certificates.admin.issueHint':
    'For a participant of this edition, for example after a correction. If they already have a valid certificate, it is revoked and replaced.',
  'certificates.admin.participant': 'Participant',
  'certificates.admin.reason': 'Reason',
  'certificates.admin.issue': 'Issue',
  'certificates.admin.issued': 'Certificate {code} has been issued.',
  'certificates.admin.valid': 'valid',

  'mail.certificate-issued.subject': 'Your certificate: {offering}',
  'mail.certificate-issued.intro':
    'Congratulations! You completed {offering}, {edition}. Your certificate is ready on My JEP.',
  'mail.certificate-issued.download': 'Download the certificate (pdf)',
  'mail.certificate-issued.verify': 'Anyone can check the certificate with the number {code} at:',
};
