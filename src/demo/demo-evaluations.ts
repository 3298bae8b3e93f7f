import { createHash } from 'node:crypto';
import { EntityManager, In, LessThan, Not } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Offering } from '../catalogue/offering.entity';
import { fromAmsterdam, toAmsterdamParts } from '../common/views/amsterdam-time';
import { Enrolment } from '../enrolments/enrolment.entity';
import { EvaluationAnswer } from '../evaluations/evaluation-answer.entity';
import { EvaluationInvitation } from '../evaluations/evaluation-invitation.entity';
import type { EvaluationMoment } from '../evaluations/evaluation-moment';
import { EvaluationResponse } from '../evaluations/evaluation-response.entity';
import { OfferingQuestionnaire } from '../evaluations/offering-questionnaire.entity';
import { ItemType, QuestionnaireItem } from '../evaluations/questionnaire-item.entity';
import { QuestionnaireSection } from '../evaluations/questionnaire-section.entity';
import { Questionnaire, QuestionnaireKind } from '../evaluations/questionnaire.entity';
import { locationKey } from '../scheduling/conflicts';
import { EditionTrainer } from '../scheduling/edition-trainer.entity';
import { Edition } from '../scheduling/edition.entity';
import { Meeting } from '../scheduling/meeting.entity';

const DAY = 86_400_000;
const OMEI_SLUG = 'omgaan-met-extreme-idealen';

const LIKERT_LABELS = JSON.stringify([
  'Helemaal oneens',
  'Oneens',
  'Neutraal',
  'Eens',
  'Helemaal eens',
]);

interface ItemSpec {
  type: ItemType;
  text: string;
  options?: string[];
  inScale?: boolean;
}

async function questionnaire(
  m: EntityManager,
  title: string,
  kind: QuestionnaireKind,
  intro: string,
  items: ItemSpec[],
  scaleTitle?: string,
): Promise<{ questionnaire: Questionnaire; items: QuestionnaireItem[] }> {
  const q = await m
    .getRepository(Questionnaire)
    .save(
      m.getRepository(Questionnaire).create({ title, kind, intro, version: 1, archived: false }),
    );
  const section = scaleTitle
    ? await m
        .getRepository(QuestionnaireSection)
        .save({ questionnaireId: q.id, title: scaleTitle, isScale: true, position: 0 })
    : null;
  const saved: QuestionnaireItem[] = [];
  for (const [position, spec] of items.entries())
    saved.push(
      await m.getRepository(QuestionnaireItem).save(
        m.getRepository(QuestionnaireItem).create({
          questionnaireId: q.id,
          sectionId: spec.inScale && section ? section.id : null,
          position,
          type: spec.type,
          text: spec.text,
          required: spec.type !== 'open',
          scalePoints: spec.type === 'likert' ? 5 : null,
          pointLabels: spec.type === 'likert' ? LIKERT_LABELS : null,
          options: spec.options ? JSON.stringify(spec.options) : null,
          addedInVersion: 1,
          hiddenInVersion: null,
        }),
      ),
    );
  return { questionnaire: q, items: saved };
}

/** A small deterministic generator, so the demo looks the same every time. */
function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const clamp = (v: number) => Math.min(5, Math.max(1, Math.round(v)));

