import type { calendarNl } from './calendar.nl';

/** Messages of the calendar pages (en). Keys: 'calendar.…'. */
export const calendarEn: Record<keyof typeof calendarNl, string> = {
  'calendar.page.title': 'My calendar subscription',
  'calendar.page.back': 'Back to My JEP',
  'calendar.page.intro':
    'With a calendar subscription you see your Platform JEP meetings in your own calendar app, such as Outlook, Google Calendar or Apple Calendar. When a date, time or place changes, your calendar updates by itself.',
  'calendar.page.contents':
    'The subscription holds the meetings of the editions you are enrolled in and, if you are a trainer, the meetings you teach. Meetings more than six months ago drop out.',
  'calendar.page.refresh':
    'Calendar apps fetch a subscription themselves, usually a few times a day, so a change may take a few hours to appear in your calendar.',
  'calendar.page.secret':
    'The address is personal and secret: anyone who knows it sees your meetings, including the links of online meetings. Do not share it. Do you think someone else knows the address? Create a new address or revoke it.',
  'calendar.status.title': 'Your calendar address',
  'calendar.status.none': 'You do not have a calendar subscription yet.',
  'calendar.status.active': 'You have a calendar subscription.',
  'calendar.status.created': 'Created on',
  'calendar.status.lastUsed': 'Last fetched',
  'calendar.status.neverUsed': 'Not fetched yet',
  'calendar.status.lost':
    'We do not keep the address itself, so nobody can find it with us. That is also why we cannot show it again. Lost it? Create a new address.',
  'calendar.action.create': 'Create a calendar address',
  'calendar.action.replace': 'Create a new calendar address',
  'calendar.action.replaceHint':
    'The current address stops working. Do you already use it in a calendar app? Put the new address there instead.',
  'calendar.revoke.title': 'Revoke the subscription',
  'calendar.action.revoke': 'Revoke the calendar address',
  'calendar.action.revokeHint':
    'Your calendar apps then get no more meetings from Platform JEP. You can always create a new address later.',
  'calendar.created.title': 'Your new calendar address',
  'calendar.created.once':
    'You see this address only now. Copy it, or add it to your calendar app straight away.',
  'calendar.created.replaced':
    'Your previous calendar address no longer works. Replace it in your calendar apps with this new address.',
  'calendar.created.address': 'Address of your calendar subscription',
  'calendar.created.addressHint':
    'Select the address and copy it (Ctrl+C, on a Mac Cmd+C). In Outlook choose Add calendar, then Subscribe from web; in Google Calendar Add other calendars, then From URL.',
  'calendar.created.webcal': 'Subscribe in your calendar app',
  'calendar.created.webcalHint':
    'This link opens your calendar app (for example Apple Calendar or Outlook on your computer). If nothing happens, copy the address above.',
  'calendar.created.back': 'To My calendar subscription',
  'calendar.flash.revoked':
    'Your calendar address has been revoked. Calendar apps no longer get meetings through it.',
  'calendar.flash.nothingToRevoke': 'You had no calendar address; nothing was revoked.',
  'calendar.feed.name': 'Platform JEP: my meetings',
};
