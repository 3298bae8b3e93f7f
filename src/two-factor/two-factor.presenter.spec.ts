import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeUserAgent, sessionRef, sessionsPage, setupPage } from './two-factor.presenter';
import { groupSecret, normaliseRecoveryCode, newRecoveryCode } from './recovery-codes';

const FIREFOX_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const CHROME_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const EDGE =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0';

describe('two-factor presenter', () => {
  it('names the browser and system in words', () => {
    assert.equal(describeUserAgent(FIREFOX_WINDOWS, 'nl'), 'Firefox op Windows');
    assert.equal(describeUserAgent(CHROME_MAC, 'nl'), 'Chrome op macOS');
    assert.equal(describeUserAgent(SAFARI_IPHONE, 'en'), 'Safari on iOS');
    assert.equal(describeUserAgent(EDGE, 'nl'), 'Edge op Windows');
    assert.equal(describeUserAgent(null, 'nl'), 'Onbekende browser');
    assert.equal(describeUserAgent('curl/8.0', 'en'), 'Unknown browser');
  });

  it('lists this session first and never shows a session id', () => {
    const now = new Date('2025-03-10T10:00:00Z');
    const page = sessionsPage(
      [
        {
          sid: 'other-old',
          createdAt: now,
          lastSeenAt: new Date(now.getTime() - 60_000),
          userAgent: FIREFOX_WINDOWS,
        },
        { sid: 'mine', createdAt: now, lastSeenAt: now, userAgent: CHROME_MAC },
        { sid: 'other-new', createdAt: null, lastSeenAt: now, userAgent: null },
      ],
      'mine',
      'nl',
    );
    assert.deepEqual(
      page.sessions.map((s) => [s.browser, s.current]),
      [
        ['Chrome op macOS', true],
        ['Onbekende browser', false],
        ['Firefox op Windows', false],
      ],
    );
    assert.equal(page.sessions[1].started, 'Onbekend');
    assert.equal(page.sessions[0].started, '10 maart 2025 11:00');
    assert.ok(page.hasOthers);
    assert.equal(page.sessions[2].ref, sessionRef('other-old'));
    assert.ok(page.sessions.every((s) => /^[0-9a-f]{32}$/.test(s.ref) && !s.ref.includes('mine')));
    assert.equal(page.sessions[2].endLabel, 'Sessie Firefox op Windows beëindigen');
  });

  it('shows the secret in groups while setting up, and the status once enabled', () => {
    const setup = setupPage(
      {
        enabled: false,
        enabledAt: null,
        required: true,
        recoveryLeft: 0,
        secret: 'ABCD EFGH',
        qrDataUrl: 'data:image/png;base64,x',
      },
      'nl',
    );
    assert.equal(setup.secret, 'ABCD EFGH');
    assert.equal(setup.qrDataUrl, 'data:image/png;base64,x');
    const on = setupPage(
      {
        enabled: true,
        enabledAt: new Date('2025-03-10T10:00:00Z'),
        required: false,
        recoveryLeft: 7,
      },
      'nl',
    );
    assert.equal(on.recoveryLeft, '7');
    assert.match(on.enabledSince, /10 maart 2025/);
  });

  it('makes recovery codes that survive typing', () => {
    assert.equal(groupSecret('ABCDEFGHIJKL'), 'ABCD EFGH IJKL');
    const code = newRecoveryCode();
    assert.match(code, /^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    assert.equal(
      normaliseRecoveryCode(code.toLowerCase().replace('-', ' ')),
      code.replace('-', ''),
    );
    assert.equal(normaliseRecoveryCode('12345'), null);
    assert.equal(normaliseRecoveryCode('OOOOO-IIIII'), null);
  });
});
