import { retentionEn } from './messages/retention.en';
import { privacyEn } from './messages/privacy.en';
import { twoFactorEn } from './messages/two-factor.en';
import { periodEn } from './messages/period.en';
import { reportsDashboardEn } from './messages/reports-dashboard.en';
import { evaluationsReportsEn } from './messages/evaluations-reports.en';
import { evaluationsAnswerEn } from './messages/evaluations-answer.en';
import { evaluationsEn } from './messages/evaluations.en';
import { adviceReportsEn } from './messages/advice-reports.en';
import { adviceHandlingEn } from './messages/advice-handling.en';
import { adviceEn } from './messages/advice.en';
import { trajectoriesAdminEn } from './messages/trajectories-admin.en';
import { trajectoriesWorkEn } from './messages/trajectories-work.en';
import { trajectoriesEn } from './messages/trajectories.en';
import { networkEn } from './messages/network.en';
import { networkSearchEn } from './messages/network-search.en';
import { networkOrganisationEn } from './messages/network-organisation.en';
import { networkModerationEn } from './messages/network-moderation.en';
import { networkFreshnessEn } from './messages/network-freshness.en';
import { newsletterEn } from './messages/newsletter.en';
import { newsletterSubscriptionEn } from './messages/newsletter-subscription.en';
import { newsletterSubscribersEn } from './messages/newsletter-subscribers.en';
import { newsletterArchiveEn } from './messages/newsletter-archive.en';
import { newsletterIssuesEn } from './messages/newsletter-issues.en';
import { agendaEn } from './messages/agenda.en';
import { certificatesEn } from './messages/certificates.en';
import { skjEn } from './messages/skj.en';
import { enrolmentEn } from './messages/enrolment.en';
import { attendanceEn } from './messages/attendance.en';
import { calendarEn } from './messages/calendar.en';
import { groupEn } from './messages/group.en';
import { dashboardEn } from './messages/dashboard.en';
import { catalogueEn } from './messages/catalogue.en';
import { schedulingEn } from './messages/scheduling.en';
import type { nl } from './nl';

