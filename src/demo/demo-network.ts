import { EntityManager } from 'typeorm';
import { slugify } from '../common/forms/parse';
import { MUNICIPALITIES, MunicipalityRow, PROVINCES } from '../geo/municipalities.data';
import { NetworkApplication } from '../network/application.entity';
import { NetworkDraft } from '../network/draft.entity';
import {
  FRESHNESS_INTERVAL_DAYS,
  hashFreshnessToken,
  newFreshnessToken,
} from '../network/freshness';
import type { ListingContact, ListingContent } from '../network/listing-content';
import { serialiseListingContent } from '../network/listing-content';
import { ListingService } from '../network/listing.service';
import { NetworkMembership } from '../network/membership.entity';
import { NetworkOrganisation } from '../network/organisation.entity';
import {
  expertiseList,
  type ContactVisibility,
  type Expertise,
  type OrganisationType,
} from '../network/vocabulary';

/**
 * Demo partner network: about three hundred fictional but realistic organisations in all twelve
 * provinces (youth work, vmbo and mbo schools, municipalities under their real names, care and
 * welfare, police teams, key-figure networks, knowledge institutes), made from building blocks
 * with a seeded pseudo-random generator, so the demo is the same every time. Fryslân has its
 * Frisian place names with diacritics and several youth work organisations that work on online
 * radicalisation; the demo partner keeps one of them, with a change waiting for review, and an
 * application to join waits too. Everything is written through ListingService.publish.
 */

const DAY = 86_400_000;

/** Organisations per province, roughly after population, at least a dozen each. */
const QUOTA: Record<string, number> = {
  PV20: 20,
  PV21: 32,
  PV22: 16,
  PV23: 26,
  PV24: 14,
  PV25: 34,
  PV26: 28,
  PV27: 36,
  PV28: 40,
  PV29: 14,
  PV30: 34,
  PV31: 22,
};

/** The demo partner's organisation (first of the Frisian youth work organisations below). */
export const DEMO_PARTNER_ORGANISATION = 'Jongerenwerk Súdwest-Fryslân';

/** The demo partner's own colleagues, one of each visibility. */
const PARTNER_CONTACTS: ListingContact[] = [
  {
    name: 'Jeroen Bakker',
    jobTitle: 'Coördinator jongerenwerk',
    email: 'jeroen.bakker@example.nl',
    phone: '0515 41 22 33',
    visibility: 'public',
  },
  {
    name: 'Wietske Hoekstra',
    jobTitle: 'Online jongerenwerker',
    email: 'wietske.hoekstra@example.nl',
    phone: '06 12345678',
    visibility: 'members',
  },
  {
    name: 'Sjoerd Postma',
    jobTitle: 'Teamleider',
    email: 'sjoerd.postma@example.nl',
    phone: '06 87654321',
    visibility: 'staff',
  },
];

/** The main town of municipalities named after a region ("Súdwest-Fryslân" → Sneek). */
const TOWNS: Record<string, string> = {
  GM1979: 'Appingedam',
  GM1966: 'Winsum',
  GM1952: 'Hoogezand',
  GM1895: 'Winschoten',
  GM0765: 'Oude Pekela',
  GM1969: 'Zuidhorn',
  GM1950: 'Ter Apel',
  GM0059: 'Buitenpost',
  GM0060: 'Nes',
  GM1891: 'Damwâld',
  GM1940: 'Joure',
  GM1970: 'Dokkum',
  GM0085: 'Oosterwolde',
  GM0086: 'Gorredijk',
  GM0090: 'Drachten',
  GM1900: 'Sneek',
  GM0093: 'West-Terschelling',
  GM0737: 'Burgum',
  GM1949: 'Franeker',
  GM0098: 'Wolvega',
  GM1680: 'Gieten',
  GM1681: 'Exloo',
  GM1690: 'Zuidwolde',
  GM1731: 'Beilen',
  GM1699: 'Roden',
  GM1730: 'Zuidlaren',
  GM1701: 'Diever',
};

/** Frisian organisation names that sound like the place ("De Brêge": the bridge). */
const FANCY_FY = ['De Brêge', 'De Skakel', 'It Anker', 'De Mienskip', 'Op ’e Hichte', 'De Kompas'];
const FANCY = [
  'De Brug',
  'De Schakel',
  'Het Anker',
  'De Sprong',
  'Perspectief',
  'De Verbinding',
  'Horizon',
  'Het Podium',
  'De Wissel',
  'Kompas',
  'De Vonk',
  'Het Baken',
];

