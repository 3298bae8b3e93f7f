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
  // --- asking on /advies (helper A1)
  'advice.ask.title': 'Advies op Maat',
  'advice.ask.lead':
    'Hebt u als professional, team of gemeente een vraag over polarisatie of radicalisering? Vraag JEP om advies op maat.',
  'advice.ask.whatTitle': 'Waarover kunt u een vraag stellen?',
  'advice.ask.what.remark': 'Een zorgwekkende uitspraak van een leerling in de klas',
  'advice.ask.what.online': 'Online invloeden op jongeren, zoals filmpjes of groepen',
  'advice.ask.what.tension': 'Spanningen tussen groepen in de wijk, op school of in het team',
  'advice.ask.what.local': 'Het opzetten van een lokale aanpak in uw gemeente',
  'advice.ask.howTitle': 'Hoe werkt het?',
  'advice.ask.how':
    'Een adviseur van JEP beantwoordt uw vraag: soms met een gesprek, soms met een verwijzing naar een training, een partner of een andere instantie.',
  'advice.ask.responseTime': 'U krijgt binnen {days} werkdagen een eerste reactie.',
  'advice.ask.formTitle': 'Stel uw vraag',
  'advice.ask.youLegend': 'Over u',
  'advice.ask.questionLegend': 'Uw vraag',
  'advice.ask.accountEmail':
    'Wij antwoorden op het e-mailadres van uw account: {email}. U volgt uw vraag op Mijn JEP.',
  'advice.ask.visitorNote':
    'U krijgt eerst een e-mail om uw adres te bevestigen. Pas daarna komt uw vraag bij onze adviseurs.',
  'advice.ask.privacyTitle': 'Noem geen namen van jongeren',
  'advice.ask.privacy':
    'Zet geen namen of andere herleidbare gegevens van jongeren in uw vraag, zoals een naam, school en klas, adres, foto of gebruikersnaam. Beschrijf de situatie in het algemeen; de adviseur vraagt door als dat nodig is.',
  'advice.ask.submit': 'Vraag versturen',
  'advice.ask.queued': 'Uw vraag {reference} is ontvangen. U krijgt een bevestiging per e-mail.',
  'advice.field.name': 'Naam',
  'advice.field.email': 'E-mailadres',
  'advice.field.phone': 'Telefoonnummer',
  'advice.field.phoneHint': 'Alleen als wij u ook mogen bellen.',
  'advice.field.organisation': 'Organisatie',
  'advice.field.role': 'Functie of rol',
  'advice.field.roleHint': 'Bijvoorbeeld docent, jongerenwerker of beleidsadviseur.',
  'advice.field.municipality': 'Gemeente waar de vraag speelt',
  'advice.field.topic': 'Onderwerp',
  'advice.field.topicChoose': 'Kies een onderwerp',
  'advice.field.question': 'Uw vraag',
  'advice.field.questionHint': 'Beschrijf de situatie en wat u wilt weten. Hooguit {max} tekens.',
  'advice.field.urgency': 'Hoe dringend is uw vraag?',
  'advice.field.contactPreference': 'Hoe wilt u het liefst contact?',
  'advice.checkMail.title': 'Kijk in uw mailbox',
  'advice.checkMail.text':
    'Wij hebben u een e-mail gestuurd met een link om uw vraag te bevestigen. Pas na de bevestiging komt uw vraag bij onze adviseurs.',
  'advice.checkMail.noMail':
    'Geen e-mail ontvangen? Kijk ook in uw map met ongewenste e-mail. De link blijft werken tot u hem gebruikt.',
  'advice.confirm.title': 'Bevestig uw adviesvraag',
  'advice.confirm.text':
    'Bevestig dat u ({email}) deze vraag over “{topic}” aan Advies op Maat hebt gesteld. Daarna komt uw vraag bij onze adviseurs.',
  'advice.confirm.submit': 'Vraag bevestigen',
  'advice.confirm.notYou':
    'Hebt u deze vraag niet gesteld? Dan hoeft u niets te doen: zonder bevestiging wordt de vraag niet behandeld.',
  'advice.confirm.done':
    'Uw vraag is bevestigd en staat bij onze adviseurs. U krijgt een e-mail met deze persoonlijke link: bewaar hem om uw vraag te volgen.',
  'advice.linkInvalid.title': 'Deze link werkt niet',
  'advice.linkInvalid.text':
    'Er is niets gewijzigd. Hebt u uw vraag al bevestigd? Gebruik dan de persoonlijke link uit de tweede e-mail.',
  'advice.linkInvalid.askAgain': 'Een nieuwe vraag stellen',
  'advice.request.title': 'Adviesvraag {reference}',
  'advice.request.reference': 'Nummer',
  'advice.request.status': 'Stand van zaken',
  'advice.request.topic': 'Onderwerp',
  'advice.request.question': 'Uw vraag',
  'advice.request.submitted': 'Gesteld op',
  'advice.request.responseDue': 'Eerste reactie uiterlijk',
  'advice.request.closedOn': 'Afgesloten op',
  'advice.request.referredTo': 'Doorverwezen naar',
  'advice.request.adviser': 'Uw adviseur',
  'advice.request.urgency': 'Urgentie',
  'advice.request.contact': 'Contactvoorkeur',
  'advice.request.privateLink':
    'Dit is uw persoonlijke link. Deel hem niet: iedereen met deze link kan uw vraag lezen.',
  'advice.request.messagesTitle': 'Berichten',
  'advice.request.noMessages': 'Er zijn nog geen berichten.',
  'advice.request.fromJep': 'JEP',
  'advice.request.fromJepNamed': 'JEP ({name})',
  'advice.request.fromYou': 'U',
  'advice.request.appointmentsTitle': 'Afspraken',
  'advice.request.mode.online': 'Online',
  'advice.request.mode.place': 'Op locatie',
  'advice.request.mode.phone': 'Telefonisch',
  'advice.request.joinOnline': 'Deelnemen aan het online gesprek',
  'advice.request.replyTitle': 'Reageren',
  'advice.request.replyField': 'Uw reactie',
  'advice.request.replyHint':
    'Uw adviseur leest uw reactie hier en krijgt er bericht van. Hooguit {max} tekens; noem geen namen van jongeren.',
  'advice.request.replySubmit': 'Reactie versturen',
  'advice.request.replied': 'Uw reactie is verstuurd.',
  'advice.request.closedNote':
    'Deze vraag is afgesloten; reageren kan niet meer. Hebt u een nieuwe vraag?',
  'advice.request.askNew': 'Stel een nieuwe vraag',
  'advice.request.backToMine': 'Terug naar mijn adviesvragen',
  'advice.mineList.title': 'Mijn adviesvragen',
  'advice.mineList.none': 'U hebt nog geen adviesvraag gesteld.',
  'advice.mineList.ask': 'Een vraag stellen aan Advies op Maat',
  'advice.followUp.title': 'Terugblik op uw adviesvraag',
  'advice.followUp.lead':
    'Uw vraag {reference} is afgerond. Wilt u ons laten weten hoe bruikbaar het advies was? Het kost een minuut.',
  'advice.followUp.legend': 'Was het advies bruikbaar?',
  'advice.followUp.usefulness.1': '1 – helemaal niet bruikbaar',
  'advice.followUp.usefulness.2': '2 – weinig bruikbaar',
  'advice.followUp.usefulness.3': '3 – redelijk bruikbaar',
  'advice.followUp.usefulness.4': '4 – bruikbaar',
  'advice.followUp.usefulness.5': '5 – zeer bruikbaar',
  'advice.followUp.comment': 'Toelichting',
  'advice.followUp.commentHint':
    'Wat was nuttig, wat kan beter? Hooguit {max} tekens; noem geen namen van jongeren.',
  'advice.followUp.submit': 'Antwoord versturen',
  'advice.followUp.saved': 'Bedankt, uw antwoord is opgeslagen.',
  'advice.followUp.doneTitle': 'Bedankt voor uw antwoord',
  'advice.followUp.doneText':
    'Uw antwoord is opgeslagen. Wij gebruiken de antwoorden alleen samengevat, om Advies op Maat te verbeteren.',
  'advice.followUp.alreadyTitle': 'U hebt deze vragenlijst al ingevuld',
  'advice.followUp.alreadyText':
    'Er is per vraag één antwoord mogelijk; er is niets gewijzigd. Bedankt voor uw eerdere antwoord.',
  'advice.error.tooManyUnverified':
    'Voor dit e-mailadres wachten al drie vragen op bevestiging. Bevestig die eerst via de links in uw e-mail.',
  'advice.error.followUpAnswered': 'U hebt deze vragenlijst al ingevuld.',
  'mail.advice-verify.subject': 'Bevestig uw adviesvraag aan JEP',
  'mail.advice-verify.text':
    'U hebt Advies op Maat een vraag gesteld over “{topic}”. Bevestig met de knop hieronder dat dit uw e-mailadres is; pas daarna komt uw vraag bij onze adviseurs.',
  'mail.advice-verify.button': 'Vraag bevestigen',
  'mail.advice-received.subject': 'Uw adviesvraag {reference} is ontvangen',
  'mail.advice-received.intro':
    'Bedankt voor uw vraag aan Advies op Maat. Uw vraag heeft nummer {reference}. Dit hebt u gevraagd:',
  'mail.advice-received.due':
    'U krijgt uiterlijk {due} een eerste reactie van een adviseur ({days} werkdagen).',
  'mail.advice-received.privateLink':
    'Via deze persoonlijke link volgt u uw vraag en kunt u reageren. Deel hem niet:',
  'mail.advice-received.mineLink': 'Uw vraag volgen en reageren op Mijn JEP:',
  'mail.advice-reply-received.subject': 'Nieuwe reactie op adviesvraag {reference}',
  'mail.advice-reply-received.text':
    'De vrager van adviesvraag {reference} heeft gereageerd. Lees de reactie in het beheer:',
  'mail.advice-follow-up.subject': 'Was ons advies bruikbaar? ({reference})',
  'mail.advice-follow-up.text':
    'Uw adviesvraag {reference} is afgerond. Wilt u laten weten hoe bruikbaar het advies was? Het is één vraag en een toelichting als u wilt.',
  'mail.advice-follow-up.button': 'Vragenlijst invullen',
  'mail.advice-follow-up.once': 'U krijgt deze vraag één keer.',
};
