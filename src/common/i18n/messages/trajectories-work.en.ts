import type { trajectoriesWorkNl } from './trajectories-work.nl';

/** Messages of JOS trajectories, working together: the log, actions and their reminders, document links, the self-assessment (en). */
export const trajectoriesWorkEn: Record<keyof typeof trajectoriesWorkNl, string> = {
  'trajectories.work.coach': 'JEP coach',

  'trajectories.log.title': 'Log',
  'trajectories.log.lead':
    'Keep track together of what was discussed and agreed: meetings and notes, dated, with who was there.',
  'trajectories.log.entries': 'Minutes and notes',
  'trajectories.log.by': 'by {name}',
  'trajectories.log.present': 'Present',
  'trajectories.log.others': 'others',
  'trajectories.log.edit': 'Edit',
  'trajectories.log.delete': 'Delete',
  'trajectories.log.empty': 'The log is still empty.',
  'trajectories.log.add': 'Add to the log',
  'trajectories.log.submit': 'Add',
  'trajectories.log.editTitle': 'Edit log entry',
  'trajectories.log.back': 'Back to the log',
  'trajectories.log.added': 'Your entry is in the log.',
  'trajectories.log.updated': 'The entry has been updated.',
  'trajectories.log.removed': 'The entry has been removed from the log.',
  'trajectories.log.privacy':
    'Do not write anything about individual young people here: no names, initials, classes or other details by which someone could be recognised. The log is about the collaboration.',
  'trajectories.log.field.kind': 'Kind',
  'trajectories.log.field.date': 'Date',
  'trajectories.log.field.dateHint': 'The day of the meeting or note; not in the future.',
  'trajectories.log.field.title': 'Subject',
  'trajectories.log.field.body': 'Minutes or note',
  'trajectories.log.field.bodyHint':
    'Plain text; lines stay as you type them. No details about individual young people.',
  'trajectories.log.field.attendees': 'Who was there?',
  'trajectories.log.field.otherAttendees': 'Others who were there',
  'trajectories.log.field.otherAttendeesHint':
    'For example the community police officer or the attendance officer, by their role.',
  'trajectories.log.kind.meeting': 'Meeting',
  'trajectories.log.kind.note': 'Note',
  'trajectories.log.error.notAuthor':
    'Only the person who added this, the JEP coach or JEP staff can change or delete it.',
  'trajectories.log.error.dateInFuture': 'Choose today or an earlier date.',
  'trajectories.log.error.date': 'Enter a real date, such as 2026-03-17.',
  'trajectories.log.error.attendees': 'Choose only participants of this trajectory.',

  'trajectories.actions.title': 'Actions',
  'trajectories.actions.lead':
    'What was agreed, who does it and by when? The owner gets an e-mail for a new action and one reminder when the date has passed.',
  'trajectories.actions.open': 'Open actions',
  'trajectories.actions.overdueSummary': 'Overdue: {count}',
  'trajectories.actions.noneOpen': 'There are no open actions.',
  'trajectories.actions.add': 'Agree an action',
  'trajectories.actions.field.title': 'What needs to be done?',
  'trajectories.actions.field.description': 'Details',
  'trajectories.actions.field.owner': 'Owner',
  'trajectories.actions.field.ownerPlaceholder': 'Choose who does this',
  'trajectories.actions.field.dueOn': 'Due on',
  'trajectories.actions.field.dueOnHint': 'Today or later.',
  'trajectories.actions.submit': 'Add action',
  'trajectories.actions.done': 'Done',
  'trajectories.actions.noneDone': 'No actions have been completed yet.',
  'trajectories.actions.overdue': 'Overdue',
  'trajectories.actions.doneOn': 'Done on',
  'trajectories.actions.reopen': 'Reopen',
  'trajectories.actions.markDone': 'Mark as done',
  'trajectories.actions.added': 'The action "{title}" has been added.',
  'trajectories.actions.markedDone': 'The action "{title}" is done.',
  'trajectories.actions.reopened': 'The action "{title}" is open again.',
  'trajectories.actions.error.owner': 'Choose an owner from the participants of this trajectory.',
  'trajectories.actions.error.ownerRequired': 'Choose who carries out this action.',
  'trajectories.actions.error.dueRequired': 'Enter when the action must be done.',
  'trajectories.actions.error.dueInPast': 'This date has passed: choose today or a later date.',
  'trajectories.actions.mail.due': 'Due on: {date}',
  'trajectories.actions.mail.open': "See the trajectory's actions",
  'trajectories.actions.mail.overdueHint':
    'Already done? Then mark it as done. If it cannot be done, agree a new date with the others.',
  'mail.trajectory-action-assigned.subject': 'A new action for you: {title}',
  'mail.trajectory-action-assigned.intro':
    '{assignedBy} assigned an action to you in the JOS trajectory "{trajectory}":',
  'mail.trajectory-action-overdue.subject': 'Reminder: {title} is overdue',
  'mail.trajectory-action-overdue.intro':
    'This action in the JOS trajectory "{trajectory}" is still open and its date has passed:',

  'trajectories.documents.title': 'Documents',
  'trajectories.documents.lead':
    'Links to documents kept elsewhere, such as a shared folder or the plan of approach. Uploading files is not possible here.',
  'trajectories.documents.list': 'Links',
  'trajectories.documents.addedBy': 'Added by {name} on {date}',
  'trajectories.documents.remove': 'Remove',
  'trajectories.documents.empty': 'No links have been added yet.',
  'trajectories.documents.add': 'Add a link',
  'trajectories.documents.privacy':
    'Do not link to documents with details about individual young people.',
  'trajectories.documents.field.title': 'Name of the document',
  'trajectories.documents.field.url': 'Web address',
  'trajectories.documents.field.urlHint': 'Starts with https:// or http://',
  'trajectories.documents.submit': 'Add link',
  'trajectories.documents.added': 'The link "{title}" has been added.',
  'trajectories.documents.removed': 'The link has been removed.',
  'trajectories.documents.error.url':
    'Enter a full web address starting with https:// or http://, such as https://example.org/plan.',

  'trajectories.assessment.title': 'Self-assessment',
  'trajectories.assessment.lead':
    'At the start and at the end the participants assess the success factors of the collaboration on a scale of 1 to 5, so you can see what changed during the trajectory.',
  'trajectories.assessment.moments': 'Assessments',
  'trajectories.assessment.moment.start': 'Start assessment',
  'trajectories.assessment.moment.end': 'End assessment',
  'trajectories.assessment.answeredAt': 'You filled in this assessment on {date}.',
  'trajectories.assessment.notAnswered': 'You have not filled in this assessment yet.',
  'trajectories.assessment.change': 'Change the {moment}',
  'trajectories.assessment.fillIn': 'Fill in the {moment}',
  'trajectories.assessment.openForMembers': 'This assessment is open to the participants.',
  'trajectories.assessment.notOpen': 'This assessment is not open (yet).',
  'trajectories.assessment.notForYou':
    'The participants fill in the self-assessment; the JEP coach and JEP staff see the results.',
  'trajectories.assessment.results': 'Results',
  'trajectories.assessment.respondents':
    'Filled in by {start} participant(s) at the start and {end} at the end.',
  'trajectories.assessment.caption':
    'Mean score per success factor (1 = not at all, 5 = completely), at the start and at the end, with the number of participants',
  'trajectories.assessment.factor': 'Success factor',
  'trajectories.assessment.all': 'All',
  'trajectories.assessment.school': 'School',
  'trajectories.assessment.youthWork': 'Youth work',
  'trajectories.assessment.n': '(n={n})',
  'trajectories.assessment.noAnswers': 'no answers yet',
  'trajectories.assessment.scaleExplained':
    '1 = not at all, 2 = hardly, 3 = somewhat, 4 = largely, 5 = completely.',
  'trajectories.assessment.comments': 'Comments',
  'trajectories.assessment.noResults': 'There are no answers yet.',
  'trajectories.assessment.back': 'Back to the self-assessment',
  'trajectories.assessment.formLead':
    'For each statement, say how far it holds for your collaboration now. You can change your answers while the assessment is open.',
  'trajectories.assessment.privacy':
    'Do not write anything about individual young people in the comments: no names or details by which someone could be recognised.',
  'trajectories.assessment.field.organisation': 'Which organisation are you answering for?',
  'trajectories.assessment.field.organisationHint':
    'The results are shown per side (school and youth work), without names of people.',
  'trajectories.assessment.submit': 'Save answers',
  'trajectories.assessment.comment': 'Comment on {factor}',
  'trajectories.assessment.scale.1': '1 – not at all',
  'trajectories.assessment.scale.2': '2 – hardly',
  'trajectories.assessment.scale.3': '3 – somewhat',
  'trajectories.assessment.scale.4': '4 – largely',
  'trajectories.assessment.scale.5': '5 – completely',
  'trajectories.assessment.saved': 'Your answers have been saved.',
  'trajectories.assessment.error.closed':
    'This assessment is not open (any more). See the current state of the trajectory.',
  'trajectories.assessment.error.membersOnly':
    'Only participants of the trajectory fill in the self-assessment.',
  'trajectories.assessment.error.organisation': 'Choose the organisation you are answering for.',
  'trajectories.assessment.error.score': 'Choose a score from 1 to 5.',
};
