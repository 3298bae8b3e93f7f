import type { EntityManager } from 'typeorm';
import { User } from '../accounts/user.entity';
import { MUNICIPALITIES } from '../geo/municipalities.data';
import { NetworkOrganisation } from '../network/organisation.entity';
import type { OrganisationType } from '../network/vocabulary';
import { SUCCESS_FACTORS } from '../trajectories/success-factors';
import { TrajectoryAction } from '../trajectories/trajectory-action.entity';
import { TrajectoryAssessmentScore } from '../trajectories/trajectory-assessment-score.entity';
import { TrajectoryAssessment } from '../trajectories/trajectory-assessment.entity';
import { TrajectoryLink } from '../trajectories/trajectory-link.entity';
import { TrajectoryLogAttendee } from '../trajectories/trajectory-log-attendee.entity';
import { TrajectoryLogEntry } from '../trajectories/trajectory-log-entry.entity';
import { TrajectoryMember } from '../trajectories/trajectory-member.entity';
import { TrajectoryOrganisation } from '../trajectories/trajectory-organisation.entity';
import { TrajectoryPhaseChange } from '../trajectories/trajectory-phase-change.entity';
import { TrajectoryPhase } from '../trajectories/trajectory-phase.entity';
import { Trajectory, TrajectoryStatus } from '../trajectories/trajectory.entity';
import { toAmsterdamParts } from '../common/views/amsterdam-time';

const DAY = 86_400_000;

/** The phases in their default order (see the migration). */
const ORDER = [
  'aanvraag',
  'intake',
  'verkenning',
  'plan_van_aanpak',
  'uitvoering',
  'borging_evaluatie',
  'afgerond',
] as const;
type PhaseKey = (typeof ORDER)[number];

/** Contact persons at the schools and youth work organisations: accounts without a password. */
const CONTACTS = [
  {
    key: 'utrecht',
    name: 'Ingrid Mulder',
    jobTitle: 'Zorgcoördinator',
    sector: 'onderwijs',
    municipalityCode: 'GM0344',
  },
  {
    key: 'zwolle',
    name: 'Kees van Dam',
    jobTitle: 'Teamleider jongerenwerk',
    sector: 'jongerenwerk',
    municipalityCode: 'GM0193',
  },
  {
    key: 'eindhoven',
    name: 'Naima Bouzid',
    jobTitle: 'Mentor en zorgcoördinator',
    sector: 'onderwijs',
    municipalityCode: 'GM0772',
  },
  {
    key: 'rotterdam',
    name: 'Ruud Smit',
    jobTitle: 'Jongerenwerker',
    sector: 'jongerenwerk',
    municipalityCode: 'GM0599',
  },
  {
    key: 'denhaag',
    name: 'Esther de Graaf',
    jobTitle: 'Coördinator jongerenwerk',
    sector: 'jongerenwerk',
    municipalityCode: 'GM0518',
  },
  {
    key: 'groningen',
    name: 'Bram Wolters',
    jobTitle: 'Teamleider onderbouw',
    sector: 'onderwijs',
    municipalityCode: 'GM0014',
  },
] as const;
type ContactKey = (typeof CONTACTS)[number]['key'];

interface DemoTrajectory {
  municipalityCode: string;
  phase: PhaseKey;
  status: TrajectoryStatus;
  coached: boolean;
  /** Days ago it was applied for. */
  appliedDaysAgo: number;
  question: string;
  goals: string;
  hopedStart: string;
  /** Days from today (negative: in the past). */
  start: number | null;
  plannedEnd: number | null;
  closingReason?: string;
  members: (
    | { who: 'professional' | 'partner'; side: 'school' | 'youth_work'; role: string }
    | { who: ContactKey; side: 'school' | 'youth_work'; role: string }
  )[];
  /** Use the demo partner's own listing as the youth work organisation. */
  partnerListing?: boolean;
  fallbackSchool: string;
  fallbackYouthWork: string;
}

