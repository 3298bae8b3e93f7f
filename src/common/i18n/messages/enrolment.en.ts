import type { enrolmentNl } from './enrolment.nl';

/** Messages of enrolment (en). */
export const enrolmentEn: Record<keyof typeof enrolmentNl, string> = {
  'enrolment.status.pending': 'Awaiting approval',
  'enrolment.status.offered': 'Place offered',
  'enrolment.status.confirmed': 'Enrolled',
  'enrolment.status.waitlisted': 'On the waiting list',
  'enrolment.status.cancelled': 'Cancelled',
  'enrolment.status.rejected': 'Rejected',
  'enrolment.status.waitlistedAt': 'On the waiting list, position {position}',
  'enrolment.status.offeredUntil': 'A place is free for you: confirm before {deadline}',
  'enrolment.completion.completed': 'Completed',
  'enrolment.completion.not_completed': 'Not completed',
  'enrolment.reason.participant': 'by the participant',
  'enrolment.reason.left_waitlist': 'left the waiting list',
  'enrolment.reason.staff': 'by JEP',
  'enrolment.reason.edition_cancelled': 'edition cancelled',
  'enrolment.reason.offer_expired': 'place not confirmed in time',
  'enrolment.reason.moved': 'moved to another edition',

  'enrolment.panel.title': 'Enrol',
  'enrolment.panel.signInFirst':
    'Sign in to enrol. No account yet? Create one; afterwards you come back here.',
  'enrolment.panel.login': 'Sign in to enrol',
  'enrolment.panel.register': 'Create an account',
  'enrolment.panel.enrol': 'Enrol in this edition',
  'enrolment.panel.fullText':
    'This edition is full. You can join the waiting list; when a place frees up, the first in line gets it at once and is told by email.',
  'enrolment.panel.joinWaitlist': 'Join the waiting list',
  'enrolment.panel.notYetOpen': 'Enrolment is not open yet.',
  'enrolment.panel.closed': 'Enrolment is closed.',
  'enrolment.panel.manage': 'View or change your enrolment',
  'enrolment.panel.confirmOffer': 'Yes, I take the place',
  'enrolment.panel.group': 'Enrol colleagues',
  'enrolment.panel.admin': 'Manage enrolments',

  'enrolment.flash.confirmed':
    'You are enrolled. You will get a confirmation by email, with the dates for your calendar.',
  'enrolment.flash.pending':
    'We received your enrolment. Your place is reserved; JEP reviews the enrolment and you will hear by email when it is approved.',
  'enrolment.flash.waitlisted':
    'The edition is full. You are on the waiting list, at position {position}. When a place frees up, you will hear at once by email.',
  'enrolment.flash.cancelled': 'Your enrolment has been cancelled.',
  'enrolment.flash.leftWaitlist': 'You are no longer on the waiting list.',

  'enrolment.mine.title': 'My enrolment: {offering}',
  'enrolment.mine.back': 'Back to My JEP',
  'enrolment.mine.status': 'Status',
  'enrolment.mine.editionPage': 'To the edition page',
  'enrolment.mine.ics': 'Add the dates to my calendar (.ics)',
  'enrolment.mine.icsHint':
    'The file opens in Outlook, Google Calendar and Apple Calendar. For a calendar that stays up to date by itself, subscribe to your personal calendar on My JEP.',
  'enrolment.mine.cancel': 'Cancel enrolment',
  'enrolment.mine.leaveWaitlist': 'Leave the waiting list',
  'enrolment.mine.cancelUntil':
    'You can cancel until {until}. Your place then goes to the first on the waiting list.',
  'enrolment.mine.cancelClosed':
    'You can no longer cancel yourself. Cannot come? Please contact JEP.',

  'enrolment.offer.title': 'A place is free for you',
  'enrolment.offer.intro': 'A place has become free in {offering}, {edition}.',
  'enrolment.offer.deadline':
    'Confirm before {deadline}; after that the place goes to the next on the waiting list.',
  'enrolment.offer.decline':
    'Do not want the place? Then you need not do anything, or cancel on My JEP so the next person gets it at once.',

  'enrolment.admin.title': 'Enrolments: {edition}',
  'enrolment.admin.heading': 'Enrolments',
  'enrolment.admin.detailTitle': 'Enrolment of {name}',
  'enrolment.admin.back': 'Back to the edition',
  'enrolment.admin.backToList': 'Back to the enrolments',
  'enrolment.admin.places': 'Places taken',
  'enrolment.admin.placesValue': '{taken} of {capacity}',
  'enrolment.admin.approval': 'Approval needed',
  'enrolment.admin.enrolFor': 'Enrol someone (by email address)',
  'enrolment.admin.group.pending': 'Awaiting approval',
  'enrolment.admin.group.places': 'With a place',
  'enrolment.admin.group.waitlist': 'Waiting list',
  'enrolment.admin.group.ended': 'Cancelled or rejected',
  'enrolment.admin.none': 'Nobody.',
  'enrolment.admin.select': 'Select',
  'enrolment.admin.selectName': 'Select {name}',
  'enrolment.admin.position': 'Position',
  'enrolment.admin.name': 'Name',
  'enrolment.admin.email': 'Email address',
  'enrolment.admin.organisation': 'Organisation',
  'enrolment.admin.edition': 'Edition',
  'enrolment.admin.statusCol': 'Status',
  'enrolment.admin.since': 'Since',
  'enrolment.admin.until': 'until {until}',
  'enrolment.admin.invited': 'invited, account not completed yet',
  'enrolment.admin.decision': 'Decision for the selected enrolments',
  'enrolment.admin.approve': 'Approve',
  'enrolment.admin.reject': 'Reject',
  'enrolment.admin.decide': 'Apply decision',
  'enrolment.admin.message': 'Message to the participant',
  'enrolment.admin.messageHint': 'Goes into the email. Do not include details about young people.',
  'enrolment.admin.approved': '{count} enrolment(s) approved.',
  'enrolment.admin.rejected': '{count} enrolment(s) rejected.',
  'enrolment.admin.cancelled': 'The enrolment has been cancelled.',
  'enrolment.admin.moved': 'The enrolment has been moved.',
  'enrolment.admin.moveTitle': 'Move to another edition',
  'enrolment.admin.moveTarget': 'Edition',
  'enrolment.admin.move': 'Move',
  'enrolment.admin.noTargets': 'There is no other published edition of this offering.',
  'enrolment.admin.free': 'free',
  'enrolment.admin.cancelTitle': 'Cancel',
  'enrolment.admin.cancel': 'Cancel enrolment',

  'enrolment.error.editionNotOpen': 'You cannot enrol in this edition.',
  'enrolment.error.notOpenYet': 'Enrolment for this edition is not open yet.',
  'enrolment.error.registrationClosed': 'Enrolment for this edition is closed.',
  'enrolment.error.already': 'You are already enrolled in this edition.',
  'enrolment.error.cancelDeadline':
    'You can no longer cancel yourself. Cannot come? Please contact JEP.',
  'enrolment.error.notCancellable': 'This enrolment cannot be cancelled (any more).',
  'enrolment.error.offerLink':
    'This link does not work (any more). Perhaps you already confirmed the place; see My JEP.',
  'enrolment.error.offerExpired':
    'The time to confirm this place has passed; the place goes to the next on the waiting list.',
  'enrolment.error.nothingSelected': 'Select at least one enrolment.',
  'enrolment.error.notPending': 'None of the selected enrolments is awaiting a decision.',
  'enrolment.error.moveTarget': 'Choose another published edition of the same offering.',
  'enrolment.error.moveFull':
    'That edition is full. Raise its number of places first, or choose another.',
  'enrolment.error.alreadyInTarget': 'This participant is already enrolled in that edition.',
  'enrolment.error.noAddresses': 'Enter at least one email address.',
  'enrolment.error.tooManyAddresses': 'Enrol at most {max} people at once.',
  'enrolment.error.messageTooLong': 'The message is too long (at most 2000 characters).',

  'mail.enrolment-update.subject': '{subject}',
  'mail.enrolment.online': 'Online',
  'mail.enrolment.calendarNote':
    'The attachment has the dates for your calendar; when something changes, your calendar is updated.',
  'mail.enrolment.confirmButton': 'Yes, I take the place',
  'mail.enrolment.editionLink': 'The edition',
  'mail.enrolment.dashboardLink': 'My JEP',
  'mail.enrolment.confirmed.subject': 'Enrolled: {offering}',
  'mail.enrolment.confirmed.intro':
    'You are enrolled in {offering}, {edition}. These are the meetings:',
  'mail.enrolment.pending.subject': 'Enrolment received: {offering}',
  'mail.enrolment.pending.intro':
    'We received your enrolment in {offering}, {edition} and reserved a place for you. JEP reviews the enrolment; you will hear when it is approved.',
  'mail.enrolment.waitlisted.subject': 'On the waiting list: {offering}',
  'mail.enrolment.waitlisted.intro':
    '{offering}, {edition} is full. You are on the waiting list, at position {position}. When a place frees up and you are first, you get it at once and hear by email.',
  'mail.enrolment.promoted.subject': 'You have a place: {offering}',
  'mail.enrolment.promoted.intro':
    'A place has become free in {offering}, {edition}, and it is yours. You are now enrolled. These are the meetings:',
  'mail.enrolment.offered.subject': 'A place is free for you: {offering}',
  'mail.enrolment.offered.intro':
    'A place has become free in {offering}, {edition}. Do you want it? Confirm before {deadline}; after that it goes to the next on the waiting list.',
  'mail.enrolment.approved.subject': 'Enrolment approved: {offering}',
  'mail.enrolment.approved.intro':
    'Your enrolment in {offering}, {edition} has been approved. These are the meetings:',
  'mail.enrolment.rejected.subject': 'Enrolment not approved: {offering}',
  'mail.enrolment.rejected.intro':
    'Unfortunately your enrolment in {offering}, {edition} has not been approved.',
  'mail.enrolment.cancelled.subject': 'Cancelled: {offering}',
  'mail.enrolment.cancelled.intro': 'You cancelled your enrolment in {offering}, {edition}.',
  'mail.enrolment.leftWaitlist.subject': 'Left the waiting list: {offering}',
  'mail.enrolment.leftWaitlist.intro':
    'You are no longer on the waiting list of {offering}, {edition}.',
  'mail.enrolment.cancelledByStaff.subject': 'Enrolment cancelled: {offering}',
  'mail.enrolment.cancelledByStaff.intro':
    'JEP has cancelled your enrolment in {offering}, {edition}.',
  'mail.enrolment.offerExpired.subject': 'Place lapsed: {offering}',
  'mail.enrolment.offerExpired.intro':
    'The place in {offering}, {edition} was not confirmed in time and goes to the next on the waiting list.',
  'mail.enrolment.moved.subject': 'Moved: {offering}',
  'mail.enrolment.moved.intro':
    'JEP has moved your enrolment in {offering} from {from} to {edition}. These are the new meetings:',
  'mail.enrolment.enrolledForYou.subject': 'You are enrolled: {offering}',
  'mail.enrolment.enrolledForYou.intro':
    'A colleague or JEP has enrolled you in {offering}, {edition}. These are the meetings:',
  'mail.enrolment.reminder.subject': 'Coming up: {offering}',
  'mail.enrolment.reminder.intro': 'A reminder: a meeting of {offering}, {edition} is coming up:',
  'mail.edition-cancelled.subject': 'Cancelled: {offering}, {edition}',
  'mail.edition-cancelled.intro':
    'Unfortunately {offering}, {edition} will not take place: JEP has cancelled this edition. Your enrolment lapses.',
  'mail.edition-cancelled.calendarNote': 'The attachment removes the meetings from your calendar.',
  'mail.edition-cancelled.other': 'See the rest of the offer:',
  'mail.meeting-changed.subject': '{subject}',
  'mail.meeting-changed.changed.subject': 'Changed: a meeting of {offering}',
  'mail.meeting-changed.changed.intro':
    'A meeting of {offering}, {edition} has moved in time or place. This is what changed:',
  'mail.meeting-changed.added.subject': 'New meeting: {offering}',
  'mail.meeting-changed.added.intro': 'A meeting has been added to {offering}, {edition}:',
  'mail.meeting-changed.removed.subject': 'Cancelled: a meeting of {offering}',
  'mail.meeting-changed.removed.intro':
    'This meeting of {offering}, {edition} will not take place:',
  'mail.meeting-changed.was': 'Was',
  'mail.meeting-changed.now': 'Now',
  'mail.meeting-changed.calendarNote': 'The attachment updates the entry in your calendar.',
  'mail.enrolment-invitation.subject': '{inviter} has enrolled you in {offering}',
  'mail.enrolment-invitation.hello': 'Hello,',
  'mail.enrolment-invitation.intro':
    '{inviter} has enrolled you in {offering}, {edition} on Platform JEP.',
  'mail.enrolment-invitation.complete':
    'An account has been set up for you. Complete it with the button below: add your name and job title and choose a password. Then you will see your enrolment and the dates on My JEP.',
  'mail.enrolment-invitation.button': 'Complete my account',
  'mail.enrolment-invitation.validity': 'This link works for 30 days.',
};
