import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { hashToken } from '../accounts/account-tokens.service';
import { User } from '../accounts/user.entity';
import { AdviceAppointment } from '../advice/advice-appointment.entity';
import { AdviceFollowUp } from '../advice/advice-follow-up.entity';
import { AdviceMessage } from '../advice/advice-message.entity';
import { AdviceNote } from '../advice/advice-note.entity';
import { AdviceRequest } from '../advice/advice-request.entity';
import type { AdviceStatus, AdviceUrgency, ContactPreference } from '../advice/advice-status';
import { AdviceStatusChange } from '../advice/advice-status-change.entity';
import { AdviceTopic } from '../advice/advice-topic.entity';
import { formatReference } from '../advice/reference';
import { fromAmsterdam, toAmsterdamParts } from '../common/views/amsterdam-time';

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface DemoRequest {
  /** Days before `now` it entered the queue. */
  daysAgo: number;
  status: AdviceStatus;
  topic: string;
  municipality: string;
  urgency: AdviceUrgency;
  contact: ContactPreference;
  /** A visitor (name, e-mail, organisation, role); the demo professional when left out. */
  who?: { name: string; email: string; organisation: string; role: string };
  question: string;
  assigned?: boolean;
  /** Days after submission of the first response and of closing. */
  firstResponseAfter?: number;
  closedAfter?: number;
  referredTo?: string;
  closeReason?: string;
  followUp?: { usefulness: number; comment: string };
  messages?: { from: 'adviser' | 'requester'; afterDays: number; body: string }[];
  note?: string;
}

/**
 * Advice requests in every status over the last months: new ones (two past the response time),
 * some being handled, the demo professional's own request with a message thread and an
 * appointment, completed ones with their response and closing times and follow-up answers, a
 * referral and one closed without advice. Requesters are adult professionals; no young person is
 * named anywhere, as the form asks.
 */
