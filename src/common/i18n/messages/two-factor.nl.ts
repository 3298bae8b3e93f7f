/** Messages of two-factor login (TOTP, recovery codes) and active sessions (nl). */
export const twoFactorNl = {
  'twoFactor.error.codeInvalid':
    'Deze code klopt niet, is verlopen of is al gebruikt. Probeer de nieuwste code uit uw app.',
  'twoFactor.error.tooMany':
    'Te veel onjuiste codes. Wacht een kwartier en probeer het dan opnieuw.',
  'twoFactor.error.password': 'Dit wachtwoord klopt niet.',
  'twoFactor.error.required':
    'Voor medewerkers en beheerders is tweestapsverificatie verplicht; u kunt deze niet uitschakelen.',
  'twoFactor.error.wrongState': 'Dit kan nu niet. Laad de pagina opnieuw en probeer het nog eens.',

  'twoFactor.field.loginCode': 'Code uit uw app of herstelcode',
  'twoFactor.field.loginCodeHint':
    'De 6 cijfers die uw authenticator-app nu toont, of een van uw herstelcodes.',
  'twoFactor.field.code': 'Code uit uw app',
  'twoFactor.field.codeHint': 'De 6 cijfers die uw authenticator-app nu toont.',
  'twoFactor.field.password': 'Uw wachtwoord',

  'twoFactor.login.title': 'Code invoeren',
  'twoFactor.login.intro':
    'Uw wachtwoord klopt. Vul ter controle de code uit uw authenticator-app in.',
  'twoFactor.login.submit': 'Inloggen',
  'twoFactor.login.lost':
    'Heeft u uw telefoon niet bij de hand? Gebruik dan een van uw herstelcodes. Elke herstelcode werkt één keer.',
  'twoFactor.login.expired': 'Inloggen duurde te lang. Log opnieuw in.',

  'twoFactor.setup.title': 'Tweestapsverificatie',
  'twoFactor.setup.requiredFlash':
    'Stel eerst tweestapsverificatie in. Voor medewerkers en beheerders is dit verplicht voordat het beheer opengaat.',
  'twoFactor.setup.intro':
    'Met tweestapsverificatie vraagt het platform bij het inloggen naast uw wachtwoord om een code uit een authenticator-app op uw telefoon.',
  'twoFactor.setup.requiredNote': 'Voor uw rol is tweestapsverificatie verplicht.',
  'twoFactor.setup.optionalNote':
    'Tweestapsverificatie is voor u niet verplicht, maar beschermt uw account beter.',
  'twoFactor.setup.step1': '1. Scan de QR-code met uw authenticator-app',
  'twoFactor.setup.step1Text':
    'Bijvoorbeeld een app als Microsoft Authenticator, Google Authenticator of FreeOTP.',
  'twoFactor.setup.qrAlt': 'QR-code om tweestapsverificatie in uw app toe te voegen',
  'twoFactor.setup.manual': 'Kunt u niet scannen? Voer deze sleutel dan met de hand in:',
  'twoFactor.setup.manualDetails': 'Tijdgebaseerd (TOTP), 6 cijfers, elke 30 seconden.',
  'twoFactor.setup.step2': '2. Vul de code uit de app in',
  'twoFactor.setup.confirm': 'Tweestapsverificatie aanzetten',
  'twoFactor.setup.enabled': 'Tweestapsverificatie staat aan. Bewaar uw herstelcodes goed.',
  'twoFactor.status.on': 'Tweestapsverificatie staat aan sinds {date}.',
  'twoFactor.status.recoveryLeft': 'U heeft nog {count} ongebruikte herstelcodes.',
  'twoFactor.regenerate.title': 'Nieuwe herstelcodes',
  'twoFactor.regenerate.text':
    'Maak nieuwe herstelcodes als u ze kwijt bent of ze bijna op zijn. De oude codes werken daarna niet meer.',
  'twoFactor.regenerate.submit': 'Nieuwe herstelcodes maken',
  'twoFactor.regenerate.done': 'Er zijn nieuwe herstelcodes gemaakt; de oude werken niet meer.',
  'twoFactor.disable.title': 'Tweestapsverificatie uitschakelen',
  'twoFactor.disable.text':
    'Daarna vraagt het platform bij het inloggen alleen nog uw wachtwoord. U krijgt hierover een e-mail.',
  'twoFactor.disable.submit': 'Uitschakelen',
  'twoFactor.disable.done': 'Tweestapsverificatie is uitgeschakeld.',
  'twoFactor.disable.notAllowed':
    'Voor medewerkers en beheerders is tweestapsverificatie verplicht; uitschakelen kan niet.',
  'twoFactor.recovery.title': 'Uw herstelcodes',
  'twoFactor.recovery.intro':
    'Met een herstelcode kunt u inloggen als u uw telefoon niet bij de hand heeft. Elke code werkt één keer.',
  'twoFactor.recovery.once':
    'U ziet deze codes alleen nu. Print deze pagina of schrijf de codes op en bewaar ze op een veilige plek, niet op uw telefoon.',
  'twoFactor.recovery.listLabel': 'Herstelcodes',
  'twoFactor.recovery.gone':
    'Herstelcodes worden maar één keer getoond. Maak nieuwe als u ze kwijt bent.',
  'twoFactor.recovery.continue': 'Ik heb de codes bewaard',
  'twoFactor.profile.link': 'Tweestapsverificatie',

  'mail.two-factor-disabled.subject': 'Tweestapsverificatie is uitgeschakeld',
  'mail.two-factor-disabled.intro':
    'Tweestapsverificatie voor uw account op Platform JEP is zojuist uitgeschakeld. Bij het inloggen is nu alleen uw wachtwoord nodig.',
  'mail.two-factor-disabled.notYou':
    'Heeft u dit niet zelf gedaan? Wijzig dan meteen uw wachtwoord en neem contact met ons op.',
  'mail.two-factor-recovery-used.subject': 'Er is ingelogd met een herstelcode',
  'mail.two-factor-recovery-used.intro':
    'Er is zojuist op uw account ingelogd met een herstelcode. U heeft nog {left} ongebruikte herstelcodes.',
  'mail.two-factor-recovery-used.notYou':
    'Was u dit niet? Wijzig dan meteen uw wachtwoord, maak nieuwe herstelcodes en neem contact met ons op.',

  'sessions.title': 'Actieve sessies',
  'sessions.intro':
    'Hier ziet u waar u nu bent ingelogd. Herkent u een sessie niet? Beëindig die dan en wijzig uw wachtwoord.',
  'sessions.col.browser': 'Browser',
  'sessions.col.started': 'Ingelogd op',
  'sessions.col.lastSeen': 'Laatst gebruikt',
  'sessions.col.action': 'Actie',
  'sessions.current': 'Deze sessie',
  'sessions.end': 'Beëindigen',
  'sessions.endLabel': 'Sessie {browser} beëindigen',
  'sessions.endOthers': 'Alle andere sessies beëindigen',
  'sessions.ended': 'De sessie is beëindigd.',
  'sessions.endedOthers': 'Alle andere sessies zijn beëindigd ({count}).',
  'sessions.none': 'Er zijn geen andere sessies.',
  'sessions.unknown': 'Onbekend',
  'sessions.unknownBrowser': 'Onbekende browser',
  'sessions.browserOn': '{browser} op {os}',
  'sessions.profile.link': 'Actieve sessies',
};
