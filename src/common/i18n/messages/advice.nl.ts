/** Messages of Advies op Maat for requesters: /advies and its form, e-mail verification, following a request and replying, the follow-up questionnaire (nl). */
export const adviceNl = {
  'advice.status.unverified': 'Wacht op bevestiging van het e-mailadres',
  'advice.status.new': 'Nieuw',
  'advice.status.assigned': 'Toegewezen',
  'advice.status.in_progress': 'In behandeling',
  'advice.status.appointment': 'Afspraak gepland',
  'advice.status.completed': 'Afgerond',
  'advice.status.referred': 'Doorverwezen',
  'advice.status.closed': 'Gesloten zonder advies',
  'advice.urgency.normal': 'Geen haast',
  'advice.urgency.soon': 'Graag binnen een week',
  'advice.urgency.urgent': 'Dringend',
  'advice.contact.email': 'Per e-mail',
  'advice.contact.phone': 'Telefonisch',
  'advice.contact.video': 'In een videogesprek',
  'advice.contact.in_person': 'In een gesprek op locatie',
  'nav.advice': 'Advies',
  'nav.adviceAdmin': 'Adviesvragen',
  'advice.error.wrongState':
    'Deze adviesvraag is intussen gewijzigd of afgesloten. Bekijk de actuele stand en probeer het opnieuw.',
  'advice.error.throttled':
    'U hebt in korte tijd veel vragen verstuurd. Probeer het over een uur opnieuw, of mail ons.',
  'advice.error.tokenInvalid':
    'Deze link is niet (meer) geldig. Controleer of u de hele link uit de e-mail hebt gebruikt.',
  'advice.error.unknownMunicipality': 'Kies een gemeente uit de lijst.',
  'advice.error.unknownTopic': 'Kies een onderwerp uit de lijst.',
};