const AREA_CODES: Record<string, string[]> = {
  PV20: ['050', '0596', '0597'],
  PV21: ['058', '0515', '0519', '0513', '0512'],
  PV22: ['0592', '0591', '0528'],
  PV23: ['038', '053', '0546', '0570'],
  PV24: ['036', '0320', '0527'],
  PV25: ['026', '024', '055', '0314'],
  PV26: ['030', '033', '0343'],
  PV27: ['020', '023', '072', '0229'],
  PV28: ['070', '010', '071', '078'],
  PV29: ['0118', '0113', '0114'],
  PV30: ['040', '073', '076', '013'],
  PV31: ['043', '077', '045', '0475'],
};

const POSTCODES: Record<string, [number, number]> = {
  PV20: [9700, 9999],
  PV21: [8400, 9299],
  PV22: [7700, 7999],
  PV23: [7400, 7699],
  PV24: [1300, 1399],
  PV25: [6500, 7399],
  PV26: [3400, 3999],
  PV27: [1000, 2099],
  PV28: [2200, 3299],
  PV29: [4300, 4599],
  PV30: [4600, 5899],
  PV31: [5900, 6499],
};

const STREETS = [
  'Kerkstraat',
  'Stationsweg',
  'Marktplein',
  'Schoolstraat',
  'Dorpsstraat',
  'Molenweg',
  'Julianalaan',
  'Wilhelminastraat',
  'Hoofdstraat',
  'Nieuwe Gracht',
  'Parklaan',
  'Beatrixstraat',
];

const FIRST = [
  'Sanne',
  'Jeroen',
  'Fatima',
  'Mohamed',
  'Lotte',
  'Daan',
  'Yasmina',
  'Martijn',
  'Ingrid',
  'Erik',
  'Ahmed',
  'Eva',
  'Thomas',
  'Noor',
  'Kevin',
  'Esra',
  'Priya',
  'Ruben',
  'Mila',
  'Sven',
  'Joost',
  'Samira',
  'Bram',
  'Anouk',
  'Hamza',
  'Iris',
  'Stefan',
  'Naima',
];
const LAST = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Jong',
  'Mulder',
  'Bos',
  'El Amrani',
  'Yilmaz',
  'Kaya',
  'van Dijk',
  'Peters',
  'Hendriks',
  'Bouzid',
  'Ramdin',
  'van den Berg',
  'Koster',
  'Vermeulen',
  'Brouwer',
  'Öztürk',
  'Schouten',
  'de Graaf',
  'Pinas',
];
const FIRST_FY = ['Sjoerd', 'Wietske', 'Hylke', 'Baukje', 'Jelle', 'Anke', 'Tsjerk', 'Froukje'];
const LAST_FY = ['Hoekstra', 'Dijkstra', 'Postma', 'de Boer', 'Bosma', 'Wiersma', 'Zijlstra'];

interface TypeBlocks {
  weight: number;
  /** the tags it most likely has, most likely first */
  expertise: Expertise[];
  names: string[];
  summaries: string[];
  intro: string[];
  jobTitles: string[];
  partners: string;
}

