import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { hashOfferToken } from '../../src/enrolments/waitlist.service';
import type { Edition } from '../../src/scheduling/edition.entity';
import { createEdition } from '../utils/enrolment-fixtures';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import { byText, pressAndWaitForNavigation, tabTo } from './support/keyboard';
import type { BrowserSession } from './support/session';

/**
 * A professional enrols, sees the dates, downloads them for a calendar app and cancels — with the
 * keyboard only. A second joins the waiting list; staff approve by keyboard. Every page on the
 * way passes axe (WCAG 2.1 A/AA) with no console errors or CSP violations.
 */
describe('enrolment in the browser, by keyboard', () => {
  let h: BrowserHarness;
  let professional: User;
  let second: User;
  let session: BrowserSession;
  let edition: Edition;

  before(async () => {
    h = await startHarness();
    professional = await createUser(h.testApp.dataSource, { name: 'Fatima Yilmaz' });
    second = await createUser(h.testApp.dataSource, { name: 'Daan Jansen' });
    ({ edition } = await createEdition(h.testApp.dataSource, { capacity: 1 }));
    session = await h.newSession();
  });
  after(() => h?.close());

  it('a visitor is asked to sign in first, and comes back to the edition', async () => {
    await session.visit(`/uitvoeringen/${edition.id}`, { status: 200 });
    assert.match(await session.text('.jep-enrol'), /Log in om u aan te melden/);
    const p = session.page;
    await tabTo(p, byText('Inloggen om u aan te melden', 'a'), 'the sign-in link', { max: 60 });
    await pressAndWaitForNavigation(p, 'Enter');
    await session.check('sign-in page with the way back', { status: 200 });
    await p.keyboard.type('');
    await p.focus('#field-email');
    await p.keyboard.type(professional.email);
    await tabTo(p, (f) => f.id === 'field-password', 'the password field');
    await p.keyboard.type(TEST_PASSWORD);
    await p.keyboard.press('Enter');
    await p.waitForURL(`**/uitvoeringen/${edition.id}`);
    await session.check('edition page, signed in', { status: 200 });
  });

  it('enrols with Enter and is told at once; the dashboard lists the meetings', async () => {
    const p = session.page;
    await tabTo(p, byText('Aanmelden voor deze uitvoering', 'button'), 'the enrol button', {
      max: 60,
    });
    await pressAndWaitForNavigation(p, 'Enter');
    await session.check('edition page after enrolling', { status: 200 });
    assert.match(await session.text('.jep-flash'), /U bent aangemeld/);
    assert.match(await session.text('.jep-enrol-status'), /Aangemeld/);
    await session.visit('/mijn', { status: 200 });
    assert.match(await session.text('.jep-dashboard-upcoming'), /Stadskantoor/);
  });

  it('the enrolment page offers the dates as a calendar file and cancels by keyboard', async () => {
    const p = session.page;
    await tabTo(
      p,
      (f) => f.tag === 'a' && /\/mijn\/aanmeldingen\/\d+$/.test(f.href ?? ''),
      'my enrolment',
      {
        max: 60,
      },
    );
    await pressAndWaitForNavigation(p, 'Enter');
    await session.check('my enrolment', { status: 200 });
    const ics = await session.attributes('a[download]', 'href');
    assert.equal(ics.length, 1);
    const file = await p.request.get(new URL(ics[0], p.url()).href);
    assert.equal(file.status(), 200);
    assert.match(file.headers()['content-type'], /text\/calendar/);
    assert.match(await file.text(), /BEGIN:VEVENT[\s\S]*TZID=Europe\/Amsterdam/);
    await tabTo(p, byText('Aanmelding annuleren', 'button'), 'the cancel button', { max: 60 });
    await pressAndWaitForNavigation(p, 'Enter');
    await session.check('dashboard after cancelling', { status: 200 });
    assert.match(await session.text('.jep-flash'), /geannuleerd/);
  });

  it('a full edition offers the waiting list; staff approve by keyboard', async () => {
    const other = await h.newSession();
    await other.signIn(second.email, TEST_PASSWORD, '/mijn');
    // Fill the one place, so the next professional meets the waiting list.
    const filler = await createUser(h.testApp.dataSource);
    await h.testApp.dataSource.getRepository(Enrolment).save({
      editionId: edition.id,
      userId: filler.id,
      status: 'confirmed',
      statusChangedAt: new Date(),
      calendarSequence: 1,
    });
    await h.testApp.dataSource.query(
      `UPDATE editions SET seats_taken = capacity WHERE id = ${edition.id}`,
    );
    await other.visit(`/uitvoeringen/${edition.id}`, { status: 200 });
    assert.match(await other.text('.jep-enrol'), /Deze uitvoering is vol/);
    await tabTo(other.page, byText('Op de wachtlijst', 'button'), 'the waiting-list button', {
      max: 60,
    });
    await pressAndWaitForNavigation(other.page, 'Enter');
    await other.check('edition page on the waiting list', { status: 200 });
    assert.match(await other.text('.jep-flash'), /plaats 1/);

    const approval = await createEdition(h.testApp.dataSource, { requiresApproval: true });
    await other.visit(`/uitvoeringen/${approval.edition.id}`, { status: 200 });
    await tabTo(other.page, byText('Aanmelden voor deze uitvoering', 'button'), 'enrol', {
      max: 60,
    });
    await pressAndWaitForNavigation(other.page, 'Enter');
    assert.match(await other.text('.jep-enrol-status'), /Wacht op goedkeuring/);

    const staffUser = await createUser(h.testApp.dataSource, { role: 'staff' });
    const staff = await h.newSession();
    await staff.signIn(staffUser.email, TEST_PASSWORD, '/beheer');
    await staff.visit(`/beheer/uitvoeringen/${approval.edition.id}/aanmeldingen`, { status: 200 });
    const sp = staff.page;
    await tabTo(sp, (f) => f.tag === 'input' && f.id.startsWith('kies-'), 'the first checkbox', {
      max: 60,
    });
    await sp.keyboard.press('Space');
    await tabTo(sp, byText('Besluit doorvoeren', 'button'), 'the decide button');
    await pressAndWaitForNavigation(sp, 'Enter');
    await staff.check('enrolments after approval', { status: 200 });
    assert.match(await staff.text('.jep-flash'), /1 aanmelding\(en\) goedgekeurd/);
    const rows = await staff.attributes('.jep-enrolments-places a', 'href');
    await staff.visit(rows[0], { status: 200 });
    await staff.check('one enrolment, for staff', { status: 200 });
    await other.close();
    await staff.close();
  });

  it('the "a place is free for you" page passes axe and takes the place with Enter', async () => {
    const { edition: offered } = await createEdition(h.testApp.dataSource, { capacity: 1 });
    const invitee = await createUser(h.testApp.dataSource);
    const token = 'een-geheime-link-voor-deze-plaats-0123456789';
    await h.testApp.dataSource.getRepository(Enrolment).save({
      editionId: offered.id,
      userId: invitee.id,
      status: 'offered',
      statusChangedAt: new Date(),
      offerExpiresAt: new Date(Date.now() + 2 * 86_400_000),
      offerTokenHash: hashOfferToken(token),
      calendarSequence: 0,
    });
    const visitor = await h.newSession();
    await visitor.visit(`/aanmelding/bevestigen/${token}`, { status: 200 });
    await tabTo(visitor.page, byText('Ja, ik neem de plaats', 'button'), 'the confirm button', {
      max: 40,
    });
    await pressAndWaitForNavigation(visitor.page, 'Enter');
    await visitor.check('edition page after taking the place', { status: 200 });
    assert.match(await visitor.text('.jep-flash'), /U bent aangemeld/);
    await visitor.visit(`/aanmelding/bevestigen/${token}`, { status: 404 });
    await visitor.close();
  });
});
