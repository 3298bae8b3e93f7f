import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { VIEWS_DIR } from '../../config/paths';
import { en } from './en';
import { hasMessage, translate } from './i18n';
import { nl } from './nl';

function viewFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? viewFiles(path) : path.endsWith('.hbs') ? [path] : [];
  });
}

describe('message catalogues', () => {
  it('fills placeholders', () => {
    assert.equal(translate('nl', 'mijn.welcome', { name: 'Fatima' }), 'Welkom, Fatima.');
    assert.equal(translate('en', 'validation.tooLong', { max: 200 }).includes('200'), true);
  });
  it('has every message key that a view uses, in both languages', () => {
    const missing: string[] = [];
    for (const file of viewFiles(VIEWS_DIR)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\{\{t "([^"]+)"/g))
        if (!hasMessage(match[1])) missing.push(`${file}: ${match[1]}`);
      for (const match of source.matchAll(/(label|hint|placeholder)="([a-z][\w.-]+\.[\w.-]+)"/g)) {
        if (!hasMessage(match[2])) missing.push(`${file}: ${match[2]}`);
      }
    }
    assert.deepEqual(missing, []);
  });
  it('keeps the same placeholders in English as in Dutch', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[])
      assert.deepEqual(names(en[key]), names(nl[key]), key);
  });
});
