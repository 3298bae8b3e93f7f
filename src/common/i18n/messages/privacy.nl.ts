/** Messages of the AVG rights: the data download and deleting an account (/mijn/privacy, staff on request) (nl). */
export const privacyNl = {
  'admin.user.privacyLink': 'Gegevens inzien of verwijderen op verzoek (AVG)',
  'privacy.overview.title': 'Uw gegevens en privacy',
  'privacy.overview.lead':
    'Hier ziet u welke gegevens Platform JEP over u bewaart en waarom, kunt u ze downloaden en kunt u uw account verwijderen.',
  'privacy.overview.whatTitle': 'Wat wij over u bewaren, en waarom',
  'privacy.overview.what.account':
    'Uw account: naam, e-mailadres, organisatie, functie, sector, gemeente en eventueel uw SKJ-nummer, om u te laten inloggen en u te kunnen bereiken.',
  'privacy.overview.what.enrolments':
    'Uw aanmeldingen, presentie en certificaten, om trainingen te organiseren en uw deelname te kunnen aantonen (ook voor SKJ-punten).',
  'privacy.overview.what.advice':
    'Uw adviesvragen en de berichten daarover, om u te kunnen adviseren.',
  'privacy.overview.what.trajectories':
    'Uw deelname aan JOS-trajecten: uw rol, de logboekregels die u schreef, de acties die bij u liggen en uw zelfevaluaties.',
  'privacy.overview.what.newsletter': 'Uw JEPzine-abonnement en de toestemming die u daarvoor gaf.',
  'privacy.overview.what.network':
    'Uw koppeling aan organisaties in het netwerk, uw voorstellen en aanmeldingen.',
  'privacy.overview.what.evaluations':
    'Voor welke evaluaties u bent uitgenodigd en of u die hebt ingevuld. Uw antwoorden zelf worden anoniem bewaard.',
  'privacy.overview.what.sessions':
    'Uw sessies (wanneer u inlogde, met welke browser) en, als u medewerker bent, wat u in het beheer deed.',
  'privacy.overview.noYoungPeople':
    'Op dit platform worden geen gegevens over individuele jongeren vastgelegd.',
  'privacy.overview.downloadTitle': 'Uw gegevens downloaden',
  'privacy.overview.downloadText':
    'U kunt alles wat wij over u bewaren downloaden als bestand (JSON, geschikt om mee te nemen naar een andere dienst) of bekijken als pagina die u kunt afdrukken.',
  'privacy.overview.downloadJson': 'Download als JSON',
  'privacy.overview.viewPage': 'Bekijk als pagina',
  'privacy.overview.deleteTitle': 'Account verwijderen',
  'privacy.overview.deleteText':
    'U kunt uw account laten verwijderen. Voordat u dat bevestigt, leest u precies wat er gebeurt.',
  'privacy.overview.deleteLink': 'Account verwijderen',

  'privacy.data.title': 'Alle gegevens die wij over u bewaren',
  'privacy.data.generatedAt': 'Overzicht gemaakt op {date}.',
  'privacy.data.contents': 'Inhoud',
  'privacy.data.profile': 'Profiel',
  'privacy.data.enrolments': 'Aanmeldingen en presentie',
  'privacy.data.certificates': 'Certificaten',
  'privacy.data.calendarFeed': 'Agenda-abonnement',
  'privacy.data.calendarFeedExists': 'U hebt een persoonlijke agendalink',
  'privacy.data.calendarFeedNone': 'U hebt geen persoonlijke agendalink.',
  'privacy.data.newsletter': 'JEPzine en toestemming',
  'privacy.data.newsletterNone': 'U bent niet aangemeld voor JEPzine.',
  'privacy.data.network': 'Netwerk',
  'privacy.data.trajectories': 'JOS-trajecten',
  'privacy.data.advice': 'Adviesvragen en berichten',
  'privacy.data.evaluations': 'Evaluaties',
  'privacy.data.sessions': 'Sessies',
  'privacy.data.audit': 'Uw handelingen in het beheer',
  'privacy.data.none': 'Hierover bewaren wij niets van u.',
  'privacy.data.yes': 'ja',
  'privacy.data.no': 'nee',
  'privacy.data.consentLine':
    'Gevraagd {requested}, bevestigd {confirmed} (tekst versie {version}): {text}',
  'privacy.data.membershipOf': 'Koppeling aan {name}',
  'privacy.data.draftOf': 'Voorstel voor de vermelding van {name}',
  'privacy.data.application': 'Aanmelding van een organisatie',
  'privacy.data.memberOf': 'Deelnemer aan {name}',
  'privacy.data.logEntry': 'Logboek {name}: {title}',
  'privacy.data.action': 'Actie in {name}: {title}',
  'privacy.data.assessment': 'Zelfevaluatie in {name}',
  'privacy.data.fromYou': 'van u',
  'privacy.data.toYou': 'aan u',
  'privacy.data.unknownBrowser': 'Onbekende browser',
  'privacy.evaluations.note':
    'Ingevulde evaluaties worden anoniem bewaard, zonder enige koppeling aan u. Daarom staan uw antwoorden niet in dit overzicht: niemand kan ze aan u terugkoppelen, ook wij niet.',
  'privacy.completion.completed': 'afgerond',
  'privacy.completion.not_completed': 'niet afgerond',
  'privacy.membership.requested': 'aangevraagd',
  'privacy.membership.active': 'actief',
  'privacy.membership.declined': 'afgewezen',

  'privacy.field.email': 'E-mailadres',
  'privacy.field.name': 'Naam',
  'privacy.field.role': 'Rol',
  'privacy.field.organisation': 'Organisatie',
  'privacy.field.jobTitle': 'Functie',
  'privacy.field.sector': 'Sector',
  'privacy.field.municipality': 'Gemeente',
  'privacy.field.skjNumber': 'SKJ-nummer',
  'privacy.field.locale': 'Taal',
  'privacy.field.emailVerifiedAt': 'E-mailadres bevestigd op',
  'privacy.field.lastLoginAt': 'Laatst ingelogd',
  'privacy.field.createdAt': 'Aangemaakt op',
  'privacy.field.status': 'Status',
  'privacy.field.completion': 'Afronding',
  'privacy.field.startsAt': 'Begint',
  'privacy.field.endsAt': 'Eindigt',
  'privacy.field.enrolledAt': 'Aangemeld op',
  'privacy.field.statusChangedAt': 'Status gewijzigd op',
  'privacy.field.enrolledByOther': 'Aangemeld door een ander',
  'privacy.field.attendance': 'Presentie',
  'privacy.field.code': 'Certificaatnummer',
  'privacy.field.dates': 'Data',
  'privacy.field.skjPoints': 'SKJ-punten',
  'privacy.field.issuedAt': 'Uitgegeven op',
  'privacy.field.revokedAt': 'Ingetrokken op',
  'privacy.field.lastUsedAt': 'Laatst gebruikt',
  'privacy.field.topics': 'Onderwerpen',
  'privacy.field.subscribedAt': 'Aangemeld op',
  'privacy.field.unsubscribedAt': 'Afgemeld op',
  'privacy.field.consents': 'Toestemmingen',
  'privacy.field.note': 'Toelichting',
  'privacy.field.decidedAt': 'Besloten op',
  'privacy.field.submittedAt': 'Ingediend op',
  'privacy.field.motivation': 'Motivatie',
  'privacy.field.roleDescription': 'Uw rol',
  'privacy.field.isContact': 'Contactpersoon',
  'privacy.field.removedAt': 'Beëindigd op',
  'privacy.field.occurredOn': 'Datum',
  'privacy.field.body': 'Tekst',
  'privacy.field.otherAttendees': 'Andere aanwezigen',
  'privacy.field.description': 'Omschrijving',
  'privacy.field.dueOn': 'Uiterlijk',
  'privacy.field.doneAt': 'Gedaan op',
  'privacy.field.moment': 'Moment',
  'privacy.field.scores': 'Scores',
  'privacy.field.question': 'Vraag',
  'privacy.field.phone': 'Telefoon',
  'privacy.field.closedAt': 'Afgesloten op',
  'privacy.field.messages': 'Berichten',
  'privacy.field.invitedAt': 'Uitgenodigd op',
  'privacy.field.answered': 'Ingevuld',
  'privacy.field.answeredAt': 'Ingevuld op',
  'privacy.field.startedAt': 'Begonnen',
  'privacy.field.lastSeenAt': 'Laatst actief',
  'privacy.field.expiresAt': 'Verloopt',
  'privacy.field.subject': 'Onderwerp',
  'privacy.field.at': 'Moment',

  'privacy.delete.title': 'Uw account verwijderen',
  'privacy.delete.lead':
    'Lees eerst wat er gebeurt als u uw account verwijdert. Dit kunt u niet ongedaan maken.',
  'privacy.delete.whatTitle': 'Wat er gebeurt',
  'privacy.delete.what.profile':
    'Uw naam, e-mailadres, organisatie, functie, SKJ-nummer en wachtwoord worden gewist. U kunt daarna niet meer inloggen.',
  'privacy.delete.what.signOut':
    'U wordt overal uitgelogd; uw persoonlijke agendalink en eventuele tweestapsverificatie verdwijnen.',
  'privacy.delete.what.enrolments':
    'Uw aanmeldingen voor trainingen die nog niet begonnen zijn, worden geannuleerd; uw plaats gaat naar de eerste op de wachtlijst.',
  'privacy.delete.what.certificates':
    'Uw certificaten blijven controleerbaar als "uitgegeven", maar zonder uw naam en SKJ-nummer. Bewaar uw pdf als u ze nog nodig hebt.',
  'privacy.delete.what.advice': 'Uw adviesvragen en de berichten daarover worden geanonimiseerd.',
  'privacy.delete.what.newsletter':
    'Uw JEPzine-abonnement en de toestemming daarvoor worden verwijderd.',
  'privacy.delete.what.network':
    'Uw koppelingen aan organisaties in het netwerk worden verwijderd.',
  'privacy.delete.what.trajectories':
    'U wordt uit JOS-trajecten verwijderd; wat u in het logboek schreef blijft bij het traject, zonder uw naam.',
  'privacy.delete.what.evaluations':
    'Uitnodigingen voor evaluaties worden verwijderd; ingevulde antwoorden waren al anoniem en blijven dat.',
  'privacy.delete.what.statistics':
    'De statistieken houden hun aantallen (bijvoorbeeld hoeveel mensen een training volgden), zonder dat ze nog naar u te herleiden zijn.',
  'privacy.delete.final':
    'Verwijderen is definitief. Wilt u uw gegevens eerst bewaren? Download ze dan voordat u verdergaat.',
  'privacy.delete.downloadFirst': 'Eerst uw gegevens bekijken of downloaden',
  'privacy.delete.password': 'Uw wachtwoord',
  'privacy.delete.confirm':
    'Ik begrijp dat mijn account en persoonsgegevens definitief worden verwijderd',
  'privacy.delete.confirmRequired': 'Vink aan dat u begrijpt wat er gebeurt',
  'privacy.delete.submit': 'Account definitief verwijderen',
  'privacy.delete.wrongPassword': 'Dit wachtwoord klopt niet',
  'privacy.delete.adminRefused':
    'Als beheerder kunt u uw eigen account hier niet verwijderen. Vraag een andere beheerder om dat voor u te doen.',

  'privacy.deleted.title': 'Uw account is verwijderd',
  'privacy.deleted.text':
    'Uw account is verwijderd en u bent uitgelogd. Uw persoonsgegevens zijn gewist of geanonimiseerd.',
  'privacy.deleted.certificates':
    'Uw certificaten blijven controleerbaar als uitgegeven, zonder uw naam. U ontvangt nog één bevestiging per e-mail.',
  'privacy.deleted.home': 'Naar de startpagina',

  'privacy.certificate.nameErased': 'Naam verwijderd op verzoek van de houder',

  'privacy.admin.title': 'Privacyverzoek',
  'privacy.admin.backToUser': 'Terug naar de gebruiker',
  'privacy.admin.lead':
    'Gebruik dit alleen op verzoek van de persoon zelf (AVG). Vermeld het verzoek; het wordt met uw naam vastgelegd in het auditlog.',
  'privacy.admin.reason': 'Verzoek of kenmerk',
  'privacy.admin.reasonHint': 'Bijvoorbeeld: e-mail van 12 maart, kenmerk AVG-2026-004',
  'privacy.admin.exportTitle': 'Gegevens opvragen',
  'privacy.admin.format': 'Vorm',
  'privacy.admin.formatJson': 'Bestand (JSON)',
  'privacy.admin.formatPage': 'Leesbare pagina',
  'privacy.admin.exportSubmit': 'Gegevens opvragen',
  'privacy.admin.deleteTitle': 'Account verwijderen',
  'privacy.admin.confirm': 'De persoon heeft om verwijdering gevraagd en weet wat er gebeurt',
  'privacy.admin.deleteSubmit': 'Account definitief verwijderen',
  'privacy.admin.deleted':
    'Het account is verwijderd en de gegevens zijn gewist of geanonimiseerd.',
  'privacy.admin.ownAccount':
    'Uw eigen account verwijdert u niet hier: vraag een andere beheerder.',

  'mail.account-deleted.subject': 'Uw account bij Platform JEP is verwijderd',
  'mail.account-deleted.text':
    'Op uw verzoek hebben wij uw account bij Platform JEP verwijderd. Uw persoonsgegevens zijn gewist of geanonimiseerd en u kunt niet meer inloggen.',
  'mail.account-deleted.enrolments':
    'Uw aanmeldingen voor trainingen die nog niet begonnen waren ({count}) zijn geannuleerd.',
  'mail.account-deleted.certificates':
    'Uw certificaten blijven controleerbaar als uitgegeven, maar zonder uw naam.',
  'mail.account-deleted.notYou':
    'Hebt u hier niet om gevraagd? Neem dan zo snel mogelijk contact met ons op.',
};
