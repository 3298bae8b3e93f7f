import { DataSource } from 'typeorm';
import { Offering } from '../../src/catalogue/offering.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { fromAmsterdam } from '../../src/common/views/amsterdam-time';
import { EditionTrainer } from '../../src/scheduling/edition-trainer.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { Meeting } from '../../src/scheduling/meeting.entity';

let counter = 0;
const DAY = 86_400_000;

export interface EditionFixture {
  offering: Offering;
  edition: Edition;
  meetings: Meeting[];
}

export interface EditionFixtureOptions {
  capacity?: number;
  requiresApproval?: boolean;
  offerConfirmDays?: number | null;
  completionRule?: Offering['completionRule'];
  completionPercent?: number | null;
  excusedCounts?: boolean;
  /** Meetings as [Amsterdam date, start, end]; default: two meetings 30 and 37 days from now. */
  meetings?: [string, string, string][];
  /** Online meeting link for every meeting (instead of a place). */
  onlineUrl?: string;
  registrationOpensAt?: Date;
  registrationClosesAt?: Date;
  cancellationClosesAt?: Date | null;
  status?: Edition['status'];
  trainerIds?: number[];
  /** Reuse an offering (for a second edition of the same offering). */
  offering?: Offering;
}

/** A local date `days` from now, as YYYY-MM-DD in Amsterdam. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

/**
 * A published offering with one published edition and its meetings, written straight to the
 * database (the planning rules are tested elsewhere).
 */
export async function createEdition(
  dataSource: DataSource,
  options: EditionFixtureOptions = {},
): Promise<EditionFixture> {
  counter += 1;
  const offerings = dataSource.getRepository(Offering);
  const offering =
    options.offering ??
    (await offerings.save(
      offerings.create({
        kind: 'omei',
        title: `Omgaan met Extreme Idealen ${counter}`,
        slug: `omei-test-${counter}-${Date.now()}`,
        summary: 'Een training over extreme idealen.',
        description: 'Beschrijving.',
        audience: 'jongerenwerk',
        studyLoadHours: 12,
        skjPoints: 8,
        completionRule: options.completionRule ?? 'all_meetings',
        completionPercent: options.completionPercent ?? null,
        excusedCounts: options.excusedCounts ?? false,
        requiresApproval: options.requiresApproval ?? false,
        offerConfirmDays: options.offerConfirmDays ?? null,
        published: true,
      }),
    ));
  const slots = options.meetings ?? [
    [daysFromNow(30), '09:30', '12:30'],
    [daysFromNow(37), '09:30', '12:30'],
  ];
  const times = slots.map(([date, start, end]) => ({
    startsAt: fromAmsterdam(date, start)!,
    endsAt: fromAmsterdam(date, end)!,
  }));
  const editions = dataSource.getRepository(Edition);
  const edition = await editions.save(
    editions.create({
      offeringId: offering.id,
      title: `Utrecht, groep ${counter}`,
      capacity: options.capacity ?? 12,
      seatsTaken: 0,
      registrationOpensAt: options.registrationOpensAt ?? new Date(Date.now() - DAY),
      registrationClosesAt:
        options.registrationClosesAt ??
        new Date(Math.min(times[0].startsAt.getTime(), Date.now() + 20 * DAY)),
      cancellationClosesAt: options.cancellationClosesAt ?? null,
      regionCode: 'PV26',
      notes: '',
      status: options.status ?? 'published',
      startsAt: times[0].startsAt,
      endsAt: times[times.length - 1].endsAt,
    }),
  );
  const meetingRepo = dataSource.getRepository(Meeting);
  const meetings: Meeting[] = [];
  for (const t of times) {
    meetings.push(
      await meetingRepo.save(
        meetingRepo.create({
          editionId: edition.id,
          ...t,
          locationName: options.onlineUrl ? null : 'Stadskantoor',
          address: options.onlineUrl ? null : 'Stadsplateau 1',
          municipalityCode: options.onlineUrl ? null : 'GM0344',
          locationKey: options.onlineUrl ? null : `stadskantoor|stadsplateau 1|${counter}`,
          onlineUrl: options.onlineUrl ?? null,
          sequence: 0,
        }),
      ),
    );
  }
  if (options.trainerIds?.length)
    await dataSource
      .getRepository(EditionTrainer)
      .insert(options.trainerIds.map((userId) => ({ editionId: edition.id, userId })));
  return { offering, edition, meetings };
}

/** An enrolment written straight to the database (the enrolment rules are tested elsewhere). */
export async function createEnrolment(
  dataSource: DataSource,
  editionId: number,
  userId: number,
  fields: Partial<Enrolment> = {},
): Promise<Enrolment> {
  const status = fields.status ?? 'confirmed';
  const repo = dataSource.getRepository(Enrolment);
  return repo.save(
    repo.create({
      editionId,
      userId,
      status,
      waitlistSeq: status === 'waitlisted' ? 1 : null,
      statusChangedAt: new Date(),
      offerExpiresAt: null,
      offerTokenHash: null,
      cancelReason: status === 'cancelled' ? 'participant' : null,
      completion: null,
      completionNote: null,
      calendarSequence: 0,
      enrolledBy: null,
      ...fields,
    }),
  );
}
