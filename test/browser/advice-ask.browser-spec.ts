import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Like } from 'typeorm';
import { LoginThrottle } from '../../src/accounts/login-throttle.entity';
import { AdviceAppointment } from '../../src/advice/advice-appointment.entity';
import { AdviceMessage } from '../../src/advice/advice-message.entity';
import { AdviceRequest } from '../../src/advice/advice-request.entity';
import { FollowUpService } from '../../src/advice/follow-up.service';
import { fromAmsterdam } from '../../src/common/views/amsterdam-time';
import { createAdviceRequest } from '../utils/advice-fixtures';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import { byText, focused, pressAndWaitForNavigation, tabTo, typeInto } from './support/keyboard';
import { latestMailTo, linkIn } from './support/mail';

const EMAIL = 'noor.jansen@school.example.nl';

/**
 * Asking Advies op Maat in the browser: /advies (as a visitor and signed in), the check-mail
 * page, the confirmation page, the requester's page with messages and an appointment, and the
 * follow-up questionnaire all pass axe; a visitor fills in and sends the form by keyboard.
 */
describe('Advies op Maat for requesters in the browser', () => {
  let h: BrowserHarness;
  before(async () => {
    h = await startHarness();
    await h.testApp.dataSource.getRepository(LoginThrottle).delete({ key: Like('advice:%') });
  });
  after(() => h?.close());

  it('a visitor asks by keyboard, confirms and follows the request', async () => {
    const v = await h.newSession();
    await v.visit('/advies', { status: 200 });
    assert.equal(await v.heading(), 'Advies op Maat');

    // Errors first: the summary names the fields.
    await v.page.locator('#field-name').focus();
    await tabTo(v.page, byText('Vraag versturen', 'button'), 'the submit button', { max: 60 });
    await pressAndWaitForNavigation(v.page, 'Enter');
    await v.check('the form with errors', { status: 422 });
    assert.match(await v.text('.jep-error-summary'), /Uw vraag: Vul dit veld in/);
    const summary = await focused(v.page);
    assert.match(summary?.text ?? '', /niet goed ingevuld/, 'focus on the error summary');

    await typeInto(v.page, 'field-name', 'Noor Jansen', 'Naam');
    await typeInto(v.page, 'field-email', EMAIL, 'E-mailadres');
    await typeInto(v.page, 'field-organisation', 'Het Stedelijk College', 'Organisatie');
    await typeInto(v.page, 'field-role', 'Mentor', 'Functie of rol');
    await tabTo(v.page, (f) => f.id === 'field-municipalityCode', 'the municipality');
    await v.page.locator('#field-municipalityCode').selectOption('GM0344');
    await tabTo(v.page, (f) => f.id === 'field-topicId', 'the topic');
    await v.page.locator('#field-topicId').selectOption({ index: 1 });
    await typeInto(
      v.page,
      'field-question',
      'Een leerling deelt filmpjes van een extremistische groep. Hoe ga ik het gesprek aan?',
      'Uw vraag',
    );
    // The urgency radios: Tab into the group, arrow to "Dringend".
    await tabTo(v.page, (f) => f.name === 'urgency', 'the urgency radios');
    await v.page.keyboard.press('ArrowDown');
    await v.page.keyboard.press('ArrowDown');
    assert.equal((await focused(v.page))?.value, 'urgent');
    await tabTo(v.page, byText('Vraag versturen', 'button'), 'the submit button', { max: 20 });
    await pressAndWaitForNavigation(v.page, 'Enter');
    await v.check('the check-mail page', { status: 200 });
    v.assertPath('/advies/verstuurd');
    assert.equal(await v.heading(), 'Kijk in uw mailbox');
    const stored = await h.testApp.dataSource
      .getRepository(AdviceRequest)
      .findOneByOrFail({ requesterEmail: EMAIL });
    assert.equal(stored.urgency, 'urgent');

    const verify = await latestMailTo(h.testApp, EMAIL);
    const confirmLink = linkIn(verify.bodyText, h.baseUrl, '/advies/bevestigen/');
    await v.visit(confirmLink.replace(h.baseUrl, ''), { status: 200 });
    assert.equal(await v.heading(), 'Bevestig uw adviesvraag');
    await Promise.all([
      v.page.waitForEvent('load'),
      v.page.getByRole('button', { name: 'Vraag bevestigen' }).click(),
    ]);
    await v.check('the request page after confirming', { status: 200 });
    v.assertPath(/^\/advies\/vraag\//);
    assert.match(await v.text('.jep-flash'), /bevestigd/);
    const privatePath = new URL(v.page.url()).pathname;

    // An adviser writes and plans a conversation: the page with messages and an appointment.
    const adviser = await createUser(h.testApp.dataSource, { role: 'staff', name: 'Karim Bos' });
    await h.testApp.dataSource
      .getRepository(AdviceRequest)
      .update({ id: stored.id }, { adviserId: adviser.id, status: 'appointment' });
    await h.testApp.dataSource.getRepository(AdviceMessage).insert({
      requestId: stored.id,
      direction: 'to_requester',
      authorId: adviser.id,
      body: 'Dank voor uw vraag. Ik bel u dinsdag.',
    });
    await h.testApp.dataSource.getRepository(AdviceAppointment).insert({
      requestId: stored.id,
      startsAt: fromAmsterdam('2031-05-06', '13:00')!,
      endsAt: fromAmsterdam('2031-05-06', '14:00')!,
      mode: 'online',
      location: 'https://meet.example.nl/advies',
      adviserId: adviser.id,
      sequence: 0,
      cancelledAt: null,
    });
    await v.visit(privatePath, { status: 200 });
    assert.match(await v.text('.jep-advice-message--jep'), /JEP \(Karim\)/);
    assert.match(await v.text('.jep-advice-appointments'), /13:00–14:00/);
    await typeInto(v.page, 'field-body', 'Dinsdag past goed.', 'Uw reactie');
    await tabTo(v.page, byText('Reactie versturen', 'button'), 'the reply button', { max: 5 });
    await pressAndWaitForNavigation(v.page, 'Enter');
    await v.check('the request page after replying', { status: 200 });
    assert.match(await v.text('.jep-advice-message--you'), /Dinsdag past goed/);
  });

  it('/advies signed in, /mijn/advies and the follow-up questionnaire pass axe', async () => {
    const user = await createUser(h.testApp.dataSource, { name: 'Lotte Smit' });
    const s = await h.newSession();
    await s.signIn(user.email, TEST_PASSWORD, '/mijn');
    await s.visit('/advies', { status: 200 });
    assert.equal(await s.page.getByLabel('Naam').inputValue(), 'Lotte Smit');
    const { request } = await createAdviceRequest(h.testApp.dataSource, { requester: user });
    await s.visit('/mijn/advies', { status: 200 });
    await s.visit(`/mijn/advies/${request.id}`, { status: 200 });

    await h.testApp.dataSource
      .getRepository(AdviceRequest)
      .update(
        { id: request.id },
        { status: 'completed', closedAt: new Date(Date.now() - 15 * 86_400_000) },
      );
    assert.equal(await h.testApp.app.get(FollowUpService).sendDue(new Date()), 1);
    const mail = await latestMailTo(h.testApp, user.email);
    const link = linkIn(mail.bodyText, h.baseUrl, '/advies/terugblik/').replace(h.baseUrl, '');
    const v = await h.newSession();
    await v.visit(link, { status: 200 });
    assert.equal(await v.heading(), 'Terugblik op uw adviesvraag');
    await v.page.getByLabel('4 – bruikbaar').check();
    await v.page.getByLabel('Toelichting').fill('Helder advies.');
    await Promise.all([
      v.page.waitForEvent('load'),
      v.page.getByRole('button', { name: 'Antwoord versturen' }).click(),
    ]);
    await v.check('the thank-you page', { status: 200 });
    assert.equal(await v.heading(), 'Bedankt voor uw antwoord');
    await v.visit('/advies/bevestigen/nietbestaandtokennietbestaand', { status: 404 });
  });
});
