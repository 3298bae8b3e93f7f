/** Messages of enrolment: the edition page's box, own enrolments, staff lists, e-mails (nl). */
export const enrolmentNl = {
  'enrolment.status.pending': 'Wacht op goedkeuring',
  'enrolment.status.offered': 'Plaats aangeboden',
  'enrolment.status.confirmed': 'Aangemeld',
  'enrolment.status.waitlisted': 'Op de wachtlijst',
  'enrolment.status.cancelled': 'Geannuleerd',
  'enrolment.status.rejected': 'Afgewezen',
  'enrolment.status.waitlistedAt': 'Op de wachtlijst, plaats {position}',
  'enrolment.status.offeredUntil': 'Er is een plaats voor u: bevestig vóór {deadline}',
  'enrolment.completion.completed': 'Afgerond',
  'enrolment.completion.not_completed': 'Niet afgerond',
  'enrolment.reason.participant': 'door de deelnemer',
  'enrolment.reason.left_waitlist': 'van de wachtlijst af',
  'enrolment.reason.staff': 'door JEP',
  'enrolment.reason.edition_cancelled': 'uitvoering geannuleerd',
  'enrolment.reason.offer_expired': 'plaats niet op tijd bevestigd',
  'enrolment.reason.moved': 'verplaatst naar een andere uitvoering',

  'enrolment.panel.title': 'Aanmelden',
  'enrolment.panel.signInFirst':
    'Log in om u aan te melden. Nog geen account? Maak er een aan; daarna komt u hier terug.',
  'enrolment.panel.login': 'Inloggen om u aan te melden',
  'enrolment.panel.register': 'Account aanmaken',
  'enrolment.panel.enrol': 'Aanmelden voor deze uitvoering',
  'enrolment.panel.fullText':
    'Deze uitvoering is vol. U kunt op de wachtlijst; komt er een plaats vrij, dan krijgt de eerste op de lijst die meteen en hoort dat per e-mail.',
  'enrolment.panel.joinWaitlist': 'Op de wachtlijst',
  'enrolment.panel.notYetOpen': 'Aanmelden kan nog niet.',
  'enrolment.panel.closed': 'Aanmelden is gesloten.',
  'enrolment.panel.manage': 'Bekijk of wijzig uw aanmelding',
  'enrolment.panel.confirmOffer': 'Ja, ik neem de plaats',
  'enrolment.panel.group': 'Collega\u2019s aanmelden',
  'enrolment.panel.admin': 'Aanmeldingen beheren',

  'enrolment.flash.confirmed':
    'U bent aangemeld. U krijgt een bevestiging per e-mail, met de data voor uw agenda.',
  'enrolment.flash.pending':
    'Uw aanmelding is ontvangen. Uw plaats is gereserveerd; JEP beoordeelt de aanmelding en u hoort per e-mail of die is goedgekeurd.',
  'enrolment.flash.waitlisted':
    'De uitvoering is vol. U staat op de wachtlijst, op plaats {position}. Komt er een plaats vrij, dan hoort u dat meteen per e-mail.',
  'enrolment.flash.cancelled': 'Uw aanmelding is geannuleerd.',
  'enrolment.flash.leftWaitlist': 'U staat niet meer op de wachtlijst.',

  'enrolment.mine.title': 'Mijn aanmelding: {offering}',
  'enrolment.mine.back': 'Terug naar Mijn JEP',
  'enrolment.mine.status': 'Status',
  'enrolment.mine.editionPage': 'Naar de pagina van de uitvoering',
  'enrolment.mine.ics': 'Zet de data in mijn agenda (.ics)',
  'enrolment.mine.icsHint':
    'Het bestand opent in Outlook, Google Agenda en Apple Agenda. Voor een agenda die vanzelf bijblijft: abonneer u op uw persoonlijke agenda via Mijn JEP.',
  'enrolment.mine.cancel': 'Aanmelding annuleren',
  'enrolment.mine.leaveWaitlist': 'Van de wachtlijst af',
  'enrolment.mine.cancelUntil':
    'Annuleren kan tot {until}. Uw plaats gaat dan naar de eerste op de wachtlijst.',
  'enrolment.mine.cancelClosed':
    'Zelf annuleren kan niet meer. Kunt u niet komen? Neem contact op met JEP.',

  'enrolment.offer.title': 'Er is een plaats voor u',
  'enrolment.offer.intro': 'Er is een plaats vrijgekomen in {offering}, {edition}.',
  'enrolment.offer.deadline':
    'Bevestig vóór {deadline}; daarna gaat de plaats naar de volgende op de wachtlijst.',
  'enrolment.offer.decline':
    'Wilt u de plaats niet? Dan hoeft u niets te doen, of annuleer via Mijn JEP zodat de volgende meteen aan de beurt is.',

  'enrolment.admin.title': 'Aanmeldingen: {edition}',
  'enrolment.admin.heading': 'Aanmeldingen',
  'enrolment.admin.detailTitle': 'Aanmelding van {name}',
  'enrolment.admin.back': 'Terug naar de uitvoering',
  'enrolment.admin.backToList': 'Terug naar de aanmeldingen',
  'enrolment.admin.places': 'Plaatsen bezet',
  'enrolment.admin.placesValue': '{taken} van {capacity}',
  'enrolment.admin.approval': 'Goedkeuring nodig',
  'enrolment.admin.enrolFor': 'Iemand aanmelden (op e-mailadres)',
  'enrolment.admin.group.pending': 'Wachten op goedkeuring',
  'enrolment.admin.group.places': 'Met een plaats',
  'enrolment.admin.group.waitlist': 'Wachtlijst',
  'enrolment.admin.group.ended': 'Geannuleerd of afgewezen',
  'enrolment.admin.none': 'Niemand.',
  'enrolment.admin.select': 'Kies',
  'enrolment.admin.selectName': 'Kies {name}',
  'enrolment.admin.position': 'Plaats',
  'enrolment.admin.name': 'Naam',
  'enrolment.admin.email': 'E-mailadres',
  'enrolment.admin.organisation': 'Organisatie',
  'enrolment.admin.edition': 'Uitvoering',
  'enrolment.admin.statusCol': 'Status',
  'enrolment.admin.since': 'Sinds',
  'enrolment.admin.until': 'tot {until}',
  'enrolment.admin.invited': 'uitgenodigd, account nog niet afgemaakt',
  'enrolment.admin.decision': 'Besluit voor de gekozen aanmeldingen',
  'enrolment.admin.approve': 'Goedkeuren',
  'enrolment.admin.reject': 'Afwijzen',
  'enrolment.admin.decide': 'Besluit doorvoeren',
  'enrolment.admin.message': 'Bericht aan de deelnemer',
  'enrolment.admin.messageHint': 'Komt in de e-mail. Zet er geen gegevens over jongeren in.',
  'enrolment.admin.approved': '{count} aanmelding(en) goedgekeurd.',
  'enrolment.admin.rejected': '{count} aanmelding(en) afgewezen.',
  'enrolment.admin.cancelled': 'De aanmelding is geannuleerd.',
  'enrolment.admin.moved': 'De aanmelding is verplaatst.',
  'enrolment.admin.moveTitle': 'Verplaatsen naar een andere uitvoering',
  'enrolment.admin.moveTarget': 'Uitvoering',
  'enrolment.admin.move': 'Verplaatsen',
  'enrolment.admin.noTargets': 'Er is geen andere gepubliceerde uitvoering van dit aanbod.',
  'enrolment.admin.free': 'vrij',
  'enrolment.admin.cancelTitle': 'Annuleren',
  'enrolment.admin.cancel': 'Aanmelding annuleren',

  'enrolment.error.editionNotOpen': 'Voor deze uitvoering kunt u zich niet aanmelden.',
  'enrolment.error.notOpenYet': 'Aanmelden voor deze uitvoering kan nog niet.',
  'enrolment.error.registrationClosed': 'Aanmelden voor deze uitvoering is gesloten.',
  'enrolment.error.already': 'U bent al aangemeld voor deze uitvoering.',
  'enrolment.error.cancelDeadline':
    'Zelf annuleren kan niet meer. Kunt u niet komen? Neem contact op met JEP.',
  'enrolment.error.notCancellable': 'Deze aanmelding kan niet (meer) worden geannuleerd.',
  'enrolment.error.offerLink':
    'Deze link werkt niet (meer). Misschien hebt u de plaats al bevestigd; kijk op Mijn JEP.',
  'enrolment.error.offerExpired':
    'De tijd om deze plaats te bevestigen is voorbij; de plaats gaat naar de volgende op de wachtlijst.',
  'enrolment.error.nothingSelected': 'Kies ten minste één aanmelding.',
  'enrolment.error.notPending': 'Geen van de gekozen aanmeldingen wacht (nog) op een besluit.',
  'enrolment.error.moveTarget': 'Kies een andere gepubliceerde uitvoering van hetzelfde aanbod.',
  'enrolment.error.moveFull':
    'Die uitvoering is vol. Verhoog eerst daar het aantal plaatsen, of kies een andere.',
  'enrolment.error.alreadyInTarget': 'Deze deelnemer is al aangemeld voor die uitvoering.',
  'enrolment.error.noAddresses': 'Vul ten minste één e-mailadres in.',
  'enrolment.error.tooManyAddresses': 'Meld in één keer hoogstens {max} mensen aan.',
  'enrolment.error.messageTooLong': 'Het bericht is te lang (hoogstens 2000 tekens).',

  'mail.enrolment-update.subject': '{subject}',
  'mail.enrolment.online': 'Online',
  'mail.enrolment.calendarNote':
    'In de bijlage staan de data voor uw agenda; wijzigt er iets, dan werkt uw agenda die bij.',
  'mail.enrolment.confirmButton': 'Ja, ik neem de plaats',
  'mail.enrolment.editionLink': 'De uitvoering',
  'mail.enrolment.dashboardLink': 'Mijn JEP',
  'mail.enrolment.confirmed.subject': 'Aangemeld: {offering}',
  'mail.enrolment.confirmed.intro':
    'U bent aangemeld voor {offering}, {edition}. Dit zijn de bijeenkomsten:',
  'mail.enrolment.pending.subject': 'Aanmelding ontvangen: {offering}',
  'mail.enrolment.pending.intro':
    'We hebben uw aanmelding voor {offering}, {edition} ontvangen en een plaats voor u gereserveerd. JEP beoordeelt de aanmelding; u krijgt bericht zodra die is goedgekeurd.',
  'mail.enrolment.waitlisted.subject': 'Op de wachtlijst: {offering}',
  'mail.enrolment.waitlisted.intro':
    '{offering}, {edition} is vol. U staat op de wachtlijst, op plaats {position}. Komt er een plaats vrij en bent u de eerste, dan krijgt u die meteen en hoort u het per e-mail.',
  'mail.enrolment.promoted.subject': 'U hebt een plaats: {offering}',
  'mail.enrolment.promoted.intro':
    'Er is een plaats vrijgekomen in {offering}, {edition}, en die is voor u. U bent nu aangemeld. Dit zijn de bijeenkomsten:',
  'mail.enrolment.offered.subject': 'Er is een plaats voor u: {offering}',
  'mail.enrolment.offered.intro':
    'Er is een plaats vrijgekomen in {offering}, {edition}. Wilt u die? Bevestig dan vóór {deadline}; daarna gaat de plaats naar de volgende op de wachtlijst.',
  'mail.enrolment.approved.subject': 'Aanmelding goedgekeurd: {offering}',
  'mail.enrolment.approved.intro':
    'Uw aanmelding voor {offering}, {edition} is goedgekeurd. Dit zijn de bijeenkomsten:',
  'mail.enrolment.rejected.subject': 'Aanmelding niet goedgekeurd: {offering}',
  'mail.enrolment.rejected.intro':
    'Uw aanmelding voor {offering}, {edition} is helaas niet goedgekeurd.',
  'mail.enrolment.cancelled.subject': 'Geannuleerd: {offering}',
  'mail.enrolment.cancelled.intro': 'U hebt uw aanmelding voor {offering}, {edition} geannuleerd.',
  'mail.enrolment.leftWaitlist.subject': 'Van de wachtlijst af: {offering}',
  'mail.enrolment.leftWaitlist.intro':
    'U staat niet meer op de wachtlijst van {offering}, {edition}.',
  'mail.enrolment.cancelledByStaff.subject': 'Aanmelding geannuleerd: {offering}',
  'mail.enrolment.cancelledByStaff.intro':
    'JEP heeft uw aanmelding voor {offering}, {edition} geannuleerd.',
  'mail.enrolment.offerExpired.subject': 'Plaats vervallen: {offering}',
  'mail.enrolment.offerExpired.intro':
    'De plaats in {offering}, {edition} is niet op tijd bevestigd en gaat naar de volgende op de wachtlijst.',
  'mail.enrolment.moved.subject': 'Verplaatst: {offering}',
  'mail.enrolment.moved.intro':
    'JEP heeft uw aanmelding voor {offering} verplaatst van {from} naar {edition}. Dit zijn de nieuwe bijeenkomsten:',
  'mail.enrolment.enrolledForYou.subject': 'U bent aangemeld: {offering}',
  'mail.enrolment.enrolledForYou.intro':
    'Een collega of JEP heeft u aangemeld voor {offering}, {edition}. Dit zijn de bijeenkomsten:',
  'mail.enrolment.reminder.subject': 'Binnenkort: {offering}',
  'mail.enrolment.reminder.intro':
    'Een herinnering: binnenkort is er een bijeenkomst van {offering}, {edition}:',
  'mail.edition-cancelled.subject': 'Geannuleerd: {offering}, {edition}',
  'mail.edition-cancelled.intro':
    'Helaas gaat {offering}, {edition} niet door: JEP heeft deze uitvoering geannuleerd. Uw aanmelding vervalt.',
  'mail.edition-cancelled.calendarNote': 'Met de bijlage haalt uw agenda de bijeenkomsten weg.',
  'mail.edition-cancelled.other': 'Bekijk het andere aanbod:',
  'mail.meeting-changed.subject': '{subject}',
  'mail.meeting-changed.changed.subject': 'Gewijzigd: een bijeenkomst van {offering}',
  'mail.meeting-changed.changed.intro':
    'Een bijeenkomst van {offering}, {edition} is verplaatst of op een andere plek. Dit is er veranderd:',
  'mail.meeting-changed.added.subject': 'Nieuwe bijeenkomst: {offering}',
  'mail.meeting-changed.added.intro': 'Er is een bijeenkomst toegevoegd aan {offering}, {edition}:',
  'mail.meeting-changed.removed.subject': 'Vervallen: een bijeenkomst van {offering}',
  'mail.meeting-changed.removed.intro':
    'Deze bijeenkomst van {offering}, {edition} gaat niet door:',
  'mail.meeting-changed.was': 'Was',
  'mail.meeting-changed.now': 'Nu',
  'mail.meeting-changed.calendarNote': 'Met de bijlage werkt uw agenda de afspraak bij.',
  'mail.enrolment-invitation.subject': '{inviter} heeft u aangemeld voor {offering}',
  'mail.enrolment-invitation.hello': 'Goedendag,',
  'mail.enrolment-invitation.intro':
    '{inviter} heeft u aangemeld voor {offering}, {edition} op Platform JEP.',
  'mail.enrolment-invitation.complete':
    'Er is een account voor u klaargezet. Maak het af met de knop hieronder: vul uw naam en functie aan en kies een wachtwoord. Daarna ziet u uw aanmelding en de data op Mijn JEP.',
  'mail.enrolment-invitation.button': 'Account afmaken',
  'mail.enrolment-invitation.validity': 'Deze link werkt 30 dagen.',
};
