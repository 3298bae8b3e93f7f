import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { User } from '../../src/accounts/user.entity';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { Offering } from '../../src/catalogue/offering.entity';
import { EditionTrainer } from '../../src/scheduling/edition-trainer.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { Meeting } from '../../src/scheduling/meeting.entity';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';

/** A date `days` from now in Amsterdam, as the date input sends it. */
function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const OFFERING = {
  kind: 'omei',
  title: 'Omgaan met Extreme Idealen',
  slug: '',
  summary: 'Extreme idealen herkennen en het gesprek aangaan.',
  description:
    '## Doel\n\nIn **drie** bijeenkomsten <script>alert(1)</script>[x](javascript:alert(1))',
  audience: ['onderwijs', 'jongerenwerk'],
  studyLoadHours: '12',
  skjPoints: '10',
  completionRule: 'all_meetings',
  completionPercent: '',
  requiresApproval: 'on',
  published: 'on',
};

function editionForm(offeringId: number, title = 'Utrecht, voorjaar') {
  return {
    offeringId: String(offeringId),
    title,
    capacity: '20',
    opensDate: day(1),
    opensTime: '09:00',
    closesDate: day(30),
    closesTime: '17:00',
    regionCode: 'PV26',
    notes: 'Neem een casus mee.',
  };
}

function meetingForm(
  days: number,
  start = '13:00',
  end = '17:00',
  extra: Record<string, string> = {},
) {
  return {
    date: day(days),
    startTime: start,
    endTime: end,
    mode: 'location',
    locationName: 'Huis van de Wijk',
    address: 'Oudegracht 1, Utrecht',
    municipalityCode: 'GM0344',
    onlineUrl: '',
    ...extra,
  };
}

