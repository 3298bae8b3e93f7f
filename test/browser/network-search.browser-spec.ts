import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createListing } from '../utils/network-fixtures';
import { BrowserHarness, startHarness } from './support/harness';
import { byId, byText, focused, pressAndWaitForNavigation, tabTo } from './support/keyboard';
import type { BrowserSession } from './support/session';

const DAY = 86_400_000;

/** The search in the address bar: its non-empty parameters (sortering only when not the default). */
function search(session: BrowserSession): Record<string, string> {
  const params = new URL(session.page.url()).searchParams;
  return Object.fromEntries(
    [...params].filter(([k, v]) => v !== '' && !(k === 'sortering' && v === 'relevantie')),
  );
}

/**
 * /netwerk in Chromium: the search page with and without filters, with nothing found and in
 * English passes axe; the province map's tiles are links that filter (and unfilter); and a
 * partner from Súdwest-Fryslân finds, by keyboard only, the youth work in Fryslân that works on
 * online radicalisation.
 */
describe('network search in the browser', () => {
  let h: BrowserHarness;
  let visitor: BrowserSession;

  before(async () => {
    h = await startHarness();
    const ds = h.testApp.dataSource;
    await createListing(ds, {
      name: 'Jongerenwerk Súdwest',
      slug: 'jongerenwerk-sudwest',
      summary: 'Jongerenwerk in Sneek, Bolsward en de dorpen.',
      description: 'Ambulant werk op straat en online.',
      city: 'Sneek',
      municipalities: ['GM1900'],
      expertise: ['online-radicalisering', 'weerbaarheid'],
    });
    await createListing(ds, {
      name: 'Jongerenwerk Leeuwarden',
      summary: 'Buurtgericht werk met tieners.',
      description: 'Inloop.',
      city: 'Leeuwarden',
      municipalities: ['GM0080'],
      expertise: ['polarisatie'],
    });
    await createListing(ds, {
      name: 'Sleutelfiguren Fryslân',
      type: 'sleutelfiguren',
      summary: 'Een netwerk van sleutelfiguren.',
      description: 'Contact met gemeenschappen.',
      city: 'Drachten',
      provinces: ['PV21'],
      municipalities: [],
      expertise: ['online-radicalisering'],
    });
    await createListing(ds, {
      name: 'Jongerenwerk Utrecht Oost',
      summary: 'Werk in de wijk Oost.',
      description: 'Straathoekwerk.',
      city: 'Utrecht',
      municipalities: ['GM0344'],
      expertise: ['online-radicalisering'],
    });
    await createListing(ds, {
      name: 'Buurtwerk Groningen',
      type: 'overig',
      summary: 'Bemiddeling bij burenruzies.',
      description: 'Vrijwilligers.',
      city: 'Groningen',
      municipalities: ['GM0014'],
      expertise: ['groepsspanningen'],
      confirmedAt: new Date(Date.now() - 400 * DAY),
    });
    // enough for a second page
    for (let i = 1; i <= 20; i++)
      await createListing(ds, {
        name: `Kenniscentrum Reeks ${String(i).padStart(2, '0')}`,
        type: 'kennisinstituut',
        summary: 'Onderzoek.',
        description: 'Onderzoek.',
        city: 'Den Haag',
        municipalities: ['GM0518'],
        expertise: ['extreemrechts'],
      });
    visitor = await h.newSession();
  });
  after(() => h?.close());

  it('/netwerk with the map, the filters and two pages of results passes axe, in Dutch and English', async () => {
    await visitor.visit('/netwerk', { status: 200 });
    assert.equal(await visitor.heading(), 'Landelijk netwerk');
    assert.equal(await visitor.page.locator('.jep-netsearch-map a').count(), 12);
    const labels = await visitor.attributes('.jep-netsearch-map a', 'aria-label');
    assert.ok(labels.includes('Fryslân: 3 organisaties'), labels.join(', '));
    assert.ok(labels.includes('Zeeland: 0 organisaties'));
    assert.equal(await visitor.page.locator('.jep-netsearch-province-list a').count(), 12);
    assert.equal(await visitor.page.locator('.jep-pagination a[rel="next"]').count(), 1);
    assert.match(await visitor.text('.jep-netsearch-results'), /Mogelijk verouderd/);

    const english = await h.newSession({ locale: 'en-GB' });
    await english.visit('/taal/en?terug=/netwerk', { status: 200, finalPath: '/netwerk' });
    assert.equal(await english.heading(), 'National network');
    assert.ok(
      (await english.attributes('.jep-netsearch-map a', 'aria-label')).includes(
        'Fryslân: 3 organisations',
      ),
    );
  });

  it('with a query and filters, with nothing found and with unknown filters it passes axe', async () => {
    await visitor.visit(
      '/netwerk?q=jongeren&type=jongerenwerk&expertise=online-radicalisering&expertise=weerbaarheid&provincie=PV21&gemeente=GM1900&sortering=naam',
      { status: 200 },
    );
    assert.equal(await visitor.page.locator('.jep-netsearch-card').count(), 1);
    assert.equal(await visitor.page.locator('.jep-netsearch-active__link').count(), 6);
    await visitor.visit('/netwerk?q=%22NEAR((jongeren%27;%20DROP%20TABLE', { status: 200 });
    assert.match(await visitor.text('.jep-netsearch-results'), /Niets gevonden/);
    await visitor.visit('/netwerk?type=xyz&provincie=PV99&gemeente=abc', { status: 200 });
    assert.match(await visitor.text('.jep-netsearch-results'), /bestaan niet/);
  });

  it('the map: a click on a province filters on it, a click on the chosen one takes it off', async () => {
    await visitor.visit('/netwerk?q=jongeren', { status: 200 });
    await Promise.all([
      visitor.page.waitForURL((u) => u.searchParams.get('provincie') === 'PV21'),
      visitor.page.locator('.jep-netsearch-map a[aria-label^="Fryslân:"]').click(),
    ]);
    await visitor.check('the province Fryslân from the map', { status: 200 });
    assert.equal(visitor.path(), '/netwerk?q=jongeren&provincie=PV21');
    assert.equal(await visitor.page.locator('.jep-netsearch-card').count(), 2);
    const chosen = visitor.page.locator('.jep-netsearch-map a[aria-current="true"]');
    assert.match(
      (await chosen.getAttribute('aria-label')) ?? '',
      /^Fryslân: 2 organisaties, gekozen/,
    );
    await Promise.all([
      visitor.page.waitForURL((u) => !u.searchParams.has('provincie')),
      chosen.click(),
    ]);
    await visitor.check('the province filter taken off', { status: 200 });
    assert.equal(visitor.path(), '/netwerk?q=jongeren');
    assert.equal(await visitor.page.locator('.jep-netsearch-card').count(), 3);
  });

  it('by keyboard: a partner from Súdwest-Fryslân finds the youth work in Fryslân on online radicalisation', async () => {
    const partner = await h.newSession();
    const page = partner.page;
    await partner.visit('/netwerk', { status: 200 });

    // the province from the list next to the map
    await tabTo(page, byText('Fryslân (3)', 'a'), 'the link "Fryslân (3)"', { max: 80 });
    await pressAndWaitForNavigation(page, 'Enter');
    await partner.check('Fryslân chosen', { status: 200 });
    assert.equal(partner.path(), '/netwerk?provincie=PV21');

    // type: the radio group, then the arrow key to "Jongerenwerk"
    await tabTo(page, byId('netwerk-type-alle'), 'the type "Alle typen"', { max: 80 });
    await page.keyboard.press('ArrowDown');
    const type = await focused(page);
    assert.equal(type?.id, 'netwerk-type-jongerenwerk');
    assert.equal(type?.text, 'Jongerenwerk (2)');
    // expertise: a checkbox, Space ticks it
    await tabTo(
      page,
      byId('netwerk-expertise-online-radicalisering'),
      'the expertise "Online radicalisering"',
    );
    await page.keyboard.press('Space');
    assert.ok(await page.locator('#netwerk-expertise-online-radicalisering').isChecked());
    await tabTo(page, byText('Filters toepassen', 'button'), 'the button "Filters toepassen"');
    await pressAndWaitForNavigation(page, 'Enter');
    await partner.check('type and expertise applied', { status: 200 });
    // the form's own order, with the empty municipality: the same search as the canonical link
    assert.deepEqual(search(partner), {
      provincie: 'PV21',
      type: 'jongerenwerk',
      expertise: 'online-radicalisering',
    });
    assert.equal(await partner.text('.jep-netsearch-count'), '1 organisatie gevonden');

    // a word in the search field at the top: the filters stay
    await tabTo(page, byId('netwerk-q'), 'the search field');
    await page.keyboard.type('radicalisering');
    await pressAndWaitForNavigation(page, 'Enter');
    await partner.check('the search with a word', { status: 200 });
    assert.deepEqual(search(partner), {
      q: 'radicalisering',
      provincie: 'PV21',
      type: 'jongerenwerk',
      expertise: 'online-radicalisering',
    });
    assert.equal(
      await partner.text('.jep-netsearch-count'),
      '1 organisatie gevonden voor ‘radicalisering’',
    );
    assert.deepEqual(await partner.attributes('.jep-netsearch-card h3 a', 'href'), [
      '/netwerk/jongerenwerk-sudwest',
    ]);

    // and on to the organisation's page
    await tabTo(page, byText('Jongerenwerk Súdwest', 'a'), 'the result "Jongerenwerk Súdwest"', {
      max: 120,
    });
    await pressAndWaitForNavigation(page, 'Enter');
    partner.assertPath('/netwerk/jongerenwerk-sudwest');
  });
});
