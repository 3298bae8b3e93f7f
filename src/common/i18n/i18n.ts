import { en } from './en';
import { nl } from './nl';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageKey = keyof typeof nl;

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { nl, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(nl, key);
}

/**
 * Looks a message up in the catalogue of `locale` and fills `{name}` placeholders.
 * An unknown key is a programming error: it fails loudly in tests, not silently on a page.
 */
export function translate(
  locale: Locale,
  key: string,
  params: Record<string, unknown> = {},
): string {
  if (!hasMessage(key)) throw new Error(`Unknown message key "${key}"`);
  const template = CATALOGUES[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  });
}
