/** Messages of the network moderation pages and e-mails (nl): partner listing, review, applications. */
export const networkModerationNl = {
  'networkModeration.error.draftSubmitted':
    'Uw wijziging is ingediend en wacht op beoordeling door JEP. U kunt haar weer bewerken zodra JEP heeft beslist.',
  'networkModeration.error.organisationUnknown': 'Kies een organisatie uit de lijst.',
  'networkModeration.error.alreadyMember': 'Dit account is al gekoppeld aan deze organisatie.',
  'networkModeration.error.alreadyRequested':
    'U hebt al om een koppeling met deze organisatie gevraagd. JEP beoordeelt uw verzoek.',
  'networkModeration.error.userUnknown': 'Er is geen account met dit e-mailadres.',
  'networkModeration.error.userDeactivated': 'Dit account is gedeactiveerd.',
  'networkModeration.error.phone':
    'Gebruik alleen cijfers, spaties en de tekens + - ( ), zoals 058 123 45 67.',
  'networkModeration.error.website': 'Vul een webadres in dat begint met https:// of http://.',
  'networkModeration.error.unknownExpertise': 'Kies alleen onderwerpen uit de lijst.',
  'networkModeration.error.contactName':
    'Vul de naam van contactpersoon {n} in, of maak de rij leeg.',

  'networkModeration.field.name': 'Naam van de organisatie',
  'networkModeration.field.type': 'Soort organisatie',
  'networkModeration.field.summary': 'Korte omschrijving',
  'networkModeration.field.summaryHint':
    'Eén of twee zinnen voor de zoekresultaten, hooguit 300 tekens.',
  'networkModeration.field.description': 'Beschrijving',
  'networkModeration.field.descriptionHint':
    'Wat doet uw organisatie rond polarisatie en radicalisering? U kunt Markdown gebruiken: **vet**, *cursief*, lijstjes met - en koppen met ##. Hooguit 10.000 tekens.',
  'networkModeration.field.expertise': 'Expertise',
  'networkModeration.field.provinces': 'Hele provincies',
  'networkModeration.field.municipalities': 'Gemeenten',
  'networkModeration.field.municipalitiesHint':
    'Houd Ctrl (of Cmd op een Mac) ingedrukt om meer gemeenten te kiezen. Met het toetsenbord: Shift en de pijltjes.',
  'networkModeration.field.address': 'Adres',
  'networkModeration.field.postcode': 'Postcode',
  'networkModeration.field.city': 'Plaats',
  'networkModeration.field.website': 'Website',
  'networkModeration.field.websiteHint': 'Begint met https://',
  'networkModeration.field.publicEmail': 'Algemeen e-mailadres',
  'networkModeration.field.publicPhone': 'Algemeen telefoonnummer',
  'networkModeration.field.contacts': 'Contactpersonen',
  'networkModeration.field.contactName': 'Naam',
  'networkModeration.field.contactJobTitle': 'Functie',
  'networkModeration.field.contactEmail': 'E-mailadres',
  'networkModeration.field.contactPhone': 'Telefoon',
  'networkModeration.field.contactVisibility': 'Wie ziet deze contactpersoon?',
  'networkModeration.field.applicantName': 'Uw naam',
  'networkModeration.field.motivation': 'Waarom wilt u deelnemen aan het netwerk?',
  'networkModeration.field.motivationHint':
    'Vertel kort wat uw organisatie doet rond polarisatie en radicalisering en wat u van het netwerk verwacht. Hooguit 3000 tekens.',

  'networkModeration.form.organisation': 'De organisatie',
  'networkModeration.form.preview': 'Voorbeeld van de beschrijving',
  'networkModeration.form.previewTitle': 'Zo ziet de beschrijving eruit',
  'networkModeration.form.previewNote': 'Dit is een voorbeeld: er is nog niets opgeslagen.',
  'networkModeration.form.area': 'Werkgebied',
  'networkModeration.form.areaHint':
    'Kies de provincies waar u overal werkt, of de gemeenten waar u werkt. Beide mag ook.',
  'networkModeration.form.public': 'Openbare gegevens',
  'networkModeration.form.contactsHint':
    'Vul hooguit vijf contactpersonen in; lege rijen tellen niet mee. Kies per persoon wie hem of haar ziet.',
  'networkModeration.contact.legend': 'Contactpersoon {n}',

  'networkModeration.diff.field': 'Veld',
  'networkModeration.diff.published': 'Gepubliceerd',
  'networkModeration.diff.proposed': 'Voorgesteld',
  'networkModeration.diff.value': 'Inhoud',
  'networkModeration.diff.changed': 'gewijzigd',
  'networkModeration.diff.added': 'toegevoegd',
  'networkModeration.diff.removed': 'verwijderd',
  'networkModeration.diff.empty': 'leeg',
  'networkModeration.diff.changedFields': '{count} velden gewijzigd: {fields}.',
  'networkModeration.diff.noChanges':
    'Er is niets gewijzigd ten opzichte van de gepubliceerde versie.',

  'networkModeration.draftStatus.draft': 'Concept',
  'networkModeration.draftStatus.submitted': 'Ingediend, wacht op beoordeling',
  'networkModeration.draftStatus.returned': 'Teruggestuurd',
  'networkModeration.draftStatus.published': 'Gepubliceerd',
  'networkModeration.membershipStatus.requested': 'Aangevraagd',
  'networkModeration.membershipStatus.active': 'Gekoppeld',
  'networkModeration.membershipStatus.declined': 'Afgewezen',
  'networkModeration.applicationStatus.pending': 'Ontvangen, wacht op beoordeling',
  'networkModeration.applicationStatus.accepted': 'Geaccepteerd',
  'networkModeration.applicationStatus.declined': 'Afgewezen',
  'networkModeration.organisationStatus.published': 'Gepubliceerd',
  'networkModeration.organisationStatus.archived': 'Gearchiveerd',
  'networkModeration.unknownUser': 'Onbekend (account verwijderd)',

  'networkModeration.mine.title': 'Mijn organisatie in het netwerk',
  'networkModeration.mine.lead':
    'Hier houdt u de vermelding van uw organisatie in het landelijk netwerk actueel. JEP bekijkt elke wijziging voordat die zichtbaar wordt.',
  'networkModeration.mine.linked': 'Uw organisaties',
  'networkModeration.mine.archived':
    'Deze vermelding is gearchiveerd en staat niet in het netwerk.',
  'networkModeration.mine.draftState': 'Laatste wijziging',
  'networkModeration.mine.returnedMessage': 'JEP stuurde uw wijziging terug met dit bericht:',
  'networkModeration.mine.viewSubmitted': 'Ingediende wijziging van {name} bekijken',
  'networkModeration.mine.edit': 'Vermelding van {name} bewerken',
  'networkModeration.mine.publicPage': 'Openbare pagina',
  'networkModeration.mine.none': 'U bent nog niet aan een organisatie gekoppeld.',
  'networkModeration.mine.requests': 'Uw verzoeken om een koppeling',
  'networkModeration.mine.requestedAt': 'gevraagd op {date}',
  'networkModeration.mine.applications': 'Een nieuwe organisatie aanmelden',
  'networkModeration.mine.appliedAt': 'aangemeld op {date}',
  'networkModeration.mine.decisionMessage': 'Bericht van JEP',
  'networkModeration.mine.applyIntro': 'Staat uw organisatie nog niet in het netwerk?',
  'networkModeration.mine.applyLink': 'Meld uw organisatie aan',

  'networkModeration.request.title': 'Koppeling met een organisatie aanvragen',
  'networkModeration.request.intro':
    'Werkt u voor een organisatie die al in het netwerk staat? Vraag dan een koppeling aan. Na goedkeuring door JEP kunt u de vermelding bewerken.',
  'networkModeration.request.searchLabel': 'Organisatie zoeken',
  'networkModeration.request.search': 'Zoek op naam of plaats',
  'networkModeration.request.searchSubmit': 'Zoeken',
  'networkModeration.request.organisation': 'Organisatie',
  'networkModeration.request.organisationHint':
    'Staat uw organisatie er niet bij? Zoek hierboven op naam of plaats.',
  'networkModeration.request.note': 'Toelichting voor JEP',
  'networkModeration.request.noteHint':
    'Bijvoorbeeld uw functie bij de organisatie. Hooguit 500 tekens.',
  'networkModeration.request.submit': 'Koppeling aanvragen',
  'networkModeration.request.noMatch':
    'Geen organisatie gevonden voor "{query}". Probeer een ander woord.',
  'networkModeration.request.noOrganisations': 'Er zijn geen organisaties om uit te kiezen.',
  'networkModeration.request.partnersOnly':
    'Een koppeling aanvragen kan met een partneraccount. Meldt u hieronder een nieuwe organisatie aan, dan wordt uw account een partneraccount zodra JEP uw aanmelding accepteert.',
  'networkModeration.request.sent':
    'Uw verzoek is verstuurd. U krijgt een e-mail zodra JEP heeft beslist.',

  'networkModeration.edit.back': 'Terug naar mijn organisatie',
  'networkModeration.edit.title': 'Vermelding bewerken: {name}',
  'networkModeration.edit.lockedTitle': 'Uw wijziging wacht op beoordeling',
  'networkModeration.edit.locked':
    'U diende deze wijziging in op {date}. Zolang JEP haar beoordeelt, kunt u haar niet bewerken. U krijgt een e-mail zodra JEP heeft beslist.',
  'networkModeration.edit.returnedTitle': 'JEP stuurde uw wijziging terug met dit bericht:',
  'networkModeration.edit.submittedVersion': 'De ingediende wijziging',
  'networkModeration.edit.fromDraft': 'U ziet uw concept ({status}, laatst bewaard op {date}).',
  'networkModeration.edit.fromPublished': 'U ziet de gepubliceerde vermelding.',
  'networkModeration.edit.intro':
    'Wijzigingen worden pas zichtbaar als JEP ze heeft gepubliceerd. Bewaar tussendoor als concept; dien de wijziging in als ze klaar is.',
  'networkModeration.edit.save': 'Opslaan als concept',
  'networkModeration.edit.submit': 'Indienen ter beoordeling',
  'networkModeration.edit.submitNote':
    'Na het indienen kunt u de wijziging niet meer bewerken tot JEP heeft beslist.',
  'networkModeration.edit.submitted':
    'Uw wijziging is ingediend. JEP beoordeelt haar; u krijgt een e-mail zodra ze is gepubliceerd of als er vragen zijn.',
  'networkModeration.edit.saved':
    'Uw concept is opgeslagen. Het is nog niet zichtbaar in het netwerk.',

  'networkModeration.apply.title': 'Uw organisatie aanmelden bij het netwerk',
  'networkModeration.apply.lead':
    'Werkt uw organisatie aan het voorkomen van polarisatie en radicalisering bij jongeren? Meld haar aan voor het landelijk netwerk. JEP beoordeelt elke aanmelding.',
  'networkModeration.apply.publicNote':
    'Na acceptatie is de vermelding openbaar: iedereen kan haar vinden en lezen. Contactpersonen zijn alleen zichtbaar voor wie u per persoon kiest.',
  'networkModeration.apply.you': 'Over u',
  'networkModeration.apply.email':
    'JEP neemt contact met u op via {email}. Na acceptatie beheert u de vermelding met dit account.',
  'networkModeration.apply.submit': 'Aanmelding versturen',
  'networkModeration.apply.received':
    'Uw aanmelding is ontvangen. JEP beoordeelt haar en laat u per e-mail weten wat het besluit is.',

  'networkModeration.staff.back': 'Terug naar het netwerkbeheer',

  'networkModeration.requests.title': 'Verzoeken om een koppeling',
  'networkModeration.requests.lead':
    'Partners vragen om hun organisatie te mogen beheren. Controleer of de persoon bij de organisatie werkt.',
  'networkModeration.requests.organisation': 'Organisatie',
  'networkModeration.requests.role': 'Rol van het account',
  'networkModeration.requests.requestedAt': 'Gevraagd op',
  'networkModeration.requests.note': 'Toelichting',
  'networkModeration.requests.approve': 'Goedkeuren',
  'networkModeration.requests.declineMessage': 'Bericht bij afwijzen',
  'networkModeration.requests.decline': 'Afwijzen',
  'networkModeration.requests.none': 'Er zijn geen open verzoeken.',
  'networkModeration.requests.approved':
    'De koppeling is goedgekeurd; de partner krijgt een e-mail.',
  'networkModeration.requests.declined': 'Het verzoek is afgewezen; de partner krijgt een e-mail.',

  'networkModeration.queue.title': 'Wijzigingen ter beoordeling',
  'networkModeration.queue.lead': 'Ingediende wijzigingen van partners, de oudste bovenaan.',
  'networkModeration.queue.organisation': 'Organisatie',
  'networkModeration.queue.author': 'Door',
  'networkModeration.queue.submittedAt': 'Ingediend op',
  'networkModeration.queue.none': 'Er wachten geen wijzigingen op beoordeling.',

  'networkModeration.review.back': 'Terug naar de wijzigingen',
  'networkModeration.review.title': 'Wijziging beoordelen: {name}',
  'networkModeration.review.organisation': 'Organisatie',
  'networkModeration.review.publicPage': 'openbare pagina',
  'networkModeration.review.author': 'Ingediend door',
  'networkModeration.review.status': 'Stand',
  'networkModeration.review.submittedAt': 'Ingediend op',
  'networkModeration.review.decidedAt': 'Besloten op',
  'networkModeration.review.staffMessage': 'Bericht van JEP',
  'networkModeration.review.archived':
    'Deze vermelding is gearchiveerd. Publiceren zet haar weer in het netwerk.',
  'networkModeration.review.diff': 'Verschil met de gepubliceerde versie',
  'networkModeration.review.diffCaption': 'Gepubliceerde en voorgestelde vermelding van {name}',
  'networkModeration.review.decide': 'Besluit',
  'networkModeration.review.publishIntro':
    'Publiceren maakt de voorgestelde versie meteen zichtbaar in het netwerk. De partner krijgt een e-mail.',
  'networkModeration.review.publish': 'Publiceren',
  'networkModeration.review.message': 'Bericht aan de partner',
  'networkModeration.review.messageHint':
    'Wat moet er anders? De partner ziet dit bericht op de eigen pagina en in de e-mail.',
  'networkModeration.review.return': 'Terugsturen',
  'networkModeration.review.published': 'De wijziging van {name} is gepubliceerd.',
  'networkModeration.review.returned': 'De wijziging is teruggestuurd naar de partner.',

  'networkModeration.org.status': 'Stand',
  'networkModeration.org.publicPage': 'Openbare pagina',
  'networkModeration.org.memberSince': 'Lid sinds',
  'networkModeration.org.confirmedAt': 'Laatst bevestigd',
  'networkModeration.org.archive': 'Archiveren (uit het netwerk halen)',
  'networkModeration.org.republish': 'Weer publiceren',
  'networkModeration.org.partners': 'Partners die deze vermelding beheren',
  'networkModeration.org.unlink': 'Ontkoppelen',
  'networkModeration.org.noPartners': 'Er is nog niemand aan deze organisatie gekoppeld.',
  'networkModeration.org.linkEmail': 'Account koppelen via e-mailadres',
  'networkModeration.org.linkHint':
    'Het e-mailadres van een bestaand account. Een account met de rol professional wordt een partneraccount.',
  'networkModeration.org.link': 'Koppelen',
  'networkModeration.org.listing': 'Gepubliceerde vermelding',
  'networkModeration.org.listingCaption': 'De gepubliceerde vermelding, veld voor veld',
  'networkModeration.org.history': 'Wijzigingen van partners',
  'networkModeration.org.historyChanged': 'Laatst gewijzigd',
  'networkModeration.org.noHistory': 'Er zijn nog geen wijzigingen ingediend.',
  'networkModeration.org.linked': '{name} is gekoppeld en krijgt een e-mail.',
  'networkModeration.org.unlinked': 'De koppeling is verwijderd.',
  'networkModeration.org.archived':
    'De vermelding is gearchiveerd en staat niet meer in het netwerk.',
  'networkModeration.org.republished': 'De vermelding staat weer in het netwerk.',

  'networkModeration.applications.title': 'Aanmeldingen van nieuwe organisaties',
  'networkModeration.applications.lead': 'Openstaande aanmeldingen eerst, de oudste bovenaan.',
  'networkModeration.applications.organisation': 'Organisatie',
  'networkModeration.applications.applicant': 'Aangemeld door',
  'networkModeration.applications.status': 'Stand',
  'networkModeration.applications.createdAt': 'Aangemeld op',
  'networkModeration.applications.none': 'Er zijn geen aanmeldingen.',

  'networkModeration.application.back': 'Terug naar de aanmeldingen',
  'networkModeration.application.title': 'Aanmelding: {name}',
  'networkModeration.application.account': 'Rol van het account',
  'networkModeration.application.organisation': 'Vermelding',
  'networkModeration.application.decisionMessage': 'Bericht bij het besluit',
  'networkModeration.application.listing': 'Voorgestelde vermelding',
  'networkModeration.application.listingCaption':
    'De voorgestelde vermelding van {name}, veld voor veld',
  'networkModeration.application.acceptIntro':
    'Accepteren publiceert de vermelding meteen in het netwerk en koppelt de aanvrager eraan als partner. De aanvrager krijgt een e-mail.',
  'networkModeration.application.becomesPartner':
    'Het account van {name} heeft nu de rol professional en krijgt bij accepteren de rol netwerkpartner.',
  'networkModeration.application.accept': 'Accepteren',
  'networkModeration.application.message': 'Bericht aan de aanvrager',
  'networkModeration.application.messageHint':
    'Waarom wordt de aanmelding afgewezen? Dit bericht gaat per e-mail naar de aanvrager.',
  'networkModeration.application.decline': 'Afwijzen',
  'networkModeration.application.accepted': '{name} is gepubliceerd en de aanvrager is gekoppeld.',
  'networkModeration.application.acceptedPromoted':
    '{name} is gepubliceerd, de aanvrager is gekoppeld en heeft nu de rol netwerkpartner.',
  'networkModeration.application.declined':
    'De aanmelding is afgewezen; de aanvrager krijgt een e-mail.',

  'mail.network-membership-approved.subject': 'U beheert nu {organisation} in het JEP-netwerk',
  'mail.network-membership-approved.intro':
    'JEP heeft uw verzoek goedgekeurd: u bent gekoppeld aan {organisation} en kunt de vermelding in het netwerk bewerken.',
  'mail.network-membership-declined.subject': 'Uw verzoek om {organisation} te beheren',
  'mail.network-membership-declined.intro':
    'JEP heeft uw verzoek om gekoppeld te worden aan {organisation} niet goedgekeurd.',
  'mail.network-membership-linked.subject': 'U beheert nu {organisation} in het JEP-netwerk',
  'mail.network-membership-linked.intro':
    'Een medewerker van JEP heeft uw account gekoppeld aan {organisation}. U kunt de vermelding in het netwerk nu bewerken.',
  'mail.network-draft-published.subject': 'Uw wijziging van {organisation} is gepubliceerd',
  'mail.network-draft-published.intro':
    'JEP heeft uw wijziging van de vermelding van {organisation} gepubliceerd. Ze is nu zichtbaar in het netwerk.',
  'mail.network-draft-returned.subject': 'Uw wijziging van {organisation} is teruggestuurd',
  'mail.network-draft-returned.intro':
    'JEP heeft uw wijziging van de vermelding van {organisation} teruggestuurd. Pas haar aan en dien haar opnieuw in.',
  'mail.network-application-received.subject': 'Uw aanmelding van {organisation} is ontvangen',
  'mail.network-application-received.intro':
    'Dank u wel voor de aanmelding van {organisation} bij het JEP-netwerk. JEP beoordeelt haar en laat u per e-mail weten wat het besluit is.',
  'mail.network-application-accepted.subject': '{organisation} staat in het JEP-netwerk',
  'mail.network-application-accepted.intro':
    'JEP heeft uw aanmelding geaccepteerd: {organisation} staat nu in het landelijk netwerk.',
  'mail.network-application-accepted.linked':
    'U bent gekoppeld aan de organisatie en kunt de vermelding voortaan zelf bijwerken.',
  'mail.network-application-declined.subject': 'Uw aanmelding van {organisation}',
  'mail.network-application-declined.intro':
    'JEP heeft uw aanmelding van {organisation} bij het netwerk niet geaccepteerd.',
  'networkModeration.mail.message': 'Bericht van JEP:',
  'networkModeration.mail.edit': 'Vermelding bewerken',
  'networkModeration.mail.view': 'Bekijk de vermelding',
  'networkModeration.mail.mine': 'Naar mijn organisatie',
};
