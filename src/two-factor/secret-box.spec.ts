import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SecretBox } from './secret-box';

describe('SecretBox (AES-256-GCM)', () => {
  const box = new SecretBox('a key of at least thirty-two characters, for tests');
  const secret = Buffer.from('12345678901234567890');

  it('opens what it sealed, with a fresh IV every time', () => {
    const a = box.seal(secret);
    const b = box.seal(secret);
    assert.notEqual(a, b);
    assert.deepEqual(box.open(a), secret);
    assert.deepEqual(box.open(b), secret);
    assert.ok(!a.includes(secret.toString('base64url')), 'not readable');
    assert.ok(a.length < 300, 'fits the column');
  });

  it('refuses another key, an altered text and garbage', () => {
    const sealed = box.seal(secret);
    assert.equal(new SecretBox('another key of at least thirty-two characters').open(sealed), null);
    const parts = sealed.split('.');
    const data = Buffer.from(parts[3], 'base64url');
    data[0] ^= 1;
    parts[3] = data.toString('base64url');
    assert.equal(box.open(parts.join('.')), null);
    for (const bad of ['', 'v1', 'v1.a.b.c', 'v2.' + sealed.slice(3), 'x'.repeat(300)])
      assert.equal(box.open(bad), null, bad);
  });
});
