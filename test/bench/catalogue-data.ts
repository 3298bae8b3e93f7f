import { Offering } from '../../src/catalogue/offering.entity';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { EditionTrainer } from '../../src/scheduling/edition-trainer.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { Meeting } from '../../src/scheduling/meeting.entity';
import { createUser } from '../utils/factories';
import type { TestApp } from '../utils/test-app';

export const CATALOGUE_SIZE = { offerings: 200, editions: 2000, meetings: 6000 };

const PROVINCES = [
  'PV20',
  'PV21',
  'PV22',
  'PV23',
  'PV24',
  'PV25',
  'PV26',
  'PV27',
  'PV28',
  'PV29',
  'PV30',
  'PV31',
];
const DAY = 86_400_000;

async function insertChunked<T extends object>(
  tx: TransactionRunner,
  target: new () => T,
  rows: Partial<T>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 250) {
    const chunk = rows.slice(i, i + 250);
    await tx.run((m) => m.getRepository(target).insert(chunk as never));
  }
}

/** 200 published offerings, 2,000 published editions in the coming year, 6,000 meetings. Returns one edition id. */
export async function createCatalogue(t: TestApp): Promise<number> {
  const tx = t.app.get(TransactionRunner);
  const trainers = await Promise.all(
    [1, 2, 3, 4].map(() => createUser(t.dataSource, { role: 'trainer' })),
  );
  await insertChunked(
    tx,
    Offering,
    Array.from({ length: CATALOGUE_SIZE.offerings }, (_, i) => ({
      kind: (['omei', 'werkatelier', 'training'] as const)[i % 3],
      title: `Aanbod ${String(i + 1).padStart(3, '0')}: weerbaarheid en dialoog`,
      slug: `aanbod-${i + 1}`,
      summary: 'Een training voor professionals over polarisatie en het gesprek met jongeren.',
      description:
        '## Doel\n\nHerkennen, begrijpen en **in gesprek blijven**.\n\n- casussen\n- oefengesprekken',
      audience: 'onderwijs,jongerenwerk',
      studyLoadHours: 8,
      skjPoints: 6,
      completionRule: 'all_meetings' as const,
      completionPercent: null,
      excusedCounts: false,
      requiresApproval: false,
      published: true,
    })),
  );
  const offerings = await t.dataSource.getRepository(Offering).find({ select: { id: true } });
  const perOffering = CATALOGUE_SIZE.editions / CATALOGUE_SIZE.offerings;
  const now = Date.now();
  const editions: Partial<Edition>[] = [];
  offerings.forEach((o, i) => {
    for (let k = 0; k < perOffering; k++) {
      const start = new Date(now + (7 + ((i * perOffering + k) % 330)) * DAY);
      editions.push({
        offeringId: o.id,
        title: `Groep ${k + 1}`,
        capacity: 20,
        seatsTaken: (i + k) % 21,
        registrationOpensAt: new Date(now - DAY),
        registrationClosesAt: new Date(start.getTime() - 2 * DAY),
        regionCode: PROVINCES[(i + k) % PROVINCES.length],
        notes: '',
        status: 'published',
        startsAt: start,
        endsAt: new Date(start.getTime() + 14 * DAY + 4 * 3600_000),
      });
    }
  });
  await insertChunked(tx, Edition, editions);
  const stored = await t.dataSource
    .getRepository(Edition)
    .find({ select: { id: true, startsAt: true } });
  const meetings: Partial<Meeting>[] = [];
  const links: Partial<EditionTrainer>[] = [];
  stored.forEach((e, i) => {
    for (let k = 0; k < 3; k++) {
      const startsAt = new Date(e.startsAt!.getTime() + k * 7 * DAY);
      meetings.push({
        editionId: e.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 4 * 3600_000),
        locationName: `Wijkcentrum ${i % 50}`,
        address: `Dorpsstraat ${i % 50}`,
        municipalityCode: 'GM0344',
        locationKey: `wijkcentrum ${i % 50}|dorpsstraat ${i % 50}`,
        onlineUrl: null,
      });
    }
    links.push({ editionId: e.id, userId: trainers[i % trainers.length].id });
  });
  await insertChunked(tx, Meeting, meetings);
  await insertChunked(tx, EditionTrainer, links);
  return stored[Math.floor(stored.length / 2)].id;
}
