import assert from 'node:assert/strict';
import hbs from 'hbs';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { newCertificateCode } from '../../src/certificates/certificate-code';
import { Certificate } from '../../src/certificates/certificate.entity';
import { toAmsterdamParts } from '../../src/common/views/amsterdam-time';
import type { Edition } from '../../src/scheduling/edition.entity';
import { SkjPointsService } from '../../src/skj/skj-points.service';
import { skjSummary } from '../../src/skj/skj.presenter';
import { createEdition, daysFromNow } from '../utils/enrolment-fixtures';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { axeViolations, formatViolations } from './support/accessibility';
import { BrowserHarness, startHarness } from './support/harness';
import { pressAndWaitForNavigation, tabTo } from './support/keyboard';

const DAY = 86_400_000;

/**
 * The SKJ pages by keyboard: a professional reads the own points and reaches every link (the
 * certificate check, the PDF, the CSV, the profile); staff read the register list of an edition.
 * Every page passes axe (WCAG 2.1 AA).
 */
describe('SKJ points in the browser', () => {
  let h: BrowserHarness;
  let professional: User;
  let staff: User;
  let edition: Edition;
  let code = '';
  let certificateId = 0;

  async function certificate(user: User, endsOn: string, points: number) {
    const repo = h.testApp.dataSource.getRepository(Certificate);
    return repo.save(
      repo.create({
        code: newCertificateCode(),
        enrolmentId: null,
        userId: user.id,
        editionId: edition.id,
        holderName: user.name,
        skjNumber: user.skjNumber,
        offeringTitle: 'Omgaan met Extreme Idealen',
        editionTitle: edition.title,
        startsOn: endsOn,
        endsOn,
        studyLoadHours: 12,
        skjPoints: points,
        issuedAt: new Date(),
        issuedBy: null,
        issueReason: null,
        revokedAt: null,
        revokeReason: null,
      }),
    );
  }

  before(async () => {
    h = await startHarness();
    const ds = h.testApp.dataSource;
    professional = await createUser(ds, { name: 'Anna Bakker', skjNumber: null });
    const colleague = await createUser(ds, { name: 'Karel Anders', skjNumber: '7654321' });
    staff = await createUser(ds, { role: 'staff', name: 'Sanne Medewerker' });
    ({ edition } = await createEdition(ds, {
      meetings: [[daysFromNow(-20), '09:30', '12:30']],
      registrationOpensAt: new Date(Date.now() - 60 * DAY),
      registrationClosesAt: new Date(Date.now() - 30 * DAY),
    }));
    const ended = toAmsterdamParts(new Date(Date.now() - 20 * DAY)).date;
    const c = await certificate(professional, ended, 8);
    code = c.code;
    certificateId = c.id;
    await certificate(professional, toAmsterdamParts(new Date(Date.now() - 6 * 366 * DAY)).date, 5);
    await certificate(colleague, ended, 8);
  });
  after(() => h?.close());

  it('a professional reads the own points and reaches every link by keyboard', async () => {
    const s = await h.newSession();
    const p = s.page;
    await s.signIn(professional.email, TEST_PASSWORD, '/mijn');
    await s.visit('/mijn/skj-punten', { status: 200 });
    assert.equal(await s.heading(), 'Mijn SKJ-punten');
    assert.equal(await s.text('.jep-skj-total'), '8 punten');
    assert.match(await s.text('.jep-skj-number-missing'), /nog geen SKJ-registratienummer/);

    await tabTo(
      p,
      (f) => f.tag === 'a' && f.href === '/mijn/profiel#field-skjNumber',
      'the link to the profile',
    );
    await tabTo(
      p,
      (f) => f.tag === 'div' && f.text.includes('Jaar'),
      'the scrollable table of years',
    );
    await tabTo(
      p,
      (f) => f.tag === 'a' && f.href === `/certificaten/${code}`,
      'the link to the certificate check',
    );
    const pdf = await tabTo(
      p,
      (f) => f.tag === 'a' && f.href === `/mijn/certificaten/${certificateId}.pdf`,
      'the link to the PDF',
    );
    assert.match(pdf.text, new RegExp(`Download certificaat ${code} \\(PDF\\)`));
    await tabTo(p, (f) => f.tag === 'a' && f.href === '/mijn/skj-punten.csv', 'the CSV link');

    // back up to the profile link and follow it
    await tabTo(
      p,
      (f) => f.tag === 'a' && f.href === '/mijn/profiel#field-skjNumber',
      'the link to the profile, backwards',
      { backward: true },
    );
    await pressAndWaitForNavigation(p, 'Enter');
    s.assertPath('/mijn/profiel', 'after following the hint');
    await s.check('the profile from the SKJ hint', { status: 200 });
  });

  it('staff read the SKJ list of an edition and reach the register CSV by keyboard', async () => {
    const s = await h.newSession();
    const p = s.page;
    await s.signIn(staff.email, TEST_PASSWORD, '/beheer');
    await s.visit(`/beheer/uitvoeringen/${edition.id}/skj`, { status: 200 });
    assert.match(await s.heading(), /^SKJ-punten: /);
    assert.equal(await p.locator('table.jep-skj-participants tbody tr').count(), 3);
    assert.match(await s.text('.jep-skj-missing'), /^2 van hen/);
    await tabTo(p, (f) => f.tag === 'div' && f.text.includes('Naam'), 'the table region');
    await tabTo(
      p,
      (f) => f.tag === 'a' && f.href === `/beheer/uitvoeringen/${edition.id}/skj.csv`,
      'the register CSV link',
    );
    await tabTo(
      p,
      (f) => f.tag === 'a' && f.href === `/beheer/uitvoeringen/${edition.id}`,
      'the link back to the edition',
      { backward: true },
    );
    await pressAndWaitForNavigation(p, 'Enter');
    s.assertPath(`/beheer/uitvoeringen/${edition.id}`, 'back at the edition');
    await s.check('the edition after the SKJ list', { status: 200 });
  });

  it('the summary partial for /mijn passes axe, in the site stylesheet', async () => {
    const overview = await h.testApp.app.get(SkjPointsService).forUser(professional.id, new Date());
    const partial = hbs.handlebars.compile('{{> skj/summary skj}}')({
      skj: skjSummary(overview, 'nl'),
      locale: 'nl',
    });
    const s = await h.newSession();
    // the partial as /mijn would show it, until the dashboard includes it
    await s.page.goto('/over');
    await s.page.setContent(
      `<!doctype html><html lang="nl"><head><title>Mijn JEP</title>` +
        `<link rel="stylesheet" href="${h.baseUrl}/css/jep.css"></head>` +
        `<body><main><h1>Mijn JEP</h1>${partial}</main></body></html>`,
    );
    const violations = await axeViolations(s.page);
    assert.equal(violations.length, 0, formatViolations(violations));
    assert.equal(await s.page.locator('.jep-skj-summary-total').innerText(), '8');
    await tabTo(s.page, (f) => f.tag === 'div' && f.text.includes('Jaar'), 'the table region');
    await tabTo(s.page, (f) => f.tag === 'a' && f.href === '/mijn/skj-punten', 'the link');
  });
});
