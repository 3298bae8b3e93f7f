import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { fromAmsterdam } from '../common/views/amsterdam-time';
import { NewsletterConsent } from '../newsletter/consent.entity';
import { CONSENT_VERSION, consentText } from '../newsletter/consent-text';
import { NewsletterIssue } from '../newsletter/issue.entity';
import { NewsletterSubscriber, SubscriberStatus } from '../newsletter/subscriber.entity';
import { encodeTopics, NewsletterTopic } from '../newsletter/topics';

/**
 * Demo JEPzine: three issues that went out this autumn (so the archive, the feed and the home
 * page have something to show) and a handful of subscribers in every status, each with the
 * consent a real one would have. No deliveries: these issues were "sent" before the demo began.
 */

const SAMEN_OPTREKKEN = `In Zwolle-Zuid werken het jongerenwerk en een vmbo-school al twee jaar samen in een
JOS-traject (Jongerenwerk & Onderwijs Samen). Jongerenwerker **Jeroen Bakker** en docent
maatschappijleer **Sanne Visser** vertellen hoe dat ging toen een groep leerlingen in de klas steeds
vaker filmpjes deelde waarin "de elite" overal de schuld van kreeg.

## Wat zagen ze?

Het begon klein. "Eerst waren het grapjes," vertelt Sanne. "Daarna zeiden een paar jongens dat je
het nieuws niet kunt geloven, en dat vaccins en de overheid één groot complot zijn. De rest van de
klas lachte mee of hield zijn mond." Jeroen kende dezelfde jongens van het jongerencentrum, waar
ze op vrijdagavond kwamen voetballen.

## Wat deden ze samen?

Ze spraken af om niet ieder apart te reageren, maar samen op te trekken:

1. **Eerst kijken, dan duiden.** Ze deelden wat ze zagen, zonder namen op te schrijven: wat gebeurt
   er in de klas, en wat op het veld?
2. **Het gesprek aangaan, niet de discussie.** Sanne maakte er in de les een opdracht van: waar
   komt een bericht vandaan, wie verdient eraan, en hoe check je dat?
3. **Een vertrouwd gezicht buiten school.** Jeroen vroeg de jongens na het voetballen wat hen zo
   boos maakte. "Het bleek vooral over hun eigen toekomst te gaan: geen stageplek, geen geld."
4. **Samen terugkijken.** Elke zes weken een kop koffie: wat werkt, wat niet, wie doet wat?

> "Ik hoefde niet alles zelf op te lossen. Dat ik wist dat Jeroen die jongens ook zag, gaf rust."
> — Sanne Visser

## Wat leerden ze?

- Polarisatie in de klas gaat zelden alleen over ideeën: vaak zit er een gevoel van
  onrecht of uitsluiting onder.
- Verbieden werkt averechts; nieuwsgierige vragen stellen werkt beter.
- Korte lijnen tussen school en jongerenwerk maken dat je eerder ziet wanneer het ernstiger wordt.

Wilt u ook zo samenwerken? In de training [Omgaan met Extreme Idealen](/aanbod) oefent u het
gesprek met jongeren met extreme ideeën, samen met collega's uit andere organisaties.`;

const WERKATELIER = `Op 8 oktober kwamen in Utrecht 24 professionals bijeen voor het werkatelier
**Informatie uitwisselen**: leerplichtambtenaren, jongerenwerkers, wijkagenten, zorgcoördinatoren
en beleidsmedewerkers van gemeenten. De vraag van de middag: *wat mag u delen als u zich zorgen
maakt over een jongere, en met wie?*

## Drie misverstanden

- **"Door de AVG mag ik niets delen."** Niet waar. De AVG vraagt om een zorgvuldige afweging, geen
  verbod. Vaak kunt u een zorg bespreken zonder naam, of met toestemming van de jongere en ouders.
- **"De politie mag alles weten."** Ook niet. Ook met de politie deelt u alleen wat nodig is voor
  een duidelijk doel.
- **"Als ik het meld, ben ik er vanaf."** Juist dan heeft de jongere u het hardst nodig. Blijf in
  contact.

## De stappen van een zorgvuldige afweging

1. Wat is mijn zorg precies, en wat heb ik zelf gezien of gehoord?
2. Wat is het doel van het delen: wat moet er beter worden voor deze jongere?
3. Kan het zonder naam? Kan het met toestemming?
4. Wat deel ik minimaal, met wie, en hoe leg ik dat vast?
5. Wie vertelt de jongere en de ouders wat er gebeurt?

## Wat deelnemers meenamen

> "Ik dacht dat ik als jongerenwerker alles voor mezelf moest houden. Nu weet ik hoe ik samen
> met de school kan kijken wat nodig is, zonder het vertrouwen van de jongere te beschamen."

Veel deelnemers gaan in hun gemeente een vaste afspraak maken over wie in welke situatie
contact opneemt met wie. Een voorbeeld van zo'n afsprakenkaart vindt u bij de
[Expertise-unit Sociale Stabiliteit](https://www.socialestabiliteit.nl).

Het volgende werkatelier staat al in de agenda: kijk in [het aanbod](/aanbod) en meld u aan.`;

