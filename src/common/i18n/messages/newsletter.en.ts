import type { newsletterNl } from './newsletter.nl';

/** Messages shared by the JEPzine pages and e-mails (en). */
export const newsletterEn: Record<keyof typeof newsletterNl, string> = {
  'newsletter.topic.onderwijs': 'Education',
  'newsletter.topic.jongerenwerk': 'Youth work',
  'newsletter.topic.gemeenten': 'Municipalities',
  'newsletter.topic.zorg-en-welzijn': 'Care and welfare',
  'newsletter.topic.veiligheid': 'Safety and police',
  'newsletter.subscriberStatus.pending': 'Awaiting confirmation',
  'newsletter.subscriberStatus.subscribed': 'Subscribed',
  'newsletter.subscriberStatus.unsubscribed': 'Unsubscribed',
  'newsletter.subscriberStatus.bounced': 'Undeliverable',
  'newsletter.issueStatus.draft': 'Draft',
  'newsletter.issueStatus.scheduled': 'Scheduled',
  'newsletter.issueStatus.sending': 'Sending',
  'newsletter.issueStatus.paused': 'Paused',
  'newsletter.issueStatus.sent': 'Sent',
  'newsletter.issueStatus.cancelled': 'Cancelled',
  'newsletter.error.tokenInvalid':
    'This link is not valid or has expired. Nothing has changed. Use the link from the latest JEPzine you received, or subscribe again.',
  'newsletter.error.slugTaken': 'There already is an issue with this web address. Choose another.',
  'newsletter.error.notEditable':
    'This issue is being sent or has been sent and can no longer be changed.',
  'newsletter.error.wrongState': 'That is not possible in the current state of this issue.',
  'newsletter.error.scheduleInPast': 'Choose a moment in the future.',
  'newsletter.error.noRecipients': 'There are no subscribers for the chosen audiences.',
  'newsletter.error.importFileMissing': 'Choose a CSV file.',
  'newsletter.error.importFileTooLarge': 'The file is too large (at most {max} MB).',
  'newsletter.error.importUnreadable':
    'This file cannot be read as CSV. Save it as CSV (UTF-8 or Windows) with a header row.',
  'newsletter.error.importAlreadyApplied': 'This import has already been applied.',
  'newsletter.error.throttled': 'Too many subscriptions from this address. Try again in an hour.',
  'mail.newsletter-issue.subject': 'JEPzine: {title}',
  'newsletter.mail.preheader': '{summary}',
  'newsletter.mail.webVersion': 'View this JEPzine in your browser',
  'newsletter.mail.why': 'You receive JEPzine because you subscribed with {email}.',
  'newsletter.mail.preferences': 'Choose topics',
  'newsletter.mail.unsubscribe': 'Unsubscribe',
  'newsletter.mail.testBanner':
    'Test message: this is how this issue looks. In a test the personal links go to the JEPzine page.',
};
