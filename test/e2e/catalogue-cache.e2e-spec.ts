import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Offering } from '../../src/catalogue/offering.entity';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { Edition } from '../../src/scheduling/edition.entity';
import { createEdition } from '../utils/enrolment-fixtures';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { formValues, textOf } from '../utils/web-client';

describe('catalogue list cache', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ env: { CATALOGUE_CACHE_SECONDS: '600' } });
    await t.app.get(DemoSeedService).seedIfEmpty();
  });
  after(() => t.close());

  it('shows a change made by staff at once, even with a long cache time', async () => {
    const visitor = t.client();
    assert.match(textOf((await visitor.get('/aanbod')).$, 'main'), /Omgaan met Extreme Idealen/);
    const offering = await t.dataSource
      .getRepository(Offering)
      .findOneByOrFail({ slug: 'omgaan-met-extreme-idealen' });
    const staff = await createUser(t.dataSource, { role: 'staff' });
    const s = t.client();
    await signIn(s, staff.email);
    const form = await s.get(`/beheer/aanbod/${offering.id}`);
    const values = formValues(form, 'form.jep-wide-form', ['audience']);
    const saved = await s.post(`/beheer/aanbod/${offering.id}`, {
      ...values,
      title: 'Omgaan met Extreme Idealen (vernieuwd)',
    });
    assert.equal(saved.status, 303);
    assert.match(
      textOf((await visitor.get('/aanbod')).$, 'main'),
      /Omgaan met Extreme Idealen \(vernieuwd\)/,
    );
  });

  it('shows changed seats at once after a write through the repositories', async () => {
    const visitor = t.client();
    const before = textOf((await visitor.get('/aanbod?plekken=1')).$, 'main');
    const edition = await t.dataSource
      .getRepository(Edition)
      .findOneByOrFail({ title: 'Utrecht, winter' });
    assert.match(before, /Utrecht, winter/);
    await t.dataSource
      .getRepository(Edition)
      .update({ id: edition.id }, { seatsTaken: edition.capacity });
    assert.doesNotMatch(
      textOf((await visitor.get('/aanbod?plekken=1')).$, 'main'),
      /Utrecht, winter/,
    );
  });

  it('drops an edition from "places left" as soon as its last place is taken by an enrolment', async () => {
    const { edition } = await createEdition(t.dataSource, { capacity: 1 });
    const visitor = t.client();
    assert.match(
      textOf((await visitor.get('/aanbod?plekken=1')).$, 'main'),
      new RegExp(edition.title),
    );
    const user = await createUser(t.dataSource);
    const client = t.client();
    await signIn(client, user.email);
    await client.get(`/uitvoeringen/${edition.id}`);
    assert.equal((await client.post(`/uitvoeringen/${edition.id}/aanmelden`, {})).status, 303);
    assert.doesNotMatch(
      textOf((await visitor.get('/aanbod?plekken=1')).$, 'main'),
      new RegExp(edition.title),
    );
  });
});