const TRAJECTORIES: DemoTrajectory[] = [
  {
    municipalityCode: 'GM0344',
    phase: 'aanvraag',
    status: 'active',
    coached: false,
    appliedDaysAgo: 6,
    question:
      'Onze mentoren merken dat leerlingen in de bovenbouw steeds vaker stellige uitspraken doen over nieuws en complotten. We willen met het jongerenwerk in de wijk afspreken hoe we signalen bespreken en wie wat oppakt.',
    goals: '',
    hopedStart: 'na de kerstvakantie',
    start: null,
    plannedEnd: null,
    members: [{ who: 'utrecht', side: 'school', role: 'Zorgcoördinator' }],
    fallbackSchool: 'Het Stedelijk College Utrecht',
    fallbackYouthWork: 'JoU Utrecht',
  },
  {
    municipalityCode: 'GM0193',
    phase: 'intake',
    status: 'active',
    coached: true,
    appliedDaysAgo: 40,
    question:
      'Het jongerenwerk is wel eens op school, maar er zijn geen vaste afspraken. We willen dat jongerenwerkers een vast gezicht worden in de school en dat docenten weten wanneer ze hen kunnen inschakelen.',
    goals: '',
    hopedStart: 'zo snel mogelijk',
    start: -10,
    plannedEnd: 250,
    members: [{ who: 'zwolle', side: 'youth_work', role: 'Teamleider jongerenwerk' }],
    fallbackSchool: 'Thorbecke Scholengemeenschap',
    fallbackYouthWork: 'Travers Welzijn',
  },
  {
    municipalityCode: 'GM1900',
    phase: 'verkenning',
    status: 'active',
    coached: true,
    appliedDaysAgo: 75,
    question:
      'In Sneek willen school en jongerenwerk samen beter zicht krijgen op wat er online onder jongeren speelt en elkaar sneller vinden bij zorgen.',
    goals:
      'Elkaars werkwijze en grenzen kennen\nEén vast aanspreekpunt per organisatie\nSamen een aanpak voor online signalen',
    hopedStart: 'september',
    start: -45,
    plannedEnd: 200,
    members: [{ who: 'partner', side: 'youth_work', role: 'Coördinator jongerenwerk' }],
    partnerListing: true,
    fallbackSchool: 'Vmbo De Trije Sneek',
    fallbackYouthWork: 'Jongerenwerk Súdwest-Fryslân',
  },
  {
    municipalityCode: 'GM0772',
    phase: 'plan_van_aanpak',
    status: 'active',
    coached: true,
    appliedDaysAgo: 120,
    question:
      'We willen de samenwerking tussen onze mbo-opleidingen en het jongerenwerk structureel maken, ook na de projectsubsidie.',
    goals:
      'Een inloopuur van het jongerenwerk in de school, elke week\nAfspraken over informatie delen binnen de privacyregels\nFinanciering voor minimaal twee jaar',
    hopedStart: 'begin schooljaar',
    start: -90,
    plannedEnd: 150,
    members: [{ who: 'eindhoven', side: 'school', role: 'Mentor en zorgcoördinator' }],
    fallbackSchool: 'Mbo-college Eindhoven',
    fallbackYouthWork: 'Dynamo Jongerenwerk',
  },
  {
    municipalityCode: 'GM0599',
    phase: 'uitvoering',
    status: 'active',
    coached: true,
    appliedDaysAgo: 210,
    question:
      'Docenten burgerschap willen beter toegerust zijn op gesprekken over polarisatie in de klas, samen met jongerenwerkers die de leerlingen ook buiten school kennen.',
    goals:
      'Jongerenwerk twee dagdelen per week zichtbaar in de school\nGezamenlijke lessen over online invloeden\nVaste overlegmomenten tussen zorgteam en jongerenwerk',
    hopedStart: 'na de zomervakantie',
    start: -170,
    plannedEnd: 60,
    members: [
      { who: 'professional', side: 'school', role: 'Docent burgerschap' },
      { who: 'rotterdam', side: 'youth_work', role: 'Jongerenwerker' },
    ],
    fallbackSchool: 'Grafisch Lyceum Rotterdam',
    fallbackYouthWork: 'Jongerenwerk Rotterdam Noord',
  },
  {
    municipalityCode: 'GM0518',
    phase: 'afgerond',
    status: 'completed',
    coached: true,
    appliedDaysAgo: 420,
    question:
      'We willen het jongerenwerk een vaste plek geven in de school, zodat leerlingen laagdrempelig terechtkunnen en signalen eerder besproken worden.',
    goals:
      'Wekelijks spreekuur van het jongerenwerk\nGezamenlijke signaleringsafspraken\nDe samenwerking opgenomen in het schoolplan',
    hopedStart: 'januari',
    start: -380,
    plannedEnd: -30,
    members: [
      { who: 'professional', side: 'school', role: 'Docent burgerschap' },
      { who: 'denhaag', side: 'youth_work', role: 'Coördinator jongerenwerk' },
    ],
    fallbackSchool: 'Scholengemeenschap Haaglanden',
    fallbackYouthWork: 'Jongerenwerk Den Haag',
  },
  {
    municipalityCode: 'GM0014',
    phase: 'verkenning',
    status: 'stopped',
    coached: true,
    appliedDaysAgo: 160,
    question:
      'Samen met het jongerenwerk willen we een aanpak voor spanningen tussen groepen leerlingen in de onderbouw.',
    goals: 'Een gezamenlijke aanpak bij spanningen tussen groepen',
    hopedStart: 'voorjaar',
    start: -130,
    plannedEnd: 100,
    closingReason:
      'Door een reorganisatie bij het jongerenwerk is er dit schooljaar geen vaste jongerenwerker voor de school. School en jongerenwerk willen het volgend schooljaar opnieuw aanvragen.',
    members: [{ who: 'groningen', side: 'school', role: 'Teamleider onderbouw' }],
    fallbackSchool: 'Vmbo Noorderpoort Groningen',
    fallbackYouthWork: 'Jongerenwerk Groningen Stad',
  },
];