/** `{town}`, `{municipality}`, `{fancy}`, `{province}`, `{topics}` are filled in. */
const TYPES: Record<Exclude<OrganisationType, 'overig'>, TypeBlocks> = {
  jongerenwerk: {
    weight: 30,
    expertise: [
      'polarisatie',
      'online-radicalisering',
      'weerbaarheid',
      'groepsspanningen',
      'complotdenken',
      'sleutelfiguren',
    ],
    names: [
      'Jongerenwerk {town}',
      'Stichting Jongerenwerk {municipality}',
      'Jongerencentrum {fancy} {town}',
      'Straathoekwerk {town}',
      '{fancy} Jongerenwerk {town}',
      'Jeugd- en jongerenwerk {municipality}',
    ],
    summaries: [
      'Jongerenwerkers in {town} die jongeren van 12 tot 23 jaar opzoeken op straat, online en in het jongerencentrum, met aandacht voor {topics}.',
      'Ambulant en online jongerenwerk in {municipality}: we zijn er waar jongeren zijn en gaan het gesprek aan over {topics}.',
      'Jongerenwerk met een open deur in {town}: activiteiten, gesprekken en begeleiding, en een vertrouwd gezicht als het over {topics} gaat.',
    ],
    intro: [
      'Onze jongerenwerkers kennen de jongeren in {town} van het plein, de sportkooi, het jongerencentrum en de groepsapps. Dat vertrouwen gebruiken we om ook moeilijke onderwerpen bespreekbaar te maken.',
      'Wij werken outreachend: we zoeken jongeren op, ook online, en blijven in contact als het thuis, op school of in de groep schuurt.',
    ],
    jobTitles: [
      'Jongerenwerker',
      'Coördinator jongerenwerk',
      'Online jongerenwerker',
      'Teamleider',
    ],
    partners: 'We werken nauw samen met scholen, de wijkagent en het wijkteam',
  },
  onderwijs: {
    weight: 20,
    expertise: [
      'polarisatie',
      'weerbaarheid',
      'complotdenken',
      'online-radicalisering',
      'extreemrechts',
    ],
    names: [
      '{fancy} College {town}',
      'Vmbo {fancy} {town}',
      'Scholengemeenschap {fancy}',
      'Mbo-college {town}',
      'Vakschool {town}',
    ],
    summaries: [
      '{Level}-school in {town} die burgerschap serieus neemt: lessen en gesprekken over {topics}, en een vast aanspreekpunt voor docenten.',
      '{Level}-onderwijs in {town} en omgeving, met een aandachtsfunctionaris en trainingen voor docenten over {topics}.',
      '{Level} in {municipality}, met een veilige klas als uitgangspunt en aandacht voor {topics}.',
    ],
    intro: [
      'Wij willen dat leerlingen leren omgaan met verschillen en met botsende meningen. Docenten krijgen daarbij steun: intervisie, trainingen en een vast aanspreekpunt.',
      'Burgerschap is bij ons geen los vak. In mentorlessen, bij maatschappijleer en in de stage oefenen leerlingen het gesprek over lastige onderwerpen.',
    ],
    jobTitles: [
      'Docent burgerschap',
      'Zorgcoördinator',
      'Teamleider vmbo',
      'Aandachtsfunctionaris',
    ],
    partners: 'We werken samen met het jongerenwerk, de leerplichtambtenaar en de gemeente',
  },
  gemeente: {
    weight: 15,
    expertise: [
      'informatie-uitwisseling',
      'polarisatie',
      'sleutelfiguren',
      'groepsspanningen',
      'deradicalisering',
      'jihadisme',
      'extreemrechts',
    ],
    names: ['Gemeente {municipality}'],
    summaries: [
      'De gemeente {municipality}: aanspreekpunt voor professionals en inwoners die zich zorgen maken over {topics}.',
      'Team Veiligheid en Zorg van de gemeente {municipality}, met een netwerk rond {topics}.',
    ],
    intro: [
      'De gemeente brengt partners bij elkaar: jongerenwerk, onderwijs, zorg en politie. Bij zorgen over een inwoner wegen we samen wat nodig is, zorgvuldig en met oog voor privacy.',
      'Wij hebben een aanpak voor het voorkomen van polarisatie en radicalisering, met een vast aanspreekpunt en een casusoverleg.',
    ],
    jobTitles: [
      'Beleidsadviseur veiligheid',
      'Coördinator radicalisering',
      'Beleidsmedewerker jeugd',
      'Procesregisseur zorg en veiligheid',
    ],
    partners: 'We werken samen met het veiligheidshuis, de politie, het jongerenwerk en de scholen',
  },
  'zorg-en-welzijn': {
    weight: 15,
    expertise: [
      'opvoedondersteuning',
      'weerbaarheid',
      'deradicalisering',
      'informatie-uitwisseling',
      'complotdenken',
    ],
    names: [
      'Wijkteam Jeugd {town}',
      'Centrum voor Jeugd en Gezin {town}',
      'Stichting Welzijn {municipality}',
      'Jeugd-ggz {fancy} {town}',
      'GGD-team Jeugd en Veiligheid {town}',
    ],
    summaries: [
      'Hulp en advies voor gezinnen en jongeren in {municipality}, ook als ouders zich zorgen maken over {topics}.',
      'Het wijkteam in {town}: dichtbij, laagdrempelig, en met kennis van {topics}.',
      'Begeleiding en behandeling voor jongeren en ouders in {town}, met aandacht voor {topics}.',
    ],
    intro: [
      'Ouders, jongeren en professionals kunnen bij ons terecht met vragen over opvoeden en opgroeien. Ook als het gaat om extreme ideeën of een kind dat zich terugtrekt.',
      'Onze medewerkers zijn getraind in het herkennen van signalen en het gesprek daarover, zonder te oordelen.',
    ],
    jobTitles: ['Gezinscoach', 'Jeugdverpleegkundige', 'Ambulant hulpverlener', 'Orthopedagoog'],
    partners: 'We werken samen met huisartsen, scholen, het jongerenwerk en de gemeente',
  },
  politie: {
    weight: 8,
    expertise: [
      'informatie-uitwisseling',
      'groepsspanningen',
      'extreemrechts',
      'jihadisme',
      'extreemlinks',
    ],
    names: ['Politie basisteam {town}', 'Politie wijkteam {town}'],
    summaries: [
      'Wijkagenten in {town} en omgeving, met een aanspreekpunt voor professionals bij zorgen over {topics}.',
      'Het basisteam van de politie voor {municipality}, met aandacht voor {topics}.',
    ],
    intro: [
      'Wijkagenten kennen hun wijk en de mensen die er wonen. Bij zorgen over radicalisering denken we mee en zoeken we samen met partners naar de juiste aanpak.',
      'We werken in de wijk, op straat en online, en schakelen snel met de gemeente en het jongerenwerk.',
    ],
    jobTitles: ['Wijkagent', 'Jeugdagent', 'Operationeel expert', 'Teamchef'],
    partners: 'We werken samen met de gemeente, het veiligheidshuis en het jongerenwerk',
  },
  sleutelfiguren: {
    weight: 7,
    expertise: [
      'sleutelfiguren',
      'opvoedondersteuning',
      'polarisatie',
      'groepsspanningen',
      'weerbaarheid',
    ],
    names: [
      'Sleutelfigurennetwerk {town}',
      'Moedernetwerk {town}',
      'Netwerk Vaders en Moeders {municipality}',
      'Platform Dialoog {town}',
    ],
    summaries: [
      'Een netwerk van betrokken bewoners in {town}: mensen met gezag in hun gemeenschap, die signalen oppikken en het gesprek voeren over {topics}.',
      'Ouders en sleutelfiguren in {municipality} die elkaar steunen en samen met professionals optrekken bij {topics}.',
    ],
    intro: [
      'Sleutelfiguren zijn een brug tussen gemeenschappen en instanties. Ze horen eerder wat er speelt, en worden eerder vertrouwd.',
      'We organiseren bijeenkomsten, trainingen en gesprekken aan de keukentafel, in verschillende talen.',
    ],
    jobTitles: ['Coördinator', 'Sleutelfiguur', 'Voorzitter', 'Netwerkcoördinator'],
    partners: 'We werken samen met de gemeente, moskeeën en kerken, het jongerenwerk en scholen',
  },
  kennisinstituut: {
    weight: 5,
    expertise: [
      'polarisatie',
      'online-radicalisering',
      'deradicalisering',
      'complotdenken',
      'extreemrechts',
      'jihadisme',
    ],
    names: [
      'Kenniscentrum Polarisatie {province}',
      'Lectoraat Sociale Veerkracht {town}',
      'Expertisepunt Radicalisering {province}',
      'Onderzoeksgroep Jeugd en Veiligheid {town}',
    ],
    summaries: [
      'Onderzoek, advies en training voor professionals in {province} over {topics}.',
      'Praktijkgericht onderzoek naar {topics}, samen met professionals uit het werkveld.',
    ],
    intro: [
      'Wij verbinden onderzoek en praktijk: we ontwikkelen methodieken, trainen professionals en delen wat werkt.',
      'Professionals kunnen bij ons terecht voor advies, intervisie en training, en voor het laatste onderzoek.',
    ],
    jobTitles: ['Lector', 'Onderzoeker', 'Trainer', 'Senior adviseur'],
    partners: 'We werken samen met gemeenten, hogescholen en organisaties in het hele land',
  },
};

