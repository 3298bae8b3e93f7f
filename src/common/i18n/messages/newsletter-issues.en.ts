import type { newsletterIssuesNl } from './newsletter-issues.nl';

/** Messages of the JEPzine issues pages (en). */
export const newsletterIssuesEn: Record<keyof typeof newsletterIssuesNl, string> = {
  'newsletterIssues.title': 'JEPzine issues',
  'newsletterIssues.lead': 'Write, test, schedule and send the issues of JEPzine.',
  'newsletterIssues.new': 'New issue',
  'newsletterIssues.detail': 'JEPzine issue',
  'newsletterIssues.back': 'All issues',
  'newsletterIssues.subscribersLink': 'Manage subscribers',
  'newsletterIssues.none': 'There are no issues yet.',
  'newsletterIssues.col.title': 'Title',
  'newsletterIssues.col.status': 'Status',
  'newsletterIssues.col.date': 'Sending time',
  'newsletterIssues.col.progress': 'Sent',
  'newsletterIssues.date.scheduled': 'Scheduled for {when}',
  'newsletterIssues.date.started': 'Started on {when}',
  'newsletterIssues.date.none': 'Not scheduled yet',

  'newsletterIssues.field.title': 'Title',
  'newsletterIssues.field.slug': 'Web address',
  'newsletterIssues.field.slugHint':
    'The last part of the web version’s address (/jepzine/…): lower-case letters, digits and hyphens. Leave empty to make it from the title.',
  'newsletterIssues.field.summary': 'Summary',
  'newsletterIssues.field.summaryHint':
    'One or two sentences, for the archive, the feed and as the e-mail’s preheader.',
  'newsletterIssues.field.bodyMarkdown': 'Text',
  'newsletterIssues.field.bodyMarkdownHint':
    'In Markdown: ## for a heading, **bold**, *italic*, [link text](https://…) and - for a list. At most 100,000 characters.',
  'newsletterIssues.field.audiences': 'Audiences',
  'newsletterIssues.field.audiencesHint':
    'Subscribers with one of these topics get the issue, and subscribers who want everything. Nothing ticked: all subscribers.',
  'newsletterIssues.action.preview': 'Show preview',
  'newsletterIssues.action.save': 'Save',
  'newsletterIssues.preview.title': 'Preview of the web version',
  'newsletterIssues.preview.note':
    'This is how the issue looks on the website. This preview has not been saved yet.',
  'newsletterIssues.created': 'The issue "{title}" has been saved as a draft.',
  'newsletterIssues.saved': 'The changes have been saved.',

  'newsletterIssues.fact.status': 'Status',
  'newsletterIssues.fact.slug': 'Web address',
  'newsletterIssues.fact.audiences': 'Audiences',
  'newsletterIssues.fact.recipients': 'Recipients now',
  'newsletterIssues.fact.scheduledAt': 'Scheduled for',
  'newsletterIssues.fact.startedAt': 'Sending started',
  'newsletterIssues.fact.finishedAt': 'Sending finished',
  'newsletterIssues.audiencesAll': 'All subscribers',
  'newsletterIssues.recipients.one': '1 subscriber',
  'newsletterIssues.recipients.many': '{count} subscribers',

  'newsletterIssues.edit.title': 'Edit',
  'newsletterIssues.content.title': 'Content',
  'newsletterIssues.content.notEditable':
    'This issue is being sent or has been sent and can no longer be changed.',
  'newsletterIssues.content.public': 'View this issue in the archive',

  'newsletterIssues.send.title': 'Test and send',
  'newsletterIssues.test.title': 'Test message',
  'newsletterIssues.test.intro':
    'The test message goes to your own address, {email}, with [TEST] before the subject.',
  'newsletterIssues.test.submit': 'Send a test to me',
  'newsletterIssues.test.sent': 'The test message has been sent to {email}.',
  'newsletterIssues.sendNow.title': 'Send now',
  'newsletterIssues.sendNow.confirm.one': 'I know this goes to 1 subscriber now',
  'newsletterIssues.sendNow.confirm.many': 'I know this goes to {count} subscribers now',
  'newsletterIssues.sendNow.submit': 'Send now',
  'newsletterIssues.sendNow.done': 'The issue is being sent to {count} subscribers.',
  'newsletterIssues.schedule.title': 'Schedule',
  'newsletterIssues.schedule.legend': 'Sending time (Dutch time)',
  'newsletterIssues.schedule.intro':
    'At that moment the issue goes to whoever is subscribed to the chosen audiences then.',
  'newsletterIssues.field.scheduledDate': 'Date',
  'newsletterIssues.field.scheduledTime': 'Time',
  'newsletterIssues.schedule.submit': 'Schedule',
  'newsletterIssues.schedule.done': 'The issue has been scheduled for {when}.',
  'newsletterIssues.schedule.current': 'This issue is scheduled for {when}.',
  'newsletterIssues.unschedule.submit': 'Withdraw schedule',
  'newsletterIssues.unschedule.done':
    'The schedule has been withdrawn. The issue is a draft again.',

  'newsletterIssues.progress.title': 'Progress',
  'newsletterIssues.progress.label': 'Messages sent',
  'newsletterIssues.progress.text':
    '{sent} of {total} sent, {failed} failed, {waiting} queued, {skipped} skipped',
  'newsletterIssues.progress.cancelled': '{cancelled} cancelled',
  'newsletterIssues.progress.recovered.one':
    '1 message was in flight when a sender stopped; it has been sent again and may have arrived twice.',
  'newsletterIssues.progress.recovered.many':
    '{count} messages were in flight when a sender stopped; they have been sent again and may have arrived twice.',
  'newsletterIssues.refresh.start': 'Refresh automatically',
  'newsletterIssues.refresh.on': 'This page refreshes every 5 seconds.',
  'newsletterIssues.refresh.stop': 'Stop refreshing automatically',

  'newsletterIssues.manage.title': 'Manage sending',
  'newsletterIssues.pause.submit': 'Pause',
  'newsletterIssues.pause.done':
    'Sending has been paused. Messages already in flight are still finished.',
  'newsletterIssues.resume.submit': 'Resume',
  'newsletterIssues.resume.done': 'Sending goes on.',
  'newsletterIssues.cancel.confirm':
    'Yes, cancel this issue: what has not been sent yet will not be sent (cannot be undone)',
  'newsletterIssues.cancel.submit': 'Cancel',
  'newsletterIssues.cancel.done': 'The issue has been cancelled. What was sent stays sent.',
  'newsletterIssues.retry.submit': 'Retry the failed',
  'newsletterIssues.retry.done': '{count} failed messages are queued again.',
  'newsletterIssues.retry.none':
    'There were no failed messages to retry (addresses that unsubscribed or bounced are not retried).',

  'newsletter.error.slugInvalid':
    'Use only lower-case letters, digits and hyphens, like stronger-together.',
  'newsletter.error.scheduleInvalid': 'Enter a date and time that exist.',
  'newsletter.error.confirmRequired': 'Tick the box to confirm.',
};