const REQUESTS: DemoRequest[] = [
  {
    daysAgo: 9,
    status: 'new',
    topic: 'remark_in_class',
    municipality: 'GM0344',
    urgency: 'urgent',
    contact: 'phone',
    who: {
      name: 'Ellen Verbeek',
      email: 'e.verbeek@example.nl',
      organisation: 'Openbare basisschool De Regenboog',
      role: 'Intern begeleider',
    },
    question:
      'Een leerling uit groep 8 maakte in de kring opmerkingen over "zuivere" en "onzuivere" Nederlanders en herhaalt dat na correctie. Ouders reageren afwerend. Hoe gaan wij als team het gesprek aan, en wanneer moeten wij iemand anders inschakelen?',
  },
  {
    daysAgo: 7,
    status: 'new',
    topic: 'online_influences',
    municipality: 'GM0014',
    urgency: 'normal',
    contact: 'email',
    who: {
      name: 'Ruben Kuipers',
      email: 'r.kuipers@example.nl',
      organisation: 'Jongerenwerk Groningen-Oost',
      role: 'Jongerenwerker',
    },
    question:
      'In een groepsapp van jongeren in onze wijk worden steeds vaker memes met extreemrechtse symbolen gedeeld. Wij willen dit bespreekbaar maken zonder de groep kwijt te raken. Hebt u tips voor een eerste gesprek en materiaal?',
  },
  {
    daysAgo: 1,
    status: 'new',
    topic: 'tension_between_groups',
    municipality: 'GM0855',
    urgency: 'soon',
    contact: 'video',
    who: {
      name: 'Hanneke Smits',
      email: 'h.smits@example.nl',
      organisation: 'Gemeente Tilburg',
      role: 'Beleidsadviseur veiligheid',
    },
    question:
      'Na een demonstratie over het conflict in het Midden-Oosten is er spanning tussen twee groepen jongeren bij een buurthuis. Wij zoeken advies over de-escalatie en over wie wij aan tafel moeten hebben.',
  },
  {
    daysAgo: 4,
    status: 'assigned',
    topic: 'local_approach',
    municipality: 'GM0080',
    urgency: 'normal',
    contact: 'video',
    assigned: true,
    who: {
      name: 'Sietske Dijkstra',
      email: 's.dijkstra@example.nl',
      organisation: 'Gemeente Leeuwarden',
      role: 'Beleidsmedewerker jeugd',
    },
    question:
      'Wij willen een lokale aanpak polarisatie opzetten met onderwijs, jongerenwerk en wijkteams. Welke stappen raadt u aan voor het eerste halfjaar en welke gemeenten kunnen wij om ervaringen vragen?',
  },
  {
    daysAgo: 12,
    status: 'in_progress',
    topic: 'information_sharing',
    municipality: 'GM0202',
    urgency: 'soon',
    contact: 'email',
    assigned: true,
    firstResponseAfter: 2,
    who: {
      name: 'Marco de Wit',
      email: 'm.dewit@example.nl',
      organisation: 'Wijkteam Arnhem-Noord',
      role: 'Teamleider',
    },
    question:
      'Wat mogen wij als wijkteam delen met school en politie als wij ons zorgen maken over radicalisering, en wat juist niet? Wij willen zorgvuldig omgaan met privacy.',
    messages: [
      {
        from: 'adviser',
        afterDays: 2,
        body: 'Dank voor uw vraag. Kunt u aangeven of er al een casusoverleg of veiligheidshuis bij betrokken is? Dan kan ik u gerichter wijzen op de afspraken die daar gelden.',
      },
      {
        from: 'requester',
        afterDays: 3,
        body: 'Er is nog geen casusoverleg. Het gaat om een eerste signaal van een collega.',
      },
    ],
    note: 'Verwijzen naar de handreiking gegevensdeling; eventueel afstemmen met het Veiligheidshuis.',
  },
  {
    daysAgo: 10,
    status: 'appointment',
    topic: 'conversation',
    municipality: 'GM0599',
    urgency: 'normal',
    contact: 'video',
    assigned: true,
    firstResponseAfter: 1,
    question:
      'In mijn lessen burgerschap zeggen leerlingen steeds vaker dat democratie "toch niet werkt". Ik wil het gesprek over extreme idealen aangaan zonder te moraliseren. Hoe bereid ik zo een les voor?',
    messages: [
      {
        from: 'adviser',
        afterDays: 1,
        body: 'Goede vraag, en herkenbaar. Zullen we een half uur online spreken? Dan bespreken we uw lesopzet en een paar werkvormen die goed werken bij deze leeftijd.',
      },
      {
        from: 'requester',
        afterDays: 2,
        body: 'Graag. Dinsdag- of donderdagmiddag komt mij het beste uit.',
      },
      {
        from: 'adviser',
        afterDays: 3,
        body: 'Ik heb een afspraak ingepland; de uitnodiging met de link staat in uw mail.',
      },
    ],
    note: 'Docent wil handvatten voor een les; werkvormen uit de OMEI-training meenemen.',
  },
  {
    daysAgo: 75,
    status: 'completed',
    topic: 'online_influences',
    municipality: 'GM0363',
    urgency: 'normal',
    contact: 'email',
    assigned: true,
    firstResponseAfter: 2,
    closedAfter: 20,
    who: {
      name: 'Youssef Benali',
      email: 'y.benali@example.nl',
      organisation: 'ROC van Amsterdam',
      role: 'Studentbegeleider',
    },
    question:
      'Studenten delen filmpjes van een influencer met vrouwonvriendelijke en antidemocratische ideeën. Hoe bespreek ik dit in de klas?',
    followUp: {
      usefulness: 5,
      comment: 'Heel bruikbare tips, de werkvorm hebben we al twee keer ingezet.',
    },
  },
  {
    daysAgo: 120,
    status: 'completed',
    topic: 'remark_in_class',
    municipality: 'GM0193',
    urgency: 'soon',
    contact: 'phone',
    assigned: true,
    firstResponseAfter: 1,
    closedAfter: 9,
    who: {
      name: 'Annemiek Bos',
      email: 'a.bos@example.nl',
      organisation: 'Van der Capellen Scholengemeenschap',
      role: 'Mentor',
    },
    question:
      'Na een les over de Tweede Wereldoorlog deed een leerling een antisemitische uitspraak. Hoe volg ik dit op met de klas en met de ouders?',
    followUp: { usefulness: 4, comment: 'Snel en duidelijk antwoord.' },
  },
  {
    daysAgo: 45,
    status: 'completed',
    topic: 'tension_between_groups',
    municipality: 'GM0935',
    urgency: 'normal',
    contact: 'in_person',
    assigned: true,
    firstResponseAfter: 3,
    closedAfter: 30,
    who: {
      name: 'Lars Hendriks',
      email: 'l.hendriks@example.nl',
      organisation: 'Trajekt Maastricht',
      role: 'Opbouwwerker',
    },
    question:
      'In een wijk ontstaan ruzies tussen jongeren uit verschillende gemeenschappen na berichten op sociale media. Hoe organiseren wij een dialoogavond?',
    followUp: { usefulness: 3, comment: '' },
  },
  {
    daysAgo: 20,
    status: 'completed',
    topic: 'local_approach',
    municipality: 'GM0344',
    urgency: 'normal',
    contact: 'video',
    assigned: true,
    firstResponseAfter: 4,
    closedAfter: 17,
    who: {
      name: 'Joyce van Leeuwen',
      email: 'j.vanleeuwen@example.nl',
      organisation: 'Gemeente Utrecht',
      role: 'Programmamanager',
    },
    question:
      'Wij herzien ons netwerk rond polarisatie. Welke partners horen erbij en hoe houden wij het netwerk actief tussen de incidenten door?',
  },
  {
    daysAgo: 60,
    status: 'referred',
    topic: 'information_sharing',
    municipality: 'GM0518',
    urgency: 'normal',
    contact: 'email',
    assigned: true,
    firstResponseAfter: 1,
    closedAfter: 5,
    referredTo: 'Training OMEI van Platform JEP',
    who: {
      name: 'Priya Ramdin',
      email: 'p.ramdin@example.nl',
      organisation: 'Stichting Jeugdwerk Haaglanden',
      role: 'Coördinator',
    },
    question:
      'Ons team wil beter leren signaleren en het gesprek aangaan. Hebt u een training of een aanpak die past bij jongerenwerkers?',
  },
  {
    daysAgo: 90,
    status: 'closed',
    topic: 'other',
    municipality: 'GM0202',
    urgency: 'urgent',
    contact: 'phone',
    assigned: true,
    firstResponseAfter: 0,
    closedAfter: 1,
    closeReason:
      'Buiten het werkgebied van Advies op Maat: het ging om een acute veiligheidszorg. De vraagsteller is gewezen op Veilig Thuis en de politie.',
    who: {
      name: 'Gert Mulder',
      email: 'g.mulder@example.nl',
      organisation: 'Sportvereniging Arnhem-Zuid',
      role: 'Bestuurslid',
    },
    question:
      'Een vrijwilliger maakt zich grote zorgen over dreigende uitspraken van een volwassen lid. Wat moeten wij nu doen?',
  },
];

