import type { newsletterSubscribersNl } from './newsletter-subscribers.nl';

/** Messages of the JEPzine subscribers pages (en). */
export const newsletterSubscribersEn: Record<keyof typeof newsletterSubscribersNl, string> = {
  'newsletter.error.importEmpty': 'The file is empty: it holds no subscribers.',
  'newsletter.error.importMissingColumn':
    'The file has no "{column}" column. Put the column names on the first line, with at least email and consent.',

  'newsletter.subscribers.title': 'JEPzine subscribers',
  'newsletter.subscribers.back': 'Back to the JEPzine issues',
  'newsletter.subscribers.export': 'Download all subscribers (CSV)',
  'newsletter.subscribers.exportFiltered': 'Download this selection (CSV)',
  'newsletter.subscribers.importLink': 'Import subscribers from a CSV file',
  'newsletter.subscribers.filter': 'Search subscribers',
  'newsletter.subscribers.search': 'Search by e-mail address or name',
  'newsletter.subscribers.status': 'Status',
  'newsletter.subscribers.allStatuses': 'All statuses',
  'newsletter.subscribers.optionCount': '{label} ({count})',
  'newsletter.subscribers.topic': 'Topic',
  'newsletter.subscribers.anyTopic': 'All topics',
  'newsletter.subscribers.topicHint':
    'Who chose no topic gets everything and counts for every topic.',
  'newsletter.subscribers.apply': 'Show subscribers',
  'newsletter.subscribers.reset': 'Show all subscribers',
  'newsletter.subscribers.count': '{count} subscriber(s) found',
  'newsletter.subscribers.col.email': 'E-mail address',
  'newsletter.subscribers.col.name': 'Name',
  'newsletter.subscribers.col.status': 'Status',
  'newsletter.subscribers.col.topics': 'Topics',
  'newsletter.subscribers.col.since': 'Subscribed since',
  'newsletter.subscribers.allTopics': 'Everything',
  'newsletter.subscribers.bounceReason': 'Reason: {reason}',
  'newsletter.subscribers.none': 'There are no subscribers yet.',
  'newsletter.subscribers.noneFound': 'No subscribers found for this search.',

  'newsletter.subscribers.csv.email': 'email',
  'newsletter.subscribers.csv.name': 'name',
  'newsletter.subscribers.csv.status': 'status',
  'newsletter.subscribers.csv.topics': 'topics',
  'newsletter.subscribers.csv.subscribedAt': 'subscribed_at',
  'newsletter.subscribers.csv.unsubscribedAt': 'unsubscribed_at',
  'newsletter.subscribers.csv.bouncedAt': 'bounced_at',
  'newsletter.subscribers.csv.bounceReason': 'bounce_reason',
  'newsletter.subscribers.csv.consentSource': 'consent_source',
  'newsletter.subscribers.csv.consentVersion': 'consent_version',
  'newsletter.subscribers.csv.consentConfirmedAt': 'consent_confirmed_at',
  'newsletter.subscribers.consentSource.form': 'subscription form',
  'newsletter.subscribers.consentSource.profile': 'profile',
  'newsletter.subscribers.consentSource.import': 'import',

  'newsletter.subscribers.import.title': 'Import subscribers',
  'newsletter.subscribers.import.back': 'Back to the subscribers',
  'newsletter.subscribers.import.lead':
    'Bring subscribers over from a previous system. First the file is only checked: you see what would happen and which lines are rejected. Nothing changes until you then press Import.',
  'newsletter.subscribers.import.file': 'CSV file',
  'newsletter.subscribers.import.fileHint':
    'At most {max} MB. Saved as CSV from Excel, LibreOffice or the previous system.',
  'newsletter.subscribers.import.check': 'Check file',
  'newsletter.subscribers.import.columnsTitle': 'Columns',
  'newsletter.subscribers.import.columnsIntro':
    'The first line holds the column names, in Dutch or English; capitals and order do not matter. Other columns are skipped.',
  'newsletter.subscribers.import.colHeader': 'Column name',
  'newsletter.subscribers.import.colRequired': 'Required',
  'newsletter.subscribers.import.colMeaning': 'Contents',
  'newsletter.subscribers.import.yes': 'yes',
  'newsletter.subscribers.import.no': 'no',
  'newsletter.subscribers.import.emailMeaning': 'The e-mail address, one per line.',
  'newsletter.subscribers.import.consentMeaning':
    'What the previous system recorded about the consent, for example "yes, 2024-03-01 via website". It is kept with the subscriber as the record of consent. An empty cell or nee, no, false or 0: the line is rejected.',
  'newsletter.subscribers.import.nameMeaning': "The subscriber's name.",
  'newsletter.subscribers.import.topicsMeaning':
    'The topics, separated by a vertical bar (|), for example "onderwijs|jongerenwerk". Empty: all topics. An unknown topic: the line is rejected.',
  'newsletter.subscribers.import.topicsList': 'Topics may be written by their code or their name:',
  'newsletter.subscribers.import.example': 'An example:',
  'newsletter.subscribers.import.rulesTitle': 'What happens',
  'newsletter.subscribers.import.ruleFormat':
    'Fields separated by a semicolon, comma or tab (recognised from the first line), optionally in double quotes. Character set UTF-8 or Windows (Excel).',
  'newsletter.subscribers.import.ruleNew':
    'A new address is subscribed, without a confirmation e-mail, with the consent from the file.',
  'newsletter.subscribers.import.rulePending':
    'An address still waiting for confirmation is subscribed; the name and topics the subscriber chose stay as they are.',
  'newsletter.subscribers.import.ruleSubscribed':
    'An address that is already subscribed stays as it is and is only counted.',
  'newsletter.subscribers.import.ruleGone':
    'An address that unsubscribed earlier or bounced is never subscribed again.',
  'newsletter.subscribers.import.ruleRejected':
    'Rejected lines are shown with their line number and reason, and as a CSV file to correct and import again.',
  'newsletter.subscribers.import.recentTitle': 'Your latest imports',
  'newsletter.subscribers.import.recentChecked': 'checked, not applied yet',
  'newsletter.subscribers.import.recentApplied': 'applied',
  'newsletter.subscribers.import.consentStatement':
    'Consent taken over from the previous system; recorded at import by {email} from {filename}.',

  'newsletter.subscribers.report.title': 'Import {filename}',
  'newsletter.subscribers.report.heading': 'Import check',
  'newsletter.subscribers.report.appliedHeading': 'Import applied',
  'newsletter.subscribers.report.dryRun':
    'This is a check: nothing has changed yet. Look at the numbers and the rejected lines, then press Import.',
  'newsletter.subscribers.report.appliedAt': 'Applied on {at} by {by}.',
  'newsletter.subscribers.report.appliedResult':
    '{added} subscriber(s) added, {activated} subscription(s) confirmed.',
  'newsletter.subscribers.report.appliedFlash':
    'The import was applied: {added} subscriber(s) added, {activated} subscription(s) confirmed.',
  'newsletter.subscribers.report.file': 'File',
  'newsletter.subscribers.report.uploadedAt': 'Uploaded on',
  'newsletter.subscribers.report.encoding': 'Character set',
  'newsletter.subscribers.report.delimiterLabel': 'Delimiter',
  'newsletter.subscribers.report.delimiter.semicolon': 'semicolon (;)',
  'newsletter.subscribers.report.delimiter.comma': 'comma (,)',
  'newsletter.subscribers.report.delimiter.tab': 'tab',
  'newsletter.subscribers.report.records': 'Lines read (without the header)',
  'newsletter.subscribers.report.column.email': 'E-mail column',
  'newsletter.subscribers.report.column.name': 'Name column',
  'newsletter.subscribers.report.column.topics': 'Topics column',
  'newsletter.subscribers.report.column.consent': 'Consent column',
  'newsletter.subscribers.report.ignored': 'Skipped columns',
  'newsletter.subscribers.report.countsTitle': 'What the import would do',
  'newsletter.subscribers.report.resultTitle': 'What the import did',
  'newsletter.subscribers.report.toAdd': 'New subscribers',
  'newsletter.subscribers.report.added': 'Added',
  'newsletter.subscribers.report.toActivate': 'Waiting for confirmation, to be subscribed',
  'newsletter.subscribers.report.activated': 'Waiting for confirmation, now subscribed',
  'newsletter.subscribers.report.alreadySubscribed': 'Already subscribed (not changed)',
  'newsletter.subscribers.report.rejected': 'Rejected',
  'newsletter.subscribers.report.applyHint':
    'Import subscribes {added} new subscriber(s) and confirms {activated} waiting subscription(s). The file is checked again as it is applied.',
  'newsletter.subscribers.report.apply': 'Import',
  'newsletter.subscribers.report.nothingToDo':
    'There is nothing to import: no new or waiting addresses. Correct the file and choose it again.',
  'newsletter.subscribers.report.rejectedTitle': 'Rejected lines',
  'newsletter.subscribers.report.rejectedFirst':
    'Below are the first {shown}; {more} more are in the CSV file.',
  'newsletter.subscribers.report.rejectedCsv': 'Download all rejected lines (CSV)',
  'newsletter.subscribers.report.line': 'Line',
  'newsletter.subscribers.report.value': 'E-mail address in the file',
  'newsletter.subscribers.report.reason': 'Reason',
  'newsletter.subscribers.report.another': 'Import another file',

  'newsletter.subscribers.reason.unterminatedQuote':
    'A quotation mark (") is never closed; the line cannot be read.',
  'newsletter.subscribers.reason.strayQuote':
    'Text follows a closing quotation mark ("); the line cannot be read.',
  'newsletter.subscribers.reason.tooManyColumns':
    'Too many columns ({count}, the header has {expected}).',
  'newsletter.subscribers.reason.emailMissing': 'No e-mail address.',
  'newsletter.subscribers.reason.emailControl':
    'The e-mail address holds a line break, tab, space or invisible character.',
  'newsletter.subscribers.reason.emailInvalid': 'Not a valid e-mail address.',
  'newsletter.subscribers.reason.consentMissing': 'No consent given.',
  'newsletter.subscribers.reason.consentRefused': 'No consent: "{value}".',
  'newsletter.subscribers.reason.consentTooLong':
    'The consent is too long (at most {max} characters).',
  'newsletter.subscribers.reason.nameTooLong': 'The name is too long (at most {max} characters).',
  'newsletter.subscribers.reason.topicUnknown': 'Unknown topic: "{topic}".',
  'newsletter.subscribers.reason.duplicate': 'Already on line {line}.',
  'newsletter.subscribers.reason.unsubscribed': 'Unsubscribed earlier: not subscribed again.',
  'newsletter.subscribers.reason.bounced': 'Bounced: mail to this address does not arrive.',
  'newsletter.subscribers.reason.changedMeanwhile':
    'Subscribed by someone else during the import; not changed.',

  'newsletter.subscribers.rejectedCsv.line': 'line',
  'newsletter.subscribers.rejectedCsv.reason': 'reason',
  'newsletter.subscribers.rejectedCsv.email': 'email',
  'newsletter.subscribers.rejectedCsv.name': 'name',
  'newsletter.subscribers.rejectedCsv.topics': 'topics',
  'newsletter.subscribers.rejectedCsv.consent': 'consent',
};
