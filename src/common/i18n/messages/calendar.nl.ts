/** Messages of the calendar pages (nl). Keys: 'calendar.…'. */
export const calendarNl = {
  'calendar.page.title': 'Mijn agenda-abonnement',
  'calendar.page.back': 'Terug naar Mijn JEP',
  'calendar.page.intro':
    'Met een agenda-abonnement ziet u uw bijeenkomsten van Platform JEP in uw eigen agenda-app, zoals Outlook, Google Agenda of Apple Agenda. Verandert er een datum, tijd of locatie, dan past uw agenda zich vanzelf aan.',
  'calendar.page.contents':
    'In het abonnement staan de bijeenkomsten van de uitvoeringen waarvoor u bent aangemeld en, als u trainer bent, de bijeenkomsten die u geeft. Bijeenkomsten van meer dan een half jaar geleden vallen eruit.',
  'calendar.page.refresh':
    'Agenda-apps halen een abonnement zelf op, meestal een paar keer per dag. Een wijziging kan dus enkele uren later in uw agenda staan.',
  'calendar.page.secret':
    'Het adres is persoonlijk en geheim: wie het kent, ziet uw bijeenkomsten, ook de links van online bijeenkomsten. Deel het daarom niet. Denkt u dat iemand anders het adres kent? Maak dan een nieuw adres aan of trek het in.',
  'calendar.status.title': 'Uw agenda-adres',
  'calendar.status.none': 'U hebt nog geen agenda-abonnement.',
  'calendar.status.active': 'U hebt een agenda-abonnement.',
  'calendar.status.created': 'Aangemaakt op',
  'calendar.status.lastUsed': 'Laatst opgehaald',
  'calendar.status.neverUsed': 'Nog niet opgehaald',
  'calendar.status.lost':
    'Wij bewaren het adres zelf niet, zodat niemand het bij ons kan vinden. Daarom kunnen wij het ook niet opnieuw tonen. Bent u het kwijt? Maak dan een nieuw adres aan.',
  'calendar.action.create': 'Agenda-adres aanmaken',
  'calendar.action.replace': 'Nieuw agenda-adres aanmaken',
  'calendar.action.replaceHint':
    'Het huidige adres werkt daarna niet meer. Gebruikt u het al in een agenda-app? Zet daar dan het nieuwe adres in.',
  'calendar.revoke.title': 'Abonnement intrekken',
  'calendar.action.revoke': 'Agenda-adres intrekken',
  'calendar.action.revokeHint':
    'Uw agenda-apps krijgen daarna geen bijeenkomsten meer van Platform JEP. U kunt later altijd een nieuw adres aanmaken.',
  'calendar.created.title': 'Uw nieuwe agenda-adres',
  'calendar.created.once':
    'U ziet dit adres alleen nu. Kopieer het, of voeg het meteen toe aan uw agenda-app.',
  'calendar.created.replaced':
    'Uw vorige agenda-adres werkt niet meer. Vervang het in uw agenda-apps door dit nieuwe adres.',
  'calendar.created.address': 'Adres van uw agenda-abonnement',
  'calendar.created.addressHint':
    'Selecteer het adres en kopieer het (Ctrl+C, op een Mac Cmd+C). In Outlook kiest u Agenda toevoegen en dan Abonneren vanaf internet; in Google Agenda Andere agenda’s toevoegen en dan Via URL.',
  'calendar.created.webcal': 'Abonneren in uw agenda-app',
  'calendar.created.webcalHint':
    'Deze link opent uw agenda-app (bijvoorbeeld Apple Agenda of Outlook op uw computer). Gebeurt er niets, kopieer dan het adres hierboven.',
  'calendar.created.back': 'Naar Mijn agenda-abonnement',
  'calendar.flash.revoked':
    'Uw agenda-adres is ingetrokken. Agenda-apps krijgen via dit adres geen bijeenkomsten meer.',
  'calendar.flash.nothingToRevoke': 'U had geen agenda-adres; er is niets ingetrokken.',
  'calendar.feed.name': 'Platform JEP: mijn bijeenkomsten',
};
