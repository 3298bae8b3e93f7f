/** Messages shared by the JEPzine pages and e-mails (nl): topics, statuses, errors, mail chrome. */
export const newsletterNl = {
  'newsletter.topic.onderwijs': 'Onderwijs',
  'newsletter.topic.jongerenwerk': 'Jongerenwerk',
  'newsletter.topic.gemeenten': 'Gemeenten',
  'newsletter.topic.zorg-en-welzijn': 'Zorg en welzijn',
  'newsletter.topic.veiligheid': 'Veiligheid en politie',
  'newsletter.subscriberStatus.pending': 'Wacht op bevestiging',
  'newsletter.subscriberStatus.subscribed': 'Aangemeld',
  'newsletter.subscriberStatus.unsubscribed': 'Afgemeld',
  'newsletter.subscriberStatus.bounced': 'Onbestelbaar',
  'newsletter.issueStatus.draft': 'Concept',
  'newsletter.issueStatus.scheduled': 'Ingepland',
  'newsletter.issueStatus.sending': 'Wordt verzonden',
  'newsletter.issueStatus.paused': 'Gepauzeerd',
  'newsletter.issueStatus.sent': 'Verzonden',
  'newsletter.issueStatus.cancelled': 'Geannuleerd',
  'newsletter.error.tokenInvalid':
    'Deze link klopt niet of is verlopen. Er is niets veranderd. Gebruik de link uit de laatste JEPzine die u kreeg, of meld u opnieuw aan.',
  'newsletter.error.slugTaken': 'Er is al een editie met dit webadres. Kies een ander.',
  'newsletter.error.notEditable':
    'Deze editie wordt al verzonden of is verzonden en kan niet meer worden gewijzigd.',
  'newsletter.error.wrongState': 'Dat kan niet in de huidige stand van deze editie.',
  'newsletter.error.scheduleInPast': 'Kies een moment in de toekomst.',
  'newsletter.error.noRecipients': 'Er zijn geen abonnees voor de gekozen doelgroepen.',
  'newsletter.error.importFileMissing': 'Kies een CSV-bestand.',
  'newsletter.error.importFileTooLarge': 'Het bestand is te groot (hoogstens {max} MB).',
  'newsletter.error.importUnreadable':
    'Dit bestand is niet te lezen als CSV. Sla het op als CSV (UTF-8 of Windows) met een kopregel.',
  'newsletter.error.importAlreadyApplied': 'Deze import is al uitgevoerd.',
  'newsletter.error.throttled':
    'Te veel aanmeldingen vanaf dit adres. Probeer het over een uur opnieuw.',
  'mail.newsletter-issue.subject': 'JEPzine: {title}',
  'newsletter.mail.preheader': '{summary}',
  'newsletter.mail.webVersion': 'Bekijk deze JEPzine in uw browser',
  'newsletter.mail.why': 'U krijgt JEPzine omdat u zich hebt aangemeld met {email}.',
  'newsletter.mail.preferences': 'Onderwerpen kiezen',
  'newsletter.mail.unsubscribe': 'Afmelden',
  'newsletter.mail.testBanner':
    'Testbericht: zo ziet deze editie eruit. De persoonlijke links gaan in een test naar de JEPzine-pagina.',
};
