import { EntityManager, In } from 'typeorm';
import { User } from '../accounts/user.entity';
import { newCertificateCode } from '../certificates/certificate-code';
import { Certificate } from '../certificates/certificate.entity';
import { Attendance } from '../enrolments/attendance.entity';
import { Offering } from '../catalogue/offering.entity';
import { fromAmsterdam, toAmsterdamParts } from '../common/views/amsterdam-time';
import { locationKey } from '../scheduling/conflicts';
import { EditionTrainer } from '../scheduling/edition-trainer.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { Edition } from '../scheduling/edition.entity';
import { Meeting } from '../scheduling/meeting.entity';

const OMEI_DESCRIPTION = `## Waar gaat de training over?

Jongeren zoeken naar wie ze zijn en waar ze bij horen. Soms raken ze daarbij gegrepen door
extreme idealen: online, in hun vriendengroep of door een gebeurtenis in de wereld. De training
**Omgaan met Extreme Idealen** helpt u om dat op tijd te zien en het gesprek aan te gaan, zonder
de jongere kwijt te raken.

## Wat leert u?

- signalen van polarisatie en radicalisering herkennen en duiden;
- in gesprek blijven met een jongere met extreme ideeën: nieuwsgierig, zonder te oordelen;
- uw eigen grenzen en die van uw organisatie kennen;
- weten wanneer en met wie u zorgen deelt, en waar u terecht kunt voor hulp.

## Hoe ziet het eruit?

Drie bijeenkomsten van een middag, met casussen uit uw eigen praktijk, oefengesprekken met een
trainingsacteur en een korte opdracht tussen de bijeenkomsten. Na afloop ontvangt u een
certificaat en SKJ-punten.`;

const WERKATELIER_DESCRIPTION = `## Informatie delen: wat mag, wat moet, wat kan?

Bij zorgen over een jongere wilt u samenwerken met school, jongerenwerk, gemeente of politie.
Maar welke informatie mag u delen, met wie, en hoe legt u dat vast? In dit werkatelier werkt u met
collega's uit andere organisaties aan herkenbare situaties.

- de AVG en het beroepsgeheim in gewone taal;
- de stappen van een zorgvuldige afweging;
- afspraken maken met partners in uw gemeente.

Het werkatelier is één bijeenkomst van een dagdeel.`;

interface DemoEdition {
  offering: 'omei' | 'werkatelier';
  title: string;
  region: string;
  capacity: number;
  seatsTaken: number;
  /** demo participants on the waiting list (a full edition shows how the list works) */
  waitlisted?: number;
  /** days from today of each meeting, with local start and end time */
  meetings: [number, string, string][];
  place: { name: string; address: string; municipality: string } | { online: string };
}

const EDITIONS: DemoEdition[] = [
  {
    offering: 'omei',
    title: 'Utrecht, winter',
    region: 'PV26',
    capacity: 20,
    seatsTaken: 14,
    meetings: [
      [21, '13:00', '17:00'],
      [35, '13:00', '17:00'],
      [49, '13:00', '17:00'],
    ],
    place: {
      name: 'Huis van de Wijk Oost',
      address: 'Oudegracht 245, Utrecht',
      municipality: 'GM0344',
    },
  },
  {
    offering: 'omei',
    title: 'Rotterdam, voorjaar',
    region: 'PV28',
    capacity: 18,
    seatsTaken: 18,
    waitlisted: 2,
    meetings: [
      [56, '09:30', '13:00'],
      [70, '09:30', '13:00'],
      [84, '09:30', '13:00'],
    ],
    place: {
      name: 'Wijkcentrum De Larenkamp',
      address: 'Larenkampstraat 20, Rotterdam',
      municipality: 'GM0599',
    },
  },
  {
    offering: 'omei',
    title: 'Leeuwarden, voorjaar',
    region: 'PV21',
    capacity: 16,
    seatsTaken: 3,
    meetings: [
      [63, '13:30', '17:00'],
      [77, '13:30', '17:00'],
      [91, '13:30', '17:00'],
    ],
    place: {
      name: 'Cultuurhuis De Oldehove',
      address: 'Oldehoofsterkerkhof 2, Leeuwarden',
      municipality: 'GM0080',
    },
  },
  {
    offering: 'werkatelier',
    title: 'Online, januari',
    region: '',
    capacity: 30,
    seatsTaken: 11,
    meetings: [[28, '14:00', '16:30']],
    place: { online: 'https://meet.example.nl/jep-werkatelier-januari' },
  },
  {
    offering: 'werkatelier',
    title: 'Zwolle',
    region: 'PV23',
    capacity: 24,
    seatsTaken: 5,
    meetings: [[42, '09:00', '12:30']],
    place: { name: 'Stadkamer', address: 'Zeven Alleetjes 1, Zwolle', municipality: 'GM0193' },
  },
];

function dayIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The demo catalogue: OMEI and the Werkateliers, with editions in the coming months. */
/** Who fills the demo editions: a pool of demo participants, and the demo professional's own place. */
export interface DemoParticipants {
  pool: number[];
  professionalId: number | null;
}

/** The number of demo participants the editions need (the most taken plus waiting in one edition). */
export const DEMO_POOL_SIZE = 20;

export async function seedDemoCatalogue(
  m: EntityManager,
  trainerIds: number[],
  participants: DemoParticipants = { pool: [], professionalId: null },
): Promise<void> {
  const offerings = m.getRepository(Offering);
  const omei = await offerings.save(
    offerings.create({
      kind: 'omei',
      title: 'Omgaan met Extreme Idealen',
      slug: 'omgaan-met-extreme-idealen',
      summary:
        'Training in drie bijeenkomsten: extreme idealen bij jongeren herkennen en het gesprek erover aangaan.',
      description: OMEI_DESCRIPTION,
      audience: 'onderwijs,jongerenwerk,jeugdhulp,zorg-welzijn',
      studyLoadHours: 14,
      skjPoints: 12,
      completionRule: 'all_meetings',
      completionPercent: null,
      excusedCounts: false,
      requiresApproval: false,
      published: true,
    }),
  );
  const werkatelier = await offerings.save(
    offerings.create({
      kind: 'werkatelier',
      title: 'Werkatelier Informatie uitwisselen',
      slug: 'werkatelier-informatie-uitwisselen',
      summary:
        'Wat mag u delen met partners bij zorgen over een jongere, en hoe doet u dat zorgvuldig?',
      description: WERKATELIER_DESCRIPTION,
      audience: 'onderwijs,jongerenwerk,gemeente,politie-justitie,jeugdhulp',
      studyLoadHours: 4,
      skjPoints: 3,
      completionRule: 'min_percent',
      completionPercent: 100,
      excusedCounts: false,
      requiresApproval: true,
      published: true,
    }),
  );
  for (const [index, spec] of EDITIONS.entries()) {
    const meetings = spec.meetings.map(([days, start, end]) => ({
      startsAt: fromAmsterdam(dayIn(days), start)!,
      endsAt: fromAmsterdam(dayIn(days), end)!,
    }));
    const edition = await m.getRepository(Edition).save(
      m.getRepository(Edition).create({
        offeringId: spec.offering === 'omei' ? omei.id : werkatelier.id,
        title: spec.title,
        capacity: spec.capacity,
        seatsTaken: spec.seatsTaken,
        registrationOpensAt: new Date(Date.now() - 7 * 86_400_000),
        registrationClosesAt: new Date(meetings[0].startsAt.getTime() - 3 * 86_400_000),
        regionCode: spec.region || null,
        notes:
          spec.offering === 'omei'
            ? 'Neem een situatie uit uw eigen werk mee die u wilt bespreken.'
            : '',
        status: 'published',
        startsAt: meetings[0].startsAt,
        endsAt: meetings[meetings.length - 1].endsAt,
      }),
    );
    await m.getRepository(Meeting).insert(
      meetings.map((mt) =>
        'online' in spec.place
          ? {
              editionId: edition.id,
              ...mt,
              locationName: null,
              address: null,
              municipalityCode: null,
              locationKey: null,
              onlineUrl: spec.place.online,
            }
          : {
              editionId: edition.id,
              ...mt,
              locationName: spec.place.name,
              address: spec.place.address,
              municipalityCode: spec.place.municipality,
              locationKey: locationKey(spec.place.name, spec.place.address),
              onlineUrl: null,
            },
      ),
    );
    if (trainerIds.length)
      await m
        .getRepository(EditionTrainer)
        .insert({ editionId: edition.id, userId: trainerIds[index % trainerIds.length] });
    await enrolDemoParticipants(
      m,
      edition,
      spec,
      index === 0 ? participants.professionalId : null,
      participants.pool,
    );
  }
  await seedCompletedEdition(m, omei, trainerIds, participants);
}

/**
 * One OMEI edition that took place last autumn, finalised: attendance, completion and
 * certificates, so the demo shows a certificate on /mijn and at /certificaten/<code>.
 */
