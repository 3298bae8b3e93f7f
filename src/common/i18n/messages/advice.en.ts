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
};