const dateOf = (now: Date, days: number) =>
  toAmsterdamParts(new Date(now.getTime() + days * DAY)).date;

/**
 * A published listing of a type based in the municipality's own town, or none (then the
 * trajectory names an organisation not yet listed): one from another town would read oddly.
 */
function listing(
  m: EntityManager,
  type: OrganisationType,
  municipalityCode: string,
): Promise<NetworkOrganisation | null> {
  const town = MUNICIPALITIES.find((mu) => mu.code === municipalityCode)?.name ?? '';
  return m
    .getRepository(NetworkOrganisation)
    .createQueryBuilder('o')
    .where('o.type = :type', { type })
    .andWhere("o.status = 'published'")
    .andWhere('o.city = :town', { town })
    .andWhere(
      `EXISTS (SELECT 1 FROM network_organisation_municipalities nm
                WHERE nm.organisation_id = o.id AND nm.municipality_code = :code)`,
      { code: municipalityCode },
    )
    .orderBy('o.id', 'ASC')
    .getOne();
}

function scoreFor(factor: string, moment: 'start' | 'end', side: 'school' | 'youth_work'): number {
  const base: Record<string, number> = {
    partnership: 2,
    accessibility: 2,
    structural_funding: 1,
    shared_goals: 3,
    information_sharing: 2,
    embedding: 1,
  };
  const start = Math.min(5, (base[factor] ?? 2) + (side === 'youth_work' ? 1 : 0));
  return moment === 'start' ? start : Math.min(5, start + 2);
}

const COMMENTS: Record<string, { start: string; end: string }> = {
  partnership: {
    start: 'We kennen elkaar nog nauwelijks.',
    end: 'We weten elkaar te vinden en overleggen elke maand.',
  },
  accessibility: {
    start: 'De jongerenwerker is alleen op afspraak in school.',
    end: 'Vast spreekuur in de aula; leerlingen lopen vanzelf binnen.',
  },
  structural_funding: {
    start: 'Alleen projectgeld voor dit jaar.',
    end: 'De gemeente financiert het spreekuur de komende twee jaar.',
  },
  shared_goals: { start: '', end: 'Doelen staan in het gezamenlijke plan.' },
  information_sharing: {
    start: 'Onduidelijk wat we mogen delen.',
    end: 'Afspraken over informatie delen zijn vastgelegd.',
  },
  embedding: {
    start: '',
    end: 'Opgenomen in het schoolplan en het jaarplan van het jongerenwerk.',
  },
};

