import type { groupNl } from './group.nl';

/** Messages of the group pages (en): enrolling colleagues by e-mail address, and invitations. */
export const groupEn: Record<keyof typeof groupNl, string> = {
  'group.title': 'Enrol colleagues: {offering}, {edition}',
  'group.heading': 'Enrol colleagues',
  'group.back': 'Back to the edition',
  'group.adminLink': 'To the enrolments of this edition',
  'group.places': 'Places',
  'group.registration': 'Registration',
  'group.approval': 'Approval',
  'group.approval.required': 'A JEP staff member reviews each enrolment.',
  'group.approval.none': 'Not needed: whoever gets a place is enrolled at once.',
  'group.approval.staff': 'Not needed: you enrol people as a JEP staff member.',
  'group.explain.partner':
    'You can only enrol colleagues of your own organisation: {organisation}. An address of someone with an account at another organisation is not enrolled.',
  'group.explain.staff':
    'You enrol people as a JEP staff member: the registration period and approval do not apply.',
  'group.explain.new':
    'Someone without an account gets one from us, with an email containing a link to complete it: name, job title and a password.',
  'group.explain.order':
    'Everyone is told by email. When the edition is full, the next people go on the waiting list, in the order of your list. You can enrol at most {max} people at once.',
  'group.closed':
    'Registration for this edition is not possible now ({window}), so you cannot enrol colleagues either.',
  'group.field.emails': 'Email addresses',
  'group.field.emailsHint':
    'One email address per line, or separated by commas. For example: a.jansen@organisation.nl, b.devries@organisation.nl',
  'group.submit': 'Enrol',

  'group.result.title': 'Result: {offering}, {edition}',
  'group.result.heading': 'Result of the enrolment',
  'group.result.intro': 'You entered {count} email addresses for {offering}, {edition}.',
  'group.result.introOne': 'You entered 1 email address for {offering}, {edition}.',
  'group.result.summary': 'Summary',
  'group.result.summary.placed': 'Enrolled or awaiting approval',
  'group.result.summary.waitlisted': 'On the waiting list',
  'group.result.summary.invited': 'Of whom new, invited to complete the account',
  'group.result.summary.notEnrolled': 'Not enrolled (again)',
  'group.result.table': 'Per email address',
  'group.result.email': 'Email address',
  'group.result.outcome': 'Result',
  'group.result.again': 'Enrol more colleagues',
  'group.outcome.confirmed': 'Enrolled',
  'group.outcome.pending': 'Enrolled, awaiting approval by JEP',
  'group.outcome.waitlisted': 'On the waiting list, position {position}',
  'group.outcome.waitlistedNoPosition': 'On the waiting list',
  'group.outcome.invited.confirmed': 'New account, invited; enrolled',
  'group.outcome.invited.pending': 'New account, invited; awaiting approval by JEP',
  'group.outcome.invited.waitlisted':
    'New account, invited; on the waiting list, position {position}',
  'group.outcome.already': 'Not enrolled again: already enrolled or on the waiting list',
  'group.outcome.invalid': 'Not enrolled: this is not a valid email address',
  'group.outcome.otherOrganisation':
    'Not enrolled: this account belongs to an organisation other than {organisation}',
  'group.outcome.deactivated': 'Not enrolled: this account is deactivated',

  'invitation.title': 'Complete your account',
  'invitation.intro':
    'You have been enrolled on Platform JEP and an account is ready for you: {email}. Complete your details and choose a password. Then sign in to see your enrolment on My JEP.',
  'invitation.signedIn':
    'You are signed in as {name}. Completing this account signs you out first, so that you can then sign in with the new account.',
  'invitation.you': 'About you',
  'invitation.work': 'Your work',
  'invitation.submit': 'Complete my account',
  'invitation.done':
    'Your account is ready. Sign in with your email address and the password you just chose.',
  'invitation.invalid.title': 'This link does not work (any more)',
  'invitation.invalid.text':
    'This invitation is unknown or has been used. Did you complete your account already? Then sign in. If you forgot your password, ask for a new one.',
  'invitation.expired.title': 'This invitation has expired',
  'invitation.expired.text':
    'An invitation works for 30 days. You can still complete your account by asking for a new password with your email address.',
  'invitation.login': 'Sign in',
  'invitation.forgot': 'Forgot your password? Ask for a new one',
};