/** A spring edition of OMEI in the past, so the reports have two editions to compare. */
async function springEdition(
  m: EntityManager,
  omei: Offering,
  trainerId: number | null,
  now: Date,
): Promise<Edition> {
  const day = (d: number) => new Date(now.getTime() + d * DAY).toISOString().slice(0, 10);
  const meetings = [-200, -186].map((d) => ({
    startsAt: fromAmsterdam(day(d), '09:30')!,
    endsAt: fromAmsterdam(day(d), '16:30')!,
  }));
  const edition = await m.getRepository(Edition).save(
    m.getRepository(Edition).create({
      offeringId: omei.id,
      title: 'Utrecht, voorjaar',
      capacity: 16,
      seatsTaken: 0,
      registrationOpensAt: new Date(meetings[0].startsAt.getTime() - 60 * DAY),
      registrationClosesAt: new Date(meetings[0].startsAt.getTime() - 7 * DAY),
      regionCode: 'PV26',
      notes: '',
      status: 'completed',
      startsAt: meetings[0].startsAt,
      endsAt: meetings[1].endsAt,
    }),
  );
  for (const mt of meetings)
    await m.getRepository(Meeting).save(
      m.getRepository(Meeting).create({
        editionId: edition.id,
        ...mt,
        locationName: 'Stadskantoor',
        address: 'Stadsplateau 1, Utrecht',
        municipalityCode: 'GM0344',
        locationKey: locationKey('Stadskantoor', 'Stadsplateau 1, Utrecht'),
        onlineUrl: null,
        sequence: 0,
      }),
    );
  if (trainerId)
    await m.getRepository(EditionTrainer).insert({ editionId: edition.id, userId: trainerId });
  // Ten demo participants took part (those without a password, not the demo accounts).
  const users = await m
    .getRepository(User)
    .find({ where: { role: 'professional', passwordHash: '' }, order: { id: 'ASC' }, take: 10 });
  for (const user of users)
    await m.getRepository(Enrolment).save(
      m.getRepository(Enrolment).create({
        editionId: edition.id,
        userId: user.id,
        status: 'confirmed',
        statusChangedAt: edition.registrationOpensAt,
        calendarSequence: 1,
        completion: 'completed',
      }),
    );
  await m.getRepository(Edition).update(edition.id, { seatsTaken: users.length });
  return edition;
}

const OPEN_ANSWERS = [
  'Heel praktisch, de casussen herkende ik uit mijn eigen werk.',
  'Graag meer tijd voor oefenen met gesprekken.',
  'Goede balans tussen theorie en praktijk.',
  'De trainers wisten veel en luisterden goed.',
  'Ik weet nu beter bij wie ik terechtkan.',
  'De tweede dag was wat lang.',
];

/**
 * The demo evaluations of OMEI: a pre/post questionnaire ("Zelfvertrouwen en kennis", a scale of
 * three Likert items) and an evaluation questionnaire (Likert items, a choice, an open item),
 * attached to the offering, with invitations and anonymous responses for its past editions (a
 * spring edition is added): 15 pairs that show a clear improvement, 16 evaluations and a few
 * open answers. Call after the catalogue demo; does nothing without the OMEI offering.
 */
