import { retentionNl } from './messages/retention.nl';
import { privacyNl } from './messages/privacy.nl';
import { twoFactorNl } from './messages/two-factor.nl';
import { periodNl } from './messages/period.nl';
import { reportsDashboardNl } from './messages/reports-dashboard.nl';
import { evaluationsReportsNl } from './messages/evaluations-reports.nl';
import { evaluationsAnswerNl } from './messages/evaluations-answer.nl';
import { evaluationsNl } from './messages/evaluations.nl';
import { adviceReportsNl } from './messages/advice-reports.nl';
import { adviceHandlingNl } from './messages/advice-handling.nl';
import { adviceNl } from './messages/advice.nl';
import { trajectoriesAdminNl } from './messages/trajectories-admin.nl';
import { trajectoriesWorkNl } from './messages/trajectories-work.nl';
import { trajectoriesNl } from './messages/trajectories.nl';
import { networkNl } from './messages/network.nl';
import { networkSearchNl } from './messages/network-search.nl';
import { networkOrganisationNl } from './messages/network-organisation.nl';
import { networkModerationNl } from './messages/network-moderation.nl';
import { networkFreshnessNl } from './messages/network-freshness.nl';
import { newsletterNl } from './messages/newsletter.nl';
import { newsletterSubscriptionNl } from './messages/newsletter-subscription.nl';
import { newsletterSubscribersNl } from './messages/newsletter-subscribers.nl';
import { newsletterArchiveNl } from './messages/newsletter-archive.nl';
import { newsletterIssuesNl } from './messages/newsletter-issues.nl';
import { agendaNl } from './messages/agenda.nl';
import { certificatesNl } from './messages/certificates.nl';
import { skjNl } from './messages/skj.nl';
import { enrolmentNl } from './messages/enrolment.nl';
import { attendanceNl } from './messages/attendance.nl';
import { calendarNl } from './messages/calendar.nl';
import { groupNl } from './messages/group.nl';
import { dashboardNl } from './messages/dashboard.nl';
import { catalogueNl } from './messages/catalogue.nl';
import { schedulingNl } from './messages/scheduling.nl';

