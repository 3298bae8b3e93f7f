/** Messages of the network organisation pages (nl): /netwerk/:slug, the contact relay, open data. */
export const networkOrganisationNl = {
  'networkOrganisation.pageTitle': '{name} · Netwerk',
  'networkOrganisation.back': 'Terug naar het netwerk',
  'networkOrganisation.kicker': 'Netwerkpartner',
  'networkOrganisation.staffLink': 'Deze vermelding beheren',
  'networkOrganisation.outdated.title': 'Mogelijk verouderd',
  'networkOrganisation.outdated.text':
    'De organisatie heeft deze gegevens voor het laatst bevestigd op {date}. Ze kunnen intussen veranderd zijn.',
  'networkOrganisation.field.type': 'Soort organisatie',
  'networkOrganisation.field.expertise': 'Expertise',
  'networkOrganisation.field.provinces': 'Werkt in de provincie',
  'networkOrganisation.field.municipalities': 'Werkt in de gemeente',
  'networkOrganisation.field.address': 'Adres',
  'networkOrganisation.field.website': 'Website',
  'networkOrganisation.field.email': 'E-mailadres',
  'networkOrganisation.field.phone': 'Telefoon',
  'networkOrganisation.field.memberSince': 'Lid van het netwerk sinds',
  'networkOrganisation.field.jobTitle': 'Functie',
  'networkOrganisation.about': 'Over de organisatie',
  'networkOrganisation.contacts.title': 'Contactpersonen',
  'networkOrganisation.contacts.none': 'Er zijn geen contactpersonen die u hier kunt zien.',
  'networkOrganisation.contacts.visibleTo': 'Zichtbaar voor: {who}',
  'networkOrganisation.contacts.moreAfterLogin':
    'Ingelogde professionals en partners zien hier meer contactpersonen.',
  'networkOrganisation.contacts.loginLink': 'Inloggen',
  'networkOrganisation.relay.title': 'Een bericht sturen',
  'networkOrganisation.relay.intro':
    'Uw bericht gaat via Platform JEP naar {name}. Het e-mailadres waarop de organisatie het ontvangt, ziet u niet. U krijgt zelf een kopie.',
  'networkOrganisation.relay.loginFirst':
    'Wilt u deze organisatie een bericht sturen? Log in, dan kunt u dat via Platform JEP doen.',
  'networkOrganisation.relay.noAddress':
    'Deze organisatie heeft geen e-mailadres opgegeven. Een bericht sturen via Platform JEP kan daarom niet.',
  'networkOrganisation.relay.subject': 'Onderwerp',
  'networkOrganisation.relay.message': 'Uw bericht',
  'networkOrganisation.relay.messageHint': 'Hoogstens 5.000 tekens.',
  'networkOrganisation.relay.shareDetails':
    'Mijn naam en e-mailadres worden met het bericht meegestuurd, zodat de organisatie mij kan antwoorden.',
  'networkOrganisation.relay.shareDetailsRequired':
    'Vink aan dat uw naam en e-mailadres worden meegestuurd: anders kan de organisatie u niet antwoorden.',
  'networkOrganisation.relay.sendAs': 'U verstuurt het bericht als {name} ({email}).',
  'networkOrganisation.relay.submit': 'Bericht versturen',
  'networkOrganisation.relay.sent':
    'Uw bericht is verstuurd aan {name}. U krijgt een kopie per e-mail.',
  'networkOrganisation.relay.throttled':
    'U hebt de afgelopen tijd veel berichten verstuurd (hoogstens 5 per uur en 20 per dag). Dit bericht is niet verstuurd. Probeer het later opnieuw; uw tekst staat nog in het formulier.',
  'networkOrganisation.relay.invalidCharacters':
    'Het bericht bevat tekens die niet in een e-mail kunnen. Haal ze weg en probeer het opnieuw.',

  'mail.network-relay.subject': 'Bericht via Platform JEP: {subject}',
  'mail.network-relay.intro':
    '{senderName} stuurde u via het netwerk van Platform JEP een bericht over {organisationName}.',
  'mail.network-relay.replyTo': 'U kunt {senderName} rechtstreeks antwoorden: {senderEmail}.',
  'mail.network-relay.from': 'Van',
  'mail.network-relay.subjectLabel': 'Onderwerp',
  'mail.network-relay.why':
    'U ontvangt dit bericht omdat dit e-mailadres bij uw vermelding in het netwerk van Platform JEP staat. Uw adres is niet aan de afzender getoond.',
  'mail.network-relay.page': 'Uw vermelding',
  'mail.network-relay-copy.subject': 'Kopie van uw bericht aan {organisationName}',
  'mail.network-relay-copy.intro':
    'U hebt via Platform JEP dit bericht gestuurd aan {organisationName}. Uw naam en e-mailadres zijn meegestuurd, zodat de organisatie u kan antwoorden.',
};
