/** Messages of the JEPzine issues pages (nl). */
export const newsletterIssuesNl = {
  'newsletterIssues.title': 'JEPzine-edities',
  'newsletterIssues.lead': 'Schrijf, test, plan en verstuur de edities van JEPzine.',
  'newsletterIssues.new': 'Nieuwe editie',
  'newsletterIssues.detail': 'JEPzine-editie',
  'newsletterIssues.back': 'Alle edities',
  'newsletterIssues.subscribersLink': 'Abonnees beheren',
  'newsletterIssues.none': 'Er zijn nog geen edities.',
  'newsletterIssues.col.title': 'Titel',
  'newsletterIssues.col.status': 'Status',
  'newsletterIssues.col.date': 'Verzendmoment',
  'newsletterIssues.col.progress': 'Verzonden',
  'newsletterIssues.date.scheduled': 'Ingepland voor {when}',
  'newsletterIssues.date.started': 'Gestart op {when}',
  'newsletterIssues.date.none': 'Nog niet ingepland',

  'newsletterIssues.field.title': 'Titel',
  'newsletterIssues.field.slug': 'Webadres',
  'newsletterIssues.field.slugHint':
    'Het laatste deel van het adres van de webversie (/jepzine/…): kleine letters, cijfers en streepjes. Laat leeg om het van de titel te maken.',
  'newsletterIssues.field.summary': 'Samenvatting',
  'newsletterIssues.field.summaryHint':
    'Een of twee zinnen, voor het archief, de feed en als voorregel in de e-mail.',
  'newsletterIssues.field.bodyMarkdown': 'Tekst',
  'newsletterIssues.field.bodyMarkdownHint':
    'In Markdown: ## voor een kop, **vet**, *schuin*, [linktekst](https://…) en - voor een opsomming. Hooguit 100.000 tekens.',
  'newsletterIssues.field.audiences': 'Doelgroepen',
  'newsletterIssues.field.audiencesHint':
    'Abonnees met een van deze onderwerpen krijgen de editie, en abonnees die alles willen. Niets aangevinkt: alle abonnees.',
  'newsletterIssues.action.preview': 'Voorbeeld bekijken',
  'newsletterIssues.action.save': 'Opslaan',
  'newsletterIssues.preview.title': 'Voorbeeld van de webversie',
  'newsletterIssues.preview.note':
    'Zo ziet de editie eruit op de website. Dit voorbeeld is nog niet opgeslagen.',
  'newsletterIssues.created': 'De editie "{title}" is opgeslagen als concept.',
  'newsletterIssues.saved': 'De wijzigingen zijn opgeslagen.',

  'newsletterIssues.fact.status': 'Status',
  'newsletterIssues.fact.slug': 'Webadres',
  'newsletterIssues.fact.audiences': 'Doelgroepen',
  'newsletterIssues.fact.recipients': 'Ontvangers nu',
  'newsletterIssues.fact.scheduledAt': 'Ingepland voor',
  'newsletterIssues.fact.startedAt': 'Verzending gestart',
  'newsletterIssues.fact.finishedAt': 'Verzending afgerond',
  'newsletterIssues.audiencesAll': 'Alle abonnees',
  'newsletterIssues.recipients.one': '1 abonnee',
  'newsletterIssues.recipients.many': '{count} abonnees',

  'newsletterIssues.edit.title': 'Bewerken',
  'newsletterIssues.content.title': 'Inhoud',
  'newsletterIssues.content.notEditable':
    'Deze editie wordt verzonden of is verzonden en kan niet meer worden gewijzigd.',
  'newsletterIssues.content.public': 'Bekijk deze editie in het archief',

  'newsletterIssues.send.title': 'Testen en verzenden',
  'newsletterIssues.test.title': 'Testbericht',
  'newsletterIssues.test.intro':
    'Het testbericht gaat naar uw eigen adres, {email}, met [TEST] voor het onderwerp.',
  'newsletterIssues.test.submit': 'Stuur een test naar mij',
  'newsletterIssues.test.sent': 'Het testbericht is verstuurd naar {email}.',
  'newsletterIssues.sendNow.title': 'Nu verzenden',
  'newsletterIssues.sendNow.confirm.one': 'Ik weet dat dit nu naar 1 abonnee gaat',
  'newsletterIssues.sendNow.confirm.many': 'Ik weet dat dit nu naar {count} abonnees gaat',
  'newsletterIssues.sendNow.submit': 'Nu verzenden',
  'newsletterIssues.sendNow.done': 'De editie wordt verzonden naar {count} abonnees.',
  'newsletterIssues.schedule.title': 'Inplannen',
  'newsletterIssues.schedule.legend': 'Verzendmoment (Nederlandse tijd)',
  'newsletterIssues.schedule.intro':
    'Op dat moment gaat de editie naar wie dan geabonneerd is op de gekozen doelgroepen.',
  'newsletterIssues.field.scheduledDate': 'Datum',
  'newsletterIssues.field.scheduledTime': 'Tijd',
  'newsletterIssues.schedule.submit': 'Inplannen',
  'newsletterIssues.schedule.done': 'De editie is ingepland voor {when}.',
  'newsletterIssues.schedule.current': 'Deze editie is ingepland voor {when}.',
  'newsletterIssues.unschedule.submit': 'Inplanning intrekken',
  'newsletterIssues.unschedule.done':
    'De inplanning is ingetrokken. De editie is weer een concept.',

  'newsletterIssues.progress.title': 'Voortgang',
  'newsletterIssues.progress.label': 'Verzonden berichten',
  'newsletterIssues.progress.text':
    '{sent} van {total} verzonden, {failed} mislukt, {waiting} in de wachtrij, {skipped} overgeslagen',
  'newsletterIssues.progress.cancelled': '{cancelled} geannuleerd',
  'newsletterIssues.progress.recovered.one':
    '1 bericht was onderweg toen een verzender stopte; het is opnieuw verzonden en kan dubbel zijn aangekomen.',
  'newsletterIssues.progress.recovered.many':
    '{count} berichten waren onderweg toen een verzender stopte; zij zijn opnieuw verzonden en kunnen dubbel zijn aangekomen.',
  'newsletterIssues.refresh.start': 'Automatisch verversen',
  'newsletterIssues.refresh.on': 'Deze pagina ververst elke 5 seconden.',
  'newsletterIssues.refresh.stop': 'Stop automatisch verversen',

  'newsletterIssues.manage.title': 'Verzending beheren',
  'newsletterIssues.pause.submit': 'Pauzeren',
  'newsletterIssues.pause.done':
    'Het verzenden is gepauzeerd. Berichten die al onderweg waren, worden nog afgemaakt.',
  'newsletterIssues.resume.submit': 'Hervatten',
  'newsletterIssues.resume.done': 'Het verzenden gaat verder.',
  'newsletterIssues.cancel.confirm':
    'Ja, annuleer deze editie: wat nog niet verzonden is, wordt niet meer verzonden (kan niet ongedaan worden gemaakt)',
  'newsletterIssues.cancel.submit': 'Annuleren',
  'newsletterIssues.cancel.done':
    'De editie is geannuleerd. Wat al verzonden was, blijft verzonden.',
  'newsletterIssues.retry.submit': 'Mislukte opnieuw proberen',
  'newsletterIssues.retry.done': '{count} mislukte berichten staan weer in de wachtrij.',
  'newsletterIssues.retry.none':
    'Er waren geen mislukte berichten om opnieuw te proberen (adressen die zijn afgemeld of onbestelbaar zijn, worden niet opnieuw geprobeerd).',

  'newsletter.error.slugInvalid':
    'Gebruik alleen kleine letters, cijfers en streepjes, zoals samen-sterk.',
  'newsletter.error.scheduleInvalid': 'Vul een bestaande datum en tijd in.',
  'newsletter.error.confirmRequired': 'Vink aan dat u dit zeker weet.',
};
