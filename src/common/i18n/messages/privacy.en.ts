import type { privacyNl } from './privacy.nl';

/** Messages of the AVG rights: the data download and deleting an account (/mijn/privacy, staff on request) (en). */
export const privacyEn: Record<keyof typeof privacyNl, string> = {
  'admin.user.privacyLink': 'View or delete data on request (GDPR)',
  'privacy.overview.title': 'Your data and privacy',
  'privacy.overview.lead':
    'See which data Platform JEP keeps about you and why, download it, and delete your account.',
  'privacy.overview.whatTitle': 'What we keep about you, and why',
  'privacy.overview.what.account':
    'Your account: name, e-mail address, organisation, job, sector, municipality and your SKJ number if given, so you can sign in and we can reach you.',
  'privacy.overview.what.enrolments':
    'Your enrolments, attendance and certificates, to run trainings and to show that you took part (also for SKJ points).',
  'privacy.overview.what.advice': 'Your advice requests and their messages, to advise you.',
  'privacy.overview.what.trajectories':
    'Your part in JOS trajectories: your role, the log entries you wrote, the actions you own and your self-assessments.',
  'privacy.overview.what.newsletter': 'Your JEPzine subscription and the consent you gave for it.',
  'privacy.overview.what.network':
    'Your links to organisations in the network, your proposals and applications.',
  'privacy.overview.what.evaluations':
    'Which evaluations you were invited to and whether you answered. Your answers themselves are kept anonymously.',
  'privacy.overview.what.sessions':
    'Your sessions (when you signed in, with which browser) and, if you are staff, what you did in the staff area.',
  'privacy.overview.noYoungPeople': 'This platform stores no data about individual young people.',
  'privacy.overview.downloadTitle': 'Download your data',
  'privacy.overview.downloadText':
    'Download everything we keep about you as a file (JSON, to take to another service) or view it as a page you can print.',
  'privacy.overview.downloadJson': 'Download as JSON',
  'privacy.overview.viewPage': 'View as a page',
  'privacy.overview.deleteTitle': 'Delete your account',
  'privacy.overview.deleteText':
    'You can have your account deleted. Before you confirm, you read exactly what happens.',
  'privacy.overview.deleteLink': 'Delete your account',

  'privacy.data.title': 'All the data we keep about you',
  'privacy.data.generatedAt': 'Made on {date}.',
  'privacy.data.contents': 'Contents',
  'privacy.data.profile': 'Profile',
  'privacy.data.enrolments': 'Enrolments and attendance',
  'privacy.data.certificates': 'Certificates',
  'privacy.data.calendarFeed': 'Calendar subscription',
  'privacy.data.calendarFeedExists': 'You have a personal calendar link',
  'privacy.data.calendarFeedNone': 'You have no personal calendar link.',
  'privacy.data.newsletter': 'JEPzine and consent',
  'privacy.data.newsletterNone': 'You are not subscribed to JEPzine.',
  'privacy.data.network': 'Network',
  'privacy.data.trajectories': 'JOS trajectories',
  'privacy.data.advice': 'Advice requests and messages',
  'privacy.data.evaluations': 'Evaluations',
  'privacy.data.sessions': 'Sessions',
  'privacy.data.audit': 'Your actions in the staff area',
  'privacy.data.none': 'We keep nothing of yours here.',
  'privacy.data.yes': 'yes',
  'privacy.data.no': 'no',
  'privacy.data.consentLine':
    'Asked {requested}, confirmed {confirmed} (text version {version}): {text}',
  'privacy.data.membershipOf': 'Link to {name}',
  'privacy.data.draftOf': 'Proposal for the listing of {name}',
  'privacy.data.application': 'Application of an organisation',
  'privacy.data.memberOf': 'Member of {name}',
  'privacy.data.logEntry': 'Log {name}: {title}',
  'privacy.data.action': 'Action in {name}: {title}',
  'privacy.data.assessment': 'Self-assessment in {name}',
  'privacy.data.fromYou': 'from you',
  'privacy.data.toYou': 'to you',
  'privacy.data.unknownBrowser': 'Unknown browser',
  'privacy.evaluations.note':
    'Submitted evaluations are kept anonymously, without any link to you. That is why your answers are not in this overview: nobody can trace them back to you, not even we.',
  'privacy.completion.completed': 'completed',
  'privacy.completion.not_completed': 'not completed',
  'privacy.membership.requested': 'requested',
  'privacy.membership.active': 'active',
  'privacy.membership.declined': 'declined',

  'privacy.field.email': 'E-mail address',
  'privacy.field.name': 'Name',
  'privacy.field.role': 'Role',
  'privacy.field.organisation': 'Organisation',
  'privacy.field.jobTitle': 'Job',
  'privacy.field.sector': 'Sector',
  'privacy.field.municipality': 'Municipality',
  'privacy.field.skjNumber': 'SKJ number',
  'privacy.field.locale': 'Language',
  'privacy.field.emailVerifiedAt': 'E-mail address confirmed on',
  'privacy.field.lastLoginAt': 'Last signed in',
  'privacy.field.createdAt': 'Created on',
  'privacy.field.status': 'Status',
  'privacy.field.completion': 'Completion',
  'privacy.field.startsAt': 'Starts',
  'privacy.field.endsAt': 'Ends',
  'privacy.field.enrolledAt': 'Enrolled on',
  'privacy.field.statusChangedAt': 'Status changed on',
  'privacy.field.enrolledByOther': 'Enrolled by someone else',
  'privacy.field.attendance': 'Attendance',
  'privacy.field.code': 'Certificate number',
  'privacy.field.dates': 'Dates',
  'privacy.field.skjPoints': 'SKJ points',
  'privacy.field.issuedAt': 'Issued on',
  'privacy.field.revokedAt': 'Revoked on',
  'privacy.field.lastUsedAt': 'Last used',
  'privacy.field.topics': 'Topics',
  'privacy.field.subscribedAt': 'Subscribed on',
  'privacy.field.unsubscribedAt': 'Unsubscribed on',
  'privacy.field.consents': 'Consents',
  'privacy.field.note': 'Note',
  'privacy.field.decidedAt': 'Decided on',
  'privacy.field.submittedAt': 'Submitted on',
  'privacy.field.motivation': 'Motivation',
  'privacy.field.roleDescription': 'Your role',
  'privacy.field.isContact': 'Contact person',
  'privacy.field.removedAt': 'Ended on',
  'privacy.field.occurredOn': 'Date',
  'privacy.field.body': 'Text',
  'privacy.field.otherAttendees': 'Others present',
  'privacy.field.description': 'Description',
  'privacy.field.dueOn': 'Due',
  'privacy.field.doneAt': 'Done on',
  'privacy.field.moment': 'Moment',
  'privacy.field.scores': 'Scores',
  'privacy.field.question': 'Question',
  'privacy.field.phone': 'Phone',
  'privacy.field.closedAt': 'Closed on',
  'privacy.field.messages': 'Messages',
  'privacy.field.invitedAt': 'Invited on',
  'privacy.field.answered': 'Answered',
  'privacy.field.answeredAt': 'Answered on',
  'privacy.field.startedAt': 'Started',
  'privacy.field.lastSeenAt': 'Last active',
  'privacy.field.expiresAt': 'Expires',
  'privacy.field.subject': 'Object',
  'privacy.field.at': 'Moment',

  'privacy.delete.title': 'Delete your account',
  'privacy.delete.lead':
    'First read what happens when you delete your account. This cannot be undone.',
  'privacy.delete.whatTitle': 'What happens',
  'privacy.delete.what.profile':
    'Your name, e-mail address, organisation, job, SKJ number and password are erased. You can no longer sign in.',
  'privacy.delete.what.signOut':
    'You are signed out everywhere; your personal calendar link and any two-step verification are removed.',
  'privacy.delete.what.enrolments':
    'Your enrolments in trainings that have not started yet are cancelled; your place goes to the first on the waiting list.',
  'privacy.delete.what.certificates':
    'Your certificates can still be checked as "issued", but without your name and SKJ number. Keep your PDF if you still need them.',
  'privacy.delete.what.advice': 'Your advice requests and their messages are anonymised.',
  'privacy.delete.what.newsletter': 'Your JEPzine subscription and its consent are removed.',
  'privacy.delete.what.network': 'Your links to organisations in the network are removed.',
  'privacy.delete.what.trajectories':
    'You are removed from JOS trajectories; what you wrote in the log stays with the trajectory, without your name.',
  'privacy.delete.what.evaluations':
    'Evaluation invitations are removed; submitted answers were anonymous already and stay so.',
  'privacy.delete.what.statistics':
    'The statistics keep their counts (for instance how many people took a training), without anything leading back to you.',
  'privacy.delete.final':
    'Deleting is final. Do you want to keep your data? Download it before you go on.',
  'privacy.delete.downloadFirst': 'View or download your data first',
  'privacy.delete.password': 'Your password',
  'privacy.delete.confirm':
    'I understand that my account and personal data will be deleted for good',
  'privacy.delete.confirmRequired': 'Tick to confirm that you understand what happens',
  'privacy.delete.submit': 'Delete account for good',
  'privacy.delete.wrongPassword': 'This password is not right',
  'privacy.delete.adminRefused':
    'As an administrator you cannot delete your own account here. Ask another administrator to do it for you.',

  'privacy.deleted.title': 'Your account has been deleted',
  'privacy.deleted.text':
    'Your account has been deleted and you are signed out. Your personal data has been erased or anonymised.',
  'privacy.deleted.certificates':
    'Your certificates can still be checked as issued, without your name. You will receive one more confirmation by e-mail.',
  'privacy.deleted.home': 'To the home page',

  'privacy.certificate.nameErased': 'Name removed at the holder’s request',

  'privacy.admin.title': 'Privacy request',
  'privacy.admin.backToUser': 'Back to the user',
  'privacy.admin.lead':
    'Use this only at the person’s own request (GDPR). Mention the request; it is recorded with your name in the audit log.',
  'privacy.admin.reason': 'Request or reference',
  'privacy.admin.reasonHint': 'For example: e-mail of 12 March, reference AVG-2026-004',
  'privacy.admin.exportTitle': 'Provide the data',
  'privacy.admin.format': 'Form',
  'privacy.admin.formatJson': 'File (JSON)',
  'privacy.admin.formatPage': 'Readable page',
  'privacy.admin.exportSubmit': 'Provide the data',
  'privacy.admin.deleteTitle': 'Delete the account',
  'privacy.admin.confirm': 'The person asked for deletion and knows what happens',
  'privacy.admin.deleteSubmit': 'Delete account for good',
  'privacy.admin.deleted': 'The account has been deleted and its data erased or anonymised.',
  'privacy.admin.ownAccount': 'You do not delete your own account here: ask another administrator.',

  'mail.account-deleted.subject': 'Your Platform JEP account has been deleted',
  'mail.account-deleted.text':
    'At your request we deleted your Platform JEP account. Your personal data has been erased or anonymised and you can no longer sign in.',
  'mail.account-deleted.enrolments':
    'Your enrolments in trainings that had not started yet ({count}) have been cancelled.',
  'mail.account-deleted.certificates':
    'Your certificates can still be checked as issued, but without your name.',
  'mail.account-deleted.notYou': 'Did you not ask for this? Please contact us as soon as possible.',
};