/**
 * Demo JOS trajectories, one in every phase and one stopped: the staff user coaches them, the
 * demo professional takes part in two (Rotterdam, running; Den Haag, completed with both
 * self-assessments), the demo partner in the one with their own Frisian listing. Schools and
 * youth work organisations come from the demo network where it has them. Nothing in it is about
 * individual young people.
 */
export async function seedDemoTrajectories(
  m: EntityManager,
  people: { staffId: number; partnerId: number; professionalId: number },
  now: Date,
): Promise<void> {
  const phases = new Map(
    (await m.getRepository(TrajectoryPhase).find()).map((p) => [p.key, p] as const),
  );
  const users = m.getRepository(User);
  const contacts = new Map<string, number>();
  for (const c of CONTACTS) {
    const saved = await users.save(
      users.create({
        email: `jos-${c.key}@voorbeeld.platformjep.nl`,
        name: c.name,
        passwordHash: '',
        role: 'professional',
        organisation: '',
        jobTitle: c.jobTitle,
        sector: c.sector,
        municipalityCode: c.municipalityCode,
        locale: 'nl',
        skjNumber: null,
        emailVerifiedAt: now,
        deactivatedAt: null,
        lastLoginAt: null,
      }),
    );
    contacts.set(c.key, saved.id);
  }
  const userId = (who: string) =>
    who === 'professional'
      ? people.professionalId
      : who === 'partner'
        ? people.partnerId
        : contacts.get(who)!;
  const partnerOrg = await m
    .getRepository(NetworkOrganisation)
    .createQueryBuilder('o')
    .where(
      `EXISTS (SELECT 1 FROM network_memberships nm WHERE nm.organisation_id = o.id
                AND nm.user_id = :partner AND nm.status = 'active')`,
      { partner: people.partnerId },
    )
    .getOne();

  for (const d of TRAJECTORIES) {
    const municipality = MUNICIPALITIES.find((mu) => mu.code === d.municipalityCode)!;
    const school = await listing(m, 'onderwijs', d.municipalityCode);
    const youth =
      d.partnerListing && partnerOrg
        ? partnerOrg
        : await listing(m, 'jongerenwerk', d.municipalityCode);
    const schoolName = school?.name ?? d.fallbackSchool;
    const youthName = youth?.name ?? d.fallbackYouthWork;
    const applicantId = userId(d.members[0].who);
    const appliedAt = new Date(now.getTime() - d.appliedDaysAgo * DAY);
    const phase = phases.get(d.phase)!;
    const trajectory = await m.getRepository(Trajectory).save({
      title: `JOS ${municipality.name}: ${schoolName} en ${youthName}`.slice(0, 200),
      municipalityCode: d.municipalityCode,
      question: d.question,
      goals: d.goals,
      hopedStart: d.hopedStart,
      startDate: d.start === null ? null : dateOf(now, d.start),
      plannedEndDate: d.plannedEnd === null ? null : dateOf(now, d.plannedEnd),
      phaseId: phase.id,
      status: d.status,
      closingReason: d.closingReason ?? null,
      coachId: d.coached ? people.staffId : null,
      applicantId,
      closedAt: d.status === 'active' ? null : new Date(now.getTime() - 20 * DAY),
    });
    const orgs = m.getRepository(TrajectoryOrganisation);
    const schoolRow = await orgs.save({
      trajectoryId: trajectory.id,
      kind: 'school' as const,
      name: schoolName,
      networkOrganisationId: school?.id ?? null,
      position: 0,
    });
    const youthRow = await orgs.save({
      trajectoryId: trajectory.id,
      kind: 'youth_work' as const,
      name: youthName,
      networkOrganisationId: youth?.id ?? null,
      position: 1,
    });
    const orgOf = (side: 'school' | 'youth_work') =>
      side === 'school' ? schoolRow.id : youthRow.id;
    for (const [i, member] of d.members.entries())
      await m.getRepository(TrajectoryMember).save({
        trajectoryId: trajectory.id,
        userId: userId(member.who),
        organisationId: orgOf(member.side),
        roleDescription: member.role,
        isContact: i === 0,
        status: 'active' as const,
        invitedBy: i === 0 ? null : people.staffId,
        removedAt: null,
      });

    // The history: applied, then every phase up to the current one, spread over the months.
    const target = ORDER.indexOf(d.phase);
    const changes = m.getRepository(TrajectoryPhaseChange);
    await changes.save({
      trajectoryId: trajectory.id,
      fromPhaseId: null,
      toPhaseId: phases.get('aanvraag')!.id,
      status: 'active',
      note: null,
      changedBy: applicantId,
      changedAt: appliedAt,
    });
    const span = Math.max(1, d.appliedDaysAgo - 25);
    for (let i = 1; i <= target; i++)
      await changes.save({
        trajectoryId: trajectory.id,
        fromPhaseId: phases.get(ORDER[i - 1])!.id,
        toPhaseId: phases.get(ORDER[i])!.id,
        status: 'active',
        note: i === 1 ? 'Aanvraag besproken en aangenomen; intakegesprek gepland.' : null,
        changedBy: people.staffId,
        changedAt: new Date(appliedAt.getTime() + Math.round((span * i) / target) * DAY),
      });
    if (d.status === 'stopped')
      await changes.save({
        trajectoryId: trajectory.id,
        fromPhaseId: phase.id,
        toPhaseId: phase.id,
        status: 'stopped',
        note: d.closingReason ?? null,
        changedBy: people.staffId,
        changedAt: new Date(now.getTime() - 20 * DAY),
      });

    if (target >= ORDER.indexOf('intake') && d.coached)
      await seedWork(
        m,
        trajectory,
        d,
        { ...people, memberIds: d.members.map((x) => userId(x.who)) },
        now,
      );
    if (d.phase === 'uitvoering' || d.phase === 'afgerond')
      await seedAssessments(
        m,
        trajectory.id,
        d.members.map((x) => ({
          userId: userId(x.who),
          side: x.side,
          organisationId: orgOf(x.side),
        })),
        d.phase === 'afgerond' ? ['start', 'end'] : ['start'],
        now,
        d.appliedDaysAgo,
      );
    // "last change" as it would be after months of work, not the moment of seeding
    await m.getRepository(Trajectory).update(trajectory.id, {
      updatedAt: new Date(
        now.getTime() - (d.status === 'active' ? 2 : 20) * DAY - d.appliedDaysAgo * 3_600_000,
      ),
    });
  }
}

