import type { attendanceNl } from './attendance.nl';

/** Messages of the attendance pages (en). Keys: 'attendance.…'. */
export const attendanceEn: Record<keyof typeof attendanceNl, string> = {
  'attendance.status.present': 'Present',
  'attendance.status.absent': 'Absent',
  'attendance.status.excused': 'Excused',
  'attendance.status.unmarked': 'Not filled in',

  'attendance.roster.title': 'Attendance {offering}, {edition}',
  'attendance.roster.heading': 'Attendance',
  'attendance.roster.backToEdition': 'Back to the edition',
  'attendance.roster.backToMine': 'Back to My JEP',
  'attendance.roster.offering': 'Offering',
  'attendance.roster.edition': 'Edition',
  'attendance.roster.meeting': 'Meeting',
  'attendance.roster.meetingOf': '{number} of {total}',
  'attendance.roster.date': 'Date',
  'attendance.roster.time': 'Time',
  'attendance.roster.place': 'Place',
  'attendance.roster.online': 'Online',
  'attendance.roster.trainers': 'Trainers',
  'attendance.roster.counts':
    'Present: {present} · Absent: {absent} · Excused: {excused} · Not filled in: {unmarked}',
  'attendance.roster.lastSaved': 'Last saved on {when} by {name}.',
  'attendance.roster.lastSavedUnknown': 'Last saved on {when}.',
  'attendance.roster.print': 'Print the attendance list',
  'attendance.roster.csv': 'Download the attendance list (CSV)',
  'attendance.roster.completion': 'Completion of this edition',
  'attendance.roster.participants': 'Participants',
  'attendance.roster.intro':
    'Choose present, absent or excused for each participant and save the list in one go. Excused means: absent with notice.',
  'attendance.roster.none': 'There are no participants with a confirmed place (yet).',
  'attendance.roster.notYet':
    'This meeting is on {date}. You can fill in attendance from that day. You can already print the attendance list.',
  'attendance.roster.save': 'Save attendance',
  'attendance.roster.saved': 'Attendance has been saved ({count} changed).',
  'attendance.roster.unchanged': 'Attendance has been saved. Nothing changed.',

  'attendance.print.title': 'Attendance list {offering}, {edition}',
  'attendance.print.heading': 'Attendance list',
  'attendance.print.back': 'Back to attendance',
  'attendance.print.hint': "Print this page with your browser's print function (Ctrl+P).",
  'attendance.print.caption': 'Participants of this meeting',
  'attendance.print.number': 'No.',
  'attendance.print.signature': 'Signature',
  'attendance.print.printed': 'Printed on {when}',

  'attendance.csv.name': 'Name',
  'attendance.csv.organisation': 'Organisation',
  'attendance.csv.status': 'Attendance',
  'attendance.csv.markedAt': 'Filled in on',

  'attendance.col.name': 'Name',
  'attendance.col.organisation': 'Organisation',
  'attendance.col.status': 'Attendance',
  'attendance.col.meetings': 'Meetings',
  'attendance.col.hours': 'Hours',
  'attendance.col.completion': 'Completion',

  'attendance.edition.link': 'Attendance',
  'attendance.edition.linkMeeting': 'of meeting {number}',

  'attendance.completion.title': 'Completion {offering}, {edition}',
  'attendance.completion.heading': 'Completion',
  'attendance.completion.back': 'Back to the edition',
  'attendance.completion.rule': 'Completion rule',
  'attendance.completion.rule.all_meetings': 'Present at every meeting',
  'attendance.completion.rule.min_percent': 'Present for at least {percent}% of the hours',
  'attendance.completion.excusedCounts': 'Excused counts as present',
  'attendance.completion.excusedNotCounted': 'Excused counts as absent',
  'attendance.completion.meetings': 'Meetings',
  'attendance.completion.meetingsValue': '{count} meetings, {hours} hours',
  'attendance.completion.ended': 'Last meeting',
  'attendance.completion.endedYes': 'Ended on {date}',
  'attendance.completion.endedNo':
    'On {date}. After that the platform decides completion by the rule.',
  'attendance.completion.rosters': 'Attendance lists',
  'attendance.completion.rosterLink': 'Meeting {number}: {date}',
  'attendance.completion.participants': 'Participants',
  'attendance.completion.none': 'There are no participants with a confirmed place.',
  'attendance.completion.meetingsCount': '{attended} of {total}',
  'attendance.completion.hoursCount': '{attended} of {total}',
  'attendance.completion.undecided': 'Not decided yet',
  'attendance.completion.corrected': 'corrected',
  'attendance.completion.correctedNote': 'Corrected by JEP: {note}',
  'attendance.completion.breakdown':
    'Present {present}, excused {excused}, absent {absent}, not filled in {unmarked}.',
  'attendance.completion.correctTitle': 'Correct completion',
  'attendance.completion.correctIntro':
    'A correction overrides the rule: the platform will not change this completion afterwards. Always give the reason.',
  'attendance.completion.choice': 'Completion',
  'attendance.completion.choice.completed': 'Completed',
  'attendance.completion.choice.not_completed': 'Not completed',
  'attendance.completion.reason': 'Reason for the correction',
  'attendance.completion.reasonHint':
    'At most 500 characters. The reason is kept in the audit log.',
  'attendance.completion.save': 'Save correction for {name}',
  'attendance.completion.savedFlash': 'The completion of {name} has been corrected.',

  'attendance.error.invalidStatus': 'Choose present, absent or excused.',
  'attendance.error.notOnRoster':
    'The form names someone who is not (or no longer) on this attendance list. Nothing has been saved. Reload the page and try again.',
  'attendance.error.nothingChosen':
    'Choose present, absent or excused for at least one participant.',
  'attendance.error.notYet':
    'You can fill in attendance from the day of the meeting. Nothing has been saved.',
  'attendance.error.completionChoice': 'Choose completed or not completed.',
  'attendance.error.reasonRequired': 'Give the reason for the correction.',
  'attendance.error.reasonTooLong': 'Use at most 500 characters.',
  'attendance.error.notConfirmed':
    'This enrolment has no confirmed place. Only participants with a confirmed place have a completion.',
};