/** Each expertise tag as the words after "aandacht voor" or "zorgen over". */
const TOPICS: Record<Expertise, string> = {
  polarisatie: 'polarisatie',
  'online-radicalisering': 'online radicalisering',
  extreemrechts: 'extreemrechtse ideeën',
  extreemlinks: 'extreemlinkse acties',
  jihadisme: 'jihadisme',
  complotdenken: 'complotdenken',
  opvoedondersteuning: 'opvoeden en opgroeien',
  weerbaarheid: 'weerbaarheid',
  sleutelfiguren: 'wat er in gemeenschappen speelt',
  'informatie-uitwisseling': 'het delen van zorgen met partners',
  groepsspanningen: 'spanningen tussen groepen',
  deradicalisering: 'uitstappen uit extremisme',
};

/** "a", "a en b", "a, b en c" */
function and(list: string[]): string {
  return list.length > 1
    ? `${list.slice(0, -1).join(', ')} en ${list[list.length - 1]}`
    : (list[0] ?? '');
}

/** Islands: a municipality in the network, but no school or police team of their own here. */
const ISLANDS = new Set(['GM0060', 'GM0088', 'GM0093', 'GM0096', 'GM0448']);

/** One line under "Wat wij doen" per expertise tag. */
const ACTIVITIES: Record<Expertise, string> = {
  polarisatie:
    'Gesprekken in groepen over wij-zij-denken, en oefenen met het verdragen van verschil.',
  'online-radicalisering':
    'Online aanwezig zijn waar jongeren zijn, en het gesprek aangaan over wat ze online tegenkomen.',
  extreemrechts: 'Herkennen van extreemrechtse symbolen, memes en taal, en wat u dan kunt doen.',
  extreemlinks: 'Kennis van extreemlinkse groepen en acties, en het gesprek over grenzen.',
  jihadisme: 'Ervaring met jihadistische propaganda en met terugkeerders en hun families.',
  complotdenken:
    'Nieuwsgierig het gesprek voeren met wie in complotten gelooft, zonder de discussie te zoeken.',
  opvoedondersteuning: 'Steun voor ouders die zich zorgen maken over de ideeën van hun kind.',
  weerbaarheid: 'Trainingen in weerbaarheid en kritisch denken voor jongeren.',
  sleutelfiguren: 'Een netwerk van sleutelfiguren dat signalen oppikt en doorgeeft.',
  'informatie-uitwisseling':
    'Zorgvuldig informatie delen met partners, volgens de afspraken in het convenant.',
  groepsspanningen: 'Bemiddelen bij spanningen tussen groepen in de wijk.',
  deradicalisering: 'Begeleiding bij uitstappen, samen met de landelijke exitfaciliteit.',
};

