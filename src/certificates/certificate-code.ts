import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a printed code cannot be misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new certificate number: `JEP-` and 20 characters (100 random bits) in groups of four. */
export function newCertificateCode(): string {
  const bytes = randomBytes(13);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let chars = '';
  for (let i = 0; i < 20; i++) chars += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `JEP-${chars.match(/.{4}/g)!.join('-')}`;
}

/**
 * A code as a visitor may type it: case and separators do not matter, and the letters Crockford
 * reads as digits (O → 0, I and L → 1) are mapped. Null when it cannot be a certificate code.
 */
export function normaliseCertificateCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 60) return null;
  const raw = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const body = raw.startsWith('JEP') ? raw.slice(3) : raw;
  if (!/^[0-9A-HJKMNP-TV-Z]{20}$/.test(body)) return null;
  return `JEP-${body.match(/.{4}/g)!.join('-')}`;
}