export async function seedDemoEvaluations(m: EntityManager, now: Date): Promise<void> {
  const omei = await m.getRepository(Offering).findOneBy({ slug: OMEI_SLUG });
  if (!omei) return;
  // Once only: a second call (the seed wired in and a test calling it) changes nothing.
  if (await m.getRepository(OfferingQuestionnaire).existsBy({ offeringId: omei.id })) return;
  const prepost = await questionnaire(
    m,
    'Zelfvertrouwen en kennis',
    'prepost',
    'Voor en na de training stellen we u dezelfde vragen, zodat we kunnen zien wat de training oplevert.',
    [
      {
        type: 'likert',
        text: 'Ik weet wat extreme idealen en radicalisering inhouden.',
        inScale: true,
      },
      {
        type: 'likert',
        text: 'Ik durf een gesprek over extreme ideeën aan te gaan.',
        inScale: true,
      },
      {
        type: 'likert',
        text: 'Ik weet waar ik terechtkan met zorgen over een jongere.',
        inScale: true,
      },
    ],
    'Zelfvertrouwen en kennis',
  );
  const evaluation = await questionnaire(
    m,
    'Evaluatie Omgaan met Extreme Idealen',
    'evaluation',
    'Hoe heeft u de training ervaren? Uw antwoorden zijn anoniem.',
    [
      { type: 'likert', text: 'De training sloot aan bij mijn werk.' },
      { type: 'likert', text: 'De trainers brachten de stof helder over.' },
      {
        type: 'single',
        text: 'Zou u de training aanraden aan collega’s?',
        options: ['Ja', 'Misschien', 'Nee'],
      },
      { type: 'open', text: 'Wat wilt u ons nog meegeven?' },
    ],
  );
  await m.getRepository(OfferingQuestionnaire).save([
    { offeringId: omei.id, kind: 'prepost', questionnaireId: prepost.questionnaire.id },
    { offeringId: omei.id, kind: 'evaluation', questionnaireId: evaluation.questionnaire.id },
  ]);

  const past = await m.getRepository(Edition).find({
    where: { offeringId: omei.id, endsAt: LessThan(now), status: Not('cancelled') },
    order: { startsAt: 'ASC' },
  });
  const trainer = past.length
    ? await m.getRepository(EditionTrainer).findOneBy({ editionId: In(past.map((e) => e.id)) })
    : null;
  past.unshift(await springEdition(m, omei, trainer?.userId ?? null, now));

  const random = generator(42);
  let openIndex = 0;
  for (const edition of past) {
    const enrolments = await m
      .getRepository(Enrolment)
      .find({ where: { editionId: edition.id, status: 'confirmed' }, order: { id: 'ASC' } });
    const start = edition.startsAt ?? now;
    const end = edition.endsAt ?? now;
    const dayOf = (d: Date) => toAmsterdamParts(d).date;
    for (const [i, enrolment] of enrolments.entries()) {
      // One participant per edition never answered the post-measurement or the evaluation.
      const answers = i < enrolments.length - 1;
      const invite = async (q: Questionnaire, moment: EvaluationMoment, at: Date, done: boolean) =>
        m.getRepository(EvaluationInvitation).save(
          m.getRepository(EvaluationInvitation).create({
            enrolmentId: enrolment.id,
            editionId: edition.id,
            questionnaireId: q.id,
            moment,
            closesAt: moment === 'pre' ? start : null,
            remindedAt: done ? null : new Date(at.getTime() + 7 * DAY),
            submittedAt: done ? new Date(at.getTime() + 2 * DAY) : null,
            draft: null,
            createdAt: at,
          }),
        );
      const respond = async (
        q: Questionnaire,
        moment: EvaluationMoment,
        on: Date,
        values: Record<number, number | string>,
      ) => {
        const response = await m.getRepository(EvaluationResponse).save({
          questionnaireId: q.id,
          questionnaireVersion: q.version,
          editionId: edition.id,
          offeringId: omei.id,
          moment,
          pairKey:
            q.kind === 'prepost'
              ? createHash('sha256').update(`demo-pair:${enrolment.id}`).digest('hex')
              : null,
          submittedOn: dayOf(on),
        });
        await m.getRepository(EvaluationAnswer).insert(
          Object.entries(values).map(([itemId, v]) => ({
            responseId: response.id,
            itemId: Number(itemId),
            valueNumber: typeof v === 'number' ? v : null,
            valueText: typeof v === 'string' ? v : null,
          })),
        );
      };
      const preAt = new Date(start.getTime() - 7 * DAY);
      const postAt = new Date(end.getTime() + DAY);
      await invite(prepost.questionnaire, 'pre', preAt, true);
      await invite(prepost.questionnaire, 'post', postAt, answers);
      await invite(evaluation.questionnaire, 'evaluation', postAt, answers);
      const base = 2 + random() * 1.5;
      const pre = Object.fromEntries(
        prepost.items.map((item) => [item.id, clamp(base + random() - 0.5)]),
      );
      await respond(prepost.questionnaire, 'pre', new Date(preAt.getTime() + 2 * DAY), pre);
      if (!answers) continue;
      const post = Object.fromEntries(
        prepost.items.map((item) => [item.id, clamp(pre[item.id] + 0.4 + random() * 1.6)]),
      );
      const on = new Date(postAt.getTime() + 2 * DAY);
      await respond(prepost.questionnaire, 'post', on, post);
      const [fit, clear, recommend, open] = evaluation.items;
      const values: Record<number, number | string> = {
        [fit.id]: clamp(3.6 + random() * 1.5),
        [clear.id]: clamp(3.3 + random() * 1.8),
        [recommend.id]: random() < 0.75 ? 0 : random() < 0.7 ? 1 : 2,
      };
      if (i % 2 === 0) values[open.id] = OPEN_ANSWERS[openIndex++ % OPEN_ANSWERS.length];
      await respond(evaluation.questionnaire, 'evaluation', on, values);
    }
  }
}
