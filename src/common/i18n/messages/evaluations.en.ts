import type { evaluationsNl } from './evaluations.nl';

/** Messages of Evidence Based Werken, questionnaires: building them, versions, attaching them to offerings; shared words (en). */
export const evaluationsEn: Record<keyof typeof evaluationsNl, string> = {
  'nav.reports': 'Reports',
  'evaluations.error.wrongState':
    'This questionnaire has been changed or closed meanwhile. Look at the current state and try again.',
  'evaluations.moment.pre': 'Pre-measurement',
  'evaluations.moment.post': 'Post-measurement',
  'evaluations.moment.evaluation': 'Evaluation',
  'evaluations.builder.title': 'Questionnaires',
  'evaluations.builder.lead':
    "Questionnaires for evaluating the offerings and for the pre- and post-measurement. Attach a questionnaire to an offering on that offering's evaluation page.",
  'evaluations.builder.new': 'New questionnaire',
  'evaluations.builder.none': 'There are no questionnaires yet.',
  'evaluations.builder.back': 'Back to the questionnaires',
  'evaluations.builder.backTo': 'Back to {title}',
  'evaluations.builder.create': 'Create questionnaire',
  'evaluations.builder.created': 'Questionnaire "{title}" has been created. Now add the questions.',
  'evaluations.builder.saved': 'Questionnaire "{title}" has been saved.',
  'evaluations.builder.archivedDone':
    'Questionnaire "{title}" has been archived. It can no longer be attached to an offering.',
  'evaluations.builder.unarchivedDone':
    'Questionnaire "{title}" has been restored and can be attached again.',
  'evaluations.builder.archived': 'archived',
  'evaluations.builder.kind.evaluation': 'Evaluation (after the last meeting)',
  'evaluations.builder.kind.prepost':
    'Pre- and post-measurement (the same questions before and after)',
  'evaluations.builder.col.title': 'Title',
  'evaluations.builder.col.kind': 'Kind',
  'evaluations.builder.col.version': 'Version',
  'evaluations.builder.col.items': 'Questions',
  'evaluations.builder.col.responses': 'Responses',
  'evaluations.builder.col.usedBy': 'Used by',
  'evaluations.builder.field.title': 'Title',
  'evaluations.builder.field.intro': 'Introduction for the participant',
  'evaluations.builder.field.introHint': 'Shown above the questions. At most {max} characters.',
  'evaluations.builder.field.kind': 'Kind of questionnaire',
  'evaluations.builder.field.sectionTitle': 'Title of the section',
  'evaluations.builder.field.isScale': 'This section is a scale',
  'evaluations.builder.field.isScaleHint':
    'The Likert questions of a scale measure one thing together; the report also shows their mean.',
  'evaluations.builder.versionN': 'Version {version}',
  'evaluations.builder.preview': 'View preview',
  'evaluations.builder.previewTitle': 'Preview: {title}',
  'evaluations.builder.previewBadge': 'Preview.',
  'evaluations.builder.previewNote':
    'This is how a participant sees version {version} of this questionnaire. Nothing can be filled in or sent here.',
  'evaluations.builder.previewSubmit': 'Send',
  'evaluations.builder.answeredNote':
    'This questionnaire has been answered. Questions with answers can no longer be changed or deleted, only hidden. Changing the questions after a version has been answered makes a new version.',
  'evaluations.builder.items': 'Questions',
  'evaluations.builder.noItems': 'There are no questions yet.',
  'evaluations.builder.scale': 'scale',
  'evaluations.builder.sectionEditLink': 'Change section',
  'evaluations.builder.addItemHere': 'Add a question to this section',
  'evaluations.builder.up': 'Up',
  'evaluations.builder.down': 'Down',
  'evaluations.builder.sectionRemove': 'Remove section',
  'evaluations.builder.sectionAdd': 'Add a section',
  'evaluations.builder.sectionLead':
    'A section groups questions under a heading, for example "Confidence in the conversation".',
  'evaluations.builder.sectionAddSubmit': 'Add section',
  'evaluations.builder.sectionEdit': 'Change section',
  'evaluations.builder.sectionAdded': 'Section "{title}" has been added.',
  'evaluations.builder.sectionSaved': 'Section "{title}" has been saved.',
  'evaluations.builder.sectionRemoved': 'The section has been removed.',
  'evaluations.builder.sectionNotEmpty':
    'This section still has questions (hidden ones count too). Move or delete them first.',
  'evaluations.builder.moved': 'The order has been changed.',
  'evaluations.builder.details': 'Title and introduction',
  'evaluations.builder.versions': 'Versions',
  'evaluations.builder.versionSince': 'Version {version}, since {since}',
  'evaluations.builder.versionResponses': 'responses: {count}',
  'evaluations.builder.current': 'current version',
  'evaluations.builder.usedBy': 'Used by',
  'evaluations.builder.usedByNone':
    "No offering uses this questionnaire yet. Attach it on an offering's evaluation page.",
  'evaluations.builder.archive': 'Archive',
  'evaluations.builder.unarchive': 'Restore',
  'evaluations.builder.archiveLead':
    'An archived questionnaire is kept for the reports but can no longer be attached to an offering.',
  'evaluations.builder.unarchiveLead':
    'This questionnaire is archived. Restore it to be able to attach it again.',
  'evaluations.item.type.likert': 'Likert scale',
  'evaluations.item.type.single': 'Single choice',
  'evaluations.item.type.multiple': 'Multiple choice',
  'evaluations.item.type.open': 'Open question',
  'evaluations.item.points5': '5 points (1–5)',
  'evaluations.item.points7': '7 points (1–7)',
  'evaluations.item.required': 'required',
  'evaluations.item.answered': 'has answers',
  'evaluations.item.hiddenSince': 'hidden since version {version}',
  'evaluations.item.addedIn': 'new in version {version}',
  'evaluations.item.editLink': 'Change',
  'evaluations.item.hide': 'Hide',
  'evaluations.item.delete': 'Delete',
  'evaluations.item.new': 'Add a question',
  'evaluations.item.edit': 'Change question',
  'evaluations.item.lead':
    'A question of the questionnaire "{title}". For a Likert scale fill in the points and labels, for a choice question the options.',
  'evaluations.item.answeredNote':
    'This question has answers. Only whether it is required can still change; its text, kind, points, labels, options and section are fixed.',
  'evaluations.item.field.type': 'Kind of question',
  'evaluations.item.field.text': 'Question',
  'evaluations.item.field.textHint': 'At most {max} characters.',
  'evaluations.item.field.required': 'The participant must answer this question',
  'evaluations.item.field.section': 'Section',
  'evaluations.item.field.noSection': 'No section',
  'evaluations.item.likertGroup': 'Only for a Likert scale',
  'evaluations.item.field.scalePoints': 'Number of points',
  'evaluations.item.field.labelLow': 'Label of the lowest point',
  'evaluations.item.field.labelLowHint':
    'Needed for a Likert scale, for example "Strongly disagree".',
  'evaluations.item.field.labelHigh': 'Label of the highest point',
  'evaluations.item.field.labelHighHint':
    'Needed for a Likert scale, for example "Strongly agree".',
  'evaluations.item.field.middleLabels': 'Labels of the points in between',
  'evaluations.item.field.middleLabelsHint':
    'One per line, from low to high: 3 for 5 points, 5 for 7 points. Leave empty to show only the numbers.',
  'evaluations.item.choiceGroup': 'Only for a choice question',
  'evaluations.item.field.options': 'Options',
  'evaluations.item.field.optionsHint':
    'Needed for a choice question: one option per line, 2 to 20 options of at most 200 characters.',
  'evaluations.item.addSubmit': 'Add question',
  'evaluations.item.added': 'The question has been added.',
  'evaluations.item.saved': 'The question has been saved.',
  'evaluations.item.deleted': 'The question has been deleted.',
  'evaluations.item.hiddenDone':
    'The question has been hidden: from version {version} on it is no longer asked. Earlier answers stay in the reports.',
  'evaluations.item.frozen':
    'This question already has answers, so it cannot be deleted or have its content changed. You can hide it and add a new question. Nothing has been changed.',
  'evaluations.item.hideUnanswered': 'This question has no answers yet: you can simply delete it.',
  'evaluations.item.pointsInvalid': 'Choose 5 or 7 points.',
  'evaluations.item.middleLabelsCount':
    'Fill in exactly {count} labels, one per line, or leave this field empty.',
  'evaluations.item.labelTooLong': 'A label may have at most {max} characters.',
  'evaluations.item.optionsCount': 'Fill in {min} to {max} options, one per line.',
  'evaluations.item.optionTooLong': 'An option may have at most {max} characters.',
  'evaluations.item.optionsDuplicate': 'Each option may appear only once.',
  'evaluations.offering.title': 'Evaluation of the offering',
  'evaluations.offering.back': 'Back to {title}',
  'evaluations.offering.heading': 'Questionnaires of {title}',
  'evaluations.offering.lead':
    'Every edition of this offering asks its participants to fill in the evaluation after the last meeting and, if you choose one, the pre- and post-measurement before the first and after the last meeting.',
  'evaluations.offering.evaluation': 'Evaluation questionnaire',
  'evaluations.offering.prepost': 'Pre- and post-measurement',
  'evaluations.offering.evaluationHint':
    'After the last meeting: how did the participants experience it?',
  'evaluations.offering.prepostHint':
    'Optional. The same questions before the first and after the last meeting, for the effect.',
  'evaluations.offering.none': 'None',
  'evaluations.offering.noneOption': 'No questionnaire',
  'evaluations.offering.manage': 'Manage questionnaires',
  'evaluations.offering.saved': 'The questionnaires of "{title}" have been saved.',
  'evaluations.offering.unsuitable':
    'Choose a questionnaire from the list: this one does not exist, is of another kind or is archived.',
  'evaluations.offering.link': 'Evaluation and questionnaires',
};
