/** Messages of the JEPzine subscribers pages (nl). */
export const newsletterSubscribersNl = {
  'newsletter.error.importEmpty': 'Het bestand is leeg: er staan geen abonnees in.',
  'newsletter.error.importMissingColumn':
    'Het bestand heeft geen kolom "{column}". Zet in de eerste regel de kolomnamen, met in elk geval email en toestemming.',

  'newsletter.subscribers.title': 'JEPzine-abonnees',
  'newsletter.subscribers.back': 'Terug naar de JEPzine-edities',
  'newsletter.subscribers.export': 'Alle abonnees downloaden (CSV)',
  'newsletter.subscribers.exportFiltered': 'Deze selectie downloaden (CSV)',
  'newsletter.subscribers.importLink': 'Abonnees importeren uit een CSV-bestand',
  'newsletter.subscribers.filter': 'Abonnees zoeken',
  'newsletter.subscribers.search': 'Zoek op e-mailadres of naam',
  'newsletter.subscribers.status': 'Status',
  'newsletter.subscribers.allStatuses': 'Alle statussen',
  'newsletter.subscribers.optionCount': '{label} ({count})',
  'newsletter.subscribers.topic': 'Onderwerp',
  'newsletter.subscribers.anyTopic': 'Alle onderwerpen',
  'newsletter.subscribers.topicHint':
    'Wie geen onderwerp koos, krijgt alles en telt bij elk onderwerp mee.',
  'newsletter.subscribers.apply': 'Toon abonnees',
  'newsletter.subscribers.reset': 'Alle abonnees tonen',
  'newsletter.subscribers.count': '{count} abonnee(s) gevonden',
  'newsletter.subscribers.col.email': 'E-mailadres',
  'newsletter.subscribers.col.name': 'Naam',
  'newsletter.subscribers.col.status': 'Status',
  'newsletter.subscribers.col.topics': 'Onderwerpen',
  'newsletter.subscribers.col.since': 'Aangemeld sinds',
  'newsletter.subscribers.allTopics': 'Alles',
  'newsletter.subscribers.bounceReason': 'Reden: {reason}',
  'newsletter.subscribers.none': 'Er zijn nog geen abonnees.',
  'newsletter.subscribers.noneFound': 'Geen abonnees gevonden met deze zoekopdracht.',

  'newsletter.subscribers.csv.email': 'email',
  'newsletter.subscribers.csv.name': 'naam',
  'newsletter.subscribers.csv.status': 'status',
  'newsletter.subscribers.csv.topics': 'onderwerpen',
  'newsletter.subscribers.csv.subscribedAt': 'aangemeld_op',
  'newsletter.subscribers.csv.unsubscribedAt': 'afgemeld_op',
  'newsletter.subscribers.csv.bouncedAt': 'onbestelbaar_sinds',
  'newsletter.subscribers.csv.bounceReason': 'reden_onbestelbaar',
  'newsletter.subscribers.csv.consentSource': 'toestemming_bron',
  'newsletter.subscribers.csv.consentVersion': 'toestemming_versie',
  'newsletter.subscribers.csv.consentConfirmedAt': 'toestemming_bevestigd_op',
  'newsletter.subscribers.consentSource.form': 'aanmeldformulier',
  'newsletter.subscribers.consentSource.profile': 'profiel',
  'newsletter.subscribers.consentSource.import': 'import',

  'newsletter.subscribers.import.title': 'Abonnees importeren',
  'newsletter.subscribers.import.back': 'Terug naar de abonnees',
  'newsletter.subscribers.import.lead':
    'Neem abonnees over uit een vorig systeem. Eerst wordt het bestand alleen gecontroleerd: u ziet wat er zou gebeuren en welke regels worden afgewezen. Er verandert niets tot u daarna op Importeren drukt.',
  'newsletter.subscribers.import.file': 'CSV-bestand',
  'newsletter.subscribers.import.fileHint':
    'Hoogstens {max} MB. Opgeslagen als CSV uit Excel, LibreOffice of het vorige systeem.',
  'newsletter.subscribers.import.check': 'Bestand controleren',
  'newsletter.subscribers.import.columnsTitle': 'Kolommen',
  'newsletter.subscribers.import.columnsIntro':
    'De eerste regel bevat de kolomnamen, in het Nederlands of het Engels; hoofdletters en de volgorde doen er niet toe. Andere kolommen worden overgeslagen.',
  'newsletter.subscribers.import.colHeader': 'Kolomnaam',
  'newsletter.subscribers.import.colRequired': 'Verplicht',
  'newsletter.subscribers.import.colMeaning': 'Inhoud',
  'newsletter.subscribers.import.yes': 'ja',
  'newsletter.subscribers.import.no': 'nee',
  'newsletter.subscribers.import.emailMeaning': 'Het e-mailadres, één per regel.',
  'newsletter.subscribers.import.consentMeaning':
    'Wat het vorige systeem over de toestemming vastlegde, bijvoorbeeld "ja, 2024-03-01 via website". Dit wordt bij de abonnee bewaard als bewijs van toestemming. Een lege cel of nee, no, false of 0: de regel wordt afgewezen.',
  'newsletter.subscribers.import.nameMeaning': 'De naam van de abonnee.',
  'newsletter.subscribers.import.topicsMeaning':
    'De onderwerpen, gescheiden door een verticale streep (|), bijvoorbeeld "onderwijs|jongerenwerk". Leeg: alle onderwerpen. Een onbekend onderwerp: de regel wordt afgewezen.',
  'newsletter.subscribers.import.topicsList':
    'Onderwerpen mogen met hun code of hun naam worden geschreven:',
  'newsletter.subscribers.import.example': 'Een voorbeeld:',
  'newsletter.subscribers.import.rulesTitle': 'Wat er gebeurt',
  'newsletter.subscribers.import.ruleFormat':
    'Velden gescheiden door een puntkomma, komma of tab (dat wordt herkend aan de eerste regel), eventueel tussen dubbele aanhalingstekens. Tekenset UTF-8 of Windows (Excel).',
  'newsletter.subscribers.import.ruleNew':
    'Een nieuw adres wordt aangemeld, zonder bevestigingsmail, met de toestemming uit het bestand.',
  'newsletter.subscribers.import.rulePending':
    'Een adres dat nog op bevestiging wacht, wordt aangemeld; naam en onderwerpen die de abonnee zelf koos, blijven staan.',
  'newsletter.subscribers.import.ruleSubscribed':
    'Een adres dat al is aangemeld, blijft zoals het is en wordt alleen geteld.',
  'newsletter.subscribers.import.ruleGone':
    'Een adres dat zich eerder afmeldde of onbestelbaar is, wordt nooit opnieuw aangemeld.',
  'newsletter.subscribers.import.ruleRejected':
    'Afgewezen regels ziet u met regelnummer en reden, en als CSV-bestand om te verbeteren en opnieuw te importeren.',
  'newsletter.subscribers.import.recentTitle': 'Uw laatste imports',
  'newsletter.subscribers.import.recentChecked': 'gecontroleerd, nog niet uitgevoerd',
  'newsletter.subscribers.import.recentApplied': 'uitgevoerd',
  'newsletter.subscribers.import.consentStatement':
    'Toestemming overgenomen uit het vorige systeem; vastgelegd bij import door {email} uit {filename}.',

  'newsletter.subscribers.report.title': 'Import {filename}',
  'newsletter.subscribers.report.heading': 'Controle van de import',
  'newsletter.subscribers.report.appliedHeading': 'Import uitgevoerd',
  'newsletter.subscribers.report.dryRun':
    'Dit is een controle: er is nog niets veranderd. Bekijk de aantallen en de afgewezen regels, en druk dan op Importeren.',
  'newsletter.subscribers.report.appliedAt': 'Uitgevoerd op {at} door {by}.',
  'newsletter.subscribers.report.appliedResult':
    '{added} abonnee(s) toegevoegd, {activated} aanmelding(en) bevestigd.',
  'newsletter.subscribers.report.appliedFlash':
    'De import is uitgevoerd: {added} abonnee(s) toegevoegd, {activated} aanmelding(en) bevestigd.',
  'newsletter.subscribers.report.file': 'Bestand',
  'newsletter.subscribers.report.uploadedAt': 'Geüpload op',
  'newsletter.subscribers.report.encoding': 'Tekenset',
  'newsletter.subscribers.report.delimiterLabel': 'Scheidingsteken',
  'newsletter.subscribers.report.delimiter.semicolon': 'puntkomma (;)',
  'newsletter.subscribers.report.delimiter.comma': 'komma (,)',
  'newsletter.subscribers.report.delimiter.tab': 'tab',
  'newsletter.subscribers.report.records': 'Regels gelezen (zonder kopregel)',
  'newsletter.subscribers.report.column.email': 'Kolom e-mailadres',
  'newsletter.subscribers.report.column.name': 'Kolom naam',
  'newsletter.subscribers.report.column.topics': 'Kolom onderwerpen',
  'newsletter.subscribers.report.column.consent': 'Kolom toestemming',
  'newsletter.subscribers.report.ignored': 'Overgeslagen kolommen',
  'newsletter.subscribers.report.countsTitle': 'Wat de import zou doen',
  'newsletter.subscribers.report.resultTitle': 'Wat de import deed',
  'newsletter.subscribers.report.toAdd': 'Nieuwe abonnees',
  'newsletter.subscribers.report.added': 'Toegevoegd',
  'newsletter.subscribers.report.toActivate': 'Wachtend op bevestiging, worden aangemeld',
  'newsletter.subscribers.report.activated': 'Wachtend op bevestiging, nu aangemeld',
  'newsletter.subscribers.report.alreadySubscribed': 'Al aangemeld (niet veranderd)',
  'newsletter.subscribers.report.rejected': 'Afgewezen',
  'newsletter.subscribers.report.applyHint':
    'Importeren meldt {added} nieuwe abonnee(s) aan en bevestigt {activated} wachtende aanmelding(en). Het bestand wordt daarbij opnieuw gecontroleerd.',
  'newsletter.subscribers.report.apply': 'Importeren',
  'newsletter.subscribers.report.nothingToDo':
    'Er is niets te importeren: geen nieuwe of wachtende adressen. Verbeter het bestand en kies het opnieuw.',
  'newsletter.subscribers.report.rejectedTitle': 'Afgewezen regels',
  'newsletter.subscribers.report.rejectedFirst':
    'Hieronder de eerste {shown}; nog {more} staan in het CSV-bestand.',
  'newsletter.subscribers.report.rejectedCsv': 'Alle afgewezen regels downloaden (CSV)',
  'newsletter.subscribers.report.line': 'Regel',
  'newsletter.subscribers.report.value': 'E-mailadres in het bestand',
  'newsletter.subscribers.report.reason': 'Reden',
  'newsletter.subscribers.report.another': 'Een ander bestand importeren',

  'newsletter.subscribers.reason.unterminatedQuote':
    'Een aanhalingsteken (") wordt niet gesloten; de regel is niet te lezen.',
  'newsletter.subscribers.reason.strayQuote':
    'Na een afsluitend aanhalingsteken (") staat nog tekst; de regel is niet te lezen.',
  'newsletter.subscribers.reason.tooManyColumns':
    'Te veel kolommen ({count}, de kopregel heeft er {expected}).',
  'newsletter.subscribers.reason.emailMissing': 'Geen e-mailadres.',
  'newsletter.subscribers.reason.emailControl':
    'Het e-mailadres bevat een regeleinde, tab, spatie of onzichtbaar teken.',
  'newsletter.subscribers.reason.emailInvalid': 'Geen geldig e-mailadres.',
  'newsletter.subscribers.reason.consentMissing': 'Geen toestemming vermeld.',
  'newsletter.subscribers.reason.consentRefused': 'Geen toestemming: "{value}".',
  'newsletter.subscribers.reason.consentTooLong':
    'De toestemming is te lang (hoogstens {max} tekens).',
  'newsletter.subscribers.reason.nameTooLong': 'De naam is te lang (hoogstens {max} tekens).',
  'newsletter.subscribers.reason.topicUnknown': 'Onbekend onderwerp: "{topic}".',
  'newsletter.subscribers.reason.duplicate': 'Staat al op regel {line}.',
  'newsletter.subscribers.reason.unsubscribed': 'Eerder afgemeld: wordt niet opnieuw aangemeld.',
  'newsletter.subscribers.reason.bounced': 'Onbestelbaar: mail naar dit adres komt niet aan.',
  'newsletter.subscribers.reason.changedMeanwhile':
    'Tijdens de import door iemand anders aangemeld; niet veranderd.',

  'newsletter.subscribers.rejectedCsv.line': 'regel',
  'newsletter.subscribers.rejectedCsv.reason': 'reden',
  'newsletter.subscribers.rejectedCsv.email': 'email',
  'newsletter.subscribers.rejectedCsv.name': 'naam',
  'newsletter.subscribers.rejectedCsv.topics': 'onderwerpen',
  'newsletter.subscribers.rejectedCsv.consent': 'toestemming',
};
