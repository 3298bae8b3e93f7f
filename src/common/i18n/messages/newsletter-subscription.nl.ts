/** Messages of the JEPzine subscription pages (nl). */
export const newsletterSubscriptionNl = {
  'newsletterSubscription.field.email': 'E-mailadres',
  'newsletterSubscription.field.name': 'Naam',
  'newsletterSubscription.field.topics': 'Onderwerpen',
  'newsletterSubscription.field.topicsHint':
    'Kies de onderwerpen waarover u wilt lezen. Kiest u niets, dan krijgt u alles. U kunt dit later altijd veranderen.',
  'newsletterSubscription.field.status': 'Status',
  'newsletterSubscription.allTopics': 'Alle onderwerpen',
  'newsletterSubscription.consent.text':
    'JEPzine is de nieuwsbrief van Platform JEP over het voorkomen van extremisme en polarisatie bij jongeren. U krijgt hem per e-mail als er een nieuwe editie is. We gebruiken uw e-mailadres, en uw naam als u die geeft, alleen om JEPzine te sturen, en bewaren ze tot u zich afmeldt. Afmelden kan altijd, met de link onder elke JEPzine.',
  'newsletterSubscription.consent.label': 'Ja, ik wil JEPzine ontvangen',
  'newsletterSubscription.consent.required':
    'Vink aan dat u JEPzine wilt ontvangen, anders kunnen we u niet aanmelden.',
  'newsletterSubscription.toArchive': 'Lees eerdere edities van JEPzine',
  'newsletterSubscription.resubscribe': 'Aanmelden voor JEPzine',

  'newsletterSubscription.subscribe.title': 'Aanmelden voor JEPzine',
  'newsletterSubscription.subscribe.intro':
    'Vul uw e-mailadres in. U krijgt dan een e-mail met een knop om uw aanmelding te bevestigen.',
  'newsletterSubscription.subscribe.signedIn':
    'U bent ingelogd: met het adres van uw account meldt u zich direct aan, zonder bevestigingsmail.',
  'newsletterSubscription.subscribe.mineLink': 'Naar Mijn JEPzine',
  'newsletterSubscription.subscribe.submit': 'Aanmelden',
  'newsletterSubscription.subscribe.afterwards':
    'Pas als u de aanmelding hebt bevestigd, krijgt u JEPzine.',

  'newsletterSubscription.sent.title': 'Kijk in uw mailbox',
  'newsletterSubscription.sent.text':
    'Als dit adres nog niet is aangemeld, krijgt u binnen een paar minuten een e-mail van ons. Klik op de knop in die e-mail om uw aanmelding te bevestigen. Pas daarna krijgt u JEPzine.',
  'newsletterSubscription.sent.noMail':
    'Geen e-mail gekregen? Kijk ook bij uw ongewenste e-mail. We sturen hoogstens één bevestigingsmail per uur naar hetzelfde adres.',

  'newsletterSubscription.confirm.title': 'Bevestig uw aanmelding',
  'newsletterSubscription.confirm.text':
    'U meldt {email} aan voor JEPzine. Bevestig dat met de knop hieronder.',
  'newsletterSubscription.confirm.submit': 'Aanmelding bevestigen',
  'newsletterSubscription.confirm.notYou':
    'Hebt u zich niet zelf aangemeld? Dan hoeft u niets te doen: zonder bevestiging krijgt u geen JEPzine.',

  'newsletterSubscription.confirmed.title': 'U bent aangemeld voor JEPzine',
  'newsletterSubscription.confirmed.text': 'Vanaf de volgende editie krijgt u JEPzine op {email}.',
  'newsletterSubscription.confirmed.preferences': 'Onderwerpen kiezen of uw naam aanpassen',
  'newsletterSubscription.confirmed.everyMail':
    'Onder elke JEPzine staan links om uw onderwerpen te veranderen of u af te melden.',

  'newsletterSubscription.status.pending':
    'Uw aanmelding is nog niet bevestigd: klik op de knop in de e-mail die we u stuurden.',
  'newsletterSubscription.status.subscribed': 'U krijgt JEPzine op dit adres.',
  'newsletterSubscription.status.unsubscribed': 'U bent afgemeld en krijgt geen JEPzine meer.',
  'newsletterSubscription.status.bounced':
    'E-mail naar dit adres kwam niet aan. Daarom sturen we JEPzine er nu niet heen.',

  'newsletterSubscription.preferences.title': 'Uw JEPzine-voorkeuren',
  'newsletterSubscription.preferences.submit': 'Voorkeuren opslaan',
  'newsletterSubscription.preferences.saved': 'Uw voorkeuren zijn opgeslagen.',
  'newsletterSubscription.preferences.unsubscribeText':
    'Wilt u JEPzine niet meer ontvangen? Met deze knop bent u meteen afgemeld.',

  'newsletterSubscription.unsubscribe.title': 'Afmelden voor JEPzine',
  'newsletterSubscription.unsubscribe.heading': 'Afmelden',
  'newsletterSubscription.unsubscribe.text':
    'Wilt u JEPzine niet meer ontvangen op {email}? Meld u dan af met de knop hieronder.',
  'newsletterSubscription.unsubscribe.submit': 'Afmelden',
  'newsletterSubscription.unsubscribe.keep':
    'Toch niet? Sluit dan deze pagina: er verandert niets.',
  'newsletterSubscription.unsubscribe.already':
    '{email} is al afgemeld en krijgt geen JEPzine meer.',

  'newsletterSubscription.unsubscribed.title': 'U bent afgemeld',
  'newsletterSubscription.unsubscribed.text':
    'U krijgt JEPzine niet meer. Uw toestemming is ingetrokken.',
  'newsletterSubscription.unsubscribed.again': 'Toch weer JEPzine ontvangen?',

  'newsletterSubscription.linkInvalid.title': 'Deze link werkt niet',
  'newsletterSubscription.linkInvalid.confirmed':
    'Hebt u uw aanmelding al bevestigd? Dan bent u aangemeld en hoeft u niets meer te doen.',

  'newsletterSubscription.mine.title': 'JEPzine',
  'newsletterSubscription.mine.intro':
    'JEPzine is de nieuwsbrief van Platform JEP. Hier meldt u het e-mailadres van uw account aan of af.',
  'newsletterSubscription.mine.changeEmail': 'E-mailadres wijzigen',
  'newsletterSubscription.mine.none': 'Dit adres is niet aangemeld voor JEPzine.',
  'newsletterSubscription.mine.subscribeHeading': 'Aanmelden',
  'newsletterSubscription.mine.atOnce':
    'Het adres van uw account is al bevestigd: u bent meteen aangemeld.',
  'newsletterSubscription.mine.topicsHeading': 'Onderwerpen',
  'newsletterSubscription.mine.unsubscribeSubmit': 'Afmelden voor JEPzine',
  'newsletterSubscription.mine.subscribed': 'U bent aangemeld voor JEPzine.',
  'newsletterSubscription.mine.unsubscribed': 'U bent afgemeld voor JEPzine.',

  'newsletterSubscription.profile.heading': 'JEPzine',
  'newsletterSubscription.profile.text': 'De nieuwsbrief van Platform JEP.',
  'newsletterSubscription.profile.link': 'Aanmelden, afmelden of onderwerpen kiezen',

  'mail.newsletter-confirm.subject': 'Bevestig uw aanmelding voor JEPzine',
  'mail.newsletter-confirm.greeting': 'Hallo {name},',
  'mail.newsletter-confirm.greetingNoName': 'Hallo,',
  'mail.newsletter-confirm.text':
    'U hebt zich aangemeld voor JEPzine, de nieuwsbrief van Platform JEP. Bevestig uw aanmelding met deze link:',
  'mail.newsletter-confirm.button': 'Aanmelding bevestigen',
  'mail.newsletter-confirm.after':
    'Pas na uw bevestiging krijgt u JEPzine. Onder elke JEPzine staat een link om u af te melden.',
  'mail.newsletter-confirm.notYou':
    'Hebt u zich niet zelf aangemeld? Dan hoeft u niets te doen: zonder bevestiging krijgt u geen JEPzine.',
};