/** The Dutch message catalogue: the platform's default language. Keys are English, grouped by page. */
export const nl = {
  ...catalogueNl,
  ...schedulingNl,
  ...agendaNl,
  ...certificatesNl,
  ...skjNl,
  ...enrolmentNl,
  ...attendanceNl,
  ...calendarNl,
  ...groupNl,
  ...dashboardNl,
  ...newsletterNl,
  ...newsletterSubscriptionNl,
  ...newsletterSubscribersNl,
  ...newsletterArchiveNl,
  ...newsletterIssuesNl,
  ...networkNl,
  ...networkSearchNl,
  ...networkOrganisationNl,
  ...networkModerationNl,
  ...networkFreshnessNl,
  ...trajectoriesNl,
  ...trajectoriesWorkNl,
  ...trajectoriesAdminNl,
  ...adviceNl,
  ...adviceHandlingNl,
  ...adviceReportsNl,
  ...evaluationsNl,
  ...evaluationsAnswerNl,
  ...evaluationsReportsNl,
  ...reportsDashboardNl,
  ...periodNl,
  ...twoFactorNl,
  ...privacyNl,
  ...retentionNl,
  'layout.skipLink': 'Naar de inhoud',
  'layout.mainNav': 'Hoofdmenu',
  'layout.languageNav': 'Taal',
  'layout.login': 'Inloggen',
  'layout.register': 'Account aanmaken',
  'layout.logout': 'Uitloggen',
  'layout.footer.about':
    'Platform JEP — Jeugd preventie Extremisme en Polarisatie. Voor professionals die werken met jongeren.',
  'layout.footer.status': 'Status van het platform',

  'locale.nl': 'Nederlands',
  'locale.en': 'English',

  'nav.home': 'Home',
  'nav.catalogue': 'Aanbod',
  'nav.offerings': 'Aanbod beheren',
  'nav.editions': 'Uitvoeringen',
  'nav.about': 'Over JEP',
  'nav.mine': 'Mijn JEP',
  'nav.staff': 'Beheer',
  'nav.users': 'Gebruikers',
  'nav.audit': 'Auditlog',
  'nav.mailbox': 'Mailbox',

  'role.professional': 'Professional',
  'role.partner': 'Netwerkpartner',
  'role.trainer': 'Trainer',
  'role.staff': 'JEP-medewerker',
  'role.admin': 'Beheerder',

  'userStatus.active': 'Actief',
  'userStatus.unverified': 'E-mailadres niet bevestigd',
  'userStatus.deactivated': 'Gedeactiveerd',

  'sector.onderwijs': 'Onderwijs',
  'sector.jongerenwerk': 'Jongerenwerk',
  'sector.gemeente': 'Gemeente',
  'sector.jeugdhulp': 'Jeugdhulp',
  'sector.zorg-welzijn': 'Zorg en welzijn',
  'sector.politie-justitie': 'Politie en justitie',
  'sector.anders': 'Anders',

  'forms.errorSummary': 'Er is iets niet goed ingevuld',
  'forms.errorTitlePrefix': 'Fout:',
  'forms.errorPrefix': 'Fout:',
  'forms.optional': 'niet verplicht',
  'forms.choose': 'Maak een keuze',
  'forms.chooseMunicipality': 'Kies een gemeente',
  'forms.save': 'Opslaan',
  'forms.cancel': 'Annuleren',

  'validation.required': 'Vul dit veld in.',
  'validation.invalid': 'Deze waarde is niet geldig.',
  'validation.email': 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
  'validation.tooLong': 'Gebruik hooguit {max} tekens.',
  'validation.tooShort': 'Gebruik minstens {min} tekens.',
  'validation.choose': 'Kies een van de mogelijkheden.',
  'validation.number': 'Vul een heel getal in.',
  'validation.format': 'Dit heeft niet de juiste vorm.',

  'pagination.label': 'Paginering',
  'pagination.previous': 'Vorige',
  'pagination.next': 'Volgende',
  'pagination.page': 'Pagina {number}',

  'errors.home': 'Naar de homepage',
  'errors.badRequest.title': 'Dit verzoek kunnen we niet verwerken',
  'errors.badRequest.text':
    'Controleer wat u invulde of probeer het opnieuw vanaf de vorige pagina.',
  'errors.signIn.title': 'Log eerst in',
  'errors.signIn.text': 'Voor deze pagina moet u ingelogd zijn.',
  'errors.forbidden.title': 'Geen toegang',
  'errors.forbidden.text':
    'U hebt geen toegang tot deze pagina. Denkt u dat dit niet klopt? Neem contact op met JEP.',
  'errors.csrf.title': 'Deze pagina is verlopen',
  'errors.csrf.text':
    'Uit veiligheid hebben we het formulier niet verwerkt. Ga terug, laad de pagina opnieuw en probeer het nog eens.',
  'errors.notFound.title': 'Pagina niet gevonden',
  'errors.notFound.text':
    'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de homepage.',
  'errors.tooLarge.title': 'Te veel gegevens',
  'errors.tooLarge.text': 'Wat u verstuurde is te groot. Maak het korter en probeer het opnieuw.',
  'errors.tooMany.title': 'Even geduld',
  'errors.tooMany.text': 'Er zijn te veel pogingen gedaan. Probeer het later opnieuw.',
  'errors.server.title': 'Er ging iets mis',
  'errors.server.text':
    'Door een fout aan onze kant lukte dit niet. Er is niets opgeslagen. Probeer het later opnieuw.',
  'errors.unavailable.title': 'Tijdelijk niet beschikbaar',
  'errors.unavailable.text':
    'Het platform is even niet bereikbaar. Probeer het over een paar minuten opnieuw.',

  'home.title': 'Home',
  'home.heading': 'Samen werken aan weerbare jongeren',
  'home.lead':
    'Platform JEP ondersteunt professionals die met jongeren werken bij het herkennen van en reageren op polarisatie en radicalisering.',
  'home.offerTitle': 'Wat JEP biedt',
  'home.omei.title': 'Training Omgaan met Extreme Idealen',
  'home.omei.text':
    'Een training in meerdere bijeenkomsten: extreme idealen herkennen en het gesprek erover aangaan.',
  'home.werkateliers.title': 'Werkateliers Informatie uitwisselen',
  'home.werkateliers.text': 'Wat mag u delen met partners, en hoe doet u dat zorgvuldig?',
  'home.jos.title': 'JOS: Jongerenwerk & Onderwijs Samen',
  'home.jos.text':
    'Een school en het jongerenwerk in één gemeente leren maandenlang samenwerken aan preventie.',
  'home.advies.title': 'Advies op Maat',
  'home.advies.text':
    'Een vraag over polarisatie of radicalisering? U krijgt advies dat past bij uw situatie.',
  'home.network.title': 'Landelijk netwerk',
  'home.network.text': 'Vind partners die bij u in de buurt aan preventie werken.',
  'home.jepzine.title': 'JEPzine',
  'home.jepzine.text': 'De nieuwsbrief met ervaringsverhalen en goede voorbeelden uit de praktijk.',
  'home.cta': 'Maak een account aan',

  'about.title': 'Over Platform JEP',
  'about.lead':
    'JEP staat voor Jeugd preventie Extremisme en Polarisatie. Het platform brengt trainingen, advies, samenwerking en kennis samen voor professionals die met jongeren werken.',
  'about.evidence':
    'JEP werkt evidence based: elke interventie wordt geëvalueerd, eerst op hoe deelnemers haar ervaren en steeds vaker ook op het effect.',
  'about.privacy': 'Op dit platform worden geen gegevens over individuele jongeren vastgelegd.',

  'mijn.title': 'Mijn JEP',
  'mijn.welcome': 'Welkom, {name}.',
  'mijn.profileText': 'Uw gegevens, e-mailadres en wachtwoord.',

  'accounts.field.name': 'Naam',
  'accounts.field.email': 'E-mailadres',
  'accounts.field.emailHint': 'We sturen een link om uw e-mailadres te bevestigen.',
  'accounts.field.newEmail': 'Nieuw e-mailadres',
  'accounts.field.password': 'Wachtwoord',
  'accounts.field.currentPassword': 'Huidig wachtwoord',
  'accounts.field.newPassword': 'Nieuw wachtwoord',
  'accounts.field.passwordHint':
    'Minstens 8 tekens. Een zin van een paar woorden is sterk en goed te onthouden.',
  'accounts.field.passwordConfirm': 'Herhaal het wachtwoord',
  'accounts.field.organisation': 'Organisatie',
  'accounts.field.jobTitle': 'Functie',
  'accounts.field.sector': 'Werkveld',
  'accounts.field.municipality': 'Gemeente waar u werkt',
  'accounts.field.skjNumber': 'SKJ-registratienummer',
  'accounts.field.skjHint': 'Alleen cijfers. Dan staat het op uw certificaten.',
  'accounts.field.locale': 'Taal van de website en e-mails',

  'accounts.login.title': 'Inloggen',
  'accounts.login.submit': 'Inloggen',
  'accounts.login.forgot': 'Wachtwoord vergeten?',
  'accounts.login.noAccount': 'Nog geen account?',
  'accounts.login.registerLink': 'Maak een account aan',
  'accounts.login.welcome': 'Welkom terug, {name}.',
  'accounts.login.loggedOut': 'U bent uitgelogd.',

  'accounts.register.title': 'Account aanmaken',
  'accounts.register.intro':
    'Met een account meldt u zich aan voor trainingen en werkateliers en vindt u uw certificaten terug.',
  'accounts.register.you': 'Over u',
  'accounts.register.work': 'Uw werk',
  'accounts.register.privacy':
    'We gebruiken deze gegevens alleen voor uw deelname aan het aanbod van JEP en voor geanonimiseerde rapportages.',
  'accounts.register.submit': 'Account aanmaken',
  'accounts.register.haveAccount': 'Hebt u al een account?',
  'accounts.register.loginLink': 'Log in',

  'accounts.checkMail.title': 'Bevestig uw e-mailadres',
  'accounts.checkMail.text':
    'We hebben een e-mail gestuurd met een link om uw e-mailadres te bevestigen. Klik op de link om uw account te activeren.',
  'accounts.checkMail.noMail':
    'Geen e-mail ontvangen? Kijk in uw map met ongewenste e-mail, of log in om een nieuwe link te krijgen.',
  'accounts.verified': 'Uw e-mailadres is bevestigd. U kunt nu inloggen.',

  'accounts.forgot.title': 'Wachtwoord vergeten',
  'accounts.forgot.intro':
    'Vul uw e-mailadres in. Als er een account bij hoort, sturen we een link om een nieuw wachtwoord te kiezen.',
  'accounts.forgot.submit': 'Stuur de link',
  'accounts.forgot.sentTitle': 'Kijk in uw e-mail',
  'accounts.forgot.sentText':
    'Als er een account bij dit e-mailadres hoort, hebben we een link gestuurd. De link is één uur geldig en werkt één keer.',
  'accounts.forgot.backToLogin': 'Terug naar inloggen',

  'accounts.reset.title': 'Kies een nieuw wachtwoord',
  'accounts.reset.submit': 'Wachtwoord opslaan',
  'accounts.reset.done': 'Uw nieuwe wachtwoord is opgeslagen. Log in met uw nieuwe wachtwoord.',

  'accounts.profile.title': 'Mijn gegevens',
  'accounts.profile.saved': 'Uw gegevens zijn opgeslagen.',
  'accounts.profile.changeEmail': 'Wijzigen',
  'accounts.profile.changePassword': 'Wachtwoord wijzigen',

  'accounts.password.title': 'Wachtwoord wijzigen',
  'accounts.password.intro': 'Na het wijzigen wordt u op andere apparaten uitgelogd.',
  'accounts.password.submit': 'Wachtwoord wijzigen',
  'accounts.password.changed': 'Uw wachtwoord is gewijzigd. Op andere apparaten bent u uitgelogd.',

  'accounts.email.title': 'E-mailadres wijzigen',
  'accounts.email.intro':
    'Uw huidige e-mailadres is {email}. We sturen een bevestigingslink naar het nieuwe adres.',
  'accounts.email.passwordHint': 'Ter controle vragen we uw wachtwoord.',
  'accounts.email.submit': 'Stuur de bevestigingslink',
  'accounts.email.sent':
    'We hebben een bevestigingslink gestuurd naar {email}. Uw e-mailadres verandert zodra u op de link klikt.',
  'accounts.email.changed': 'Uw e-mailadres is gewijzigd.',

  'accounts.error.invalidCredentials': 'Het e-mailadres of het wachtwoord klopt niet.',
  'accounts.error.throttled':
    'Te veel mislukte pogingen. Probeer het over {minutes} minuten opnieuw, of kies een nieuw wachtwoord.',
  'accounts.error.emailNotVerified':
    'Bevestig eerst uw e-mailadres met de link uit onze e-mail. We hebben u zojuist een nieuwe link gestuurd.',
  'accounts.error.tokenInvalid': 'Deze link is verlopen of al gebruikt. Vraag een nieuwe link aan.',
  'accounts.error.passwordTooShort': 'Kies een wachtwoord van minstens 8 tekens.',
  'accounts.error.passwordTooLong': 'Kies een wachtwoord van hooguit 128 tekens.',
  'accounts.error.passwordTooCommon':
    'Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander wachtwoord.',
  'accounts.error.passwordSameAsEmail': 'Gebruik niet uw e-mailadres als wachtwoord.',
  'accounts.error.passwordMismatch': 'De twee wachtwoorden zijn niet hetzelfde.',
  'accounts.error.wrongPassword': 'Dit wachtwoord klopt niet.',
  'accounts.error.unknownMunicipality': 'Kies een gemeente uit de lijst.',
  'accounts.error.cannotChangeOwnRole': 'U kunt uw eigen rol en toegang niet wijzigen.',
  'accounts.error.sameEmail': 'Dit is uw huidige e-mailadres.',

  'admin.title': 'Beheer',
  'admin.lead': 'Het werkgebied van JEP-medewerkers en beheerders.',
  'admin.users.title': 'Gebruikers',
  'admin.users.text': 'Zoek gebruikers, wijzig rollen en deactiveer accounts.',
  'admin.users.filter': 'Gebruikers filteren',
  'admin.users.search': 'Zoek op naam, e-mailadres of organisatie',
  'admin.users.role': 'Rol',
  'admin.users.allRoles': 'Alle rollen',
  'admin.users.status': 'Status',
  'admin.users.allStatuses': 'Alle statussen',
  'admin.users.apply': 'Filteren',
  'admin.users.count': '{count} gebruiker(s) gevonden',
  'admin.users.none': 'Geen gebruikers gevonden.',
  'admin.user.title': 'Gebruiker',
  'admin.user.back': 'Terug naar gebruikers',
  'admin.user.registered': 'Geregistreerd op',
  'admin.user.lastLogin': 'Laatst ingelogd',
  'admin.user.self': 'Dit is uw eigen account. Een andere beheerder kan uw rol wijzigen.',
  'admin.user.roleTitle': 'Rol',
  'admin.user.saveRole': 'Rol opslaan',
  'admin.user.roleChanged': 'De rol is gewijzigd.',
  'admin.user.accessTitle': 'Toegang',
  'admin.user.deactivateText':
    'Een gedeactiveerde gebruiker wordt overal uitgelogd en kan niet meer inloggen.',
  'admin.user.deactivate': 'Deactiveren',
  'admin.user.deactivated': 'Het account is gedeactiveerd en overal uitgelogd.',
  'admin.user.reactivate': 'Heractiveren',
  'admin.user.reactivated': 'Het account is weer actief.',
  'admin.audit.title': 'Auditlog',
  'admin.audit.text': 'Wie deed wat, wanneer: alle handelingen van medewerkers en beheerders.',
  'admin.audit.filter': 'Auditlog filteren',
  'admin.audit.action': 'Handeling',
  'admin.audit.allActions': 'Alle handelingen',
  'admin.audit.actor': 'Door',
  'admin.audit.subject': 'Object',
  'admin.audit.when': 'Wanneer',
  'admin.audit.detail': 'Details',
  'admin.audit.none': 'Geen handelingen gevonden.',
  'admin.mailbox.title': 'Mailbox',
  'admin.mailbox.text': 'Alle uitgaande e-mail en of die is verstuurd.',
  'admin.mailbox.local':
    'Er is geen SMTP-server ingesteld (SMTP_URL): e-mail wordt niet verstuurd maar blijft hier in de lokale mailbox.',
  'admin.mailbox.smtp':
    'E-mail wordt verstuurd via de ingestelde SMTP-server. Hier ziet u per bericht de status.',
  'admin.mailbox.filter': 'Mailbox filteren',
  'admin.mailbox.to': 'Aan',
  'admin.mailbox.subject': 'Onderwerp',
  'admin.mailbox.status': 'Status',
  'admin.mailbox.created': 'Aangemaakt',
  'admin.mailbox.none': 'Geen berichten.',
  'admin.mail.title': 'E-mailbericht',
  'admin.mail.back': 'Terug naar de mailbox',
  'admin.mail.attempts': 'Pogingen',
  'admin.mail.lastError': 'Laatste fout',
  'admin.mail.body': 'Bericht (tekstversie)',

  'mail.status.pending': 'Wacht op verzending',
  'mail.status.sending': 'Wordt verstuurd',
  'mail.status.sent': 'Verstuurd',
  'mail.status.failed': 'Mislukt',
  'mail.status.local': 'In de lokale mailbox (niet verstuurd)',
  'mail.greeting': 'Beste {name},',
  'mail.notYou': 'Hebt u dit niet zelf gedaan? Dan kunt u deze e-mail negeren.',
  'mail.footer': 'Platform JEP — Jeugd preventie Extremisme en Polarisatie',
  'mail.verify-email.subject': 'Bevestig uw e-mailadres voor Platform JEP',
  'mail.verify-email.text':
    'Welkom bij Platform JEP. Bevestig uw e-mailadres om uw account te activeren:',
  'mail.verify-email.button': 'E-mailadres bevestigen',
  'mail.verify-email.validity': 'Deze link is 7 dagen geldig.',
  'mail.account-exists.subject': 'U hebt al een account bij Platform JEP',
  'mail.account-exists.text':
    'Iemand probeerde een account aan te maken met dit e-mailadres, maar er bestaat al een account. Bent u uw wachtwoord vergeten?',
  'mail.account-exists.forgot': 'Kies een nieuw wachtwoord',
  'mail.reset-password.subject': 'Kies een nieuw wachtwoord voor Platform JEP',
  'mail.reset-password.text': 'U hebt gevraagd om een nieuw wachtwoord. Kies het via deze link:',
  'mail.reset-password.button': 'Nieuw wachtwoord kiezen',
  'mail.reset-password.validity': 'De link is één uur geldig en werkt één keer.',
  'mail.password-changed.subject': 'Uw wachtwoord voor Platform JEP is gewijzigd',
  'mail.password-changed.text': 'Het wachtwoord van uw account is zojuist gewijzigd.',
  'mail.password-changed.notYou': 'Was u dit niet? Kies dan meteen een nieuw wachtwoord:',
  'mail.email-change-taken.subject': 'Poging om uw e-mailadres te gebruiken bij Platform JEP',
  'mail.email-change-taken.text':
    'Iemand probeerde dit e-mailadres aan een ander account te koppelen. Dat kan niet, omdat u er al een account mee hebt.',
  'mail.confirm-email-change.subject': 'Bevestig uw nieuwe e-mailadres voor Platform JEP',
  'mail.confirm-email-change.text':
    'Bevestig dat u dit nieuwe e-mailadres wilt gebruiken voor uw account:',
  'mail.confirm-email-change.button': 'Nieuw e-mailadres bevestigen',
  'mail.email-change-requested.subject': 'Uw e-mailadres bij Platform JEP wordt gewijzigd',
  'mail.email-change-requested.text':
    'Er is gevraagd om het e-mailadres van uw account te wijzigen in {email}. Het adres verandert pas als de link in de e-mail aan dat adres wordt gevolgd.',

  'validation.numberRange': 'Vul een heel getal in van {min} tot en met {max}.',

  'scheduling.error.slugTaken':
    'Deze korte naam voor het webadres is al in gebruik. Kies een andere.',
  'scheduling.error.slugInvalid':
    'Gebruik alleen kleine letters, cijfers en streepjes, zoals omgaan-met-extreme-idealen.',
  'scheduling.error.numberInvalid': 'Vul een heel getal in van {min} tot en met {max}.',
  'scheduling.error.dateInvalid': 'Vul een bestaande datum en tijd in.',
  'scheduling.error.dateInPast': 'Deze datum ligt in het verleden. Kies een datum in de toekomst.',
  'scheduling.error.registrationWindow':
    'Het aanmelden moet sluiten na het moment waarop het opent.',
  'scheduling.error.endsBeforeStart': 'De eindtijd moet na de begintijd liggen.',
  'scheduling.error.outOfOrder':
    'Een bijeenkomst moet na de vorige bijeenkomst van deze uitvoering liggen en mag er niet mee overlappen.',
  'scheduling.error.conflict':
    'Dit botst met: {conflicts}. Vink \u201cToch inplannen\u201d aan als u het toch wilt.',
  'scheduling.conflict.trainer': 'trainer {trainer} geeft dan al {what}',
  'scheduling.conflict.location': 'op deze locatie is dan al {what}',
  'scheduling.error.notATrainer': 'Kies een trainer uit de lijst.',
  'scheduling.error.trainerAlready': 'Deze trainer staat al bij deze uitvoering.',
  'scheduling.error.locationRequired': 'Vul de naam van de locatie in, of kies voor online.',
  'scheduling.error.urlInvalid': 'Vul een volledige link in die begint met https://.',
  'scheduling.error.statusTransition': 'Deze statuswijziging kan niet.',
  'scheduling.error.editionClosed':
    'Deze uitvoering is afgerond of geannuleerd en kan niet meer worden gewijzigd.',
  'scheduling.error.publishNeedsMeeting': 'Plan eerst minstens één bijeenkomst.',
  'scheduling.error.offeringNotPublished':
    'Publiceer eerst het aanbod waar deze uitvoering bij hoort.',
  'scheduling.error.confirmCancel':
    'Vink aan dat u deze uitvoering wilt annuleren. Dit kan niet ongedaan worden gemaakt.',
  'scheduling.error.percentRequired': 'Vul het percentage van de uren in (1 tot en met 100).',
};
