import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { absoluteUrl, issueBodyEmailHtml, issueBodyHtml, issueBodyText } from './issue-content';

const BASE = 'https://platformjep.nl';

describe('issue content', () => {
  it('drops script, event handlers, javascript: links and a writer’s own styles', () => {
    const markdown = [
      '<script>alert(1)</script>',
      '<p style="color:red" onclick="steal()">Hallo</p>',
      '[klik](javascript:alert(1)) en <img src="x" onerror="alert(1)">',
      '<iframe src="https://evil.example"></iframe>',
    ].join('\n\n');
    for (const html of [issueBodyHtml(markdown, BASE), issueBodyEmailHtml(markdown, BASE)]) {
      assert.doesNotMatch(html, /<script|alert\(1\)|onclick|onerror|javascript:|iframe|color:red/i);
      assert.match(html, /Hallo/);
    }
  });

  it('makes links and images absolute and keeps only http(s) and mailto', () => {
    assert.equal(absoluteUrl('/aanbod', BASE), 'https://platformjep.nl/aanbod');
    assert.equal(absoluteUrl('aanbod/omei', BASE), 'https://platformjep.nl/aanbod/omei');
    assert.equal(absoluteUrl('mailto:info@platformjep.nl', BASE), 'mailto:info@platformjep.nl');
    assert.equal(absoluteUrl('ftp://x.nl/a', BASE), null);
    assert.equal(absoluteUrl('javascript:alert(1)', BASE), null);
    const html = issueBodyHtml('[Aanbod](/aanbod) ![Klas](/img/klas.jpg)', BASE);
    assert.match(html, /<a href="https:\/\/platformjep\.nl\/aanbod">Aanbod<\/a>/);
    assert.match(html, /<img src="https:\/\/platformjep\.nl\/img\/klas\.jpg" alt="Klas" \/>/);
  });

  it('puts the platform’s style on every element of the e-mail, none on the web version', () => {
    const markdown = '# Kop\n\nTekst met [link](/x).\n\n- een\n- twee';
    const email = issueBodyEmailHtml(markdown, BASE);
    for (const tag of ['h2', 'p', 'a', 'ul', 'li'])
      assert.match(email, new RegExp(`<${tag}[^>]* style="[^"]+"`), tag);
    assert.doesNotMatch(issueBodyHtml(markdown, BASE), /style=/);
    // The page has its own h1: a heading in the text starts at level 2.
    assert.match(issueBodyHtml(markdown, BASE), /<h2>Kop<\/h2>/);
  });

  it('writes the text part from the same source, links in full', () => {
    const text = issueBodyText(
      '## Wat werkt\n\nSamen met **school** & wijk. Zie [het aanbod](/aanbod).\n\n1. Luisteren\n2. Doorvragen\n\n> Een jongerenwerker\n\n<b>vet</b>',
      BASE,
    );
    assert.equal(
      text,
      [
        'Wat werkt\n=========',
        'Samen met school & wijk. Zie het aanbod (https://platformjep.nl/aanbod).',
        '1. Luisteren\n2. Doorvragen',
        '> Een jongerenwerker',
        'vet',
      ].join('\n\n'),
    );
  });
});