const ONLINE = `Jongeren brengen een groot deel van hun tijd online door. Daar komen ze ook extremistische
ideeën tegen: in games, in groepschats, in korte filmpjes die steeds een stapje verder gaan. Wat
kunt u doen als u zich zorgen maakt? Drie professionals delen hun ervaring.

## Wat ziet u?

Signalen zijn zelden eenduidig. Let vooral op **veranderingen**:

- een jongere gebruikt ineens andere woorden, symbolen of memes;
- vrienden en familie worden afgeschreven als "slapend" of "verraders";
- het wereldbeeld wordt zwart-wit: wij tegen zij;
- er is veel geheimzinnigheid over nieuwe online contacten.

Eén signaal zegt weinig. Het gaat om het totaalbeeld, en om wat de jongere er zelf over vertelt.

## Wat werkt wel?

### Blijf nieuwsgierig

"Ik vraag: laat eens zien wat je kijkt, wat vind je er goed aan?" vertelt jongerenwerker
**Yasmina El Idrissi** uit Den Haag. "Als je meteen zegt dat het fout is, ben je ze kwijt."

### Praat over hoe het werkt

Docent **Martijn de Vries** bespreekt in de klas hoe algoritmes werken: "Als leerlingen zien dat
een app ze steeds extremere filmpjes voorschotelt omdat dat geld oplevert, gaan ze er anders
naar kijken."

### Zoek hulp, niet alleen

Maakt u zich echt zorgen? Bespreek het met een collega of uw aandachtsfunctionaris, en vraag
advies. Professionals en ouders kunnen terecht bij het
[Landelijk Steunpunt Extremisme](https://www.landelijksteunpuntextremisme.nl).

## Wat werkt niet?

- de telefoon afpakken of accounts laten verwijderen zonder gesprek;
- de jongere voor de groep aanspreken op zijn of haar ideeën;
- wachten tot het vanzelf overgaat.

Meer weten? In de training [Omgaan met Extreme Idealen](/aanbod) besteden we een hele bijeenkomst
aan de online leefwereld van jongeren. En in [eerdere edities van JEPzine](/jepzine) leest u meer
ervaringsverhalen.`;

interface DemoIssue {
  slug: string;
  title: string;
  summary: string;
  bodyMarkdown: string;
  audiences: NewsletterTopic[];
  /** local date and time in Amsterdam it went out */
  sentOn: [string, string];
}

export const DEMO_ISSUES: DemoIssue[] = [
  {
    slug: 'jongerenwerk-en-school-samen',
    title: 'Samen optrekken: jongerenwerk en school in Zwolle',
    summary:
      'Een jongerenwerker en een docent vertellen hoe ze samen het gesprek aangingen met leerlingen die steeds vaker complotfilmpjes deelden.',
    bodyMarkdown: SAMEN_OPTREKKEN,
    audiences: ['onderwijs', 'jongerenwerk'],
    sentOn: ['2026-09-17', '10:00'],
  },
  {
    slug: 'werkatelier-informatie-delen',
    title: 'Werkatelier Informatie uitwisselen: wat mag, wat moet, wat kan?',
    summary:
      'Verslag van het werkatelier in Utrecht: drie misverstanden over de AVG en vijf stappen voor een zorgvuldige afweging.',
    bodyMarkdown: WERKATELIER,
    audiences: [],
    sentOn: ['2026-10-15', '10:00'],
  },
  {
    slug: 'online-radicalisering-wat-doe-je',
    title: 'Online radicalisering: wat ziet u, en wat doet u?',
    summary:
      'Signalen in de online leefwereld van jongeren, en wat wel en niet werkt als u zich zorgen maakt. Met ervaringen uit het jongerenwerk en het onderwijs.',
    bodyMarkdown: ONLINE,
    audiences: ['onderwijs', 'jongerenwerk', 'zorg-en-welzijn'],
    sentOn: ['2026-11-19', '10:00'],
  },
];

interface DemoSubscriber {
  email: string;
  name: string | null;
  status: SubscriberStatus;
  topics: NewsletterTopic[];
  /** days before the first demo issue that the form was sent */
  since: number;
  source?: 'form' | 'import';
}

