import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { User } from '../../src/accounts/user.entity';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { NetworkDraft } from '../../src/network/draft.entity';
import { ListingService } from '../../src/network/listing.service';
import { NetworkMembership } from '../../src/network/membership.entity';
import { NetworkOrganisation } from '../../src/network/organisation.entity';
import { createUser, signIn } from '../utils/factories';
import { createListing } from '../utils/network-fixtures';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';

/**
 * Partners keep their organisation's listing: they ask to be linked (staff approve) or staff link
 * them by e-mail; they edit the listing as a draft and submit it; staff see the side-by-side
 * difference and publish it or return it with a message. A partner of another organisation gets
 * 404 everywhere, also for a tampered draft id. Everything is in the audit log.
 */
describe('partners keep their listing, staff moderate it', () => {
  let t: TestApp;
  let org: NetworkOrganisation;
  let other: NetworkOrganisation;
  let staff: User;
  let partner: User;
  let stranger: User;
  let s: WebClient;
  let p: WebClient;
  let x: WebClient;
  let editUrl = '';

  const error = (page: Page, field: string) => textOf(page.$, `#field-${field}-error`);
  const audit = (action: string) =>
    t.dataSource.getRepository(AuditEntry).find({ where: { action }, order: { id: 'ASC' } });
  const drafts = () =>
    t.dataSource
      .getRepository(NetworkDraft)
      .find({ where: { organisationId: org.id }, order: { id: 'ASC' } });
  const published = async () => {
    const row = await t.dataSource
      .getRepository(NetworkOrganisation)
      .findOneByOrFail({ id: org.id });
    return { row, content: await new ListingService().contentOf(t.dataSource.manager, row) };
  };
  /** The edit form as the browser would send it now, with these fields changed. */
  const editForm = (page: Page, changes: Record<string, string | string[]>) => {
    const values: Record<string, string | string[]> = {};
    const form = page.$('form.jep-listing-form');
    for (const f of form.serializeArray()) {
      if (f.name === '_csrf' || f.name === 'action' || f.name === 'municipalities') continue;
      const had = values[f.name];
      values[f.name] =
        had === undefined ? f.value : [...(Array.isArray(had) ? had : [had]), f.value];
    }
    // (cheerio's serializeArray sends an option's text inside an <optgroup>, not its value)
    values.municipalities = form
      .find('#field-municipalities option[selected]')
      .map((_, o) => page.$(o).attr('value'))
      .get();
    return { ...values, ...changes };
  };

  before(async () => {
    t = await createTestApp({ smtp: true });
    org = await createListing(t.dataSource, {
      name: 'Jongerenwerk De Brug',
      expertise: ['polarisatie'],
      municipalities: ['GM0080'],
      description: 'Wij werken met jongeren van 12 tot 23 jaar.',
      contacts: [
        {
          name: 'Sanne de Vries',
          jobTitle: 'Coördinator',
          email: 'sanne@debrug.example.nl',
          phone: '058 123 4567',
          visibility: 'public',
        },
        {
          name: 'Jelle Visser',
          jobTitle: 'Jongerenwerker',
          email: '',
          phone: '',
          visibility: 'staff',
        },
      ],
    });
    other = await createListing(t.dataSource, {
      name: 'Sleutelfiguren Zwolle',
      type: 'sleutelfiguren',
      city: 'Zwolle',
      municipalities: ['GM0193'],
    });
    staff = await createUser(t.dataSource, { role: 'staff', email: 'moderator@example.nl' });
    partner = await createUser(t.dataSource, { role: 'partner', name: 'Sanne de Vries' });
    stranger = await createUser(t.dataSource, { role: 'partner', name: 'Piet Zwolle' });
    s = t.client();
    await signIn(s, staff.email);
    p = t.client();
    await signIn(p, partner.email);
    x = t.client();
    await signIn(x, stranger.email);
    editUrl = `/mijn/organisatie/${org.id}/bewerken`;
  });
  after(() => t.close());

  it('a partner asks to be linked; staff approve; then the partner can edit', async () => {
    const page = await p.get('/mijn/organisatie');
    assert.equal(page.status, 200);
    assert.match(
      textOf(page.$, '#mijn-organisaties + *'),
      /nog niet aan een organisatie gekoppeld/,
    );
    const options = page
      .$('#field-organisationId option')
      .map((_, o) => page.$(o).text())
      .get();
    assert.ok(options.includes('Jongerenwerk De Brug (Leeuwarden)'), options.join('|'));
    assert.ok(options.includes('Sleutelfiguren Zwolle (Zwolle)'));
    // Without JavaScript: the search narrows the select.
    const found = await p.get('/mijn/organisatie?zoek=BRUG');
    assert.deepEqual(
      found
        .$('#field-organisationId option[value!=""]')
        .map((_, o) => found.$(o).attr('value'))
        .get(),
      [String(org.id)],
    );
    assert.equal(found.$('#field-zoek').val(), 'BRUG');
    assert.equal((await p.get(editUrl)).status, 404, 'not linked yet');

    await p.get('/mijn/organisatie');
    const unknown = await p.post('/mijn/organisatie/koppelen', {
      organisationId: '999999',
      note: '',
    });
    assert.equal(unknown.status, 422);
    assert.match(textOf(unknown.$, '.jep-error-summary'), /Kies een organisatie uit de lijst/);

    await p.get('/mijn/organisatie');
    const sent = await p.post(
      '/mijn/organisatie/koppelen',
      { organisationId: String(org.id), note: 'Ik ben coördinator bij De Brug.' },
      { follow: true },
    );
    assert.equal(sent.status, 200);
    assert.match(textOf(sent.$, '.jep-flash'), /Uw verzoek is verstuurd/);
    assert.match(textOf(sent.$, '.jep-partner-requests'), /Jongerenwerk De Brug: Aangevraagd/);
    await p.get('/mijn/organisatie');
    const twice = await p.post('/mijn/organisatie/koppelen', { organisationId: String(org.id) });
    assert.equal(twice.status, 422);
    assert.match(error(twice, 'organisationId'), /al om een koppeling/);

    const requests = await s.get('/beheer/netwerk/koppelingen');
    assert.equal(requests.status, 200);
    assert.match(textOf(requests.$, '.jep-membership-requests'), /Sanne de Vries/);
    assert.match(textOf(requests.$, '.jep-membership-requests'), /Ik ben coördinator bij De Brug/);
    const membership = await t.dataSource
      .getRepository(NetworkMembership)
      .findOneByOrFail({ userId: partner.id, organisationId: org.id });
    assert.equal(membership.status, 'requested');
    const approved = await s.post(`/beheer/netwerk/koppelingen/${membership.id}/goedkeuren`, {});
    assert.equal(approved.status, 303);
    await s.get('/beheer/netwerk/koppelingen');
    const again = await s.post(`/beheer/netwerk/koppelingen/${membership.id}/goedkeuren`, {});
    assert.equal(again.status, 422, 'deciding twice changes nothing');
    assert.match(textOf(again.$, '.jep-error-summary'), /de stand is intussen veranderd/);

    await t.deliverMail();
    const [mail] = t.smtp!.to(partner.email);
    assert.match(mail.subject, /U beheert nu Jongerenwerk De Brug/);
    assert.match(mail.text, new RegExp(`http://jep.test${editUrl}`));

    const edit = await p.get(editUrl);
    assert.equal(edit.status, 200);
    assert.equal(
      edit.$('#field-name').val(),
      'Jongerenwerk De Brug',
      'prefilled with the published version',
    );
    assert.equal(edit.$('#field-contactName2').val(), 'Jelle Visser');
    assert.equal(edit.$('#field-contactVisibility1 option[selected]').val(), 'public');
    assert.equal(edit.$('#field-expertise-polarisatie').attr('checked'), 'checked');
    assert.equal(
      edit.$('#field-municipalities option[value="GM0080"]').attr('selected'),
      'selected',
    );
    assert.equal(edit.$('#field-contactName5').length, 1, 'five contact rows');
    const overview = await p.get('/mijn/organisatie');
    assert.equal(overview.$(`.jep-partner-organisations a[href="${editUrl}"]`).length, 1);

    assert.equal((await audit('network.membership.request')).length, 1);
    const [entry] = await audit('network.membership.approve');
    assert.equal(entry.actorId, staff.id);
    assert.equal(entry.subjectId, String(membership.id));
  });

  it('a professional may see /mijn/organisatie but not ask to be linked', async () => {
    const pro = await createUser(t.dataSource, { role: 'professional' });
    const c = t.client();
    await signIn(c, pro.email);
    const page = await c.get('/mijn/organisatie');
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '#koppeling-aanvragen + *'), /kan met een partneraccount/);
    assert.equal(page.$('#field-organisationId').length, 0);
    const refused = await c.post('/mijn/organisatie/koppelen', { organisationId: String(org.id) });
    assert.equal(refused.status, 403);
    assert.equal((await c.get(editUrl)).status, 404);
  });

  it('staff link an account by e-mail (a professional becomes a partner) and unlink it', async () => {
    const pro = await createUser(t.dataSource, {
      role: 'professional',
      email: 'piet@zwolle.example.nl',
    });
    const url = `/beheer/netwerk/${other.id}`;
    const page = await s.get(url);
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, 'h1'), 'Sleutelfiguren Zwolle');
    assert.match(textOf(page.$, '.jep-facts'), /\/netwerk\/sleutelfiguren-zwolle/);
    const unknown = await s.post(`${url}/koppelen`, { email: 'niemand@example.nl' });
    assert.equal(unknown.status, 422);
    assert.match(error(unknown, 'email'), /geen account met dit e-mailadres/);
    await s.get(url);
    const linked = await s.post(
      `${url}/koppelen`,
      { email: ' Piet@Zwolle.example.nl ' },
      { follow: true },
    );
    assert.equal(linked.status, 200);
    assert.match(
      textOf(linked.$, '.jep-organisation-members'),
      /piet@zwolle\.example\.nl\) — Gekoppeld/,
    );
    assert.equal(
      (await t.dataSource.getRepository(User).findOneByOrFail({ id: pro.id })).role,
      'partner',
    );
    const [roleChange] = (await audit('user.role_changed')).filter(
      (a) => a.subjectId === String(pro.id),
    );
    assert.deepEqual(JSON.parse(roleChange.detail!), {
      from: 'professional',
      to: 'partner',
      reason: 'network.membership',
    });
    assert.equal((await audit('network.membership.link')).length, 1);
    await t.deliverMail();
    assert.match(t.smtp!.to(pro.email)[0].subject, /U beheert nu Sleutelfiguren Zwolle/);

    // The stranger (a partner) is linked too: to the other organisation, not to De Brug.
    await s.get(url);
    await s.post(`${url}/koppelen`, { email: stranger.email });
    const membership = await t.dataSource
      .getRepository(NetworkMembership)
      .findOneByOrFail({ userId: pro.id, organisationId: other.id });
    const withForms = await s.get(url);
    const unlinkForm = withForms.$(`form[action="${url}/ontkoppelen/${membership.id}"]`);
    assert.equal(unlinkForm.length, 1);
    const unlinked = await s.post(`${url}/ontkoppelen/${membership.id}`, {});
    assert.equal(unlinked.status, 303);
    assert.equal(
      await t.dataSource.getRepository(NetworkMembership).countBy({ userId: pro.id }),
      0,
    );
    assert.equal((await audit('network.membership.unlink')).length, 1);
  });

  it('brings invalid listing input back with 422 and messages at the fields, storing nothing', async () => {
    const form = await p.get(editUrl);
    const page = await p.post(
      editUrl,
      editForm(form, {
        action: 'save',
        name: '',
        website: 'javascript:alert(1)',
        publicEmail: 'info@debrug.nl\r\nBcc: spam@example.nl',
        publicPhone: 'bel ons',
        municipalities: ['GM0080', 'GM9999'],
        expertise: ['polarisatie', 'wapens'],
        contactName3: '',
        contactEmail3: 'los@example.nl',
      }),
    );
    assert.equal(page.status, 422);
    assert.match(error(page, 'name'), /Vul dit veld in/);
    assert.match(error(page, 'website'), /begint met https:\/\//);
    assert.match(error(page, 'publicEmail'), /e-mailadres/);
    assert.match(error(page, 'publicPhone'), /cijfers/);
    assert.match(error(page, 'municipalities'), /Kies een gemeente of provincie uit de lijst/);
    assert.match(error(page, 'expertise'), /alleen onderwerpen uit de lijst/);
    assert.match(error(page, 'contactName3'), /naam van contactpersoon 3/);
    const summary = textOf(page.$, '.jep-error-summary');
    assert.match(summary, /Naam van de organisatie: Vul dit veld in/);
    assert.match(summary, /Naam \(Contactpersoon 3\): Vul de naam van contactpersoon 3 in/);
    assert.equal(page.$('#field-website').val(), 'javascript:alert(1)', 'what was typed is kept');
    assert.equal(page.$('#field-contactEmail3').val(), 'los@example.nl');
    assert.equal(
      page.$('#field-municipalities option[value="GM0080"]').attr('selected'),
      'selected',
    );
    assert.equal(page.$('a[href^="javascript"]').length, 0);
    assert.equal((await drafts()).length, 0);
  });

  it('previews the Markdown description without storing it, script removed', async () => {
    const form = await p.get(editUrl);
    const page = await p.post(
      editUrl,
      editForm(form, {
        action: 'preview',
        description: '## Wat wij doen\n\nWij werken **samen**.\n\n<script>alert(1)</script>',
      }),
    );
    assert.equal(page.status, 200);
    assert.equal(page.$('.jep-listing-preview__body h2').text(), 'Wat wij doen');
    assert.equal(page.$('#voorbeeld strong').text(), 'samen');
    assert.equal(page.$('#voorbeeld script').length, 0);
    assert.equal(page.$('script:not([src])').length, 0);
    assert.match(
      page.$('#field-description').text(),
      /<script>alert\(1\)<\/script>/,
      'kept as typed',
    );
    assert.equal((await drafts()).length, 0);
  });

  it('draft → submit → review with the difference → publish: the listing becomes the draft', async () => {
    let form = await p.get(editUrl);
    const changes = {
      name: 'Jongerenwerk De Brug Leeuwarden',
      expertise: ['polarisatie', 'online-radicalisering'],
      contactName2: '',
      contactJobTitle2: '',
      contactEmail2: '',
      contactPhone2: '',
    };
    const saved = await p.post(editUrl, editForm(form, { ...changes, action: 'save' }), {
      follow: true,
    });
    assert.equal(saved.status, 200);
    assert.match(textOf(saved.$, '.jep-flash'), /concept is opgeslagen/);
    assert.equal(
      saved.$('#field-name').val(),
      'Jongerenwerk De Brug Leeuwarden',
      'the draft is shown',
    );
    assert.equal(saved.$('#field-contactName2').val(), '');
    let [draft] = await drafts();
    assert.equal(draft.status, 'draft');
    assert.equal(draft.authorId, partner.id);
    assert.equal((await published()).row.name, 'Jongerenwerk De Brug', 'not published yet');

    form = await p.get(editUrl);
    const submitted = await p.post(editUrl, editForm(form, { action: 'submit' }), { follow: true });
    assert.match(textOf(submitted.$, '.jep-flash'), /Uw wijziging is ingediend/);
    assert.match(textOf(submitted.$, '.jep-partner-draft'), /Ingediend, wacht op beoordeling/);
    assert.equal((await drafts()).length, 1, 'one open draft per organisation');
    [draft] = await drafts();
    assert.equal(draft.status, 'submitted');
    assert.ok(draft.submittedAt);

    // Locked for the partner until staff decide.
    const locked = await p.get(editUrl);
    assert.match(textOf(locked.$, '#field-status'), /Uw wijziging wacht op beoordeling/);
    assert.equal(locked.$('form.jep-listing-form').length, 0);
    const refused = await p.post(editUrl, editForm(form, { action: 'save', name: 'Anders' }));
    assert.equal(refused.status, 422);
    assert.match(textOf(refused.$, '.jep-error-summary'), /wacht op beoordeling door JEP/);
    assert.equal((await drafts())[0].status, 'submitted');

    const queue = await s.get('/beheer/netwerk/wijzigingen');
    assert.match(
      textOf(queue.$, '.jep-moderation-queue tbody'),
      /Jongerenwerk De Brug.*Sanne de Vries/,
    );
    const reviewUrl = `/beheer/netwerk/wijzigingen/${draft.id}`;
    assert.equal(queue.$(`a[href="${reviewUrl}"]`).length, 1);

    const review = await s.get(reviewUrl);
    assert.equal(review.status, 200);
    const rowOf = (label: string) =>
      review
        .$('.jep-listing-diff tbody tr')
        .filter((_, tr) => review.$(tr).find('th').text().startsWith(label));
    const name = rowOf('Naam van de organisatie');
    assert.match(name.find('th').text(), /\(gewijzigd\)/, 'changed rows say so in words');
    assert.equal(name.find('td').eq(0).text().trim(), 'Jongerenwerk De Brug');
    assert.equal(name.find('td').eq(1).text().trim(), 'Jongerenwerk De Brug Leeuwarden');
    const expertise = rowOf('Expertise');
    assert.match(expertise.find('td').eq(1).text(), /Online radicalisering \(toegevoegd\)/);
    const contacts = rowOf('Contactpersonen');
    assert.match(
      contacts.find('td').eq(0).text(),
      /Jelle Visser, Jongerenwerker \(Alleen JEP-medewerkers\) \(verwijderd\)/,
    );
    assert.doesNotMatch(contacts.find('td').eq(1).text(), /Jelle/);
    assert.doesNotMatch(rowOf('Beschrijving').find('th').text(), /gewijzigd/);
    assert.match(
      textOf(review.$, '.jep-diff-summary'),
      /3 velden gewijzigd: Naam van de organisatie, Expertise, Contactpersonen/,
    );

    const done = await s.post(`${reviewUrl}/publiceren`, {}, { follow: true });
    assert.equal(done.status, 200);
    assert.match(textOf(done.$, '.jep-flash'), /is gepubliceerd/);
    const { row, content } = await published();
    assert.equal(row.name, 'Jongerenwerk De Brug Leeuwarden');
    assert.equal(row.slug, org.slug, 'the address stays the same');
    assert.match(row.searchDocument, /jongerenwerk de brug leeuwarden/);
    assert.match(row.searchDocument, /online radicalisering/);
    assert.deepEqual(content.expertise, ['polarisatie', 'online-radicalisering']);
    assert.deepEqual(
      content.contacts.map((c) => c.name),
      ['Sanne de Vries'],
    );
    assert.deepEqual(content, JSON.parse(draft.content), 'the published version is the draft');
    const publicPage = await t.client().get(`/netwerk/${org.slug}`);
    assert.equal(textOf(publicPage.$, 'h1'), 'Jongerenwerk De Brug Leeuwarden');
    [draft] = await drafts();
    assert.equal(draft.status, 'published');
    assert.equal(draft.decidedBy, staff.id);

    await s.get(reviewUrl);
    const twice = await s.post(`${reviewUrl}/publiceren`, {});
    assert.equal(twice.status, 422);
    assert.match(textOf(twice.$, '#field-status'), /Gepubliceerd/);
    assert.match(textOf(twice.$, '.jep-error-summary'), /de stand is intussen veranderd/);

    await t.deliverMail();
    const mail = t.smtp!.to(partner.email).find((m) => /is gepubliceerd/.test(m.subject))!;
    assert.match(mail.text, new RegExp(`http://jep.test/netwerk/${org.slug}`));
    assert.equal((await audit('network.draft.save')).length, 1);
    assert.equal((await audit('network.draft.submit')).length, 1);
    const [entry] = await audit('network.draft.publish');
    assert.equal(entry.actorId, staff.id);
    assert.equal(entry.subjectId, String(draft.id));
    // Free to edit again, from the published version.
    const again = await p.get(editUrl);
    assert.equal(again.$('#field-name').val(), 'Jongerenwerk De Brug Leeuwarden');
    assert.match(textOf(again.$, 'main'), /U ziet de gepubliceerde vermelding/);
  });

  it('return with a message: the partner reads it, edits and submits again', async () => {
    let form = await p.get(editUrl);
    await p.post(editUrl, editForm(form, { action: 'submit', summary: 'Te kort.' }));
    let draft = (await drafts()).at(-1)!;
    assert.equal(draft.status, 'submitted');
    const reviewUrl = `/beheer/netwerk/wijzigingen/${draft.id}`;
    await s.get(reviewUrl);
    const empty = await s.post(`${reviewUrl}/terugsturen`, { message: '  ' });
    assert.equal(empty.status, 422);
    assert.match(error(empty, 'message'), /Vul dit veld in/);
    await s.get(reviewUrl);
    const message = 'Beschrijf graag wat u doet.\nBijvoorbeeld uw aanbod voor scholen.';
    const returned = await s.post(`${reviewUrl}/terugsturen`, { message });
    assert.equal(returned.status, 303);
    draft = (await drafts()).at(-1)!;
    assert.equal(draft.status, 'returned');
    assert.equal(draft.staffMessage, message);

    const overview = await p.get('/mijn/organisatie');
    assert.match(textOf(overview.$, '.jep-partner-organisations'), /Teruggestuurd/);
    assert.match(textOf(overview.$, '.jep-partner-organisations'), /Beschrijf graag wat u doet/);
    form = await p.get(editUrl);
    assert.match(textOf(form.$, '#field-status'), /Beschrijf graag wat u doet/);
    assert.equal(form.$('#field-summary').text(), 'Te kort.', 'the returned draft is in the form');
    await t.deliverMail();
    const mail = t.smtp!.to(partner.email).find((m) => /teruggestuurd/.test(m.subject))!;
    assert.match(mail.text, /Beschrijf graag wat u doet\.\nBijvoorbeeld uw aanbod voor scholen\./);

    const resubmitted = await p.post(
      editUrl,
      editForm(form, { action: 'submit', summary: 'Jongerenwerk in Leeuwarden, ook op scholen.' }),
    );
    assert.equal(resubmitted.status, 303);
    draft = (await drafts()).at(-1)!;
    assert.equal(draft.status, 'submitted');
    assert.equal((await drafts()).filter((d) => d.status !== 'published').length, 1);
    const [entry] = await audit('network.draft.return');
    assert.deepEqual(JSON.parse(entry.detail!).message, message);
    await s.get(reviewUrl);
    assert.equal((await s.post(`${reviewUrl}/publiceren`, {})).status, 303);
    assert.equal((await published()).row.summary, 'Jongerenwerk in Leeuwarden, ook op scholen.');
  });

  it('a partner of another organisation gets 404 on edit and submit, and on a tampered draft id', async () => {
    const before = await drafts();
    assert.equal((await x.get(editUrl)).status, 404);
    const form = await p.get(editUrl);
    const values = editForm(form, { action: 'submit', name: 'Overgenomen' });
    await x.get('/mijn/organisatie');
    const post = await x.post(editUrl, values);
    assert.equal(post.status, 404);
    assert.deepEqual(await drafts(), before, 'nothing stored');
    // Staff are not members either: they work on /beheer/netwerk.
    assert.equal((await s.get(editUrl)).status, 404);
    assert.equal((await p.get(`/mijn/organisatie/${other.id}/bewerken`)).status, 404);
    assert.equal((await p.get('/mijn/organisatie/abc/bewerken')).status, 404);

    // The stranger's own organisation has a draft; its id in De Brug's form is not found.
    const own = `/mijn/organisatie/${other.id}/bewerken`;
    const ownForm = await x.get(own);
    assert.equal(ownForm.status, 200);
    await x.post(own, editForm(ownForm, { action: 'save' }));
    const foreign = await t.dataSource
      .getRepository(NetworkDraft)
      .findOneByOrFail({ organisationId: other.id });
    for (const draftId of [String(foreign.id), '999999', 'abc', '-1']) {
      await p.get(editUrl);
      const tampered = await p.post(editUrl, { ...values, action: 'save', draftId });
      assert.equal(tampered.status, 404, draftId);
    }
    assert.deepEqual(await drafts(), before);
  });

  it('staff see the organisation page with partners and history, and archive and republish it', async () => {
    const url = `/beheer/netwerk/${org.id}`;
    const page = await s.get(url);
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '.jep-organisation-members'), /Sanne de Vries/);
    assert.equal(
      page.$('#wijzigingen + .utrecht-table-container tbody tr').length,
      (await drafts()).length,
    );
    assert.match(textOf(page.$, '.jep-listing-diff'), /Jongerenwerk De Brug Leeuwarden/);
    assert.equal(page.$(`a[href="/netwerk/${org.slug}"]`).length, 1);
    const archived = await s.post(`${url}/archiveren`, {}, { follow: true });
    assert.match(textOf(archived.$, '.jep-flash'), /gearchiveerd/);
    assert.equal((await published()).row.status, 'archived');
    await s.get(url);
    assert.equal((await s.post(`${url}/archiveren`, {})).status, 422, 'archived already');
    await s.get(url);
    assert.equal((await s.post(`${url}/herpubliceren`, {})).status, 303);
    assert.equal((await published()).row.status, 'published');
    assert.equal((await audit('network.organisation.archive')).length, 1);
    assert.equal((await audit('network.organisation.republish')).length, 1);
    assert.equal((await s.get('/beheer/netwerk/999999')).status, 404);
    assert.equal((await s.get('/beheer/netwerk/geen-nummer')).status, 404);
  });

  it('keeps the moderation pages for staff', async () => {
    for (const path of [
      '/beheer/netwerk/koppelingen',
      '/beheer/netwerk/wijzigingen',
      `/beheer/netwerk/${org.id}`,
    ])
      assert.equal((await p.get(path)).status, 403, path);
  });
});
