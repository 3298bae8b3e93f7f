import type { twoFactorNl } from './two-factor.nl';

/** Messages of two-factor login (TOTP, recovery codes) and active sessions (en). */
export const twoFactorEn: Record<keyof typeof twoFactorNl, string> = {
  'twoFactor.error.codeInvalid':
    'This code is wrong, has expired or was used before. Try the newest code from your app.',
  'twoFactor.error.tooMany': 'Too many wrong codes. Wait fifteen minutes and try again.',
  'twoFactor.error.password': 'This password is wrong.',
  'twoFactor.error.required':
    'Two-factor authentication is required for staff and administrators; you cannot turn it off.',
  'twoFactor.error.wrongState': 'This is not possible now. Reload the page and try again.',
  'twoFactor.field.loginCode': 'Code from your app or recovery code',
  'twoFactor.field.loginCodeHint':
    'The 6 digits your authenticator app shows now, or one of your recovery codes.',
  'twoFactor.field.code': 'Code from your app',
  'twoFactor.field.codeHint': 'The 6 digits your authenticator app shows now.',
  'twoFactor.field.password': 'Your password',
  'twoFactor.login.title': 'Enter code',
  'twoFactor.login.intro':
    'Your password is correct. To confirm, enter the code from your authenticator app.',
  'twoFactor.login.submit': 'Sign in',
  'twoFactor.login.lost':
    'No phone at hand? Use one of your recovery codes. Each recovery code works once.',
  'twoFactor.login.expired': 'Signing in took too long. Please sign in again.',
  'twoFactor.setup.title': 'Two-factor authentication',
  'twoFactor.setup.requiredFlash':
    'Set up two-factor authentication first. Staff and administrators need it before the staff area opens.',
  'twoFactor.setup.intro':
    'With two-factor authentication the platform asks, besides your password, for a code from an authenticator app on your phone when you sign in.',
  'twoFactor.setup.requiredNote': 'Two-factor authentication is required for your role.',
  'twoFactor.setup.optionalNote':
    'Two-factor authentication is optional for you, but protects your account better.',
  'twoFactor.setup.step1': '1. Scan the QR code with your authenticator app',
  'twoFactor.setup.step1Text':
    'For example Microsoft Authenticator, Google Authenticator or FreeOTP.',
  'twoFactor.setup.qrAlt': 'QR code to add two-factor authentication to your app',
  'twoFactor.setup.manual': 'Cannot scan? Enter this key by hand:',
  'twoFactor.setup.manualDetails': 'Time-based (TOTP), 6 digits, every 30 seconds.',
  'twoFactor.setup.step2': '2. Enter the code from the app',
  'twoFactor.setup.confirm': 'Turn on two-factor authentication',
  'twoFactor.setup.enabled': 'Two-factor authentication is on. Keep your recovery codes safe.',
  'twoFactor.status.on': 'Two-factor authentication has been on since {date}.',
  'twoFactor.status.recoveryLeft': 'You have {count} unused recovery codes left.',
  'twoFactor.regenerate.title': 'New recovery codes',
  'twoFactor.regenerate.text':
    'Make new recovery codes when you have lost them or almost used them up. The old codes stop working.',
  'twoFactor.regenerate.submit': 'Make new recovery codes',
  'twoFactor.regenerate.done': 'New recovery codes were made; the old ones no longer work.',
  'twoFactor.disable.title': 'Turn off two-factor authentication',
  'twoFactor.disable.text':
    'After that the platform only asks for your password when you sign in. You will receive an e-mail about it.',
  'twoFactor.disable.submit': 'Turn off',
  'twoFactor.disable.done': 'Two-factor authentication is off.',
  'twoFactor.disable.notAllowed':
    'Two-factor authentication is required for staff and administrators; it cannot be turned off.',
  'twoFactor.recovery.title': 'Your recovery codes',
  'twoFactor.recovery.intro':
    'A recovery code lets you sign in when you do not have your phone. Each code works once.',
  'twoFactor.recovery.once':
    'You see these codes only now. Print this page or write the codes down and keep them somewhere safe, not on your phone.',
  'twoFactor.recovery.listLabel': 'Recovery codes',
  'twoFactor.recovery.gone':
    'Recovery codes are shown only once. Make new ones if you have lost them.',
  'twoFactor.recovery.continue': 'I have saved the codes',
  'twoFactor.profile.link': 'Two-factor authentication',
  'mail.two-factor-disabled.subject': 'Two-factor authentication was turned off',
  'mail.two-factor-disabled.intro':
    'Two-factor authentication for your Platform JEP account was just turned off. Signing in now only needs your password.',
  'mail.two-factor-disabled.notYou':
    'Did you not do this yourself? Change your password at once and contact us.',
  'mail.two-factor-recovery-used.subject': 'Someone signed in with a recovery code',
  'mail.two-factor-recovery-used.intro':
    'Someone just signed in to your account with a recovery code. You have {left} unused recovery codes left.',
  'mail.two-factor-recovery-used.notYou':
    'Was this not you? Change your password at once, make new recovery codes and contact us.',
  'sessions.title': 'Active sessions',
  'sessions.intro':
    'This is where you are signed in now. Do you not recognise a session? End it and change your password.',
  'sessions.col.browser': 'Browser',
  'sessions.col.started': 'Signed in',
  'sessions.col.lastSeen': 'Last used',
  'sessions.col.action': 'Action',
  'sessions.current': 'This session',
  'sessions.end': 'End',
  'sessions.endLabel': 'End session {browser}',
  'sessions.endOthers': 'End all other sessions',
  'sessions.ended': 'The session has ended.',
  'sessions.endedOthers': 'All other sessions have ended ({count}).',
  'sessions.none': 'There are no other sessions.',
  'sessions.unknown': 'Unknown',
  'sessions.unknownBrowser': 'Unknown browser',
  'sessions.browserOn': '{browser} on {os}',
  'sessions.profile.link': 'Active sessions',
};
