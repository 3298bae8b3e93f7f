import type { networkOrganisationNl } from './network-organisation.nl';

/** Messages of the network organisation pages (en): /netwerk/:slug, the contact relay, open data. */
export const networkOrganisationEn: Record<keyof typeof networkOrganisationNl, string> = {
  'networkOrganisation.pageTitle': '{name} · Network',
  'networkOrganisation.back': 'Back to the network',
  'networkOrganisation.kicker': 'Network partner',
  'networkOrganisation.staffLink': 'Manage this listing',
  'networkOrganisation.outdated.title': 'Possibly out of date',
  'networkOrganisation.outdated.text':
    'The organisation last confirmed these details on {date}. They may have changed since.',
  'networkOrganisation.field.type': 'Type of organisation',
  'networkOrganisation.field.expertise': 'Expertise',
  'networkOrganisation.field.provinces': 'Works in the province',
  'networkOrganisation.field.municipalities': 'Works in the municipality',
  'networkOrganisation.field.address': 'Address',
  'networkOrganisation.field.website': 'Website',
  'networkOrganisation.field.email': 'Email address',
  'networkOrganisation.field.phone': 'Phone',
  'networkOrganisation.field.memberSince': 'Member of the network since',
  'networkOrganisation.field.jobTitle': 'Job title',
  'networkOrganisation.about': 'About the organisation',
  'networkOrganisation.contacts.title': 'Contact persons',
  'networkOrganisation.contacts.none': 'There are no contact persons you can see here.',
  'networkOrganisation.contacts.visibleTo': 'Visible to: {who}',
  'networkOrganisation.contacts.moreAfterLogin':
    'Signed-in professionals and partners see more contact persons here.',
  'networkOrganisation.contacts.loginLink': 'Sign in',
  'networkOrganisation.relay.title': 'Send a message',
  'networkOrganisation.relay.intro':
    'Your message goes to {name} through Platform JEP. You will not see the email address it is delivered to. You get a copy yourself.',
  'networkOrganisation.relay.loginFirst':
    'Would you like to send this organisation a message? Sign in and you can do so through Platform JEP.',
  'networkOrganisation.relay.noAddress':
    'This organisation has not given an email address, so a message through Platform JEP is not possible.',
  'networkOrganisation.relay.subject': 'Subject',
  'networkOrganisation.relay.message': 'Your message',
  'networkOrganisation.relay.messageHint': 'At most 5,000 characters.',
  'networkOrganisation.relay.shareDetails':
    'My name and email address are sent with the message, so the organisation can reply to me.',
  'networkOrganisation.relay.shareDetailsRequired':
    'Tick that your name and email address are sent along: otherwise the organisation cannot reply to you.',
  'networkOrganisation.relay.sendAs': 'You send the message as {name} ({email}).',
  'networkOrganisation.relay.submit': 'Send message',
  'networkOrganisation.relay.sent':
    'Your message has been sent to {name}. You will get a copy by email.',
  'networkOrganisation.relay.throttled':
    'You have sent many messages recently (at most 5 an hour and 20 a day). This message was not sent. Please try again later; your text is still in the form.',
  'networkOrganisation.relay.invalidCharacters':
    'The message contains characters that cannot go into an email. Remove them and try again.',

  'mail.network-relay.subject': 'Message through Platform JEP: {subject}',
  'mail.network-relay.intro':
    '{senderName} sent you a message about {organisationName} through the Platform JEP network.',
  'mail.network-relay.replyTo': 'You can reply to {senderName} directly: {senderEmail}.',
  'mail.network-relay.from': 'From',
  'mail.network-relay.subjectLabel': 'Subject',
  'mail.network-relay.why':
    'You receive this message because this email address is in your listing in the Platform JEP network. Your address was not shown to the sender.',
  'mail.network-relay.page': 'Your listing',
  'mail.network-relay-copy.subject': 'Copy of your message to {organisationName}',
  'mail.network-relay-copy.intro':
    'You sent this message to {organisationName} through Platform JEP. Your name and email address were sent along, so the organisation can reply to you.',
};