describe('staff plan offerings and editions', () => {
  let t: TestApp;
  let s: WebClient;
  let trainers: User[];
  let offeringId: number;
  let editionId: number;

  before(async () => {
    t = await createTestApp();
    const staff = await createUser(t.dataSource, { role: 'staff', email: 'planner@example.nl' });
    trainers = [
      await createUser(t.dataSource, { role: 'trainer', name: 'Marieke Jansen' }),
      await createUser(t.dataSource, { role: 'trainer', name: 'Youssef Amrani' }),
    ];
    s = t.client();
    await signIn(s, staff.email);
  });
  after(() => t.close());

  const error = (page: Page, field: string) => textOf(page.$, `#field-${field}-error`);

  it('creates an offering with a slug made from its title, keeping the Markdown as typed', async () => {
    await s.get('/beheer/aanbod/nieuw');
    const created = await s.post('/beheer/aanbod', OFFERING);
    assert.equal(created.status, 303);
    const offering = await t.dataSource
      .getRepository(Offering)
      .findOneByOrFail({ slug: 'omgaan-met-extreme-idealen' });
    offeringId = offering.id;
    assert.equal(created.location, `/beheer/aanbod/${offering.id}`);
    assert.equal(offering.audience, 'onderwijs,jongerenwerk');
    assert.equal(
      offering.description,
      OFFERING.description,
      'stored as typed; sanitised when shown',
    );
    assert.equal(offering.requiresApproval, true);
    assert.equal(offering.published, true);
    const form = await s.get(created.location);
    assert.equal(form.$('#field-audience-onderwijs').attr('checked'), 'checked');
    assert.equal(form.$('#field-published').attr('checked'), 'checked');
    assert.equal(form.$('#field-studyLoadHours').val(), '12');
  });

  it('refuses a taken slug, bad numbers and a missing percentage, keeping what was typed', async () => {
    await s.get('/beheer/aanbod/nieuw');
    const taken = await s.post('/beheer/aanbod', {
      ...OFFERING,
      slug: 'omgaan-met-extreme-idealen',
    });
    assert.equal(taken.status, 422);
    assert.match(error(taken, 'slug'), /al in gebruik/);
    assert.equal(taken.$('#field-title').val(), OFFERING.title);
    const numbers = await s.post('/beheer/aanbod', {
      ...OFFERING,
      title: 'Ander',
      studyLoadHours: 'twaalf',
      skjPoints: '-1',
    });
    assert.equal(numbers.status, 422);
    assert.match(error(numbers, 'studyLoadHours'), /heel getal in van 1 tot en met 1000/);
    assert.match(error(numbers, 'skjPoints'), /heel getal in van 0 tot en met 1000/);
    const percent = await s.post('/beheer/aanbod', {
      ...OFFERING,
      title: 'Ander',
      completionRule: 'min_percent',
      completionPercent: '',
    });
    assert.equal(percent.status, 422);
    assert.match(error(percent, 'completionPercent'), /percentage/);
    assert.equal(await t.dataSource.getRepository(Offering).count(), 1);
  });

  it('schedules an edition with three meetings and two trainers, and publishes it', async () => {
    await s.get(`/beheer/uitvoeringen/nieuw?aanbod=${offeringId}`);
    const created = await s.post('/beheer/uitvoeringen', editionForm(offeringId));
    assert.equal(created.status, 303);
    editionId = Number(created.location!.split('/').pop());
    for (const d of [20, 27, 34]) {
      await s.get(`/beheer/uitvoeringen/${editionId}/bijeenkomsten/nieuw`);
      const added = await s.post(`/beheer/uitvoeringen/${editionId}/bijeenkomsten`, meetingForm(d));
      assert.equal(added.status, 303, error(s.last!, 'date'));
    }
    for (const trainer of trainers) {
      await s.get(`/beheer/uitvoeringen/${editionId}`);
      assert.equal(
        (
          await s.post(`/beheer/uitvoeringen/${editionId}/trainers`, {
            trainerId: String(trainer.id),
          })
        ).status,
        303,
      );
    }
    await s.get(`/beheer/uitvoeringen/${editionId}`);
    const published = await s.post(
      `/beheer/uitvoeringen/${editionId}/status`,
      { status: 'published' },
      { follow: true },
    );
    assert.match(textOf(published.$, '.jep-flash'), /status is gewijzigd/);
    const page = await s.get(`/beheer/uitvoeringen/${editionId}`);
    assert.equal(page.$('#bijeenkomsten + div tbody tr').length, 3);
    assert.match(textOf(page.$, 'main'), /13:00–17:00/);
    assert.match(
      textOf(page.$, '#bijeenkomsten + div tbody tr:first-child td:nth-child(2)'),
      /^\d{1,2} [a-z]+ \d{4}$/,
      'the Dutch date of the meeting',
    );
    assert.match(textOf(page.$, '#trainers + ul'), /Marieke Jansen.*Youssef Amrani/);
    assert.match(textOf(page.$, '.jep-facts'), /Gepubliceerd/);
    const edition = await t.dataSource.getRepository(Edition).findOneByOrFail({ id: editionId });
    assert.equal(edition.status, 'published');
    assert.ok(edition.startsAt && edition.endsAt && edition.endsAt > edition.startsAt);
    assert.equal(await t.dataSource.getRepository(EditionTrainer).countBy({ editionId }), 2);
  });

  it('refuses a meeting that ends before it starts, lies in the past or before the previous one', async () => {
    const url = `/beheer/uitvoeringen/${editionId}/bijeenkomsten`;
    await s.get(`${url}/nieuw`);
    const backwards = await s.post(url, meetingForm(40, '17:00', '13:00'));
    assert.equal(backwards.status, 422);
    assert.match(error(backwards, 'endTime'), /na de begintijd/);
    const past = await s.post(url, meetingForm(-2));
    assert.equal(past.status, 422);
    assert.match(error(past, 'date'), /verleden/);
    const early = await s.post(url, meetingForm(25));
    assert.equal(early.status, 422);
    assert.match(error(early, 'date'), /na de vorige bijeenkomst/);
    const noPlace = await s.post(url, meetingForm(41, '13:00', '17:00', { locationName: '' }));
    assert.match(error(noPlace, 'locationName'), /naam van de locatie/);
    const badLink = await s.post(
      url,
      meetingForm(41, '13:00', '17:00', { mode: 'online', onlineUrl: 'javascript:alert(1)' }),
    );
    assert.match(error(badLink, 'onlineUrl'), /https:\/\//);
    assert.equal(await t.dataSource.getRepository(Meeting).countBy({ editionId }), 3);
  });

  it('blocks a trainer who is already teaching at that time, shows the clash, and allows an explicit override', async () => {
    await s.get('/beheer/uitvoeringen/nieuw');
    const other = await s.post('/beheer/uitvoeringen', editionForm(offeringId, 'Amersfoort'));
    const otherId = Number(other.location!.split('/').pop());
    await s.get(`/beheer/uitvoeringen/${otherId}/bijeenkomsten/nieuw`);
    // same day as the first meeting of the first edition, overlapping, elsewhere
    const elsewhere = {
      locationName: 'De Flint',
      address: 'Coninckstraat 60, Amersfoort',
      municipalityCode: 'GM0307',
    };
    assert.equal(
      (
        await s.post(
          `/beheer/uitvoeringen/${otherId}/bijeenkomsten`,
          meetingForm(20, '15:00', '18:00', elsewhere),
        )
      ).status,
      303,
    );

    await s.get(`/beheer/uitvoeringen/${otherId}`);
    const blocked = await s.post(`/beheer/uitvoeringen/${otherId}/trainers`, {
      trainerId: String(trainers[0].id),
    });
    assert.equal(blocked.status, 422);
    assert.match(
      error(blocked, 'trainerOverride'),
      /trainer Marieke Jansen geeft dan al Omgaan met Extreme Idealen, Utrecht, voorjaar/,
    );
    assert.match(error(blocked, 'trainerOverride'), /13:00–17:00/);
    assert.equal(
      await t.dataSource.getRepository(EditionTrainer).countBy({ editionId: otherId }),
      0,
    );

    const overridden = await s.post(`/beheer/uitvoeringen/${otherId}/trainers`, {
      trainerId: String(trainers[0].id),
      trainerOverride: 'on',
    });
    assert.equal(overridden.status, 303);
    assert.equal(
      await t.dataSource.getRepository(EditionTrainer).countBy({ editionId: otherId }),
      1,
    );
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'edition.trainer_added', subjectId: String(otherId) });
    assert.match(audit.detail ?? '', /conflictsOverridden/);
  });

  it('blocks two meetings in the same location at the same time unless overridden', async () => {
    await s.get('/beheer/uitvoeringen/nieuw');
    const third = await s.post('/beheer/uitvoeringen', editionForm(offeringId, 'Zeist'));
    const thirdId = Number(third.location!.split('/').pop());
    const url = `/beheer/uitvoeringen/${thirdId}/bijeenkomsten`;
    await s.get(`${url}/nieuw`);
    const sameRoom = meetingForm(27, '16:00', '18:00', {
      locationName: 'huis van de wijk',
      address: 'Oudegracht 1,  Utrecht',
    });
    const blocked = await s.post(url, sameRoom);
    assert.equal(blocked.status, 422);
    assert.match(error(blocked, 'override'), /op deze locatie is dan al/);
    assert.equal(blocked.$('#field-date').val(), day(27), 'the form keeps what was typed');
    assert.equal((await s.post(url, { ...sameRoom, override: 'on' })).status, 303);
    assert.equal(
      await t.dataSource
        .getRepository(AuditEntry)
        .countBy({ action: 'meeting.conflict_overridden' }),
      1,
    );
  });

  it('records a change to a meeting of a published edition in the audit log', async () => {
    const meeting = await t.dataSource
      .getRepository(Meeting)
      .findOneOrFail({ where: { editionId }, order: { startsAt: 'DESC' } });
    await s.get(`/beheer/bijeenkomsten/${meeting.id}`);
    const changed = await s.post(
      `/beheer/bijeenkomsten/${meeting.id}`,
      meetingForm(34, '10:00', '12:30', { override: 'on' }),
    );
    assert.equal(changed.status, 303);
    const entry = await t.dataSource
      .getRepository(AuditEntry)
      .findOneOrFail({ where: { action: 'meeting.changed' }, order: { id: 'DESC' } });
    assert.match(entry.detail ?? '', /"editionStatus":"published"/);
    assert.match(entry.detail ?? '', /"before"/);
  });

  it('copies an edition to a new date range in one step', async () => {
    await s.get(`/beheer/uitvoeringen/${editionId}`);
    const copied = await s.post(`/beheer/uitvoeringen/${editionId}/kopieren`, {
      firstDate: day(120),
      copyTitle: 'Utrecht, najaar',
    });
    assert.equal(copied.status, 303);
    const copyId = Number(copied.location!.split('/').pop());
    assert.notEqual(copyId, editionId);
    const [original, copy] = await Promise.all(
      [editionId, copyId].map((id) =>
        t.dataSource
          .getRepository(Meeting)
          .find({ where: { editionId: id }, order: { startsAt: 'ASC' } }),
      ),
    );
    assert.equal(copy.length, 3);
    const days = (ms: Meeting[]) =>
      ms.map((m) => Math.round((m.startsAt.getTime() - ms[0].startsAt.getTime()) / 86_400_000));
    assert.deepEqual(days(copy), days(original), 'same spacing');
    const edition = await t.dataSource.getRepository(Edition).findOneByOrFail({ id: copyId });
    assert.equal(edition.status, 'draft');
    assert.equal(edition.title, 'Utrecht, najaar');
    assert.equal(edition.seatsTaken, 0);
    assert.equal(
      await t.dataSource.getRepository(EditionTrainer).countBy({ editionId: copyId }),
      2,
    );
    const page = await s.get(copied.location!);
    assert.match(textOf(page.$, 'h1'), /Utrecht, najaar/);

    const past = await s.post(`/beheer/uitvoeringen/${editionId}/kopieren`, {
      firstDate: day(-10),
    });
    assert.equal(past.status, 422);
    assert.match(error(past, 'firstDate'), /verleden/);
  });

  it('refuses bad edition input: capacity, dates, a trainer id that is no trainer, a tampered id', async () => {
    await s.get('/beheer/uitvoeringen/nieuw');
    for (const capacity of ['0', '-5', 'twintig', '']) {
      const page = await s.post('/beheer/uitvoeringen', { ...editionForm(offeringId), capacity });
      assert.equal(page.status, 422, capacity);
      assert.ok(error(page, 'capacity'), capacity);
    }
    const past = await s.post('/beheer/uitvoeringen', {
      ...editionForm(offeringId),
      closesDate: day(-3),
    });
    assert.match(error(past, 'closesDate'), /verleden/);
    const window = await s.post('/beheer/uitvoeringen', {
      ...editionForm(offeringId),
      opensDate: day(40),
    });
    assert.match(error(window, 'closesDate'), /sluiten na/);
    const noDate = await s.post('/beheer/uitvoeringen', {
      ...editionForm(offeringId),
      opensDate: '31-12-2026',
    });
    assert.match(error(noDate, 'opensDate'), /bestaande datum/);
    const unknownOffering = await s.post('/beheer/uitvoeringen', {
      ...editionForm(offeringId),
      offeringId: '99999',
    });
    assert.equal(unknownOffering.status, 422);

    const professional = await createUser(t.dataSource, { role: 'professional' });
    await s.get(`/beheer/uitvoeringen/${editionId}`);
    const notTrainer = await s.post(`/beheer/uitvoeringen/${editionId}/trainers`, {
      trainerId: String(professional.id),
    });
    assert.equal(notTrainer.status, 422);
    assert.match(error(notTrainer, 'trainerId'), /Kies een trainer/);
    assert.equal(
      (await s.post('/beheer/uitvoeringen/424242/trainers', { trainerId: String(trainers[0].id) }))
        .status,
      404,
    );
    assert.equal((await s.get('/beheer/uitvoeringen/abc')).status, 404);
    assert.equal((await s.get('/beheer/bijeenkomsten/999999')).status, 404);
  });

  it('cancels an edition only after an explicit confirmation', async () => {
    await s.get('/beheer/uitvoeringen/nieuw');
    const created = await s.post('/beheer/uitvoeringen', editionForm(offeringId, 'Gaat niet door'));
    const id = Number(created.location!.split('/').pop());
    await s.get(`/beheer/uitvoeringen/${id}`);
    const unconfirmed = await s.post(`/beheer/uitvoeringen/${id}/status`, { status: 'cancelled' });
    assert.equal(unconfirmed.status, 422);
    assert.match(error(unconfirmed, 'confirmCancel'), /kan niet ongedaan/);
    assert.equal(
      (await t.dataSource.getRepository(Edition).findOneByOrFail({ id })).status,
      'draft',
    );
    const confirmed = await s.post(`/beheer/uitvoeringen/${id}/status`, {
      status: 'cancelled',
      confirmCancel: 'on',
    });
    assert.equal(confirmed.status, 303);
    assert.equal(
      (await t.dataSource.getRepository(Edition).findOneByOrFail({ id })).status,
      'cancelled',
    );
    const page = await s.get(`/beheer/uitvoeringen/${id}`);
    assert.equal(
      page.$('a[href$="/bewerken"]').length,
      0,
      'a cancelled edition can no longer be edited',
    );
  });

  it('is for staff only', async () => {
    const c = t.client();
    const trainer = trainers[1];
    await signIn(c, trainer.email);
    assert.equal((await c.get(`/beheer/uitvoeringen/${editionId}`)).status, 403);
    assert.equal((await c.get('/beheer/aanbod')).status, 403);
    assert.equal((await t.client().get('/beheer/aanbod/nieuw')).status, 303);
  });
});