/** A small seeded generator (mulberry32): the same demo every time. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface DemoListing {
  content: ListingContent;
  slug: string;
  /** days ago it was last confirmed */
  confirmedDaysAgo: number;
  memberSinceDaysAgo: number;
  archived: boolean;
}

class DemoNetworkBuilder {
  private readonly random = seeded(20260701);
  private readonly slugs = new Set<string>();
  private readonly names = new Set<string>();
  private readonly emails = new Set<string>();
  private readonly byProvince = new Map<string, MunicipalityRow[]>();

  constructor() {
    for (const c of PARTNER_CONTACTS) this.emails.add(c.email);
    for (const mu of MUNICIPALITIES) {
      const list = this.byProvince.get(mu.province) ?? [];
      list.push(mu);
      this.byProvince.set(mu.province, list);
    }
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)];
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  /** `n` different items, the first ones more likely. */
  private some<T>(list: readonly T[], n: number): T[] {
    const pool = [...list];
    const chosen: T[] = [];
    while (chosen.length < n && pool.length) {
      const i = Math.floor(this.random() ** 1.6 * pool.length);
      chosen.push(...pool.splice(i, 1));
    }
    return chosen;
  }

  private type(): Exclude<OrganisationType, 'overig'> {
    const entries = Object.entries(TYPES) as [Exclude<OrganisationType, 'overig'>, TypeBlocks][];
    let r = this.random() * entries.reduce((sum, [, b]) => sum + b.weight, 0);
    for (const [type, blocks] of entries) {
      r -= blocks.weight;
      if (r < 0) return type;
    }
    return 'jongerenwerk';
  }

  private topics(expertise: Expertise[]): string {
    return and(expertise.slice(0, 2).map((e) => TOPICS[e]));
  }

  private fill(template: string, values: Record<string, string>): string {
    return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  }

  private phone(province: string): string {
    const area = this.pick(AREA_CODES[province]);
    const digits = String(this.int(1_000_000, 9_999_999)).slice(0, 10 - area.length);
    return area.length === 3
      ? `${area} ${digits.slice(0, 3)} ${digits.slice(3)}`
      : `${area} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
  }

  private contacts(province: string, blocks: TypeBlocks, n: number): ListingContact[] {
    const frisian = province === 'PV21';
    return Array.from({ length: n }, (_, i) => {
      const first = this.pick(frisian && this.chance(0.6) ? FIRST_FY : FIRST);
      const last = this.pick(frisian && this.chance(0.6) ? LAST_FY : LAST);
      const local = slugify(`${first} ${last}`).replace(/-/g, '.');
      let email = `${local}@example.nl`;
      for (let k = 2; this.emails.has(email); k++) email = `${local}${k}@example.nl`;
      this.emails.add(email);
      const r = this.random();
      // The first contact is usually public; a team leader or coordinator often staff-only.
      const visibility: ContactVisibility =
        i === 0
          ? r < 0.6
            ? 'public'
            : r < 0.85
              ? 'members'
              : 'staff'
          : r < 0.3
            ? 'public'
            : r < 0.65
              ? 'members'
              : 'staff';
      return {
        name: `${first} ${last}`,
        jobTitle: blocks.jobTitles[(i + this.int(0, 3)) % blocks.jobTitles.length],
        email,
        phone: this.chance(0.5) ? `06 ${this.int(10_000_000, 99_999_999)}` : this.phone(province),
        visibility,
      };
    });
  }

  private uniqueName(candidates: () => string): string | null {
    for (let attempt = 0; attempt < 12; attempt++) {
      const name = candidates();
      const slug = slugify(name);
      if (!this.names.has(name) && !this.slugs.has(slug)) {
        this.names.add(name);
        this.slugs.add(slug);
        return name;
      }
    }
    return null;
  }

  /** One organisation of `type` at home in `home`. */
  listing(
    type: Exclude<OrganisationType, 'overig'>,
    home: MunicipalityRow,
    options: {
      name?: string;
      expertise?: Expertise[];
      contacts?: ListingContact[];
      confirmedDaysAgo?: number;
    } = {},
  ): DemoListing | null {
    const blocks = TYPES[type];
    const province = home.province;
    const provinceName = PROVINCES.find((p) => p.code === province)!.name;
    const town = TOWNS[home.code] ?? home.name.replace(/\s*\(.*\)$/, '');
    const frisian = province === 'PV21';
    const name =
      options.name ??
      this.uniqueName(() =>
        this.fill(this.pick(blocks.names), {
          town,
          municipality: home.name,
          province: provinceName,
          fancy: this.pick(frisian && this.chance(0.6) ? FANCY_FY : FANCY),
        }),
      );
    if (!name) return null;
    if (options.name) {
      this.names.add(name);
      this.slugs.add(slugify(name));
    }
    const expertise = options.expertise ?? this.some(blocks.expertise, this.int(2, 5));
    // Places: the home municipality and up to two more in the province, or the whole province.
    const others = (this.byProvince.get(province) ?? []).filter((mu) => mu.code !== home.code);
    const whole =
      type === 'kennisinstituut' || (type !== 'gemeente' && this.chance(0.08)) ? [province] : [];
    const municipalities =
      type === 'gemeente'
        ? [home.code]
        : type === 'kennisinstituut'
          ? this.chance(0.5)
            ? [home.code]
            : []
          : [home.code, ...this.some(others, this.int(0, 2)).map((mu) => mu.code)];
    const level = /Mbo|Vakschool/.test(name) ? 'mbo' : 'vmbo';
    const values = {
      town,
      municipality: home.name,
      province: provinceName,
      topics: this.topics(expertise),
      Level: level === 'mbo' ? 'Mbo' : 'Vmbo',
    };
    const placeNames = and(
      municipalities.map((code) => MUNICIPALITIES.find((mu) => mu.code === code)!.name),
    );
    const description = [
      this.fill(this.pick(blocks.intro), values),
      '## Wat wij doen',
      expertise.map((e) => `- ${ACTIVITIES[e]}`).join('\n'),
      '## Samenwerking',
      `${blocks.partners}${placeNames ? ` in ${placeNames}` : ''}${whole.length ? `, en in heel ${provinceName}` : ''}.`,
    ].join('\n\n');
    const slug = slugify(name);
    const [low, high] = POSTCODES[province];
    const letters = 'ABCDEGHJKLMNPRTVWXZ';
    const outdated = this.chance(0.07);
    return {
      slug,
      content: {
        name,
        type,
        summary: this.fill(this.pick(blocks.summaries), values).slice(0, 300),
        description,
        expertise,
        provinces: whole,
        municipalities,
        address: `${this.pick(STREETS)} ${this.int(1, 180)}`,
        postcode: `${this.int(low, high)} ${this.pick([...letters])}${this.pick([...letters])}`,
        city: town,
        website: `https://${slug}.example.nl`,
        publicEmail: this.chance(0.85) ? `info@${slug}.example.nl` : '',
        publicPhone: this.chance(0.8) ? this.phone(province) : '',
        contacts: options.contacts ?? this.contacts(province, blocks, this.int(1, 3)),
      },
      confirmedDaysAgo:
        options.confirmedDaysAgo ?? (outdated ? this.int(370, 700) : this.int(1, 330)),
      memberSinceDaysAgo: 0,
      archived: false,
    };
  }

  /** Every demo organisation, in a fixed order. */
  all(): DemoListing[] {
    const listings: DemoListing[] = [];
    const mu = (code: string) => MUNICIPALITIES.find((m) => m.code === code)!;
    // Fryslân's youth work on online radicalisation, the demo partner's organisation first.
    const frisianYouthWork: [string, string, Expertise[]][] = [
      [
        'GM1900',
        DEMO_PARTNER_ORGANISATION,
        ['online-radicalisering', 'polarisatie', 'weerbaarheid'],
      ],
      [
        'GM1970',
        'Stichting Jongerenwerk Noardeast-Fryslân',
        ['online-radicalisering', 'complotdenken'],
      ],
      [
        'GM1940',
        'Jongerenwerk De Fryske Marren',
        ['online-radicalisering', 'groepsspanningen', 'weerbaarheid'],
      ],
      [
        'GM0080',
        'Jongerenwerk De Brêge Leeuwarden',
        ['polarisatie', 'online-radicalisering', 'sleutelfiguren'],
      ],
      ['GM0090', 'Straathoekwerk Drachten', ['online-radicalisering', 'extreemrechts']],
      [
        'GM1949',
        'Jongerenwerk Waadhoeke',
        ['online-radicalisering', 'weerbaarheid', 'complotdenken', 'polarisatie'],
      ],
      [
        'GM0737',
        'Jeugd- en jongerenwerk Tytsjerksteradiel',
        ['weerbaarheid', 'online-radicalisering'],
      ],
    ];
    for (const [code, name, expertise] of frisianYouthWork) {
      const listing = this.listing('jongerenwerk', mu(code), {
        name,
        expertise,
        ...(name === DEMO_PARTNER_ORGANISATION
          ? { confirmedDaysAgo: 20, contacts: PARTNER_CONTACTS }
          : {}),
      });
      if (listing) listings.push(listing);
    }
    // The Frisian municipalities with the most inhabitants as municipalities in the network.
    for (const code of ['GM0080', 'GM1900', 'GM0090', 'GM0074', 'GM1970'])
      listings.push(this.listing('gemeente', mu(code))!);
    for (const province of PROVINCES) {
      const municipalities = this.byProvince.get(province.code) ?? [];
      let wanted =
        QUOTA[province.code] - listings.filter((l) => this.provinceOf(l) === province.code).length;
      for (let guard = 0; wanted > 0 && guard < 200; guard++) {
        const type = this.type();
        const home = this.pick(municipalities);
        if (type !== 'gemeente' && ISLANDS.has(home.code)) continue;
        const listing = this.listing(type, home);
        if (!listing) continue;
        listings.push(listing);
        wanted--;
      }
    }
    for (const listing of listings)
      listing.memberSinceDaysAgo = listing.confirmedDaysAgo + this.int(30, 2200);
    // A few taken out of the directory by staff, kept for the record.
    for (const i of [40, 120, 220]) if (listings[i]) listings[i].archived = true;
    return listings;
  }

  private provinceOf(listing: DemoListing): string {
    const code = listing.content.municipalities[0];
    return code
      ? MUNICIPALITIES.find((mu) => mu.code === code)!.province
      : listing.content.provinces[0];
  }
}

