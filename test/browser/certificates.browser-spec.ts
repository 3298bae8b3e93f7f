import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { Certificate } from '../../src/certificates/certificate.entity';
import { Attendance } from '../../src/enrolments/attendance.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import type { Edition } from '../../src/scheduling/edition.entity';
import { createEdition, daysFromNow } from '../utils/enrolment-fixtures';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import { byText, pressAndWaitForNavigation, tabTo } from './support/keyboard';
import type { BrowserSession } from './support/session';

/**
 * Certificates in the browser: staff finalise an edition by keyboard; the participant finds the
 * certificate on /mijn; anyone checks a code or a pasted credential. Every page passes axe.
 */
describe('certificates in the browser', () => {
  let h: BrowserHarness;
  let participant: User;
  let edition: Edition;
  let staff: BrowserSession;

  before(async () => {
    h = await startHarness();
    participant = await createUser(h.testApp.dataSource, {
      name: 'Anouk de Boer',
      skjNumber: '100123456',
    });
    ({ edition } = await createEdition(h.testApp.dataSource, {
      meetings: [[daysFromNow(-7), '09:30', '12:30']],
      registrationOpensAt: new Date(Date.now() - 30 * 86_400_000),
      registrationClosesAt: new Date(Date.now() - 10 * 86_400_000),
    }));
    const enrolment = await h.testApp.dataSource.getRepository(Enrolment).save({
      editionId: edition.id,
      userId: participant.id,
      status: 'confirmed',
      statusChangedAt: new Date(),
      calendarSequence: 1,
    });
    const [meeting] = await h.testApp.dataSource.query(
      `SELECT id FROM meetings WHERE edition_id = ${edition.id}`,
    );
    await h.testApp.dataSource.getRepository(Attendance).insert({
      enrolmentId: enrolment.id,
      meetingId: Number((meeting as { id: number }).id),
      status: 'present',
      markedBy: null,
      markedAt: new Date(),
    });
    const staffUser = await createUser(h.testApp.dataSource, { role: 'staff' });
    staff = await h.newSession();
    await staff.signIn(staffUser.email, TEST_PASSWORD, '/beheer');
  });
  after(() => h?.close());

  it('staff finalise the edition by keyboard and see its certificates', async () => {
    await staff.visit(`/beheer/uitvoeringen/${edition.id}/certificaten`, { status: 200 });
    await tabTo(
      staff.page,
      byText('Uitvoering afronden en certificaten uitgeven', 'button'),
      'finalise',
      {
        max: 60,
      },
    );
    await pressAndWaitForNavigation(staff.page, 'Enter');
    await staff.check('certificates after finalising', { status: 200 });
    assert.match(await staff.text('.jep-flash'), /1 certificaat/);
    const [link] = await staff.attributes('.jep-certificates-table a', 'href');
    await staff.visit(link, { status: 200 });
  });

  it('the participant finds it on /mijn; the public check and the credential check pass axe', async () => {
    const [c] = await h.testApp.dataSource
      .getRepository(Certificate)
      .findBy({ editionId: edition.id });
    const own = await h.newSession();
    await own.signIn(participant.email, TEST_PASSWORD, '/mijn');
    await own.visit('/mijn', { status: 200 });
    assert.match(await own.text('.jep-dashboard-certificates'), new RegExp(c.code));
    await own.visit('/mijn/skj-punten', { status: 200 });

    const visitor = await h.newSession();
    await visitor.visit('/certificaten', { status: 200 });
    await visitor.page.focus('#field-code');
    await visitor.page.keyboard.type(c.code.toLowerCase());
    await pressAndWaitForNavigation(visitor.page, 'Enter');
    await visitor.check('a valid certificate', { status: 200 });
    assert.match(await visitor.text('.jep-certificate-state'), /geldig/);
    await visitor.visit('/certificaten/JEP-0000-0000-0000-0000-0000', { status: 404 });

    await visitor.visit('/certificaten', { status: 200 });
    await visitor.page.fill('#field-credential', 'geen certificaat');
    await visitor.page.focus('#field-credential');
    await tabTo(visitor.page, byText('Digitaal certificaat controleren', 'button'), 'check button');
    await pressAndWaitForNavigation(visitor.page, 'Enter');
    await visitor.check('a credential that is no credential', { status: 200 });
    assert.match(await visitor.text('.jep-certificate-state'), /geen leesbaar/);
    await own.close();
    await visitor.close();
  });
});