const SUBSCRIBERS: DemoSubscriber[] = [
  {
    email: 'sanne.visser@voorbeeld.platformjep.nl',
    name: 'Sanne Visser',
    status: 'subscribed',
    topics: ['onderwijs'],
    since: 90,
  },
  {
    email: 'yasmina.elidrissi@voorbeeld.platformjep.nl',
    name: 'Yasmina El Idrissi',
    status: 'subscribed',
    topics: ['jongerenwerk'],
    since: 80,
  },
  {
    email: 'martijn.devries@voorbeeld.platformjep.nl',
    name: 'Martijn de Vries',
    status: 'subscribed',
    topics: ['onderwijs', 'jongerenwerk'],
    since: 75,
  },
  {
    email: 'beleid.veiligheid@voorbeeld.platformjep.nl',
    name: null,
    status: 'subscribed',
    topics: ['gemeenten', 'veiligheid'],
    since: 60,
    source: 'import',
  },
  {
    email: 'ingrid.bos@voorbeeld.platformjep.nl',
    name: 'Ingrid Bos',
    status: 'subscribed',
    topics: ['zorg-en-welzijn'],
    since: 45,
  },
  {
    email: 'wijkagent.noord@voorbeeld.platformjep.nl',
    name: 'Erik Smit',
    status: 'subscribed',
    topics: ['veiligheid'],
    since: 40,
  },
  {
    email: 'ahmed.kaya@voorbeeld.platformjep.nl',
    name: 'Ahmed Kaya',
    status: 'subscribed',
    topics: [],
    since: 20,
  },
  {
    email: 'lotte.meijer@voorbeeld.platformjep.nl',
    name: 'Lotte Meijer',
    status: 'pending',
    topics: ['onderwijs'],
    since: -70,
  },
  {
    email: 'pieter.dekker@voorbeeld.platformjep.nl',
    name: 'Pieter Dekker',
    status: 'unsubscribed',
    topics: ['gemeenten'],
    since: 100,
  },
  {
    email: 'oud.adres@voorbeeld.platformjep.nl',
    name: null,
    status: 'bounced',
    topics: [],
    since: 95,
  },
];

const DAY = 86_400_000;

function at(date: string, time: string): Date {
  const d = fromAmsterdam(date, time);
  if (!d) throw new Error(`Invalid demo date ${date} ${time}`);
  return d;
}

export async function seedDemoNewsletter(m: EntityManager, staffId: number | null): Promise<void> {
  const issues = m.getRepository(NewsletterIssue);
  for (const demo of DEMO_ISSUES) {
    const startedAt = at(...demo.sentOn);
    await issues.save(
      issues.create({
        slug: demo.slug,
        title: demo.title,
        summary: demo.summary,
        bodyMarkdown: demo.bodyMarkdown,
        audiences: encodeTopics(demo.audiences),
        status: 'sent',
        scheduledAt: null,
        startedAt,
        finishedAt: new Date(startedAt.getTime() + 12 * 60_000),
        recoveredInFlight: 0,
        createdBy: staffId,
      }),
    );
  }

  const first = at(...DEMO_ISSUES[0].sentOn);
  const lastSent = at(...DEMO_ISSUES[DEMO_ISSUES.length - 1].sentOn);
  const subscribers = m.getRepository(NewsletterSubscriber);
  const consents = m.getRepository(NewsletterConsent);
  const text = consentText('nl');
  for (const demo of SUBSCRIBERS) {
    const requestedAt = new Date(first.getTime() - demo.since * DAY);
    const confirmed = demo.status !== 'pending';
    const imported = demo.source === 'import';
    // A form is confirmed by the link in the e-mail; an imported consent was given on paper.
    const confirmedAt = !confirmed
      ? null
      : imported
        ? requestedAt
        : new Date(requestedAt.getTime() + 15 * 60_000);
    const saved = await subscribers.save(
      subscribers.create({
        email: demo.email,
        name: demo.name,
        status: demo.status,
        topics: encodeTopics(demo.topics),
        locale: 'nl',
        manageToken: randomBytes(32).toString('base64url'),
        // The pending one's link is not known to anyone: it can ask for a new one.
        confirmTokenHash: null,
        confirmSentAt: demo.status === 'pending' ? requestedAt : null,
        userId: null,
        subscribedAt: confirmedAt,
        unsubscribedAt:
          demo.status === 'unsubscribed' ? new Date(lastSent.getTime() + 2 * DAY) : null,
        bouncedAt: demo.status === 'bounced' ? new Date(lastSent.getTime() + 60_000) : null,
        bounceReason:
          demo.status === 'bounced' ? '550 5.1.1 <oud.adres@…>: Recipient address rejected' : null,
      }),
    );
    await consents.save(
      consents.create({
        subscriberId: saved.id,
        source: imported ? 'import' : 'form',
        formVersion: imported ? 'import' : CONSENT_VERSION,
        consentText: imported
          ? 'Aangemeld op de inschrijflijst van de regiobijeenkomst Veiligheid (papier, met handtekening).'
          : text,
        importNote: imported ? 'ja, handtekening op inschrijflijst 12 mei' : null,
        requestedAt,
        confirmedAt,
        withdrawnAt: demo.status === 'unsubscribed' ? saved.unsubscribedAt : null,
      }),
    );
  }
}
