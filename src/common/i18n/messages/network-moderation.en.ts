import type { networkModerationNl } from './network-moderation.nl';

/** Messages of the network moderation pages and e-mails (en). */
export const networkModerationEn: Record<keyof typeof networkModerationNl, string> = {
  'networkModeration.error.draftSubmitted':
    'Your change has been submitted and is waiting for review by JEP. You can edit it again once JEP has decided.',
  'networkModeration.error.organisationUnknown': 'Choose an organisation from the list.',
  'networkModeration.error.alreadyMember': 'This account is already linked to this organisation.',
  'networkModeration.error.alreadyRequested':
    'You have already asked to be linked to this organisation. JEP is reviewing your request.',
  'networkModeration.error.userUnknown': 'There is no account with this e-mail address.',
  'networkModeration.error.userDeactivated': 'This account has been deactivated.',
  'networkModeration.error.phone':
    'Use only digits, spaces and the characters + - ( ), for example 058 123 45 67.',
  'networkModeration.error.website': 'Enter a web address starting with https:// or http://.',
  'networkModeration.error.unknownExpertise': 'Choose only topics from the list.',
  'networkModeration.error.contactName': 'Enter the name of contact person {n}, or clear the row.',

  'networkModeration.field.name': 'Name of the organisation',
  'networkModeration.field.type': 'Kind of organisation',
  'networkModeration.field.summary': 'Short description',
  'networkModeration.field.summaryHint':
    'One or two sentences for the search results, at most 300 characters.',
  'networkModeration.field.description': 'Description',
  'networkModeration.field.descriptionHint':
    'What does your organisation do about polarisation and radicalisation? You can use Markdown: **bold**, *italic*, lists with - and headings with ##. At most 10,000 characters.',
  'networkModeration.field.expertise': 'Expertise',
  'networkModeration.field.provinces': 'Whole provinces',
  'networkModeration.field.municipalities': 'Municipalities',
  'networkModeration.field.municipalitiesHint':
    'Hold Ctrl (or Cmd on a Mac) to choose more municipalities. With the keyboard: Shift and the arrow keys.',
  'networkModeration.field.address': 'Address',
  'networkModeration.field.postcode': 'Postcode',
  'networkModeration.field.city': 'Town',
  'networkModeration.field.website': 'Website',
  'networkModeration.field.websiteHint': 'Starts with https://',
  'networkModeration.field.publicEmail': 'General e-mail address',
  'networkModeration.field.publicPhone': 'General phone number',
  'networkModeration.field.contacts': 'Contact persons',
  'networkModeration.field.contactName': 'Name',
  'networkModeration.field.contactJobTitle': 'Job title',
  'networkModeration.field.contactEmail': 'E-mail address',
  'networkModeration.field.contactPhone': 'Phone',
  'networkModeration.field.contactVisibility': 'Who sees this contact person?',
  'networkModeration.field.applicantName': 'Your name',
  'networkModeration.field.motivation': 'Why do you want to join the network?',
  'networkModeration.field.motivationHint':
    'Tell us briefly what your organisation does about polarisation and radicalisation and what you expect from the network. At most 3,000 characters.',

  'networkModeration.form.organisation': 'The organisation',
  'networkModeration.form.preview': 'Preview the description',
  'networkModeration.form.previewTitle': 'This is how the description looks',
  'networkModeration.form.previewNote': 'This is a preview: nothing has been saved yet.',
  'networkModeration.form.area': 'Area of work',
  'networkModeration.form.areaHint':
    'Choose the provinces you work in as a whole, or the municipalities you work in. Both is fine too.',
  'networkModeration.form.public': 'Public details',
  'networkModeration.form.contactsHint':
    'Enter up to five contact persons; empty rows are ignored. Choose for each person who sees them.',
  'networkModeration.contact.legend': 'Contact person {n}',

  'networkModeration.diff.field': 'Field',
  'networkModeration.diff.published': 'Published',
  'networkModeration.diff.proposed': 'Proposed',
  'networkModeration.diff.value': 'Content',
  'networkModeration.diff.changed': 'changed',
  'networkModeration.diff.added': 'added',
  'networkModeration.diff.removed': 'removed',
  'networkModeration.diff.empty': 'empty',
  'networkModeration.diff.changedFields': '{count} fields changed: {fields}.',
  'networkModeration.diff.noChanges': 'Nothing has changed compared with the published version.',

  'networkModeration.draftStatus.draft': 'Draft',
  'networkModeration.draftStatus.submitted': 'Submitted, waiting for review',
  'networkModeration.draftStatus.returned': 'Returned',
  'networkModeration.draftStatus.published': 'Published',
  'networkModeration.membershipStatus.requested': 'Requested',
  'networkModeration.membershipStatus.active': 'Linked',
  'networkModeration.membershipStatus.declined': 'Declined',
  'networkModeration.applicationStatus.pending': 'Received, waiting for review',
  'networkModeration.applicationStatus.accepted': 'Accepted',
  'networkModeration.applicationStatus.declined': 'Declined',
  'networkModeration.organisationStatus.published': 'Published',
  'networkModeration.organisationStatus.archived': 'Archived',
  'networkModeration.unknownUser': 'Unknown (account removed)',

  'networkModeration.mine.title': 'My organisation in the network',
  'networkModeration.mine.lead':
    "Here you keep your organisation's listing in the national network up to date. JEP looks at every change before it becomes visible.",
  'networkModeration.mine.linked': 'Your organisations',
  'networkModeration.mine.archived': 'This listing is archived and not in the network.',
  'networkModeration.mine.draftState': 'Latest change',
  'networkModeration.mine.returnedMessage': 'JEP returned your change with this message:',
  'networkModeration.mine.viewSubmitted': 'View the submitted change of {name}',
  'networkModeration.mine.edit': 'Edit the listing of {name}',
  'networkModeration.mine.publicPage': 'Public page',
  'networkModeration.mine.none': 'You are not linked to an organisation yet.',
  'networkModeration.mine.requests': 'Your requests to be linked',
  'networkModeration.mine.requestedAt': 'requested on {date}',
  'networkModeration.mine.applications': 'Registering a new organisation',
  'networkModeration.mine.appliedAt': 'applied on {date}',
  'networkModeration.mine.decisionMessage': 'Message from JEP',
  'networkModeration.mine.applyIntro': 'Is your organisation not in the network yet?',
  'networkModeration.mine.applyLink': 'Register your organisation',

  'networkModeration.request.title': 'Ask to be linked to an organisation',
  'networkModeration.request.intro':
    'Do you work for an organisation that is already in the network? Ask to be linked. Once JEP approves, you can edit its listing.',
  'networkModeration.request.searchLabel': 'Search organisations',
  'networkModeration.request.search': 'Search by name or town',
  'networkModeration.request.searchSubmit': 'Search',
  'networkModeration.request.organisation': 'Organisation',
  'networkModeration.request.organisationHint':
    'Is your organisation not listed? Search above by name or town.',
  'networkModeration.request.note': 'Note for JEP',
  'networkModeration.request.noteHint':
    'For example your role at the organisation. At most 500 characters.',
  'networkModeration.request.submit': 'Ask to be linked',
  'networkModeration.request.noMatch': 'No organisation found for "{query}". Try another word.',
  'networkModeration.request.noOrganisations': 'There are no organisations to choose from.',
  'networkModeration.request.partnersOnly':
    'Asking to be linked needs a partner account. If you register a new organisation below, your account becomes a partner account once JEP accepts it.',
  'networkModeration.request.sent':
    'Your request has been sent. You will get an e-mail once JEP has decided.',

  'networkModeration.edit.back': 'Back to my organisation',
  'networkModeration.edit.title': 'Edit listing: {name}',
  'networkModeration.edit.lockedTitle': 'Your change is waiting for review',
  'networkModeration.edit.locked':
    'You submitted this change on {date}. While JEP reviews it, you cannot edit it. You will get an e-mail once JEP has decided.',
  'networkModeration.edit.returnedTitle': 'JEP returned your change with this message:',
  'networkModeration.edit.submittedVersion': 'The submitted change',
  'networkModeration.edit.fromDraft':
    'You are looking at your draft ({status}, last saved on {date}).',
  'networkModeration.edit.fromPublished': 'You are looking at the published listing.',
  'networkModeration.edit.intro':
    'Changes only become visible once JEP has published them. Save as a draft in between; submit the change when it is ready.',
  'networkModeration.edit.save': 'Save as draft',
  'networkModeration.edit.submit': 'Submit for review',
  'networkModeration.edit.submitNote':
    'After submitting you cannot edit the change until JEP has decided.',
  'networkModeration.edit.submitted':
    'Your change has been submitted. JEP will review it; you will get an e-mail when it is published or if there are questions.',
  'networkModeration.edit.saved':
    'Your draft has been saved. It is not visible in the network yet.',

  'networkModeration.apply.title': 'Register your organisation with the network',
  'networkModeration.apply.lead':
    'Does your organisation work on preventing polarisation and radicalisation among young people? Register it for the national network. JEP reviews every application.',
  'networkModeration.apply.publicNote':
    'Once accepted the listing is public: anyone can find and read it. Contact persons are only visible to whom you choose for each person.',
  'networkModeration.apply.you': 'About you',
  'networkModeration.apply.email':
    'JEP will contact you at {email}. Once accepted, you manage the listing with this account.',
  'networkModeration.apply.submit': 'Send application',
  'networkModeration.apply.received':
    'Your application has been received. JEP will review it and let you know the decision by e-mail.',

  'networkModeration.staff.back': 'Back to network management',

  'networkModeration.requests.title': 'Requests to be linked',
  'networkModeration.requests.lead':
    'Partners ask to manage their organisation. Check that the person works for the organisation.',
  'networkModeration.requests.organisation': 'Organisation',
  'networkModeration.requests.role': 'Role of the account',
  'networkModeration.requests.requestedAt': 'Requested on',
  'networkModeration.requests.note': 'Note',
  'networkModeration.requests.approve': 'Approve',
  'networkModeration.requests.declineMessage': 'Message when declining',
  'networkModeration.requests.decline': 'Decline',
  'networkModeration.requests.none': 'There are no open requests.',
  'networkModeration.requests.approved': 'The link has been approved; the partner gets an e-mail.',
  'networkModeration.requests.declined':
    'The request has been declined; the partner gets an e-mail.',

  'networkModeration.queue.title': 'Changes for review',
  'networkModeration.queue.lead': "Partners' submitted changes, the oldest first.",
  'networkModeration.queue.organisation': 'Organisation',
  'networkModeration.queue.author': 'By',
  'networkModeration.queue.submittedAt': 'Submitted on',
  'networkModeration.queue.none': 'No changes are waiting for review.',

  'networkModeration.review.back': 'Back to the changes',
  'networkModeration.review.title': 'Review change: {name}',
  'networkModeration.review.organisation': 'Organisation',
  'networkModeration.review.publicPage': 'public page',
  'networkModeration.review.author': 'Submitted by',
  'networkModeration.review.status': 'Status',
  'networkModeration.review.submittedAt': 'Submitted on',
  'networkModeration.review.decidedAt': 'Decided on',
  'networkModeration.review.staffMessage': 'Message from JEP',
  'networkModeration.review.archived':
    'This listing is archived. Publishing puts it back in the network.',
  'networkModeration.review.diff': 'Difference with the published version',
  'networkModeration.review.diffCaption': 'Published and proposed listing of {name}',
  'networkModeration.review.decide': 'Decision',
  'networkModeration.review.publishIntro':
    'Publishing makes the proposed version visible in the network at once. The partner gets an e-mail.',
  'networkModeration.review.publish': 'Publish',
  'networkModeration.review.message': 'Message to the partner',
  'networkModeration.review.messageHint':
    'What needs to change? The partner sees this message on their page and in the e-mail.',
  'networkModeration.review.return': 'Return',
  'networkModeration.review.published': 'The change of {name} has been published.',
  'networkModeration.review.returned': 'The change has been returned to the partner.',

  'networkModeration.org.status': 'Status',
  'networkModeration.org.publicPage': 'Public page',
  'networkModeration.org.memberSince': 'Member since',
  'networkModeration.org.confirmedAt': 'Last confirmed',
  'networkModeration.org.archive': 'Archive (take out of the network)',
  'networkModeration.org.republish': 'Publish again',
  'networkModeration.org.partners': 'Partners who manage this listing',
  'networkModeration.org.unlink': 'Unlink',
  'networkModeration.org.noPartners': 'No one is linked to this organisation yet.',
  'networkModeration.org.linkEmail': 'Link an account by e-mail address',
  'networkModeration.org.linkHint':
    'The e-mail address of an existing account. An account with the role professional becomes a partner account.',
  'networkModeration.org.link': 'Link',
  'networkModeration.org.listing': 'Published listing',
  'networkModeration.org.listingCaption': 'The published listing, field by field',
  'networkModeration.org.history': 'Changes by partners',
  'networkModeration.org.historyChanged': 'Last changed',
  'networkModeration.org.noHistory': 'No changes have been submitted yet.',
  'networkModeration.org.linked': '{name} has been linked and gets an e-mail.',
  'networkModeration.org.unlinked': 'The link has been removed.',
  'networkModeration.org.archived':
    'The listing has been archived and is no longer in the network.',
  'networkModeration.org.republished': 'The listing is back in the network.',

  'networkModeration.applications.title': 'Applications from new organisations',
  'networkModeration.applications.lead': 'Open applications first, the oldest at the top.',
  'networkModeration.applications.organisation': 'Organisation',
  'networkModeration.applications.applicant': 'Applied by',
  'networkModeration.applications.status': 'Status',
  'networkModeration.applications.createdAt': 'Applied on',
  'networkModeration.applications.none': 'There are no applications.',

  'networkModeration.application.back': 'Back to the applications',
  'networkModeration.application.title': 'Application: {name}',
  'networkModeration.application.account': 'Role of the account',
  'networkModeration.application.organisation': 'Listing',
  'networkModeration.application.decisionMessage': 'Message with the decision',
  'networkModeration.application.listing': 'Proposed listing',
  'networkModeration.application.listingCaption': 'The proposed listing of {name}, field by field',
  'networkModeration.application.acceptIntro':
    'Accepting publishes the listing in the network at once and links the applicant to it as a partner. The applicant gets an e-mail.',
  'networkModeration.application.becomesPartner':
    "{name}'s account now has the role professional and gets the role network partner when accepted.",
  'networkModeration.application.accept': 'Accept',
  'networkModeration.application.message': 'Message to the applicant',
  'networkModeration.application.messageHint':
    'Why is the application declined? This message is e-mailed to the applicant.',
  'networkModeration.application.decline': 'Decline',
  'networkModeration.application.accepted': '{name} has been published and the applicant linked.',
  'networkModeration.application.acceptedPromoted':
    '{name} has been published, the applicant linked, and their account is now a network partner.',
  'networkModeration.application.declined':
    'The application has been declined; the applicant gets an e-mail.',

  'mail.network-membership-approved.subject': 'You now manage {organisation} in the JEP network',
  'mail.network-membership-approved.intro':
    'JEP has approved your request: you are linked to {organisation} and can edit its listing in the network.',
  'mail.network-membership-declined.subject': 'Your request to manage {organisation}',
  'mail.network-membership-declined.intro':
    'JEP has not approved your request to be linked to {organisation}.',
  'mail.network-membership-linked.subject': 'You now manage {organisation} in the JEP network',
  'mail.network-membership-linked.intro':
    'A JEP staff member has linked your account to {organisation}. You can now edit its listing in the network.',
  'mail.network-draft-published.subject': 'Your change of {organisation} has been published',
  'mail.network-draft-published.intro':
    'JEP has published your change of the listing of {organisation}. It is now visible in the network.',
  'mail.network-draft-returned.subject': 'Your change of {organisation} has been returned',
  'mail.network-draft-returned.intro':
    'JEP has returned your change of the listing of {organisation}. Please adjust it and submit it again.',
  'mail.network-application-received.subject':
    'Your application for {organisation} has been received',
  'mail.network-application-received.intro':
    'Thank you for registering {organisation} with the JEP network. JEP will review it and let you know the decision by e-mail.',
  'mail.network-application-accepted.subject': '{organisation} is in the JEP network',
  'mail.network-application-accepted.intro':
    'JEP has accepted your application: {organisation} is now in the national network.',
  'mail.network-application-accepted.linked':
    'You are linked to the organisation and can keep its listing up to date yourself.',
  'mail.network-application-declined.subject': 'Your application for {organisation}',
  'mail.network-application-declined.intro':
    'JEP has not accepted your application of {organisation} to the network.',
  'networkModeration.mail.message': 'Message from JEP:',
  'networkModeration.mail.edit': 'Edit the listing',
  'networkModeration.mail.view': 'View the listing',
  'networkModeration.mail.mine': 'Go to my organisation',
};
