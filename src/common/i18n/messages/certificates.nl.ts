/** Messages of certificates: issuing, the public check, own certificates, e-mails (nl). */
export const certificatesNl = {
  'certificates.error.notEnded': 'Dit kan pas na de laatste bijeenkomst van de uitvoering.',
  'certificates.error.notFinalisable':
    'Alleen een gepubliceerde of afgeronde uitvoering kan worden afgerond.',
  'certificates.error.reasonRequired': 'Vul een reden in.',
  'certificates.error.reasonTooLong': 'De reden is te lang (hoogstens 500 tekens).',
  'certificates.error.alreadyRevoked': 'Dit certificaat is al ingetrokken.',
  'certificates.error.notAParticipant':
    'Alleen een deelnemer met een bevestigde plaats kan een certificaat krijgen.',
  'certificates.error.credentialMissing': 'Plak een digitaal certificaat of kies een bestand.',
  'certificates.error.credentialTooLarge':
    'Dat bestand is te groot voor een digitaal certificaat (hoogstens 64 kB).',

  'certificates.verify.title': 'Certificaat controleren',
  'certificates.verify.intro':
    'Controleer of een certificaat van Platform JEP echt is. Vul het certificaatnummer in (het staat op het certificaat, onder de QR-code), of plak of kies het digitale certificaat.',
  'certificates.verify.code': 'Certificaatnummer',
  'certificates.verify.codeHint': 'Bijvoorbeeld JEP-7K4M-9Q2X-H3TD-PW8C.',
  'certificates.verify.check': 'Controleren',
  'certificates.verify.credentialTitle': 'Een digitaal certificaat controleren',
  'certificates.verify.credential': 'Digitaal certificaat (plakken)',
  'certificates.verify.credentialHint':
    'De tekst van het certificaat-bestand (.jwt), zoals u die van de deelnemer kreeg.',
  'certificates.verify.file': 'Of kies het bestand',
  'certificates.verify.checkCredential': 'Digitaal certificaat controleren',
  'certificates.result.title': 'Certificaat {code}',
  'certificates.result.valid': 'Dit certificaat is geldig.',
  'certificates.result.revoked': 'Dit certificaat is ingetrokken op {date}.',
  'certificates.result.unknown': 'Er is geen certificaat met dit nummer.',
  'certificates.result.unknownHint':
    'Controleer het nummer op het certificaat. Klopt het wel, dan is het certificaat niet door Platform JEP uitgegeven.',
  'certificates.result.compare':
    'Vergelijk deze gegevens met het certificaat dat u hebt gekregen. Wijken ze af, dan is het certificaat veranderd.',
  'certificates.field.code': 'Certificaatnummer',
  'certificates.field.holder': 'Op naam van',
  'certificates.field.skjNumber': 'SKJ-registratienummer',
  'certificates.field.offering': 'Training',
  'certificates.field.edition': 'Uitvoering',
  'certificates.field.dates': 'Data',
  'certificates.field.studyLoad': 'Studiebelasting',
  'certificates.field.studyLoadValue': '{hours} uur',
  'certificates.field.skjPoints': 'SKJ-punten',
  'certificates.field.issuedOn': 'Uitgegeven op',
  'certificates.field.issuer': 'Uitgegeven door',
  'certificates.field.status': 'Status',
  'certificates.field.revokeReason': 'Reden van intrekken',
  'certificates.credential.signatureValid':
    'De digitale handtekening is echt: het certificaat komt van Platform JEP en is niet veranderd.',
  'certificates.credential.signatureInvalid':
    'De digitale handtekening klopt niet: het certificaat is veranderd of niet door Platform JEP ondertekend.',
  'certificates.credential.unknownKey':
    'Dit certificaat is ondertekend met een sleutel die Platform JEP niet kent.',
  'certificates.credential.otherIssuer': 'Dit certificaat is niet door Platform JEP uitgegeven.',
  'certificates.credential.malformed': 'Dit is geen leesbaar digitaal certificaat.',
  'certificates.credential.statusValid': 'Het certificaat is niet ingetrokken.',
  'certificates.credential.statusRevoked': 'Maar het certificaat is ingetrokken.',
  'certificates.credential.statusUnknown': 'Het certificaatnummer is bij Platform JEP niet bekend.',
  'certificates.credential.title': 'Uitslag van de controle',

  'certificates.mine.title': 'Mijn certificaten',
  'certificates.mine.none': 'U hebt nog geen certificaten.',
  'certificates.mine.pdf': 'Certificaat (pdf) {offering}',
  'certificates.mine.credential': 'Digitaal certificaat (Open Badges) {offering}',
  'certificates.mine.check': 'Openbare controle',
  'certificates.mine.revoked': 'ingetrokken',

  'certificates.admin.title': 'Certificaten: {edition}',
  'certificates.admin.heading': 'Certificaten',
  'certificates.admin.back': 'Terug naar de uitvoering',
  'certificates.admin.finalise': 'Uitvoering afronden en certificaten uitgeven',
  'certificates.admin.finaliseHint':
    'Na de laatste bijeenkomst: bepaalt wie de training heeft afgerond (volgens de regel van het aanbod en de presentie) en geeft hun een certificaat. Nog eens afronden geeft alleen wie er nog geen heeft er een.',
  'certificates.admin.finalised':
    'De uitvoering is afgerond: {count} certificaat/certificaten uitgegeven.',
  'certificates.admin.zip': 'Alle certificaten (zip)',
  'certificates.admin.skj': 'SKJ-overzicht',
  'certificates.admin.none': 'Nog geen certificaten.',
  'certificates.admin.revoke': 'Intrekken',
  'certificates.admin.revokeLabel': 'Reden om {code} in te trekken',
  'certificates.admin.revoked': 'Certificaat {code} is ingetrokken.',
  'certificates.admin.issueTitle': 'Certificaat met de hand uitgeven',
  'certificates.admin.issueHint':
    'Voor een deelnemer van deze uitvoering, bijvoorbeeld na een correctie. Heeft die al een geldig certificaat, dan wordt dat ingetrokken en vervangen.',
  'certificates.admin.participant': 'Deelnemer',
  'certificates.admin.reason': 'Reden',
  'certificates.admin.issue': 'Uitgeven',
  'certificates.admin.issued': 'Certificaat {code} is uitgegeven.',
  'certificates.admin.valid': 'geldig',

  'mail.certificate-issued.subject': 'Uw certificaat: {offering}',
  'mail.certificate-issued.intro':
    'Gefeliciteerd! U hebt {offering}, {edition} afgerond. Uw certificaat staat klaar op Mijn JEP.',
  'mail.certificate-issued.download': 'Certificaat downloaden (pdf)',
  'mail.certificate-issued.verify':
    'Iedereen kan het certificaat controleren met het nummer {code} op:',
};
