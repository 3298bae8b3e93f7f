/** Messages of Evidence Based Werken for participants: invitations, reminders, answering, /mijn (nl). */
export const evaluationsAnswerNl = {
  'evaluations.mine.title': 'Vragenlijsten om in te vullen',
  'evaluations.mine.started': 'begonnen',
  'evaluations.mine.closes': 'in te vullen tot {date}',
  'evaluations.mine.lead':
    'Uw antwoorden helpen ons het aanbod te verbeteren. Ze worden zonder uw naam opgeslagen.',

  'evaluations.answer.anonymous':
    'Uw antwoorden worden zonder uw naam opgeslagen. Uitkomsten worden alleen getoond als minstens {min} deelnemers hebben geantwoord, zodat niemand te herkennen is.',
  'evaluations.answer.closes': 'U kunt deze vragenlijst invullen tot {date}.',
  'evaluations.answer.saveLater':
    'Geen tijd om alles in te vullen? Kies "Opslaan en later verder" en maak de vragenlijst later af.',
  'evaluations.answer.requiredNote':
    'Vragen met "(verplicht)" moet u beantwoorden voordat u de vragenlijst verstuurt.',
  'evaluations.answer.required': 'verplicht',
  'evaluations.answer.submit': 'Versturen',
  'evaluations.answer.save': 'Opslaan en later verder',
  'evaluations.answer.openHint': 'Hooguit {max} tekens.',
  'evaluations.answer.multipleHint': 'U kunt meer dan één antwoord kiezen.',
  'evaluations.answer.saved':
    'Uw antwoorden zijn opgeslagen. U kunt de vragenlijst later afmaken via Mijn JEP.',
  'evaluations.answer.thanksTitle': 'Bedankt voor het invullen',
  'evaluations.answer.thanksText': 'Uw antwoorden op "{title}" zijn verstuurd.',
  'evaluations.answer.thanksAnonymous':
    'Uw antwoorden zijn zonder uw naam opgeslagen en worden alleen samen met die van anderen getoond.',
  'evaluations.answer.toMijn': 'Naar Mijn JEP',
  'evaluations.answer.answeredTitle': 'U hebt deze vragenlijst al ingevuld',
  'evaluations.answer.answeredText':
    'U hebt "{title}" al ingevuld en verstuurd. Een vragenlijst kunt u één keer invullen; uw antwoorden zijn bewaard.',
  'evaluations.answer.closedTitle': 'Deze vragenlijst is gesloten',
  'evaluations.answer.closedText':
    '"{title}" kon worden ingevuld tot {date}. Het is niet meer mogelijk om antwoorden te versturen.',
  'evaluations.answer.closedTextNoDate':
    '"{title}" kan niet meer worden ingevuld. Het is niet meer mogelijk om antwoorden te versturen.',
  'evaluations.answer.requiredChoice': 'Kies een antwoord.',
  'evaluations.answer.requiredMultiple': 'Kies minstens één antwoord.',
  'evaluations.answer.requiredText': 'Vul een antwoord in.',
  'evaluations.answer.likertRange': 'Kies een waarde van 1 tot en met {points}.',
  'evaluations.answer.invalidOption': 'Kies een van de mogelijkheden.',
  'evaluations.answer.tooLong': 'Gebruik hooguit {max} tekens.',

  'mail.evaluation.greeting': 'Beste {name},',
  'mail.evaluation.closes': 'in te vullen tot {date}',
  'mail.evaluation.button': 'Vragenlijst invullen',
  'mail.evaluation.anonymous':
    'Uw antwoorden worden zonder uw naam opgeslagen. Uitkomsten worden alleen getoond als minstens {min} deelnemers hebben geantwoord.',
  'mail.evaluation.saveLater':
    'U kunt tussendoor opslaan en later verder gaan. U vindt de vragenlijst ook op Mijn JEP.',
  'mail.evaluation-invitation.subject': 'Vragenlijst over {offeringTitle}',
  'mail.evaluation-invitation.text':
    'Over uw deelname aan {offeringTitle} ({editionTitle}) hebben we een vragenlijst voor u. Wilt u die invullen? Het kost een paar minuten.',
  'mail.evaluation-invitation.textSeveral':
    'U deed mee aan {offeringTitle} ({editionTitle}). Wilt u deze vragenlijsten invullen? Het kost een paar minuten.',
  'mail.evaluation-reminder.subject': 'Herinnering: vragenlijst over {offeringTitle}',
  'mail.evaluation-reminder.text':
    'Een week geleden vroegen we u een vragenlijst in te vullen over {offeringTitle} ({editionTitle}). U hebt die nog niet verstuurd. Wilt u dat alsnog doen?',
  'mail.evaluation-reminder.textSeveral':
    'Een week geleden vroegen we u vragenlijsten in te vullen over {offeringTitle} ({editionTitle}). U hebt die nog niet verstuurd. Wilt u dat alsnog doen?',
};