/** The demo listings (pure, for tests and for seeding). */
export function demoNetworkListings(): DemoListing[] {
  return new DemoNetworkBuilder().all();
}

function isoDate(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}

/**
 * Seeds the network inside the demo seed's transaction. The freshness e-mails that would have
 * gone out already are recorded as sent (with a link nobody knows), so starting the demo does
 * not send a burst of e-mails.
 */
export async function seedDemoNetwork(
  m: EntityManager,
  people: { partnerId: number; staffId: number | null },
  now = new Date(),
): Promise<void> {
  const listings = new ListingService();
  const repo = m.getRepository(NetworkOrganisation);
  const interval = FRESHNESS_INTERVAL_DAYS * DAY;
  let partnerOrganisation: NetworkOrganisation | null = null;
  for (const demo of demoNetworkListings()) {
    const confirmedAt = new Date(now.getTime() - demo.confirmedDaysAgo * DAY);
    const organisation = await listings.publish(m, demo.content, {
      now: confirmedAt,
      slug: demo.slug,
    });
    const age = now.getTime() - confirmedAt.getTime();
    const sends = Math.floor(age / interval);
    await repo.update(organisation.id, {
      memberSince: isoDate(new Date(now.getTime() - demo.memberSinceDaysAgo * DAY)),
      ...(sends > 0
        ? {
            freshnessSentAt: new Date(confirmedAt.getTime() + sends * interval),
            freshnessTokenHash: hashFreshnessToken(newFreshnessToken()),
          }
        : {}),
      ...(demo.archived ? { status: 'archived' as const } : {}),
    });
    if (demo.content.name === DEMO_PARTNER_ORGANISATION) partnerOrganisation = organisation;
  }
  if (!partnerOrganisation) throw new Error('The demo partner organisation is missing');

  // The demo partner keeps the Súdwest-Fryslân youth work listing, and has a change submitted.
  await m.getRepository(NetworkMembership).insert({
    userId: people.partnerId,
    organisationId: partnerOrganisation.id,
    status: 'active',
    note: 'Ik coördineer het jongerenwerk in Sneek en de dorpen.',
    decidedAt: new Date(now.getTime() - 60 * DAY),
    decidedBy: people.staffId,
  });
  const published = await listings.contentOf(m, partnerOrganisation);
  await m.getRepository(NetworkDraft).insert({
    organisationId: partnerOrganisation.id,
    authorId: people.partnerId,
    content: serialiseListingContent({
      ...published,
      summary:
        'Jongerenwerk in Sneek, Bolsward, Workum en de dorpen: op straat, in de jongerencentra en online, met aandacht voor online radicalisering en complotdenken.',
      expertise: expertiseList([...published.expertise, 'complotdenken']),
    }),
    status: 'submitted',
    staffMessage: null,
    submittedAt: new Date(now.getTime() - 2 * DAY),
    decidedAt: null,
    decidedBy: null,
  });

  // A new organisation asks to join.
  const application: ListingContent = {
    name: 'Stichting Doarpswurk Harlingen',
    type: 'jongerenwerk',
    summary:
      'Dorps- en jongerenwerk in Harlingen en omgeving, met een online jongerenwerker die jongeren volgt op de platforms waar ze zijn.',
    description:
      'Wij zijn een kleine stichting met drie jongerenwerkers.\n\n## Wat wij doen\n\n- Online jongerenwerk\n- Inloop in het dorpshuis\n- Gesprekken met ouders',
    expertise: ['online-radicalisering', 'opvoedondersteuning'],
    provinces: [],
    municipalities: ['GM0072', 'GM1949'],
    address: 'Noorderhaven 12',
    postcode: '8861 AL',
    city: 'Harlingen',
    website: 'https://doarpswurk-harlingen.example.nl',
    publicEmail: 'info@doarpswurk-harlingen.example.nl',
    publicPhone: '0517 12 34 56',
    contacts: [
      {
        name: 'Anke Dijkstra',
        jobTitle: 'Coördinator',
        email: 'anke.dijkstra@example.nl',
        phone: '06 23456789',
        visibility: 'members',
      },
    ],
  };
  await m.getRepository(NetworkApplication).insert({
    userId: null,
    applicantName: 'Anke Dijkstra',
    applicantEmail: 'anke.dijkstra@example.nl',
    content: serialiseListingContent(application),
    motivation:
      'Wij zien steeds meer jongeren die online in extreme hoeken terechtkomen en willen graag leren van andere organisaties in Fryslân.',
    status: 'pending',
    decisionMessage: null,
    decidedBy: null,
    decidedAt: null,
    organisationId: null,
  });
}