/** The English message catalogue; every key of the Dutch one, no more. */
export const en: Record<keyof typeof nl, string> = {
  ...catalogueEn,
  ...schedulingEn,
  ...agendaEn,
  ...certificatesEn,
  ...skjEn,
  ...enrolmentEn,
  ...attendanceEn,
  ...calendarEn,
  ...groupEn,
  ...dashboardEn,
  ...newsletterEn,
  ...newsletterSubscriptionEn,
  ...newsletterSubscribersEn,
  ...newsletterArchiveEn,
  ...newsletterIssuesEn,
  ...networkEn,
  ...networkSearchEn,
  ...networkOrganisationEn,
  ...networkModerationEn,
  ...networkFreshnessEn,
  ...trajectoriesEn,
  ...trajectoriesWorkEn,
  ...trajectoriesAdminEn,
  ...adviceEn,
  ...adviceHandlingEn,
  ...adviceReportsEn,
  ...evaluationsEn,
  ...evaluationsAnswerEn,
  ...evaluationsReportsEn,
  ...reportsDashboardEn,
  ...periodEn,
  ...twoFactorEn,
  ...privacyEn,
  ...retentionEn,
  'layout.skipLink': 'Skip to main content',
  'layout.mainNav': 'Main menu',
  'layout.languageNav': 'Language',
  'layout.login': 'Sign in',
  'layout.register': 'Create an account',
  'layout.logout': 'Sign out',
  'layout.footer.about':
    'Platform JEP — preventing extremism and polarisation among young people. For professionals who work with young people.',
  'layout.footer.status': 'Platform status',

  'locale.nl': 'Nederlands',
  'locale.en': 'English',

  'nav.home': 'Home',
  'nav.catalogue': 'Courses',
  'nav.offerings': 'Manage courses',
  'nav.editions': 'Editions',
  'nav.about': 'About JEP',
  'nav.mine': 'My JEP',
  'nav.staff': 'Management',
  'nav.users': 'Users',
  'nav.audit': 'Audit log',
  'nav.mailbox': 'Mailbox',

  'role.professional': 'Professional',
  'role.partner': 'Network partner',
  'role.trainer': 'Trainer',
  'role.staff': 'JEP staff member',
  'role.admin': 'Administrator',

  'userStatus.active': 'Active',
  'userStatus.unverified': 'Email address not confirmed',
  'userStatus.deactivated': 'Deactivated',

  'sector.onderwijs': 'Education',
  'sector.jongerenwerk': 'Youth work',
  'sector.gemeente': 'Municipality',
  'sector.jeugdhulp': 'Youth care',
  'sector.zorg-welzijn': 'Health and social care',
  'sector.politie-justitie': 'Police and justice',
  'sector.anders': 'Other',

  'forms.errorSummary': 'There is a problem',
  'forms.errorTitlePrefix': 'Error:',
  'forms.errorPrefix': 'Error:',
  'forms.optional': 'optional',
  'forms.choose': 'Select an option',
  'forms.chooseMunicipality': 'Select a municipality',
  'forms.save': 'Save',
  'forms.cancel': 'Cancel',

  'validation.required': 'Fill in this field.',
  'validation.invalid': 'This value is not valid.',
  'validation.email': 'Enter an email address in the correct format, like name@example.com.',
  'validation.tooLong': 'Use {max} characters or fewer.',
  'validation.tooShort': 'Use at least {min} characters.',
  'validation.choose': 'Select one of the options.',
  'validation.number': 'Enter a whole number.',
  'validation.format': 'This is not in the correct format.',

  'pagination.label': 'Pagination',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'pagination.page': 'Page {number}',

  'errors.home': 'Go to the homepage',
  'errors.badRequest.title': 'We cannot process this request',
  'errors.badRequest.text':
    'Check what you entered, or go back to the previous page and try again.',
  'errors.signIn.title': 'Sign in first',
  'errors.signIn.text': 'You need to sign in to see this page.',
  'errors.forbidden.title': 'No access',
  'errors.forbidden.text':
    'You do not have access to this page. If you think this is wrong, contact JEP.',
  'errors.csrf.title': 'This page has expired',
  'errors.csrf.text':
    'For your security, we did not process the form. Go back, reload the page and try again.',
  'errors.notFound.title': 'Page not found',
  'errors.notFound.text':
    'This page does not exist (any more). Check the address or go to the homepage.',
  'errors.tooLarge.title': 'Too much data',
  'errors.tooLarge.text': 'What you sent is too large. Make it shorter and try again.',
  'errors.tooMany.title': 'Please wait',
  'errors.tooMany.text': 'There have been too many attempts. Try again later.',
  'errors.server.title': 'Something went wrong',
  'errors.server.text':
    'An error on our side stopped this from working. Nothing has been saved. Try again later.',
  'errors.unavailable.title': 'Temporarily unavailable',
  'errors.unavailable.text':
    'The platform cannot be reached right now. Try again in a few minutes.',

  'home.title': 'Home',
  'home.heading': 'Working together for resilient young people',
  'home.lead':
    'Platform JEP helps professionals who work with young people to recognise and respond to polarisation and radicalisation.',
  'home.offerTitle': 'What JEP offers',
  'home.omei.title': 'Omgaan met Extreme Idealen training',
  'home.omei.text':
    'A training course over several sessions: recognise extreme ideals and talk about them.',
  'home.werkateliers.title': 'Information-sharing workshops',
  'home.werkateliers.text': 'What can you share with partners, and how do you do it carefully?',
  'home.jos.title': 'JOS: youth work and education together',
  'home.jos.text':
    'A school and youth workers in the same municipality learn to work together on prevention over several months.',
  'home.advies.title': 'Advies op Maat',
  'home.advies.text':
    'Do you have a question about polarisation or radicalisation? Get advice that fits your situation.',
  'home.network.title': 'National network',
  'home.network.text': 'Find partners near you who work on prevention.',
  'home.jepzine.title': 'JEPzine',
  'home.jepzine.text': 'The newsletter with personal stories and good examples from practice.',
  'home.cta': 'Create an account',

  'about.title': 'About Platform JEP',
  'about.lead':
    'JEP stands for Jeugd preventie Extremisme en Polarisatie: preventing extremism and polarisation among young people. The platform brings together training, advice, collaboration and knowledge for professionals who work with young people.',
  'about.evidence':
    'JEP works in an evidence-based way. We evaluate every intervention: first on how participants experience it, and more and more often on its effect.',
  'about.privacy': 'This platform does not record any data about individual young people.',

  'mijn.title': 'My JEP',
  'mijn.welcome': 'Welcome, {name}.',
  'mijn.profileText': 'Your details, email address and password.',

  'accounts.field.name': 'Name',
  'accounts.field.email': 'Email address',
  'accounts.field.emailHint': 'We will send you a link to confirm your email address.',
  'accounts.field.newEmail': 'New email address',
  'accounts.field.password': 'Password',
  'accounts.field.currentPassword': 'Current password',
  'accounts.field.newPassword': 'New password',
  'accounts.field.passwordHint':
    'At least 8 characters. A sentence of a few words is strong and easy to remember.',
  'accounts.field.passwordConfirm': 'Repeat the password',
  'accounts.field.organisation': 'Organisation',
  'accounts.field.jobTitle': 'Job title',
  'accounts.field.sector': 'Sector',
  'accounts.field.municipality': 'Municipality where you work',
  'accounts.field.skjNumber': 'SKJ registration number',
  'accounts.field.skjHint': 'Numbers only. It will then appear on your certificates.',
  'accounts.field.locale': 'Language of the website and emails',

  'accounts.login.title': 'Sign in',
  'accounts.login.submit': 'Sign in',
  'accounts.login.forgot': 'Forgotten your password?',
  'accounts.login.noAccount': 'No account yet?',
  'accounts.login.registerLink': 'Create an account',
  'accounts.login.welcome': 'Welcome back, {name}.',
  'accounts.login.loggedOut': 'You have signed out.',

  'accounts.register.title': 'Create an account',
  'accounts.register.intro':
    'With an account, you can sign up for training courses and workshops and find your certificates.',
  'accounts.register.you': 'About you',
  'accounts.register.work': 'Your work',
  'accounts.register.privacy':
    'We only use these details for your participation in what JEP offers and for anonymised reports.',
  'accounts.register.submit': 'Create an account',
  'accounts.register.haveAccount': 'Already have an account?',
  'accounts.register.loginLink': 'Sign in',

  'accounts.checkMail.title': 'Confirm your email address',
  'accounts.checkMail.text':
    'We have sent you an email with a link to confirm your email address. Select the link to activate your account.',
  'accounts.checkMail.noMail':
    'Not received an email? Check your spam or junk folder, or sign in to get a new link.',
  'accounts.verified': 'Your email address has been confirmed. You can now sign in.',

  'accounts.forgot.title': 'Forgotten password',
  'accounts.forgot.intro':
    'Enter your email address. If it belongs to an account, we will send you a link to choose a new password.',
  'accounts.forgot.submit': 'Send the link',
  'accounts.forgot.sentTitle': 'Check your email',
  'accounts.forgot.sentText':
    'If this email address belongs to an account, we have sent a link. The link works for 1 hour and can only be used once.',
  'accounts.forgot.backToLogin': 'Back to sign in',

  'accounts.reset.title': 'Choose a new password',
  'accounts.reset.submit': 'Save password',
  'accounts.reset.done': 'Your new password has been saved. Sign in with your new password.',

  'accounts.profile.title': 'My details',
  'accounts.profile.saved': 'Your details have been saved.',
  'accounts.profile.changeEmail': 'Change',
  'accounts.profile.changePassword': 'Change password',

  'accounts.password.title': 'Change password',
  'accounts.password.intro': 'After you change it, you will be signed out on other devices.',
  'accounts.password.submit': 'Change password',
  'accounts.password.changed':
    'Your password has been changed. You have been signed out on other devices.',

  'accounts.email.title': 'Change email address',
  'accounts.email.intro':
    'Your current email address is {email}. We will send a confirmation link to the new address.',
  'accounts.email.passwordHint': 'We ask for your password as a security check.',
  'accounts.email.submit': 'Send the confirmation link',
  'accounts.email.sent':
    'We have sent a confirmation link to {email}. Your email address will change as soon as you select the link.',
  'accounts.email.changed': 'Your email address has been changed.',

  'accounts.error.invalidCredentials': 'The email address or password is not correct.',
  'accounts.error.throttled':
    'Too many failed attempts. Try again in {minutes} minutes, or choose a new password.',
  'accounts.error.emailNotVerified':
    'Confirm your email address first, using the link in our email. We have just sent you a new link.',
  'accounts.error.tokenInvalid':
    'This link has expired or has already been used. Ask for a new link.',
  'accounts.error.passwordTooShort': 'Choose a password of at least 8 characters.',
  'accounts.error.passwordTooLong': 'Choose a password of 128 characters or fewer.',
  'accounts.error.passwordTooCommon':
    'This password is used a lot and is easy to guess. Choose a different password.',
  'accounts.error.passwordSameAsEmail': 'Do not use your email address as your password.',
  'accounts.error.passwordMismatch': 'The 2 passwords do not match.',
  'accounts.error.wrongPassword': 'This password is not correct.',
  'accounts.error.unknownMunicipality': 'Select a municipality from the list.',
  'accounts.error.cannotChangeOwnRole': 'You cannot change your own role or access.',
  'accounts.error.sameEmail': 'This is your current email address.',

  'admin.title': 'Management',
  'admin.lead': 'The work area for JEP staff members and administrators.',
  'admin.users.title': 'Users',
  'admin.users.text': 'Search for users, change roles and deactivate accounts.',
  'admin.users.filter': 'Filter users',
  'admin.users.search': 'Search by name, email address or organisation',
  'admin.users.role': 'Role',
  'admin.users.allRoles': 'All roles',
  'admin.users.status': 'Status',
  'admin.users.allStatuses': 'All statuses',
  'admin.users.apply': 'Filter',
  'admin.users.count': '{count} user(s) found',
  'admin.users.none': 'No users found.',
  'admin.user.title': 'User',
  'admin.user.back': 'Back to users',
  'admin.user.registered': 'Registered on',
  'admin.user.lastLogin': 'Last signed in',
  'admin.user.self': 'This is your own account. Another administrator can change your role.',
  'admin.user.roleTitle': 'Role',
  'admin.user.saveRole': 'Save role',
  'admin.user.roleChanged': 'The role has been changed.',
  'admin.user.accessTitle': 'Access',
  'admin.user.deactivateText':
    'A deactivated user is signed out everywhere and can no longer sign in.',
  'admin.user.deactivate': 'Deactivate',
  'admin.user.deactivated': 'The account has been deactivated and signed out everywhere.',
  'admin.user.reactivate': 'Reactivate',
  'admin.user.reactivated': 'The account is active again.',
  'admin.audit.title': 'Audit log',
  'admin.audit.text': 'Who did what, and when: every action by staff members and administrators.',
  'admin.audit.filter': 'Filter audit log',
  'admin.audit.action': 'Action',
  'admin.audit.allActions': 'All actions',
  'admin.audit.actor': 'By',
  'admin.audit.subject': 'Target',
  'admin.audit.when': 'When',
  'admin.audit.detail': 'Details',
  'admin.audit.none': 'No actions found.',
  'admin.mailbox.title': 'Mailbox',
  'admin.mailbox.text': 'All outgoing email, and whether it has been sent.',
  'admin.mailbox.local':
    'No SMTP server has been set up (SMTP_URL): email is not sent, but stays here in the local mailbox.',
  'admin.mailbox.smtp':
    'Email is sent through the SMTP server that has been set up. Here you can see the status of each message.',
  'admin.mailbox.filter': 'Filter mailbox',
  'admin.mailbox.to': 'To',
  'admin.mailbox.subject': 'Subject',
  'admin.mailbox.status': 'Status',
  'admin.mailbox.created': 'Created',
  'admin.mailbox.none': 'No messages.',
  'admin.mail.title': 'Email message',
  'admin.mail.back': 'Back to the mailbox',
  'admin.mail.attempts': 'Attempts',
  'admin.mail.lastError': 'Last error',
  'admin.mail.body': 'Message (text version)',

  'mail.status.pending': 'Waiting to be sent',
  'mail.status.sending': 'Sending',
  'mail.status.sent': 'Sent',
  'mail.status.local': 'In the local mailbox (not sent)',
  'mail.status.failed': 'Failed',
  'mail.greeting': 'Dear {name},',
  'mail.notYou': 'If you did not do this yourself, you can ignore this email.',
  'mail.footer': 'Platform JEP — preventing extremism and polarisation among young people',
  'mail.verify-email.subject': 'Confirm your email address for Platform JEP',
  'mail.verify-email.text':
    'Welcome to Platform JEP. Confirm your email address to activate your account:',
  'mail.verify-email.button': 'Confirm email address',
  'mail.verify-email.validity': 'This link works for 7 days.',
  'mail.account-exists.subject': 'You already have an account with Platform JEP',
  'mail.account-exists.text':
    'Someone tried to create an account with this email address, but an account already exists. Have you forgotten your password?',
  'mail.account-exists.forgot': 'Choose a new password',
  'mail.reset-password.subject': 'Choose a new password for Platform JEP',
  'mail.reset-password.text': 'You asked for a new password. Choose it using this link:',
  'mail.reset-password.button': 'Choose a new password',
  'mail.reset-password.validity': 'The link works for 1 hour and can only be used once.',
  'mail.password-changed.subject': 'Your password for Platform JEP has been changed',
  'mail.password-changed.text': 'The password for your account has just been changed.',
  'mail.password-changed.notYou': 'If this was not you, choose a new password straight away:',
  'mail.email-change-taken.subject': 'Attempt to use your email address with Platform JEP',
  'mail.email-change-taken.text':
    'Someone tried to link this email address to another account. This is not possible, because you already have an account with it.',
  'mail.confirm-email-change.subject': 'Confirm your new email address for Platform JEP',
  'mail.confirm-email-change.text':
    'Confirm that you want to use this new email address for your account:',
  'mail.confirm-email-change.button': 'Confirm new email address',
  'mail.email-change-requested.subject': 'Your email address for Platform JEP is being changed',
  'mail.email-change-requested.text':
    'Someone asked to change the email address for your account to {email}. The address only changes when the link in the email sent to that address is followed.',

  'validation.numberRange': 'Enter a whole number from {min} to {max}.',

  'scheduling.error.slugTaken':
    'This short name for the web address is already in use. Choose another.',
  'scheduling.error.slugInvalid':
    'Use only lower-case letters, digits and hyphens, like dealing-with-extreme-ideals.',
  'scheduling.error.numberInvalid': 'Enter a whole number from {min} to {max}.',
  'scheduling.error.dateInvalid': 'Enter a real date and time.',
  'scheduling.error.dateInPast': 'This date is in the past. Choose a date in the future.',
  'scheduling.error.registrationWindow': 'Registration must close after it opens.',
  'scheduling.error.endsBeforeStart': 'The end time must be after the start time.',
  'scheduling.error.outOfOrder':
    'A meeting must come after the previous meeting of this edition and must not overlap it.',
  'scheduling.error.conflict':
    'This clashes with: {conflicts}. Tick \u201cSchedule anyway\u201d if you want to go ahead.',
  'scheduling.conflict.trainer': 'trainer {trainer} is already teaching {what}',
  'scheduling.conflict.location': 'this location already hosts {what}',
  'scheduling.error.notATrainer': 'Choose a trainer from the list.',
  'scheduling.error.trainerAlready': 'This trainer is already on this edition.',
  'scheduling.error.locationRequired': 'Enter the name of the location, or choose online.',
  'scheduling.error.urlInvalid': 'Enter a full link starting with https://.',
  'scheduling.error.statusTransition': 'This change of status is not possible.',
  'scheduling.error.editionClosed':
    'This edition is completed or cancelled and can no longer be changed.',
  'scheduling.error.publishNeedsMeeting': 'Schedule at least one meeting first.',
  'scheduling.error.offeringNotPublished': 'First publish the offering this edition belongs to.',
  'scheduling.error.confirmCancel':
    'Tick the box to confirm that you want to cancel this edition. This cannot be undone.',
  'scheduling.error.percentRequired': 'Enter the percentage of the hours (1 to 100).',
};
