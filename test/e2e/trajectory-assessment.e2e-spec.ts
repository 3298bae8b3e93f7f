import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { SUCCESS_FACTORS } from '../../src/trajectories/success-factors';
import { TrajectoryAssessmentScore } from '../../src/trajectories/trajectory-assessment-score.entity';
import { TrajectoryAssessment } from '../../src/trajectories/trajectory-assessment.entity';
import { TrajectoryMember } from '../../src/trajectories/trajectory-member.entity';
import { TrajectoryOrganisation } from '../../src/trajectories/trajectory-organisation.entity';
import { TrajectoryPhase } from '../../src/trajectories/trajectory-phase.entity';
import { Trajectory } from '../../src/trajectories/trajectory.entity';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { createTrajectory } from '../utils/trajectory-fixtures';
import { Page, textOf, WebClient } from '../utils/web-client';

/** Every factor scored `score`, with a comment on partnership. */
function answers(organisationId: number, score: number | string, comment = '') {
  const fields: Record<string, string> = { organisationId: String(organisationId) };
  for (const factor of SUCCESS_FACTORS) {
    fields[`score_${factor}`] = String(score);
    fields[`comment_${factor}`] = factor === 'partnership' ? comment : '';
  }
  return fields;
}

/**
 * The self-assessment of the werkzame elementen: closed during the application, the start opens
 * at intake and the end at borging en evaluatie; members answer once per moment and may change
 * it; the results show start and end side by side, per side of the collaboration.
 */