/** Demo advice requests in every status, assigned to the staff user. */
export async function seedDemoAdvice(
  m: EntityManager,
  people: { staffId: number; professionalId: number },
  now: Date,
): Promise<void> {
  const topics = new Map(
    (await m.getRepository(AdviceTopic).find()).map((t) => [t.key, t.id] as const),
  );
  const professional = await m.getRepository(User).findOneByOrFail({ id: people.professionalId });
  // Numbered in the order they came in, per Amsterdam year, as the form numbers them.
  const ordered = [...REQUESTS].sort((a, b) => b.daysAgo - a.daysAgo);
  const perYear = new Map<string, number>();
  for (const spec of ordered) {
    const submittedAt = atWorkingHour(new Date(now.getTime() - spec.daysAgo * DAY));
    const year = toAmsterdamParts(submittedAt).date.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const after = (days: number | undefined) =>
      days === undefined ? null : new Date(submittedAt.getTime() + days * DAY + 2 * HOUR);
    const own = !spec.who;
    const who = spec.who ?? {
      name: professional.name,
      email: professional.email,
      organisation: professional.organisation ?? '',
      role: professional.jobTitle ?? '',
    };
    const closedAt = after(spec.closedAfter);
    const request = await m.getRepository(AdviceRequest).save(
      m.getRepository(AdviceRequest).create({
        reference: formatReference(year, n),
        status: spec.status,
        requesterId: own ? professional.id : null,
        requesterName: who.name,
        requesterEmail: who.email,
        requesterPhone: spec.contact === 'phone' ? '030 123 45 67' : null,
        organisation: who.organisation,
        requesterRole: who.role,
        locale: 'nl',
        municipalityCode: spec.municipality,
        topicId: topics.get(spec.topic)!,
        question: spec.question,
        urgency: spec.urgency,
        contactPreference: spec.contact,
        adviserId: spec.assigned ? people.staffId : null,
        referredTo: spec.referredTo ?? null,
        closeReason: spec.closeReason ?? null,
        verificationTokenHash: null,
        // Visitors follow their request through a private link; nobody has the demo's.
        accessTokenHash: own ? null : hashToken(randomBytes(32).toString('base64url')),
        followUpTokenHash: null,
        submittedAt,
        firstResponseAt: after(spec.firstResponseAfter),
        closedAt,
        followUpSentAt:
          spec.status === 'completed' && closedAt && now.getTime() - closedAt.getTime() > 14 * DAY
            ? new Date(closedAt.getTime() + 14 * DAY)
            : null,
        anonymisedAt: null,
        createdAt: submittedAt,
      }),
    );
    await statusHistory(m, request, people.staffId, after(spec.firstResponseAfter));
    for (const message of spec.messages ?? []) {
      await m.getRepository(AdviceMessage).insert({
        requestId: request.id,
        direction: message.from === 'adviser' ? 'to_requester' : 'from_requester',
        authorId: message.from === 'adviser' ? people.staffId : null,
        body: message.body,
        createdAt: new Date(submittedAt.getTime() + message.afterDays * DAY + 3 * HOUR),
      });
    }
    if (spec.note) {
      await m.getRepository(AdviceNote).insert({
        requestId: request.id,
        authorId: people.staffId,
        body: spec.note,
        createdAt: new Date(submittedAt.getTime() + DAY),
      });
    }
    if (spec.status === 'appointment') {
      const day = toAmsterdamParts(new Date(now.getTime() + 5 * DAY)).date;
      const startsAt = fromAmsterdam(day, '14:00')!;
      await m.getRepository(AdviceAppointment).insert({
        requestId: request.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 45 * 60_000),
        mode: 'online',
        location: 'https://meet.example.nl/advies-op-maat',
        adviserId: people.staffId,
        sequence: 0,
        cancelledAt: null,
        createdAt: new Date(submittedAt.getTime() + 3 * DAY),
      });
    }
    if (spec.followUp && request.followUpSentAt) {
      await m.getRepository(AdviceFollowUp).insert({
        requestId: request.id,
        usefulness: spec.followUp.usefulness,
        comment: spec.followUp.comment,
        answeredAt: new Date(request.followUpSentAt.getTime() + DAY),
      });
    }
  }
}

