import type { evaluationsAnswerNl } from './evaluations-answer.nl';

/** Messages of Evidence Based Werken for participants: invitations, reminders, answering, /mijn (en). */
export const evaluationsAnswerEn: Record<keyof typeof evaluationsAnswerNl, string> = {
  'evaluations.mine.title': 'Questionnaires to fill in',
  'evaluations.mine.started': 'started',
  'evaluations.mine.closes': 'open until {date}',
  'evaluations.mine.lead':
    'Your answers help us improve what we offer. They are stored without your name.',

  'evaluations.answer.anonymous':
    'Your answers are stored without your name. Results are only shown when at least {min} participants have answered, so that nobody can be recognised.',
  'evaluations.answer.closes': 'You can fill in this questionnaire until {date}.',
  'evaluations.answer.saveLater':
    'No time to answer everything? Choose "Save and continue later" and finish the questionnaire later.',
  'evaluations.answer.requiredNote':
    'Questions marked "(required)" need an answer before you send the questionnaire.',
  'evaluations.answer.required': 'required',
  'evaluations.answer.submit': 'Send',
  'evaluations.answer.save': 'Save and continue later',
  'evaluations.answer.openHint': 'At most {max} characters.',
  'evaluations.answer.multipleHint': 'You can choose more than one answer.',
  'evaluations.answer.saved':
    'Your answers have been saved. You can finish the questionnaire later from My JEP.',
  'evaluations.answer.thanksTitle': 'Thank you for filling in the questionnaire',
  'evaluations.answer.thanksText': 'Your answers to "{title}" have been sent.',
  'evaluations.answer.thanksAnonymous':
    'Your answers are stored without your name and are only shown together with those of others.',
  'evaluations.answer.toMijn': 'To My JEP',
  'evaluations.answer.answeredTitle': 'You have already filled in this questionnaire',
  'evaluations.answer.answeredText':
    'You have already filled in and sent "{title}". A questionnaire can be filled in once; your answers have been kept.',
  'evaluations.answer.closedTitle': 'This questionnaire is closed',
  'evaluations.answer.closedText':
    '"{title}" could be filled in until {date}. Answers can no longer be sent.',
  'evaluations.answer.closedTextNoDate':
    '"{title}" can no longer be filled in. Answers can no longer be sent.',
  'evaluations.answer.requiredChoice': 'Choose an answer.',
  'evaluations.answer.requiredMultiple': 'Choose at least one answer.',
  'evaluations.answer.requiredText': 'Enter an answer.',
  'evaluations.answer.likertRange': 'Choose a value from 1 to {points}.',
  'evaluations.answer.invalidOption': 'Choose one of the options.',
  'evaluations.answer.tooLong': 'Use at most {max} characters.',

  'mail.evaluation.greeting': 'Dear {name},',
  'mail.evaluation.closes': 'open until {date}',
  'mail.evaluation.button': 'Fill in the questionnaire',
  'mail.evaluation.anonymous':
    'Your answers are stored without your name. Results are only shown when at least {min} participants have answered.',
  'mail.evaluation.saveLater':
    'You can save in between and continue later. You will also find the questionnaire on My JEP.',
  'mail.evaluation-invitation.subject': 'Questionnaire about {offeringTitle}',
  'mail.evaluation-invitation.text':
    'We have a questionnaire for you about your participation in {offeringTitle} ({editionTitle}). Would you fill it in? It takes a few minutes.',
  'mail.evaluation-invitation.textSeveral':
    'You took part in {offeringTitle} ({editionTitle}). Would you fill in these questionnaires? They take a few minutes.',
  'mail.evaluation-reminder.subject': 'Reminder: questionnaire about {offeringTitle}',
  'mail.evaluation-reminder.text':
    'A week ago we asked you to fill in a questionnaire about {offeringTitle} ({editionTitle}). You have not sent it yet. Would you still do so?',
  'mail.evaluation-reminder.textSeveral':
    'A week ago we asked you to fill in questionnaires about {offeringTitle} ({editionTitle}). You have not sent them yet. Would you still do so?',
};
