/** Messages of the group pages (nl): enrolling colleagues by e-mail address, and invitations. */
export const groupNl = {
  'group.title': 'Collega\u2019s aanmelden: {offering}, {edition}',
  'group.heading': 'Collega\u2019s aanmelden',
  'group.back': 'Terug naar de uitvoering',
  'group.adminLink': 'Naar de aanmeldingen van deze uitvoering',
  'group.places': 'Plaatsen',
  'group.registration': 'Aanmelden',
  'group.approval': 'Goedkeuring',
  'group.approval.required': 'Een JEP-medewerker beoordeelt elke aanmelding.',
  'group.approval.none': 'Niet nodig: wie een plaats krijgt, is direct aangemeld.',
  'group.approval.staff': 'Niet nodig: u meldt aan als JEP-medewerker.',
  'group.explain.partner':
    'U kunt alleen collega\u2019s van uw eigen organisatie aanmelden: {organisation}. Een adres van iemand met een account bij een andere organisatie wordt niet aangemeld.',
  'group.explain.staff':
    'U meldt aan als JEP-medewerker: de aanmeldperiode en de goedkeuring gelden dan niet.',
  'group.explain.new':
    'Heeft iemand nog geen account, dan maken wij er een aan. Die persoon krijgt een e-mail met een link om het account af te maken: naam, functie en een wachtwoord.',
  'group.explain.order':
    'Iedereen krijgt bericht per e-mail. Is de uitvoering vol, dan komen de volgende mensen op de wachtlijst, in de volgorde van uw lijst. U kunt in één keer hoogstens {max} mensen aanmelden.',
  'group.closed':
    'Aanmelden voor deze uitvoering kan nu niet ({window}). U kunt dan ook geen collega\u2019s aanmelden.',
  'group.field.emails': 'E-mailadressen',
  'group.field.emailsHint':
    'Eén e-mailadres per regel, of gescheiden door komma\u2019s. Bijvoorbeeld: a.jansen@organisatie.nl, b.devries@organisatie.nl',
  'group.submit': 'Aanmelden',

  'group.result.title': 'Resultaat: {offering}, {edition}',
  'group.result.heading': 'Resultaat van het aanmelden',
  'group.result.intro': 'U hebt {count} e-mailadressen opgegeven voor {offering}, {edition}.',
  'group.result.introOne': 'U hebt 1 e-mailadres opgegeven voor {offering}, {edition}.',
  'group.result.summary': 'Samenvatting',
  'group.result.summary.placed': 'Aangemeld of wacht op goedkeuring',
  'group.result.summary.waitlisted': 'Op de wachtlijst',
  'group.result.summary.invited': 'Waarvan nieuw, uitgenodigd om het account af te maken',
  'group.result.summary.notEnrolled': 'Niet (opnieuw) aangemeld',
  'group.result.table': 'Per e-mailadres',
  'group.result.email': 'E-mailadres',
  'group.result.outcome': 'Resultaat',
  'group.result.again': 'Meer collega\u2019s aanmelden',
  'group.outcome.confirmed': 'Aangemeld',
  'group.outcome.pending': 'Aangemeld, wacht op goedkeuring door JEP',
  'group.outcome.waitlisted': 'Op de wachtlijst, plaats {position}',
  'group.outcome.waitlistedNoPosition': 'Op de wachtlijst',
  'group.outcome.invited.confirmed': 'Nieuw account, uitgenodigd; aangemeld',
  'group.outcome.invited.pending': 'Nieuw account, uitgenodigd; wacht op goedkeuring door JEP',
  'group.outcome.invited.waitlisted':
    'Nieuw account, uitgenodigd; op de wachtlijst, plaats {position}',
  'group.outcome.already': 'Niet opnieuw aangemeld: was al aangemeld of staat al op de wachtlijst',
  'group.outcome.invalid': 'Niet aangemeld: dit is geen geldig e-mailadres',
  'group.outcome.otherOrganisation':
    'Niet aangemeld: dit account hoort bij een andere organisatie dan {organisation}',
  'group.outcome.deactivated': 'Niet aangemeld: dit account is gedeactiveerd',

  'invitation.title': 'Uw account afmaken',
  'invitation.intro':
    'U bent aangemeld op Platform JEP en er staat een account voor u klaar: {email}. Vul uw gegevens aan en kies een wachtwoord. Daarna logt u in en ziet u uw aanmelding op Mijn JEP.',
  'invitation.signedIn':
    'U bent nu ingelogd als {name}. Maakt u dit account af, dan wordt u eerst uitgelogd, zodat u daarna kunt inloggen met het nieuwe account.',
  'invitation.you': 'Over u',
  'invitation.work': 'Uw werk',
  'invitation.submit': 'Account afmaken',
  'invitation.done':
    'Uw account is klaar. Log in met uw e-mailadres en het wachtwoord dat u net hebt gekozen.',
  'invitation.invalid.title': 'Deze link werkt niet (meer)',
  'invitation.invalid.text':
    'Deze uitnodiging is onbekend of al gebruikt. Hebt u uw account al afgemaakt? Log dan in. Weet u uw wachtwoord niet meer, vraag dan een nieuw wachtwoord aan.',
  'invitation.expired.title': 'Deze uitnodiging is verlopen',
  'invitation.expired.text':
    'Een uitnodiging werkt 30 dagen. U kunt uw account alsnog afmaken door een nieuw wachtwoord aan te vragen met uw e-mailadres.',
  'invitation.login': 'Inloggen',
  'invitation.forgot': 'Wachtwoord vergeten? Vraag een nieuw wachtwoord aan',
};