/** A few log entries, actions (one overdue where the work is under way) and links. */
async function seedWork(
  m: EntityManager,
  trajectory: Trajectory,
  d: DemoTrajectory,
  people: { staffId: number; memberIds: number[] },
  now: Date,
): Promise<void> {
  const entries: {
    kind: 'meeting' | 'note';
    daysAgo: number;
    title: string;
    body: string;
    others: string;
  }[] = [
    {
      kind: 'meeting',
      daysAgo: d.appliedDaysAgo - 20,
      title: 'Intakegesprek',
      body: 'Kennismaking met de zorgcoördinator en het jongerenwerk. Besproken: wat de school al doet, waar het jongerenwerk nu al actief is en wat beide partners van het traject verwachten. De zelfevaluatie bij de start staat open.',
      others: '',
    },
  ];
  if (['verkenning', 'plan_van_aanpak', 'uitvoering', 'afgerond'].includes(d.phase))
    entries.push({
      kind: 'meeting',
      daysAgo: Math.round(d.appliedDaysAgo / 2),
      title: 'Verkenning: rondgang door de school',
      body: 'Samen met de jongerenwerker door de school gelopen en gesproken met mentoren uit de onderbouw. Ideeën: een vaste plek voor het jongerenwerk bij de aula en een gezamenlijk overleg elke zes weken.',
      others: 'Teamleider onderbouw, beleidsmedewerker jeugd van de gemeente',
    });
  if (['uitvoering', 'afgerond'].includes(d.phase))
    entries.push({
      kind: 'note',
      daysAgo: 12,
      title: 'Stand van zaken',
      body: 'Het spreekuur van het jongerenwerk loopt; mentoren weten de jongerenwerker te vinden. Aandachtspunt: de afspraken over wat we wel en niet delen moeten nog op papier.',
      others: '',
    });
  const attendees = [people.staffId, ...people.memberIds];
  for (const e of entries) {
    const entry = await m.getRepository(TrajectoryLogEntry).save({
      trajectoryId: trajectory.id,
      kind: e.kind,
      occurredOn: dateOf(now, -Math.max(1, e.daysAgo)),
      title: e.title,
      body: e.body,
      otherAttendees: e.others,
      authorId: people.staffId,
    });
    if (e.kind === 'meeting')
      for (const id of attendees)
        await m.getRepository(TrajectoryLogAttendee).save({ entryId: entry.id, userId: id });
  }

  const owner = people.memberIds[0];
  const actions: Partial<TrajectoryAction>[] = [];
  if (d.phase === 'uitvoering') {
    actions.push(
      {
        title: 'Afspraken over informatie delen op papier zetten',
        description:
          'Een korte notitie: wat delen school en jongerenwerk wel, wat niet, en wie vraagt toestemming.',
        ownerId: owner,
        dueOn: dateOf(now, -5),
        status: 'open',
        // the one reminder went out already: starting the demo sends no e-mail
        overdueNotifiedAt: new Date(now.getTime() - 4 * DAY),
      },
      {
        title: 'Gezamenlijke les over online invloeden voorbereiden',
        description: '',
        ownerId: people.memberIds[1] ?? owner,
        dueOn: dateOf(now, 14),
        status: 'open',
      },
      {
        title: 'Spreekuur jongerenwerk in het rooster opnemen',
        description: '',
        ownerId: owner,
        dueOn: dateOf(now, -30),
        status: 'done',
        doneAt: new Date(now.getTime() - 32 * DAY),
        doneBy: owner,
      },
    );
  } else if (d.phase === 'afgerond') {
    actions.push({
      title: 'Eindevaluatie met het zorgteam bespreken',
      description: '',
      ownerId: owner,
      dueOn: dateOf(now, -40),
      status: 'done',
      doneAt: new Date(now.getTime() - 41 * DAY),
      doneBy: owner,
    });
  } else if (d.status === 'active') {
    actions.push({
      title:
        d.phase === 'intake'
          ? 'Zelfevaluatie bij de start invullen'
          : 'Concept plan van aanpak rondsturen',
      description: '',
      ownerId: d.phase === 'intake' ? owner : people.staffId,
      dueOn: dateOf(now, 10),
      status: 'open',
    });
  }
  for (const a of actions)
    await m.getRepository(TrajectoryAction).save({
      trajectoryId: trajectory.id,
      description: '',
      doneAt: null,
      doneBy: null,
      overdueNotifiedAt: null,
      createdBy: people.staffId,
      ...a,
    });

  if (d.phase !== 'intake')
    await m.getRepository(TrajectoryLink).save([
      {
        trajectoryId: trajectory.id,
        title: 'Gedeelde map van het traject',
        url: 'https://voorbeeld.platformjep.nl/documenten/jos-traject',
        addedBy: people.staffId,
      },
      {
        trajectoryId: trajectory.id,
        title: 'Werkzame elementen van samenwerking tussen school en jongerenwerk',
        url: 'https://www.platformjep.nl/jos',
        addedBy: people.staffId,
      },
    ]);
}

async function seedAssessments(
  m: EntityManager,
  trajectoryId: number,
  members: { userId: number; side: 'school' | 'youth_work'; organisationId: number }[],
  moments: ('start' | 'end')[],
  now: Date,
  appliedDaysAgo: number,
): Promise<void> {
  for (const moment of moments)
    for (const member of members) {
      const assessment = await m.getRepository(TrajectoryAssessment).save({
        trajectoryId,
        moment,
        userId: member.userId,
        organisationId: member.organisationId,
        submittedAt: new Date(
          now.getTime() - (moment === 'start' ? appliedDaysAgo - 25 : 35) * DAY,
        ),
      });
      await m.getRepository(TrajectoryAssessmentScore).save(
        SUCCESS_FACTORS.map((factor) => ({
          assessmentId: assessment.id,
          factor,
          score: scoreFor(factor, moment, member.side),
          comment: COMMENTS[factor]?.[moment] ?? '',
        })),
      );
    }
}
