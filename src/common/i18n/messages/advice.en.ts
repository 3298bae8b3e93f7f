import type { adviceNl } from './advice.nl';

/** Messages of Advies op Maat for requesters: /advies and its form, e-mail verification, following a request and replying, the follow-up questionnaire (en). */
export const adviceEn: Record<keyof typeof adviceNl, string> = {
  'advice.status.unverified': 'Waiting for e-mail confirmation',
  'advice.status.new': 'New',
  'advice.status.assigned': 'Assigned',
  'advice.status.in_progress': 'In progress',
  'advice.status.appointment': 'Appointment planned',
  'advice.status.completed': 'Completed',
  'advice.status.referred': 'Referred',
  'advice.status.closed': 'Closed without advice',
  'advice.urgency.normal': 'No hurry',
  'advice.urgency.soon': 'Within a week, please',
  'advice.urgency.urgent': 'Urgent',
  'advice.contact.email': 'By e-mail',
  'advice.contact.phone': 'By phone',
  'advice.contact.video': 'In a video call',
  'advice.contact.in_person': 'In person',
  'nav.advice': 'Advice',
  'nav.adviceAdmin': 'Advice requests',
  'advice.error.wrongState':
    'This advice request has been changed or closed meanwhile. Look at the current state and try again.',
  'advice.error.throttled':
    'You have sent many requests in a short time. Please try again in an hour, or e-mail us.',
  'advice.error.tokenInvalid':
    'This link is not valid (any more). Check that you used the whole link from the e-mail.',
  'advice.error.unknownMunicipality': 'Choose a municipality from the list.',
  'advice.error.unknownTopic': 'Choose a topic from the list.',
  // --- asking on /advies (helper A1)
  'advice.ask.title': 'Advies op Maat (tailored advice)',
  'advice.ask.lead':
    'Do you have a question about polarisation or radicalisation as a professional, a team or a municipality? Ask JEP for tailored advice.',
  'advice.ask.whatTitle': 'What can you ask about?',
  'advice.ask.what.remark': 'A worrying remark by a pupil in class',
  'advice.ask.what.online': 'Online influences on young people, such as videos or groups',
  'advice.ask.what.tension':
    'Tension between groups in the neighbourhood, at school or in the team',
  'advice.ask.what.local': 'Setting up a local approach in your municipality',
  'advice.ask.howTitle': 'How does it work?',
  'advice.ask.how':
    'A JEP adviser answers your question: sometimes with a conversation, sometimes by referring you to a training, a partner or another service.',
  'advice.ask.responseTime': 'You get a first response within {days} working days.',
  'advice.ask.formTitle': 'Ask your question',
  'advice.ask.youLegend': 'About you',
  'advice.ask.questionLegend': 'Your question',
  'advice.ask.accountEmail':
    'We reply to the e-mail address of your account: {email}. You follow your question on My JEP.',
  'advice.ask.visitorNote':
    'You first get an e-mail to confirm your address. Only then does your question reach our advisers.',
  'advice.ask.privacyTitle': 'Do not name young people',
  'advice.ask.privacy':
    'Do not include names or other traceable details of young people in your question, such as a name, school and class, address, photo or user name. Describe the situation in general terms; the adviser will ask if needed.',
  'advice.ask.submit': 'Send question',
  'advice.ask.queued':
    'Your question {reference} has been received. You get a confirmation by e-mail.',
  'advice.field.name': 'Name',
  'advice.field.email': 'E-mail address',
  'advice.field.phone': 'Phone number',
  'advice.field.phoneHint': 'Only if we may also call you.',
  'advice.field.organisation': 'Organisation',
  'advice.field.role': 'Job or role',
  'advice.field.roleHint': 'For example teacher, youth worker or policy adviser.',
  'advice.field.municipality': 'Municipality where the question arises',
  'advice.field.topic': 'Topic',
  'advice.field.topicChoose': 'Choose a topic',
  'advice.field.question': 'Your question',
  'advice.field.questionHint':
    'Describe the situation and what you would like to know. At most {max} characters.',
  'advice.field.urgency': 'How urgent is your question?',
  'advice.field.contactPreference': 'How would you prefer to be contacted?',
  'advice.checkMail.title': 'Check your mailbox',
  'advice.checkMail.text':
    'We have sent you an e-mail with a link to confirm your question. Only after you confirm does your question reach our advisers.',
  'advice.checkMail.noMail':
    'No e-mail? Also check your spam folder. The link keeps working until you use it.',
  'advice.confirm.title': 'Confirm your advice request',
  'advice.confirm.text':
    'Confirm that you ({email}) asked Advies op Maat this question about “{topic}”. Your question then reaches our advisers.',
  'advice.confirm.submit': 'Confirm question',
  'advice.confirm.notYou':
    'Did you not ask this question? Then you need not do anything: without confirmation the question is not handled.',
  'advice.confirm.done':
    'Your question is confirmed and with our advisers. You get an e-mail with this personal link: keep it to follow your question.',
  'advice.linkInvalid.title': 'This link does not work',
  'advice.linkInvalid.text':
    'Nothing has changed. Have you confirmed your question already? Then use the personal link from the second e-mail.',
  'advice.linkInvalid.askAgain': 'Ask a new question',
  'advice.request.title': 'Advice request {reference}',
  'advice.request.reference': 'Number',
  'advice.request.status': 'Status',
  'advice.request.topic': 'Topic',
  'advice.request.question': 'Your question',
  'advice.request.submitted': 'Asked on',
  'advice.request.responseDue': 'First response by',
  'advice.request.closedOn': 'Closed on',
  'advice.request.referredTo': 'Referred to',
  'advice.request.adviser': 'Your adviser',
  'advice.request.urgency': 'Urgency',
  'advice.request.contact': 'Contact preference',
  'advice.request.privateLink':
    'This is your personal link. Do not share it: anyone with this link can read your question.',
  'advice.request.messagesTitle': 'Messages',
  'advice.request.noMessages': 'There are no messages yet.',
  'advice.request.fromJep': 'JEP',
  'advice.request.fromJepNamed': 'JEP ({name})',
  'advice.request.fromYou': 'You',
  'advice.request.appointmentsTitle': 'Appointments',
  'advice.request.mode.online': 'Online',
  'advice.request.mode.place': 'In person',
  'advice.request.mode.phone': 'By phone',
  'advice.request.joinOnline': 'Join the online meeting',
  'advice.request.replyTitle': 'Reply',
  'advice.request.replyField': 'Your reply',
  'advice.request.replyHint':
    'Your adviser reads your reply here and is notified. At most {max} characters; do not name young people.',
  'advice.request.replySubmit': 'Send reply',
  'advice.request.replied': 'Your reply has been sent.',
  'advice.request.closedNote':
    'This question is closed; replying is no longer possible. Do you have a new question?',
  'advice.request.askNew': 'Ask a new question',
  'advice.request.backToMine': 'Back to my advice requests',
  'advice.mineList.title': 'My advice requests',
  'advice.mineList.none': 'You have not asked for advice yet.',
  'advice.mineList.ask': 'Ask Advies op Maat a question',
  'advice.followUp.title': 'Looking back on your advice request',
  'advice.followUp.lead':
    'Your question {reference} has been completed. Would you let us know how useful the advice was? It takes a minute.',
  'advice.followUp.legend': 'Was the advice useful?',
  'advice.followUp.usefulness.1': '1 – not useful at all',
  'advice.followUp.usefulness.2': '2 – of little use',
  'advice.followUp.usefulness.3': '3 – fairly useful',
  'advice.followUp.usefulness.4': '4 – useful',
  'advice.followUp.usefulness.5': '5 – very useful',
  'advice.followUp.comment': 'Comment',
  'advice.followUp.commentHint':
    'What helped, what could be better? At most {max} characters; do not name young people.',
  'advice.followUp.submit': 'Send answer',
  'advice.followUp.saved': 'Thank you, your answer has been saved.',
  'advice.followUp.doneTitle': 'Thank you for your answer',
  'advice.followUp.doneText':
    'Your answer has been saved. We only use the answers in summary, to improve Advies op Maat.',
  'advice.followUp.alreadyTitle': 'You have already answered this questionnaire',
  'advice.followUp.alreadyText':
    'There is one answer per request; nothing has changed. Thank you for your earlier answer.',
  'advice.error.tooManyUnverified':
    'Three questions from this e-mail address are already waiting for confirmation. Please confirm those first through the links in your e-mail.',
  'advice.error.followUpAnswered': 'You have already answered this questionnaire.',
  'mail.advice-verify.subject': 'Confirm your advice request to JEP',
  'mail.advice-verify.text':
    'You asked Advies op Maat a question about “{topic}”. Confirm with the button below that this is your e-mail address; only then does your question reach our advisers.',
  'mail.advice-verify.button': 'Confirm question',
  'mail.advice-received.subject': 'Your advice request {reference} has been received',
  'mail.advice-received.intro':
    'Thank you for your question to Advies op Maat. Your question has number {reference}. This is what you asked:',
  'mail.advice-received.due':
    'You get a first response from an adviser by {due} ({days} working days).',
  'mail.advice-received.privateLink':
    'Follow your question and reply through this personal link. Do not share it:',
  'mail.advice-received.mineLink': 'Follow your question and reply on My JEP:',
  'mail.advice-reply-received.subject': 'New reply to advice request {reference}',
  'mail.advice-reply-received.text':
    'The requester of advice request {reference} has replied. Read the reply in the admin:',
  'mail.advice-follow-up.subject': 'Was our advice useful? ({reference})',
  'mail.advice-follow-up.text':
    'Your advice request {reference} has been completed. Would you let us know how useful the advice was? It is one question, and a comment if you like.',
  'mail.advice-follow-up.button': 'Answer the questionnaire',
  'mail.advice-follow-up.once': 'You get this question once.',
};
