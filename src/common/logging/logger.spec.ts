import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactUrl } from './logger';

describe('redactUrl', () => {
  it('hides tokens in e-mailed links', () => {
    assert.equal(
      redactUrl('/wachtwoord-herstellen/3q2-7xY_abcdefghijklmnopqrstuvwxyz0123'),
      '/wachtwoord-herstellen/[redacted]',
    );
    assert.equal(redactUrl('/agenda/AbCdEfGhIjKlMnOpQrStUvWxYz.ics'), '/agenda/[redacted]');
  });
  it('hides secret query values and keeps the rest', () => {
    assert.equal(redactUrl('/x?token=abc&pagina=2'), '/x?token=[redacted]&pagina=2');
  });
  it('leaves ordinary paths alone', () => {
    assert.equal(redactUrl('/beheer/gebruikers/12?q=jan'), '/beheer/gebruikers/12?q=jan');
  });
});
