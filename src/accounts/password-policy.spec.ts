import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPassword } from './password-policy';

describe('password policy', () => {
  it('refuses passwords shorter than 8 characters', () => {
    assert.equal(checkPassword('kort123'), 'tooShort');
    assert.equal(checkPassword('lang genoeg zinnetje'), null);
  });
  it('accepts 64 characters and refuses more than 128', () => {
    assert.equal(checkPassword('a'.repeat(30) + ' ' + 'b'.repeat(33)), null);
    assert.equal(checkPassword('x'.repeat(129)), 'tooLong');
  });
  it('refuses the most common passwords, English and Dutch, whatever the case', () => {
    assert.equal(checkPassword('password1'), 'tooCommon');
    assert.equal(checkPassword('Qwerty123'), 'tooCommon');
    assert.equal(checkPassword('Welkom123'), 'tooCommon');
    assert.equal(checkPassword('wachtwoord'), 'tooCommon');
  });
  it('refuses the e-mail address or its local part', () => {
    assert.equal(
      checkPassword('fatima.yilmaz@school.nl', 'fatima.yilmaz@school.nl'),
      'sameAsEmail',
    );
    assert.equal(checkPassword('Fatima.Yilmaz', 'fatima.yilmaz@school.nl'), 'sameAsEmail');
  });
  it('counts characters, not bytes', () => {
    assert.equal(checkPassword('éééééééé'), null);
  });
});