describe('JOS trajectory: self-assessment at the start and the end', () => {
  let t: TestApp;
  let coach: User;
  let school: User;
  let youth: User;
  let trajectory: Trajectory;
  let orgs: TrajectoryOrganisation[];
  let s: WebClient;
  let y: WebClient;
  let c: WebClient;
  let base = '';

  const toPhase = async (key: string) => {
    const phase = await t.dataSource.getRepository(TrajectoryPhase).findOneByOrFail({ key });
    await t.dataSource
      .getRepository(Trajectory)
      .update({ id: trajectory.id }, { phaseId: phase.id });
  };
  const error = (page: Page, field: string) => textOf(page.$, `#field-${field}-error`);
  const row = (page: Page, factor: string) =>
    page
      .$(`tr[data-factor="${factor}"] td`)
      .map((_, td) => page.$(td).text().replace(/\s+/g, ' ').trim())
      .get();

  before(async () => {
    t = await createTestApp({ smtp: true });
    coach = await createUser(t.dataSource, { role: 'staff', name: 'Coach Carla' });
    school = await createUser(t.dataSource, { name: 'Sanne School' });
    youth = await createUser(t.dataSource, { name: 'Youssef Jongerenwerk' });
    trajectory = await createTrajectory(t.dataSource, {
      phase: 'aanvraag',
      members: [school, youth],
      coach,
    });
    orgs = await t.dataSource
      .getRepository(TrajectoryOrganisation)
      .find({ where: { trajectoryId: trajectory.id }, order: { position: 'ASC' } });
    await t.dataSource
      .getRepository(TrajectoryMember)
      .update({ trajectoryId: trajectory.id, userId: youth.id }, { organisationId: orgs[1].id });
    base = `/jos/trajecten/${trajectory.id}/zelfevaluatie`;
    [s, y, c] = [t.client(), t.client(), t.client()];
    await signIn(s, school.email);
    await signIn(y, youth.email);
    await signIn(c, coach.email);
  });
  after(() => t.close());

  it('is not open while the trajectory is an application', async () => {
    const page = await s.get(base);
    assert.equal(page.status, 200);
    assert.equal(page.$(`a[href="${base}/start"]`).length, 0);
    assert.match(textOf(page.$, 'main'), /niet open/);
    const form = await s.get(`${base}/start`);
    assert.equal(form.status, 200);
    assert.equal(form.$(`form[action="${base}/start"]`).length, 0, 'no form to fill in');
    await s.get('/mijn');
    const posted = await s.post(`${base}/start`, answers(orgs[0].id, 4));
    assert.equal(posted.status, 422);
    assert.match(textOf(posted.$, 'main'), /staat niet \(meer\) open/);
    assert.equal(await t.dataSource.getRepository(TrajectoryAssessment).count(), 0);
  });

  it('opens the start at intake: a fieldset with legend and a 1–5 scale per factor', async () => {
    await toPhase('intake');
    const page = await s.get(base);
    assert.equal(page.$(`a[href="${base}/start"]`).text(), 'Startmeting invullen');
    assert.equal(page.$(`a[href="${base}/eind"]`).length, 0, 'the end is not open yet');
    const form = await s.get(`${base}/start`);
    assert.equal(form.$('fieldset legend').first().text(), 'Partnerschap');
    assert.equal(form.$('fieldset[id^="field-score_"]').length, SUCCESS_FACTORS.length);
    assert.equal(form.$('input[name="score_partnership"]').length, 5);
    assert.equal(form.$('label[for="field-score_partnership-1"]').text(), '1 – helemaal niet');
    assert.equal(form.$('label[for="field-score_partnership-5"]').text(), '5 – helemaal wel');
    const choices = form
      .$('#field-organisationId option')
      .map((_, o) => form.$(o).text())
      .get();
    assert.deepEqual(choices.slice(1), ['Testcollege', 'Jongerenwerk Test']);
    assert.match(textOf(form.$, 'main'), /niets over individuele jongeren/);
  });

  it('brings the form back with messages for a score of 7 or a missing one', async () => {
    await s.get(`${base}/start`);
    const page = await s.post(`${base}/start`, { ...answers(orgs[0].id, 7), score_embedding: '' });
    assert.equal(page.status, 422);
    assert.match(error(page, 'score_partnership'), /score van 1 tot en met 5/);
    assert.match(error(page, 'score_embedding'), /score van 1 tot en met 5/);
    assert.match(textOf(page.$, '.jep-error-summary'), /Partnerschap: Kies een score/);
    await s.get(`${base}/start`);
    const noOrg = await s.post(`${base}/start`, answers(0, 3));
    assert.equal(noOrg.status, 422);
    const other = await createTrajectory(t.dataSource, { members: [coach] });
    const foreign = await t.dataSource
      .getRepository(TrajectoryOrganisation)
      .findOneByOrFail({ trajectoryId: other.id, kind: 'school' });
    await s.get(`${base}/start`);
    const wrongOrg = await s.post(`${base}/start`, answers(foreign.id, 3));
    assert.equal(wrongOrg.status, 422);
    assert.match(error(wrongOrg, 'organisationId'), /organisatie waarvoor u dit invult/);
    assert.equal(await t.dataSource.getRepository(TrajectoryAssessment).count(), 0);
  });

  it('stores one assessment per member and moment, and lets them change it', async () => {
    const saved = await s.submit(
      `${base}/start`,
      answers(orgs[0].id, 2, 'We <em>kennen</em> elkaar nauwelijks'),
    );
    assert.equal(saved.status, 200);
    assert.match(textOf(saved.$, '.jep-flash'), /opgeslagen/);
    const form = await s.get(`${base}/start`);
    assert.equal(form.$('#field-score_partnership-2').attr('checked'), 'checked', 'shown again');
    await s.submit(`${base}/start`, answers(orgs[0].id, 3, 'We kennen elkaar een beetje'));
    const stored = await t.dataSource
      .getRepository(TrajectoryAssessment)
      .findBy({ trajectoryId: trajectory.id, userId: school.id });
    assert.equal(stored.length, 1);
    const scores = await t.dataSource
      .getRepository(TrajectoryAssessmentScore)
      .findBy({ assessmentId: stored[0].id });
    assert.equal(scores.length, SUCCESS_FACTORS.length);
    assert.ok(scores.every((x) => x.score === 3));
    await y.submit(`${base}/start`, answers(orgs[1].id, 4));
  });

  it('lets the coach read the results but not fill them in', async () => {
    const page = await c.get(base);
    assert.equal(page.status, 200);
    assert.equal(page.$(`a[href="${base}/start"]`).length, 0);
    const form = await c.get(`${base}/start`);
    assert.equal(form.$(`form[action="${base}/start"]`).length, 0);
    await c.get(base);
    const posted = await c.post(`${base}/start`, answers(orgs[0].id, 5));
    assert.equal(posted.status, 403);
    assert.equal(row(page, 'partnership')[0], '3,5 (n=2)');
  });

  it('opens the end at borging en evaluatie and shows start and end side by side', async () => {
    await toPhase('uitvoering');
    assert.equal((await s.get(base)).$(`a[href="${base}/eind"]`).length, 0);
    await toPhase('borging_evaluatie');
    const page = await s.get(base);
    assert.equal(page.$(`a[href="${base}/eind"]`).text(), 'Eindmeting invullen');
    assert.equal(
      page.$(`a[href="${base}/start"]`).text(),
      'Startmeting wijzigen',
      'the start stays open',
    );
    await s.submit(`${base}/eind`, answers(orgs[0].id, 5, 'Veel beter'));
    await y.submit(`${base}/eind`, answers(orgs[1].id, 4));
    const results = await c.get(base);
    const caption = textOf(results.$, 'table caption');
    assert.match(caption, /Gemiddelde score per werkzaam element/);
    const headers = results
      .$('thead tr')
      .first()
      .find('th')
      .map((_, th) => results.$(th).text())
      .get();
    assert.deepEqual(headers, ['Startmeting', 'Eindmeting']);
    // all, school, youth work at the start; the same at the end.
    assert.deepEqual(row(results, 'partnership'), [
      '3,5 (n=2)',
      '3,0 (n=1)',
      '4,0 (n=1)',
      '4,5 (n=2)',
      '5,0 (n=1)',
      '4,0 (n=1)',
    ]);
    const comments = textOf(results.$, 'main');
    assert.match(comments, /Testcollege: We kennen elkaar een beetje/);
    assert.match(comments, /Testcollege: Veel beter/);
    assert.doesNotMatch(comments, /Sanne School/, 'comments without names');
    assert.ok(!results.text.includes('<em>kennen'));
  });

  it('closes both moments once the trajectory is no longer active', async () => {
    await t.dataSource
      .getRepository(Trajectory)
      .update({ id: trajectory.id }, { status: 'completed' });
    const page = await s.get(base);
    assert.equal(page.$(`a[href="${base}/eind"]`).length, 0);
    await s.get(base);
    assert.equal((await s.post(`${base}/eind`, answers(orgs[0].id, 1))).status, 422);
    assert.equal(row(page, 'partnership')[3], '4,5 (n=2)', 'the results stay');
  });
});