/** Requests come in during office hours: 10:00 Amsterdam on that day. */
function atWorkingHour(moment: Date): Date {
  return fromAmsterdam(toAmsterdamParts(moment).date, '10:00')!;
}

/** new → (assigned →) the current status, dated. */
async function statusHistory(
  m: EntityManager,
  request: AdviceRequest,
  staffId: number,
  firstResponseAt: Date | null,
): Promise<void> {
  const submitted = request.submittedAt!;
  const changes: Omit<AdviceStatusChange, 'id' | 'request'>[] = [
    {
      requestId: request.id,
      fromStatus: null,
      toStatus: 'new',
      changedBy: null,
      changedAt: submitted,
    },
  ];
  if (request.status !== 'new') {
    changes.push({
      requestId: request.id,
      fromStatus: 'new',
      toStatus: 'assigned',
      changedBy: staffId,
      changedAt: new Date(submitted.getTime() + 2 * HOUR),
    });
  }
  if (!['new', 'assigned'].includes(request.status)) {
    changes.push({
      requestId: request.id,
      fromStatus: 'assigned',
      toStatus: request.status,
      changedBy: staffId,
      changedAt: request.closedAt ?? firstResponseAt ?? new Date(submitted.getTime() + DAY),
    });
  }
  await m.getRepository(AdviceStatusChange).insert(changes);
}
