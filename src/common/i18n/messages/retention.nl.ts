/** Messages of retention periods (the admin page, the job) and the statements: privacy and accessibility (nl). */
export const retentionNl = {
  'nav.retention': 'Bewaartermijnen',
  // The kinds of personal data (src/retention/retention-kinds.ts)
  'retention.kind.unfinishedAccounts.label': 'Nooit afgemaakte accounts',
  'retention.kind.unfinishedAccounts.what':
    'Accounts waarvan het e-mailadres nooit is bevestigd en waarmee nooit is ingelogd: naam, e-mailadres, organisatie en functie.',
  'retention.kind.unfinishedAccounts.why':
    'Zonder bevestiging kan niemand het account gebruiken; een account dat nergens voor gebruikt wordt (geen inschrijving, traject of lidmaatschap) bewaren wij niet.',
  'retention.kind.inactiveAccounts.label': 'Inactieve accounts',
  'retention.kind.inactiveAccounts.what':
    'Accounts waarmee lang niet is ingelogd, met hun profiel, inschrijvingen en certificaten.',
  'retention.kind.inactiveAccounts.why':
    'Professionals hebben hun certificaten soms jaren later nog nodig (SKJ-herregistratie); daarna wordt het account verwijderd, tenzij iemand nog een plaats heeft in een lopende of komende uitvoering; certificaten blijven te controleren, zonder naam. Accounts van medewerkers worden niet automatisch verwijderd.',
  'retention.kind.sessions.label': 'Verlopen sessies',
  'retention.kind.sessions.what':
    'Inloggegevens van een browser: wanneer u inlogde, de browser en het apparaat.',
  'retention.kind.sessions.why':
    'Nodig zolang u ingelogd bent; een verlopen sessie heeft geen nut meer.',
  'retention.kind.accountTokens.label': 'Links in e-mails over uw account',
  'retention.kind.accountTokens.what':
    'De geheime links om uw e-mailadres te bevestigen, uw wachtwoord te herstellen of een uitnodiging aan te nemen (alleen een versleutelde vorm).',
  'retention.kind.accountTokens.why':
    'Een link werkt één keer en kort; daarna bewaren wij hem alleen nog even om vragen te kunnen beantwoorden.',
  'retention.kind.loginThrottles.label': 'Tellers van mislukte inlogpogingen',
  'retention.kind.loginThrottles.what':
    'Het aantal mislukte inlogpogingen en aanvragen per e-mailadres of IP-adres.',
  'retention.kind.loginThrottles.why':
    'Om accounts te beschermen tegen het raden van wachtwoorden en misbruik van formulieren.',
  'retention.kind.outboxBodies.label': 'Inhoud van verstuurde e-mails',
  'retention.kind.outboxBodies.what':
    'De tekst van e-mails die het platform u stuurde (bevestigingen, herinneringen, berichten).',
  'retention.kind.outboxBodies.why':
    'Om vragen over een ontvangen of gemiste e-mail te kunnen beantwoorden. Daarna wissen wij de inhoud; alleen adres, onderwerp en verzendmoment blijven bewaard.',
  'retention.kind.auditLog.label': 'Logboek van handelingen van medewerkers',
  'retention.kind.auditLog.what':
    'Wie van onze medewerkers wat deed en wanneer (bijvoorbeeld een inschrijving wijzigen of een account verwijderen).',
  'retention.kind.auditLog.why':
    'Om te kunnen nagaan wie wat heeft gedaan met uw gegevens. Twee jaar is lang genoeg om een volledige cursusperiode en de vragen of klachten daarna te onderzoeken.',
  'retention.kind.closedAdvice.label': 'Afgeronde adviesaanvragen (Advies op Maat)',
  'retention.kind.closedAdvice.what':
    'Uw vraag, naam, contactgegevens, berichten, notities en afspraken bij een adviesaanvraag.',
  'retention.kind.closedAdvice.why':
    'Om bij een vervolgvraag op het eerdere advies te kunnen voortbouwen. Daarna worden de persoonsgegevens gewist; alleen onderwerp, gemeente en data blijven voor de statistiek.',
  'retention.kind.unconfirmedAdvice.label': 'Niet bevestigde adviesaanvragen',
  'retention.kind.unconfirmedAdvice.what':
    'Een adviesaanvraag van een bezoeker waarvan het e-mailadres niet is bevestigd.',
  'retention.kind.unconfirmedAdvice.why':
    'Zonder bevestiging weten wij niet of de aanvraag echt van de eigenaar van het e-mailadres komt.',
  'retention.kind.unconfirmedSubscriptions.label': 'Niet bevestigde JEPzine-aanmeldingen',
  'retention.kind.unconfirmedSubscriptions.what':
    'Een e-mailadres dat is aangemeld voor de JEPzine maar waarvan de aanmelding nooit is bevestigd.',
  'retention.kind.unconfirmedSubscriptions.why':
    'Wij sturen de JEPzine alleen na bevestiging; een nooit bevestigde aanmelding bewaren wij niet.',
  'retention.kind.unappliedImports.label': 'Niet verwerkte abonnee-imports',
  'retention.kind.unappliedImports.what':
    'Een bestand met abonnees dat een medewerker heeft geüpload maar niet heeft verwerkt.',
  'retention.kind.unappliedImports.why':
    'Het bestand bevat e-mailadressen; wat niet wordt gebruikt, bewaren wij niet.',

  // From which moment a period counts
  'retention.from.created': 'het aanmaken',
  'retention.from.lastLogin': 'de laatste keer inloggen',
  'retention.from.expiry': 'het verlopen',
  'retention.from.usedOrExpired': 'gebruik of verlopen',
  'retention.from.window': 'het einde van de telperiode',
  'retention.from.sent': 'het versturen',
  'retention.from.recorded': 'het vastleggen',
  'retention.from.closed': 'het afronden',
  'retention.from.confirmationSent': 'de laatste bevestigingsmail',
  'retention.from.uploaded': 'het uploaden',

  // Periods in words
  'retention.period.immediately': 'direct',
  'retention.period.day': '{count} dag',
  'retention.period.days': '{count} dagen',
  'retention.period.month': '{count} maand',
  'retention.period.months': '{count} maanden',
  'retention.period.year': '{count} jaar',
  'retention.period.years': '{count} jaar',
  'retention.period.after': '{period} na {from}',

  'retention.mode.delete': '(wordt verwijderd)',
  'retention.mode.clear': '(de inhoud wordt gewist, de registratie blijft)',
  'retention.mode.anonymise': '(wordt geanonimiseerd)',
  'retention.mode.manual': '(door medewerkers te verwijderen)',
  'retention.source.setting': 'In te stellen op deze pagina.',
  'retention.source.config': 'Ingesteld met ADVICE_RETENTION_MONTHS in de configuratie.',
  'retention.source.fixed': 'Vast in het platform.',

  // The admin page
  'retention.admin.title': 'Bewaartermijnen',
  'retention.admin.lead':
    'Elke soort persoonsgegevens met zijn bewaartermijn. Een dagelijkse taak verwijdert wat verlopen is en legt in het auditlogboek vast hoeveel.',
  'retention.admin.privacyLink': 'De privacyverklaring, gemaakt uit deze termijnen',
  'retention.admin.kinds': 'Soorten gegevens',
  'retention.admin.kind': 'Soort gegevens',
  'retention.admin.what': 'Wat het bevat',
  'retention.admin.default': 'Standaard',
  'retention.admin.current': 'Nu ingesteld',
  'retention.admin.lastRemoval': 'Laatst verwijderd',
  'retention.admin.changed': 'aangepast',
  'retention.admin.removed': '{count} op {at}',
  'retention.admin.neverRemoved': 'Nog niets',
  'retention.admin.lastRun': 'Laatste keer dat er iets verwijderd werd: {at} ({count} in totaal).',
  'retention.admin.noRun': 'Er is nog niets verwijderd.',
  'retention.admin.inactiveDue':
    'Accounts waarmee langer dan {period} niet is ingelogd en die nu verwijderd worden: {count}. Wie nog een plaats heeft in een lopende of komende uitvoering blijft staan, net als accounts van medewerkers en beheerders.',
  'retention.admin.inactiveLink': 'Naar het gebruikersoverzicht',
  'retention.admin.formTitle': 'Termijnen wijzigen',
  'retention.admin.formLead':
    'In hele dagen. Termijnen die uit de configuratie komen of vastliggen staan hier niet.',
  'retention.admin.daysHint': 'Aantal dagen, van {min} tot en met {max}.',
  'retention.admin.save': 'Termijnen opslaan',
  'retention.admin.applyTitle': 'Nu toepassen',
  'retention.admin.applyLead':
    'Verwijdert direct alles wat volgens de huidige termijnen verlopen is, in plaats van te wachten op de dagelijkse taak.',
  'retention.admin.apply': 'Nu toepassen',
  'retention.admin.saved': 'De bewaartermijnen zijn opgeslagen ({count} gewijzigd).',
  'retention.admin.unchanged': 'Er is geen termijn gewijzigd.',
  'retention.admin.applied': 'De bewaartermijnen zijn toegepast: {count} verwijderd of gewist.',

  'statements.footer.privacy': 'Privacy',
  'statements.footer.accessibility': 'Toegankelijkheid',

  // The privacy statement
  'statements.privacy.title': 'Privacyverklaring',
  'statements.privacy.lead':
    'Welke gegevens Platform JEP over u bewaart, waarom, hoe lang, wie ze krijgt en welke rechten u heeft.',
  'statements.privacy.who.title': 'Wie wij zijn',
  'statements.privacy.who.text':
    'Platform JEP (Jeugd, Educatie en Preventie) biedt scholing, trajecten, advies en een netwerk voor professionals die met jongeren werken. Platform JEP is verantwoordelijk voor de verwerking van uw persoonsgegevens op dit platform.',
  'statements.privacy.who.contact': 'Vragen over privacy stelt u aan:',
  'statements.privacy.what.title': 'Welke gegevens wij bewaren en waarom',
  'statements.privacy.what.lead':
    'Wij bewaren alleen wat nodig is voor wat u op het platform doet. Over individuele jongeren leggen wij niets vast.',
  'statements.privacy.area.account.title': 'Uw account',
  'statements.privacy.area.account.what':
    'Naam, e-mailadres, organisatie, functie, sector, gemeente, eventueel uw SKJ-nummer en uw taalkeuze.',
  'statements.privacy.area.account.why':
    'Om u te laten inloggen, u in te schrijven en u te kunnen bereiken. De grondslag is de overeenkomst met u.',
  'statements.privacy.area.enrolments.title': 'Inschrijvingen, aanwezigheid en certificaten',
  'statements.privacy.area.enrolments.what':
    'Voor welke cursussen u zich inschreef, uw aanwezigheid en de certificaten die u ontving.',
  'statements.privacy.area.enrolments.why':
    'Om plaatsen te verdelen, herinneringen te sturen en certificaten uit te reiken die u (en bijvoorbeeld het SKJ) kunnen controleren.',
  'statements.privacy.area.newsletter.title': 'JEPzine (nieuwsbrief)',
  'statements.privacy.area.newsletter.what':
    'Uw e-mailadres, eventueel uw naam, de onderwerpen die u kiest en wanneer u toestemming gaf.',
  'statements.privacy.area.newsletter.why':
    'Om u de JEPzine te sturen, alleen na uw bevestiging (toestemming). Afmelden kan met de link in elke JEPzine.',
  'statements.privacy.area.network.title': 'Het netwerk van organisaties',
  'statements.privacy.area.network.what':
    'Gegevens van organisaties en de contactpersonen die zij zelf opgeven, en wie een organisatie beheert.',
  'statements.privacy.area.network.why':
    'Om professionals en organisaties elkaar te laten vinden. Wat openbaar is, kiest de organisatie zelf.',
  'statements.privacy.area.trajectories.title': 'JOS-trajecten',
  'statements.privacy.area.trajectories.what':
    'Wie deelneemt aan een traject, de afspraken, acties, verslagen en beoordelingen binnen het traject.',
  'statements.privacy.area.trajectories.why':
    'Om het traject samen uit te voeren en te volgen. Alleen de deelnemers en onze begeleiders zien het.',
  'statements.privacy.area.advice.title': 'Advies op Maat',
  'statements.privacy.area.advice.what':
    'Uw vraag, naam, contactgegevens, de berichten met de adviseur en de afspraken.',
  'statements.privacy.area.advice.why':
    'Om uw vraag te beantwoorden. Na de bewaartermijn worden de persoonsgegevens gewist.',
  'statements.privacy.area.evaluations.title': 'Evaluaties',
  'statements.privacy.area.evaluations.what':
    'Uw antwoorden op evaluatievragen na een cursus of traject. De antwoorden worden anoniem bewaard: niet te koppelen aan uw naam.',
  'statements.privacy.area.evaluations.why':
    'Om ons aanbod te verbeteren; wij bewaren alleen wie een uitnodiging kreeg, niet wie wat antwoordde.',
  'statements.privacy.area.security.title': 'Beveiliging en e-mail',
  'statements.privacy.area.security.what':
    'Sessies, mislukte inlogpogingen, de inhoud van verstuurde e-mails en een logboek van handelingen van medewerkers.',
  'statements.privacy.area.security.why':
    'Om het platform en uw gegevens te beveiligen en na te kunnen gaan wat er gebeurd is.',
  'statements.privacy.howLong.title': 'Hoe lang wij gegevens bewaren',
  'statements.privacy.howLong.lead':
    'Deze termijnen past het platform elke dag automatisch toe. Ze staan hier zoals ze nu zijn ingesteld.',
  'statements.privacy.howLong.whyColumn': 'Wat en waarom',
  'statements.privacy.howLong.periodColumn': 'Bewaartermijn',
  'statements.privacy.howLong.manual': '(na controle door een medewerker)',
  'statements.privacy.howLong.rest':
    'Uw account, inschrijvingen en certificaten bewaren wij zolang u het account gebruikt. Verwijdert u uw account, dan wissen of anonimiseren wij uw gegevens direct; certificaten blijven dan te controleren als "uitgereikt", zonder naam.',
  'statements.privacy.recipients.title': 'Wie uw gegevens krijgt',
  'statements.privacy.recipients.text':
    'Wij verkopen of geven uw gegevens aan niemand anders. Trainers en begeleiders zien alleen de deelnemers van hun eigen cursussen en trajecten.',
  'statements.privacy.recipients.mail':
    'E-mail versturen wij via onze e-mailprovider (SMTP), die de berichten alleen bezorgt en er niets anders mee doet.',
  'statements.privacy.rights.title': 'Uw rechten',
  'statements.privacy.rights.lead': 'De AVG geeft u rechten over uw gegevens:',
  'statements.privacy.rights.inspect': 'Inzien en downloaden van alles wat wij over u bewaren:',
  'statements.privacy.rights.inspectLink': 'Mijn privacy',
  'statements.privacy.rights.correct': 'Verbeteren van uw gegevens:',
  'statements.privacy.rights.correctLink': 'Mijn profiel',
  'statements.privacy.rights.delete': 'Verwijderen van uw account en gegevens:',
  'statements.privacy.rights.deleteLink': 'Mijn privacy',
  'statements.privacy.rights.object':
    'Bezwaar maken tegen of beperken van een verwerking, en de JEPzine opzeggen wanneer u wilt.',
  'statements.privacy.rights.ask':
    'Kunt u iets niet zelf regelen, of heeft u een vraag? Mail ons, dan antwoorden wij binnen een maand:',
  'statements.privacy.complaint.title': 'Een klacht indienen',
  'statements.privacy.complaint.text':
    'Bent u niet tevreden over hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
  'statements.privacy.complaint.link': 'Autoriteit Persoonsgegevens',

  // The accessibility statement (the government's model, toegankelijkheidsverklaring.nl)
  'statements.accessibility.title': 'Toegankelijkheidsverklaring',
  'statements.accessibility.lead':
    'Platform JEP wil dat iedereen dit platform kan gebruiken, ook mensen met een beperking.',
  'statements.accessibility.scope.title': 'Organisatie en website',
  'statements.accessibility.scope.text':
    "Deze verklaring is van Platform JEP en geldt voor de website {site}, met alle pagina's voor bezoekers, professionals, trainers en medewerkers.",
  'statements.accessibility.standard.title': 'De norm',
  'statements.accessibility.standard.text':
    'Wij toetsen aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau A en AA, zoals de Europese norm EN 301 549 en het Besluit digitale toegankelijkheid overheid vragen.',
  'statements.accessibility.status.title': 'Status',
  'statements.accessibility.status.partial':
    'Deze website voldoet gedeeltelijk aan WCAG 2.1 niveau AA.',
  'statements.accessibility.status.text':
    "De webpagina's zelf voldoen bij de automatische toetsen. Enkele onderdelen voldoen (nog) niet:",
  'statements.accessibility.limits.title': 'Bekende beperkingen',
  'statements.accessibility.limit.pdf':
    'De certificaten als PDF zijn niet getagd: een schermlezer leest de tekst, maar zonder koppen en leesvolgorde. De gegevens van een certificaat staan ook als webpagina op de controlepagina.',
  'statements.accessibility.limit.pdfAccents':
    'In de PDF van een certificaat kunnen letters buiten de Westeuropese tekenset (bijvoorbeeld ş of ł in een naam) verkeerd worden weergegeven.',
  'statements.accessibility.limit.userContent':
    "Tekst en afbeeldingen die organisaties en medewerkers zelf plaatsen (netwerkpagina's, JEPzine) controleren wij niet altijd vooraf op toegankelijkheid, zoals de tekst bij een afbeelding.",
  'statements.accessibility.check.title': 'Hoe wij dit hebben onderzocht',
  'statements.accessibility.check.method':
    'Bij elke wijziging van het platform toetst een automatische testreeks elke pagina in de browser Chromium met axe (WCAG 2.1 A en AA), en controleert dat er geen meldingen van het beveiligingsbeleid (CSP) zijn.',
  'statements.accessibility.check.keyboard':
    'Dezelfde testreeks doorloopt de belangrijkste taken (inschrijven, een adviesvraag stellen, beheren) alleen met het toetsenbord. Een handmatige toets door een extern bureau is nog niet gedaan.',
  'statements.accessibility.check.last': 'Laatste automatische toets:',
  'statements.accessibility.check.summary':
    "{pages} pagina's getoetst, {violations} overtredingen gevonden.",
  'statements.accessibility.check.unknown':
    'De datum van de laatste automatische toets is niet bekend.',
  'statements.accessibility.contact.title': 'Loopt u tegen een probleem aan?',
  'statements.accessibility.contact.text':
    'Kunt u iets op deze website niet gebruiken, of heeft u een vraag of opmerking over toegankelijkheid? Laat het ons weten:',
  'statements.accessibility.contact.response':
    'U krijgt binnen 5 werkdagen een ontvangstbevestiging en binnen 3 weken een antwoord.',
  'statements.accessibility.enforcement.title': 'Handhavingsprocedure',
  'statements.accessibility.enforcement.text':
    'Bent u niet tevreden met ons antwoord, of krijgt u geen antwoord? Dan kunt u een klacht indienen bij de Nationale ombudsman.',
  'statements.accessibility.enforcement.link': 'Nationale ombudsman',
  'statements.accessibility.about.title': 'Over deze verklaring',
  'statements.accessibility.about.text':
    'Deze verklaring volgt het model van de Nederlandse overheid (toegankelijkheidsverklaring.nl). De datum van de laatste toets wordt bij elke automatische toets bijgewerkt.',
};
