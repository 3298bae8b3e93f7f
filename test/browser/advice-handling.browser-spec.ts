import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { AdviceMessage } from '../../src/advice/advice-message.entity';
import { AdviceRequest } from '../../src/advice/advice-request.entity';
import { AdviceAppointment } from '../../src/advice/advice-appointment.entity';
import { AdviceNote } from '../../src/advice/advice-note.entity';
import { createAdviceRequest } from '../utils/advice-fixtures';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import {
  byId,
  byText,
  focused,
  pressAndWaitForNavigation,
  tabTo,
  typeInto,
} from './support/keyboard';
import type { BrowserSession } from './support/session';

/**
 * The staff pages of Advies op Maat in the browser: the queue, a request with its thread, notes
 * and an appointment, and the topics page pass axe; an adviser is assigned and a message sent by
 * keyboard only.
 */
describe('advice handling in the browser', () => {
  let h: BrowserHarness;
  let staff: User;
  let s: BrowserSession;
  let request: AdviceRequest;

  before(async () => {
    h = await startHarness();
    const ds = h.testApp.dataSource;
    staff = await createUser(ds, { role: 'staff', name: 'Adviseur Anouk' });
    ({ request } = await createAdviceRequest(ds, {
      urgency: 'urgent',
      submittedAt: new Date(Date.now() - 20 * 86_400_000),
    }));
    await createAdviceRequest(ds, { adviser: staff, status: 'assigned' });
    await ds.getRepository(AdviceMessage).insert({
      requestId: request.id,
      direction: 'from_requester',
      authorId: null,
      body: 'Aanvulling: het gaat om een groep van vier leerlingen.',
    });
    await ds.getRepository(AdviceNote).insert({
      requestId: request.id,
      authorId: staff.id,
      body: 'Eerst met de mentor afstemmen.',
    });
    await ds.getRepository(AdviceAppointment).insert({
      requestId: request.id,
      adviserId: staff.id,
      startsAt: new Date(Date.now() + 7 * 86_400_000),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 3_600_000),
      mode: 'online',
      location: 'https://meet.example.nl/abc',
      sequence: 0,
      cancelledAt: null,
    });
    s = await h.newSession();
    await s.signIn(staff.email, TEST_PASSWORD, '/beheer');
  });
  after(() => h?.close());

  it('the queue and the topics page pass axe', async () => {
    await s.visit('/beheer/advies', { status: 200 });
    assert.equal(await s.heading(), 'Adviesvragen');
    assert.ok(await s.page.getByText('Te laat').first().isVisible());
    await s.visit('/beheer/advies?status=all&adviseur=mine', { status: 200 });
    await s.visit('/beheer/advies/onderwerpen', { status: 200 });
    assert.equal(await s.heading(), 'Onderwerpen van adviesvragen');
  });

  it('a request page with thread, notes and an appointment passes axe, also with errors', async () => {
    await s.visit(`/beheer/advies/${request.id}`, { status: 200 });
    assert.ok(
      await s.page.getByText('Interne notities — niet zichtbaar voor de vrager').isVisible(),
    );
    await Promise.all([
      s.page.waitForEvent('load'),
      s.page.getByRole('button', { name: 'Afspraak plannen en uitnodiging versturen' }).click(),
    ]);
    await s.check('the appointment form with errors', { status: 422 });
  });

  it('assigns an adviser and sends a message by keyboard', async () => {
    await s.visit(`/beheer/advies/${request.id}`, { status: 200 });
    await tabTo(s.page, byId('field-adviserId'), 'the adviser select', { max: 200 });
    await s.page.keyboard.press('ArrowDown');
    assert.ok((await focused(s.page))?.value, 'an adviser is chosen');
    await tabTo(s.page, byText('Toewijzen', 'button'), 'the assign button');
    await pressAndWaitForNavigation(s.page, 'Enter');
    await s.check('after assigning', { status: 200 });
    assert.ok(await s.page.getByText(/De vraag is toegewezen aan/).isVisible());

    await typeInto(s.page, 'field-message', 'Zullen we volgende week bellen?', 'the message');
    await tabTo(s.page, byText('Bericht versturen', 'button'), 'the send button');
    await pressAndWaitForNavigation(s.page, 'Enter');
    await s.check('after the message', { status: 200 });
    assert.ok(await s.page.getByText(/Het bericht is verstuurd/).isVisible());
    const stored = await h.testApp.dataSource
      .getRepository(AdviceRequest)
      .findOneByOrFail({ id: request.id });
    assert.ok(stored.adviserId);
    assert.ok(stored.firstResponseAt);
  });
});
