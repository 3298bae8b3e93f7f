import type { retentionNl } from './retention.nl';

/** Messages of retention periods (the admin page, the job) and the statements: privacy and accessibility (en). */
export const retentionEn: Record<keyof typeof retentionNl, string> = {
  'nav.retention': 'Retention',
  'retention.kind.unfinishedAccounts.label': 'Accounts never completed',
  'retention.kind.unfinishedAccounts.what':
    'Accounts whose e-mail address was never confirmed and that were never signed in to: name, e-mail address, organisation and job title.',
  'retention.kind.unfinishedAccounts.why':
    'Without confirmation nobody can use the account; an account not used for anything (no enrolment, trajectory or membership) is not kept.',
  'retention.kind.inactiveAccounts.label': 'Inactive accounts',
  'retention.kind.inactiveAccounts.what':
    'Accounts nobody signed in to for a long time, with their profile, enrolments and certificates.',
  'retention.kind.inactiveAccounts.why':
    'Professionals sometimes need their certificates years later (SKJ re-registration); after that the account is deleted, unless someone still has a place in a current or coming edition; certificates stay verifiable, without the name. Staff accounts are not deleted automatically.',
  'retention.kind.sessions.label': 'Expired sessions',
  'retention.kind.sessions.what':
    'Sign-in data of a browser: when you signed in, the browser and device.',
  'retention.kind.sessions.why': 'Needed while you are signed in; an expired session is of no use.',
  'retention.kind.accountTokens.label': 'Links in e-mails about your account',
  'retention.kind.accountTokens.what':
    'The secret links to confirm your e-mail address, reset your password or accept an invitation (only in hashed form).',
  'retention.kind.accountTokens.why':
    'A link works once and briefly; after that it is only kept a little longer to answer questions.',
  'retention.kind.loginThrottles.label': 'Counters of failed sign-ins',
  'retention.kind.loginThrottles.what':
    'The number of failed sign-ins and requests per e-mail address or IP address.',
  'retention.kind.loginThrottles.why':
    'To protect accounts against password guessing and forms against abuse.',
  'retention.kind.outboxBodies.label': 'Contents of sent e-mails',
  'retention.kind.outboxBodies.what':
    'The text of e-mails the platform sent you (confirmations, reminders, messages).',
  'retention.kind.outboxBodies.why':
    'To answer questions about an e-mail received or missed. After that the contents are erased; only address, subject and time of sending stay.',
  'retention.kind.auditLog.label': 'Log of staff actions',
  'retention.kind.auditLog.what':
    'Which of our staff did what and when (for example changing an enrolment or deleting an account).',
  'retention.kind.auditLog.why':
    'To find out who did what with your data. Two years is long enough to look into a full course period and the questions or complaints after it.',
  'retention.kind.closedAdvice.label': 'Closed advice requests (Advies op Maat)',
  'retention.kind.closedAdvice.what':
    'Your question, name, contact details, messages, notes and appointments of an advice request.',
  'retention.kind.closedAdvice.why':
    'To build on earlier advice when you ask again. After that the personal data are erased; only topic, municipality and dates stay for the statistics.',
  'retention.kind.unconfirmedAdvice.label': 'Unconfirmed advice requests',
  'retention.kind.unconfirmedAdvice.what':
    "A visitor's advice request whose e-mail address was not confirmed.",
  'retention.kind.unconfirmedAdvice.why':
    'Without confirmation we do not know whether the request really comes from the owner of the address.',
  'retention.kind.unconfirmedSubscriptions.label': 'Unconfirmed JEPzine subscriptions',
  'retention.kind.unconfirmedSubscriptions.what':
    'An e-mail address signed up for the JEPzine whose subscription was never confirmed.',
  'retention.kind.unconfirmedSubscriptions.why':
    'We only send the JEPzine after confirmation; a subscription never confirmed is not kept.',
  'retention.kind.unappliedImports.label': 'Subscriber imports never applied',
  'retention.kind.unappliedImports.what':
    'A file of subscribers a staff member uploaded but did not apply.',
  'retention.kind.unappliedImports.why':
    'The file holds e-mail addresses; what is not used is not kept.',

  'retention.from.created': 'it was created',
  'retention.from.lastLogin': 'the last sign-in',
  'retention.from.expiry': 'it expired',
  'retention.from.usedOrExpired': 'it was used or expired',
  'retention.from.window': 'the counting window ended',
  'retention.from.sent': 'it was sent',
  'retention.from.recorded': 'it was recorded',
  'retention.from.closed': 'it was closed',
  'retention.from.confirmationSent': 'the last confirmation e-mail',
  'retention.from.uploaded': 'it was uploaded',

  'retention.period.immediately': 'immediately',
  'retention.period.day': '{count} day',
  'retention.period.days': '{count} days',
  'retention.period.month': '{count} month',
  'retention.period.months': '{count} months',
  'retention.period.year': '{count} year',
  'retention.period.years': '{count} years',
  'retention.period.after': '{period} after {from}',

  'retention.mode.delete': '(deleted)',
  'retention.mode.clear': '(the contents are erased, the record stays)',
  'retention.mode.anonymise': '(anonymised)',
  'retention.mode.manual': '(to be deleted by staff)',
  'retention.source.setting': 'Set on this page.',
  'retention.source.config': 'Set with ADVICE_RETENTION_MONTHS in the configuration.',
  'retention.source.fixed': 'Fixed in the platform.',

  'retention.admin.title': 'Retention periods',
  'retention.admin.lead':
    'Every kind of personal data with its retention period. A daily job removes what has expired and records in the audit log how much.',
  'retention.admin.privacyLink': 'The privacy statement, made from these periods',
  'retention.admin.kinds': 'Kinds of data',
  'retention.admin.kind': 'Kind of data',
  'retention.admin.what': 'What it holds',
  'retention.admin.default': 'Default',
  'retention.admin.current': 'Set now',
  'retention.admin.lastRemoval': 'Last removed',
  'retention.admin.changed': 'changed',
  'retention.admin.removed': '{count} on {at}',
  'retention.admin.neverRemoved': 'Nothing yet',
  'retention.admin.lastRun': 'Last time anything was removed: {at} ({count} in all).',
  'retention.admin.noRun': 'Nothing has been removed yet.',
  'retention.admin.inactiveDue':
    'Accounts nobody signed in to for more than {period} that are now due for deletion: {count}. Anyone with a place in a current or coming edition stays, as do staff and admin accounts.',
  'retention.admin.inactiveLink': 'To the list of users',
  'retention.admin.formTitle': 'Change periods',
  'retention.admin.formLead':
    'In whole days. Periods that come from the configuration or are fixed are not listed here.',
  'retention.admin.daysHint': 'Number of days, from {min} to {max}.',
  'retention.admin.save': 'Save periods',
  'retention.admin.applyTitle': 'Apply now',
  'retention.admin.applyLead':
    'Removes at once everything that has expired under the current periods, instead of waiting for the daily job.',
  'retention.admin.apply': 'Apply now',
  'retention.admin.saved': 'The retention periods have been saved ({count} changed).',
  'retention.admin.unchanged': 'No period was changed.',
  'retention.admin.applied': 'The retention periods have been applied: {count} removed or erased.',

  'statements.footer.privacy': 'Privacy',
  'statements.footer.accessibility': 'Accessibility',

  'statements.privacy.title': 'Privacy statement',
  'statements.privacy.lead':
    'Which data Platform JEP keeps about you, why, for how long, who receives them and what your rights are.',
  'statements.privacy.who.title': 'Who we are',
  'statements.privacy.who.text':
    'Platform JEP (Youth, Education and Prevention) offers training, trajectories, advice and a network for professionals who work with young people. Platform JEP is responsible for processing your personal data on this platform.',
  'statements.privacy.who.contact': 'Send questions about privacy to:',
  'statements.privacy.what.title': 'Which data we keep and why',
  'statements.privacy.what.lead':
    'We only keep what is needed for what you do on the platform. We record nothing about individual young people.',
  'statements.privacy.area.account.title': 'Your account',
  'statements.privacy.area.account.what':
    'Name, e-mail address, organisation, job title, sector, municipality, your SKJ number if given and your language.',
  'statements.privacy.area.account.why':
    'To let you sign in, enrol and be reached. The basis is our agreement with you.',
  'statements.privacy.area.enrolments.title': 'Enrolments, attendance and certificates',
  'statements.privacy.area.enrolments.what':
    'Which courses you enrolled for, your attendance and the certificates you received.',
  'statements.privacy.area.enrolments.why':
    'To share out places, send reminders and issue certificates that you (and for example the SKJ) can verify.',
  'statements.privacy.area.newsletter.title': 'JEPzine (newsletter)',
  'statements.privacy.area.newsletter.what':
    'Your e-mail address, your name if given, the topics you choose and when you gave consent.',
  'statements.privacy.area.newsletter.why':
    'To send you the JEPzine, only after you confirmed (consent). Every JEPzine has a link to unsubscribe.',
  'statements.privacy.area.network.title': 'The network of organisations',
  'statements.privacy.area.network.what':
    'Details of organisations and the contacts they give themselves, and who manages an organisation.',
  'statements.privacy.area.network.why':
    'To let professionals and organisations find each other. The organisation chooses what is public.',
  'statements.privacy.area.trajectories.title': 'JOS trajectories',
  'statements.privacy.area.trajectories.what':
    'Who takes part in a trajectory, and its agreements, actions, reports and assessments.',
  'statements.privacy.area.trajectories.why':
    'To carry out and follow the trajectory together. Only its participants and our coaches see it.',
  'statements.privacy.area.advice.title': 'Advies op Maat',
  'statements.privacy.area.advice.what':
    'Your question, name, contact details, the messages with the adviser and the appointments.',
  'statements.privacy.area.advice.why':
    'To answer your question. After the retention period the personal data are erased.',
  'statements.privacy.area.evaluations.title': 'Evaluations',
  'statements.privacy.area.evaluations.what':
    'Your answers to evaluation questions after a course or trajectory. The answers are kept anonymously: they cannot be linked to your name.',
  'statements.privacy.area.evaluations.why':
    'To improve what we offer; we only keep who was invited, not who answered what.',
  'statements.privacy.area.security.title': 'Security and e-mail',
  'statements.privacy.area.security.what':
    'Sessions, failed sign-ins, the contents of sent e-mails and a log of staff actions.',
  'statements.privacy.area.security.why':
    'To secure the platform and your data and to find out what happened.',
  'statements.privacy.howLong.title': 'How long we keep data',
  'statements.privacy.howLong.lead':
    'The platform applies these periods automatically every day. They are shown as they are set now.',
  'statements.privacy.howLong.whyColumn': 'What and why',
  'statements.privacy.howLong.periodColumn': 'Retention period',
  'statements.privacy.howLong.manual': '(after a check by a staff member)',
  'statements.privacy.howLong.rest':
    'Your account, enrolments and certificates are kept as long as you use the account. When you delete your account, your data are erased or anonymised at once; certificates stay verifiable as "issued", without the name.',
  'statements.privacy.recipients.title': 'Who receives your data',
  'statements.privacy.recipients.text':
    'We do not sell or give your data to anyone else. Trainers and coaches only see the participants of their own courses and trajectories.',
  'statements.privacy.recipients.mail':
    'We send e-mail through our e-mail provider (SMTP), which only delivers the messages and does nothing else with them.',
  'statements.privacy.rights.title': 'Your rights',
  'statements.privacy.rights.lead': 'The GDPR gives you rights over your data:',
  'statements.privacy.rights.inspect': 'To see and download everything we keep about you:',
  'statements.privacy.rights.inspectLink': 'My privacy',
  'statements.privacy.rights.correct': 'To correct your data:',
  'statements.privacy.rights.correctLink': 'My profile',
  'statements.privacy.rights.delete': 'To delete your account and data:',
  'statements.privacy.rights.deleteLink': 'My privacy',
  'statements.privacy.rights.object':
    'To object to or restrict a processing, and to unsubscribe from the JEPzine whenever you like.',
  'statements.privacy.rights.ask':
    'Cannot do something yourself, or have a question? E-mail us and we answer within a month:',
  'statements.privacy.complaint.title': 'Making a complaint',
  'statements.privacy.complaint.text':
    'If you are not satisfied with how we handle your data, you can complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
  'statements.privacy.complaint.link': 'Autoriteit Persoonsgegevens',

  'statements.accessibility.title': 'Accessibility statement',
  'statements.accessibility.lead':
    'Platform JEP wants everyone to be able to use this platform, including people with a disability.',
  'statements.accessibility.scope.title': 'Organisation and website',
  'statements.accessibility.scope.text':
    'This statement is made by Platform JEP and applies to the website {site}, with all pages for visitors, professionals, trainers and staff.',
  'statements.accessibility.standard.title': 'The standard',
  'statements.accessibility.standard.text':
    'We test against the Web Content Accessibility Guidelines (WCAG) 2.1 at level A and AA, as the European standard EN 301 549 and the Dutch Temporary Decree on Digital Accessibility require.',
  'statements.accessibility.status.title': 'Status',
  'statements.accessibility.status.partial':
    'This website partially complies with WCAG 2.1 level AA.',
  'statements.accessibility.status.text':
    'The web pages themselves pass the automated tests. A few parts do not comply (yet):',
  'statements.accessibility.limits.title': 'Known limitations',
  'statements.accessibility.limit.pdf':
    "The certificates as PDF are not tagged: a screen reader reads the text, but without headings and reading order. A certificate's details are also shown as a web page on the verification page.",
  'statements.accessibility.limit.pdfAccents':
    "In a certificate's PDF, letters outside the Western European character set (for example ş or ł in a name) may be shown wrongly.",
  'statements.accessibility.limit.userContent':
    'Text and images that organisations and staff publish themselves (network pages, JEPzine) are not always checked for accessibility beforehand, such as the text of an image.',
  'statements.accessibility.check.title': 'How we checked this',
  'statements.accessibility.check.method':
    'On every change of the platform an automated test suite checks every page in the Chromium browser with axe (WCAG 2.1 A and AA), and checks that the content security policy (CSP) reports no violations.',
  'statements.accessibility.check.keyboard':
    'The same suite goes through the main tasks (enrolling, asking for advice, administration) with the keyboard only. A manual audit by an outside firm has not been done yet.',
  'statements.accessibility.check.last': 'Last automated test:',
  'statements.accessibility.check.summary': '{pages} pages tested, {violations} violations found.',
  'statements.accessibility.check.unknown': 'The date of the last automated test is not known.',
  'statements.accessibility.contact.title': 'Running into a problem?',
  'statements.accessibility.contact.text':
    'Is there something on this website you cannot use, or do you have a question or remark about accessibility? Let us know:',
  'statements.accessibility.contact.response':
    'You receive an acknowledgement within 5 working days and an answer within 3 weeks.',
  'statements.accessibility.enforcement.title': 'Enforcement procedure',
  'statements.accessibility.enforcement.text':
    'Not satisfied with our answer, or no answer? You can complain to the National Ombudsman (Nationale ombudsman).',
  'statements.accessibility.enforcement.link': 'Nationale ombudsman',
  'statements.accessibility.about.title': 'About this statement',
  'statements.accessibility.about.text':
    "This statement follows the Dutch government's model (toegankelijkheidsverklaring.nl). The date of the last test is updated with every automated test.",
};
