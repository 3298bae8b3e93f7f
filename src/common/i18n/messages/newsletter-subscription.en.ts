import type { newsletterSubscriptionNl } from './newsletter-subscription.nl';

/** Messages of the JEPzine subscription pages (en). */
export const newsletterSubscriptionEn: Record<keyof typeof newsletterSubscriptionNl, string> = {
  'newsletterSubscription.field.email': 'Email address',
  'newsletterSubscription.field.name': 'Name',
  'newsletterSubscription.field.topics': 'Topics',
  'newsletterSubscription.field.topicsHint':
    'Choose the topics you want to read about. Choose none to get everything. You can always change this later.',
  'newsletterSubscription.field.status': 'Status',
  'newsletterSubscription.allTopics': 'All topics',
  'newsletterSubscription.consent.text':
    'JEPzine is the newsletter of Platform JEP about preventing extremism and polarisation among young people. You get it by email whenever a new issue comes out. We use your email address, and your name if you give it, only to send you JEPzine, and keep them until you unsubscribe. You can unsubscribe at any time with the link at the bottom of every JEPzine.',
  'newsletterSubscription.consent.label': 'Yes, I want to receive JEPzine',
  'newsletterSubscription.consent.required':
    'Tick the box to say you want to receive JEPzine, otherwise we cannot subscribe you.',
  'newsletterSubscription.toArchive': 'Read earlier issues of JEPzine',
  'newsletterSubscription.resubscribe': 'Subscribe to JEPzine',

  'newsletterSubscription.subscribe.title': 'Subscribe to JEPzine',
  'newsletterSubscription.subscribe.intro':
    'Enter your email address. You will get an email with a button to confirm your subscription.',
  'newsletterSubscription.subscribe.signedIn':
    'You are signed in: with your account’s address you can subscribe at once, without a confirmation email.',
  'newsletterSubscription.subscribe.mineLink': 'Go to My JEPzine',
  'newsletterSubscription.subscribe.submit': 'Subscribe',
  'newsletterSubscription.subscribe.afterwards':
    'You only get JEPzine after you have confirmed your subscription.',

  'newsletterSubscription.sent.title': 'Check your mailbox',
  'newsletterSubscription.sent.text':
    'If this address is not subscribed yet, you will get an email from us within a few minutes. Press the button in that email to confirm your subscription. Only then will you get JEPzine.',
  'newsletterSubscription.sent.noMail':
    'No email? Look in your junk mail too. We send at most one confirmation email an hour to the same address.',

  'newsletterSubscription.confirm.title': 'Confirm your subscription',
  'newsletterSubscription.confirm.text':
    'You are subscribing {email} to JEPzine. Confirm this with the button below.',
  'newsletterSubscription.confirm.submit': 'Confirm subscription',
  'newsletterSubscription.confirm.notYou':
    'Did you not subscribe yourself? Then you need not do anything: without confirmation you get no JEPzine.',

  'newsletterSubscription.confirmed.title': 'You are subscribed to JEPzine',
  'newsletterSubscription.confirmed.text':
    'From the next issue on you will get JEPzine at {email}.',
  'newsletterSubscription.confirmed.preferences': 'Choose topics or change your name',
  'newsletterSubscription.confirmed.everyMail':
    'Every JEPzine ends with links to change your topics or to unsubscribe.',

  'newsletterSubscription.status.pending':
    'Your subscription is not confirmed yet: press the button in the email we sent you.',
  'newsletterSubscription.status.subscribed': 'You get JEPzine at this address.',
  'newsletterSubscription.status.unsubscribed': 'You have unsubscribed and no longer get JEPzine.',
  'newsletterSubscription.status.bounced':
    'Email to this address did not arrive, so we do not send JEPzine there now.',

  'newsletterSubscription.preferences.title': 'Your JEPzine preferences',
  'newsletterSubscription.preferences.submit': 'Save preferences',
  'newsletterSubscription.preferences.saved': 'Your preferences have been saved.',
  'newsletterSubscription.preferences.unsubscribeText':
    'No longer want JEPzine? This button unsubscribes you at once.',

  'newsletterSubscription.unsubscribe.title': 'Unsubscribe from JEPzine',
  'newsletterSubscription.unsubscribe.heading': 'Unsubscribe',
  'newsletterSubscription.unsubscribe.text':
    'No longer want JEPzine at {email}? Then unsubscribe with the button below.',
  'newsletterSubscription.unsubscribe.submit': 'Unsubscribe',
  'newsletterSubscription.unsubscribe.keep':
    'Changed your mind? Just close this page: nothing changes.',
  'newsletterSubscription.unsubscribe.already':
    '{email} is already unsubscribed and no longer gets JEPzine.',

  'newsletterSubscription.unsubscribed.title': 'You have unsubscribed',
  'newsletterSubscription.unsubscribed.text':
    'You will no longer get JEPzine. Your consent has been withdrawn.',
  'newsletterSubscription.unsubscribed.again': 'Want JEPzine again after all?',

  'newsletterSubscription.linkInvalid.title': 'This link does not work',
  'newsletterSubscription.linkInvalid.confirmed':
    'Have you already confirmed your subscription? Then you are subscribed and need not do anything.',

  'newsletterSubscription.mine.title': 'JEPzine',
  'newsletterSubscription.mine.intro':
    'JEPzine is the newsletter of Platform JEP. Here you subscribe or unsubscribe your account’s email address.',
  'newsletterSubscription.mine.changeEmail': 'Change email address',
  'newsletterSubscription.mine.none': 'This address is not subscribed to JEPzine.',
  'newsletterSubscription.mine.subscribeHeading': 'Subscribe',
  'newsletterSubscription.mine.atOnce':
    'Your account’s address is already confirmed: you are subscribed at once.',
  'newsletterSubscription.mine.topicsHeading': 'Topics',
  'newsletterSubscription.mine.unsubscribeSubmit': 'Unsubscribe from JEPzine',
  'newsletterSubscription.mine.subscribed': 'You are subscribed to JEPzine.',
  'newsletterSubscription.mine.unsubscribed': 'You have unsubscribed from JEPzine.',

  'newsletterSubscription.profile.heading': 'JEPzine',
  'newsletterSubscription.profile.text': 'The newsletter of Platform JEP.',
  'newsletterSubscription.profile.link': 'Subscribe, unsubscribe or choose topics',

  'mail.newsletter-confirm.subject': 'Confirm your subscription to JEPzine',
  'mail.newsletter-confirm.greeting': 'Hello {name},',
  'mail.newsletter-confirm.greetingNoName': 'Hello,',
  'mail.newsletter-confirm.text':
    'You subscribed to JEPzine, the newsletter of Platform JEP. Confirm your subscription with this link:',
  'mail.newsletter-confirm.button': 'Confirm subscription',
  'mail.newsletter-confirm.after':
    'You only get JEPzine after you confirm. Every JEPzine ends with a link to unsubscribe.',
  'mail.newsletter-confirm.notYou':
    'Did you not subscribe yourself? Then you need not do anything: without confirmation you get no JEPzine.',
};