async function seedCompletedEdition(
  m: EntityManager,
  omei: Offering,
  trainerIds: number[],
  participants: DemoParticipants,
): Promise<void> {
  const days = [-70, -56, -42];
  const meetings = days.map((d) => ({
    startsAt: fromAmsterdam(dayIn(d), '13:00')!,
    endsAt: fromAmsterdam(dayIn(d), '17:00')!,
  }));
  const people = [
    ...(participants.professionalId ? [participants.professionalId] : []),
    ...participants.pool.slice(0, 7),
  ];
  const edition = await m.getRepository(Edition).save(
    m.getRepository(Edition).create({
      offeringId: omei.id,
      title: 'Amersfoort, najaar',
      capacity: 16,
      seatsTaken: people.length,
      registrationOpensAt: new Date(meetings[0].startsAt.getTime() - 60 * 86_400_000),
      registrationClosesAt: new Date(meetings[0].startsAt.getTime() - 7 * 86_400_000),
      regionCode: 'PV26',
      notes: '',
      status: 'completed',
      startsAt: meetings[0].startsAt,
      endsAt: meetings[meetings.length - 1].endsAt,
    }),
  );
  const saved = [];
  for (const mt of meetings)
    saved.push(
      await m.getRepository(Meeting).save(
        m.getRepository(Meeting).create({
          editionId: edition.id,
          ...mt,
          locationName: 'De Flint',
          address: 'Coninckstraat 60, Amersfoort',
          municipalityCode: 'GM0307',
          locationKey: locationKey('De Flint', 'Coninckstraat 60, Amersfoort'),
          onlineUrl: null,
          sequence: 0,
        }),
      ),
    );
  if (trainerIds.length)
    await m.getRepository(EditionTrainer).insert({ editionId: edition.id, userId: trainerIds[0] });
  const users = await m.getRepository(User).findBy({ id: In(people) });
  for (const [i, user] of users.entries()) {
    // The last one missed a meeting and did not complete the training.
    const completed = i < users.length - 1;
    const enrolment = await m.getRepository(Enrolment).save(
      m.getRepository(Enrolment).create({
        editionId: edition.id,
        userId: user.id,
        status: 'confirmed',
        statusChangedAt: edition.registrationOpensAt,
        calendarSequence: 1,
        completion: completed ? 'completed' : 'not_completed',
      }),
    );
    await m.getRepository(Attendance).insert(
      saved.map((mt, j) => ({
        enrolmentId: enrolment.id,
        meetingId: mt.id,
        status: completed || j > 0 ? ('present' as const) : ('absent' as const),
        markedBy: trainerIds[0] ?? null,
        markedAt: mt.endsAt,
      })),
    );
    if (completed)
      await m.getRepository(Certificate).insert({
        code: newCertificateCode(),
        enrolmentId: enrolment.id,
        userId: user.id,
        editionId: edition.id,
        holderName: user.name,
        skjNumber: user.skjNumber,
        offeringTitle: omei.title,
        editionTitle: edition.title,
        startsOn: toAmsterdamParts(edition.startsAt!).date,
        endsOn: toAmsterdamParts(edition.endsAt!).date,
        studyLoadHours: omei.studyLoadHours,
        skjPoints: omei.skjPoints,
        issuedAt: new Date(edition.endsAt!.getTime() + 2 * 86_400_000),
        issuedBy: null,
        issueReason: null,
        revokedAt: null,
        revokeReason: null,
      });
  }
}

/** Enrolments behind the seats taken (and a waiting list), so the demo numbers add up. */
async function enrolDemoParticipants(
  m: EntityManager,
  edition: Edition,
  spec: DemoEdition,
  professionalId: number | null,
  pool: number[],
): Promise<void> {
  const now = new Date();
  const holders = [...(professionalId ? [professionalId] : []), ...pool].slice(0, spec.seatsTaken);
  const waiting = pool.slice(holders.length, holders.length + (spec.waitlisted ?? 0));
  if (holders.length < spec.seatsTaken) return;
  const rows = [
    ...holders.map((userId) => ({ userId, status: 'confirmed' as const, waitlistSeq: null })),
    ...waiting.map((userId, i) => ({ userId, status: 'waitlisted' as const, waitlistSeq: i + 1 })),
  ];
  if (rows.length)
    await m.getRepository(Enrolment).insert(
      rows.map((r) => ({
        ...r,
        editionId: edition.id,
        statusChangedAt: now,
        calendarSequence: r.status === 'confirmed' ? 1 : 0,
      })),
    );
}
