/**
 * Malformed form input for the bad-input run: a fixed catalogue of nasty values (very long,
 * unicode edge cases, control characters, lone surrogates, broken percent-encoding, markup, SQL,
 * wrong types) plus seeded random mixtures of them, and the ways to put them in a form body
 * (replace one field, send it as a list, as a nested name, leave it out, add extra fields).
 * Deterministic: the same seed gives the same values in the same order.
 */

/** A value already percent-encoded for an application/x-www-form-urlencoded body. */
export interface Raw {
  raw: string;
}

export type Value = string | Raw;

export interface Malformed {
  /** the category, for the report: long, unicode, control, surrogate, encoding, markup, sql, type */
  kind: string;
  value: Value;
}

/** The markers of an unescaped echo: none of them may appear verbatim in any response. */
export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '"><img src=x onerror=alert(1)>';
export const SVG = "'><svg onload=alert(1)>";
export const ECHO_MARKERS = [SCRIPT, 'onerror=alert(1)', 'onload=alert(1)', '<svg onload'];

/** mulberry32: a small seeded generator, good enough to choose test values reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Percent-encodes like a browser would, except that a lone surrogate is sent as the bytes a
 * careless client sends (its generalised UTF-8, invalid in real UTF-8) instead of failing.
 */
export function percentEncode(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(value.slice(i, i + 2));
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(value[i]).replace(/%20/g, '+');
    }
  }
  return out;
}

export function encodeValue(value: Value): string {
  return typeof value === 'string' ? percentEncode(value) : value.raw;
}

/** The fixed catalogue: every category at least once. */
export const CATALOGUE: Malformed[] = [
  // very long
  { kind: 'long', value: 'x'.repeat(10_000) },
  { kind: 'long', value: 'a b '.repeat(2_600) },
  { kind: 'long', value: 'é'.repeat(100_000) },
  { kind: 'long', value: '😀'.repeat(5_000) },
  // unicode
  { kind: 'unicode', value: '\u202Egnp.exe\u202C' },
  { kind: 'unicode', value: 'مرحبا بالعالم שלום' },
  { kind: 'unicode', value: '👩‍👩‍👧‍👦🏳️‍🌈🇳🇱' },
  { kind: 'unicode', value: 'Z̴̡̛̤̈́a̸̢̛l̷̨̈g̶̣̈́o̵̧͝' },
  { kind: 'unicode', value: '\uFEFF\u200B\u200D\u2060' },
  { kind: 'unicode', value: 'ﬁ ẞ İı Ǆ ß' },
  { kind: 'unicode', value: '\uFFFD\uFFFF\uFFFE' },
  // control characters
  { kind: 'control', value: 'a\u0000b' },
  { kind: 'control', value: '\u0000' },
  { kind: 'control', value: '\u0001\u0002\u0007\u0008\u001b[31mrood\u001b[0m' },
  { kind: 'control', value: 'regel\r\nInjected-Header: x\r\n\r\n' },
  { kind: 'control', value: '\t\v\f\u0085\u2028\u2029' },
  { kind: 'control', value: '\u007f\u009f' },
  // lone surrogates and invalid UTF-8
  { kind: 'surrogate', value: '\uD800' },
  { kind: 'surrogate', value: 'a\uDFFFb' },
  { kind: 'surrogate', value: '\uDBFF\uDBFF' },
  { kind: 'encoding', value: { raw: '%FF%FE%FD' } },
  { kind: 'encoding', value: { raw: '%C0%AF%C0%AE' } },
  { kind: 'encoding', value: { raw: '%' } },
  { kind: 'encoding', value: { raw: '%zz%E0%A4%A' } },
  { kind: 'encoding', value: { raw: '%00%00' } },
  // markup and script
  { kind: 'markup', value: SCRIPT },
  { kind: 'markup', value: IMG },
  { kind: 'markup', value: SVG },
  { kind: 'markup', value: `</textarea></title>${SCRIPT}` },
  { kind: 'markup', value: 'javascript:alert(1)' },
  { kind: 'markup', value: "{{constructor.constructor('alert(1)')()}}" },
  { kind: 'markup', value: '{{> layouts/main}}{{{body}}}' },
  { kind: 'markup', value: '[klik](javascript:alert(1)) ![x](x" onerror=alert(1))' },
  { kind: 'markup', value: '=HYPERLINK("https://evil.example","x")' },
  { kind: 'markup', value: '&lt;script&gt;&amp;&#0;' },
  // SQL
  { kind: 'sql', value: "' OR 1=1 --" },
  { kind: 'sql', value: '1; DROP TABLE users; --' },
  { kind: 'sql', value: '" OR ""="' },
  { kind: 'sql', value: "1' UNION SELECT password_hash FROM users --" },
  { kind: 'sql', value: "%' AND 1=0 UNION SELECT NULL --" },
  // wrong types and edge numbers
  { kind: 'type', value: '' },
  { kind: 'type', value: ' ' },
  { kind: 'type', value: '-1' },
  { kind: 'type', value: '0' },
  { kind: 'type', value: '1e309' },
  { kind: 'type', value: '99999999999999999999999999' },
  { kind: 'type', value: '-9223372036854775809' },
  { kind: 'type', value: 'NaN' },
  { kind: 'type', value: '0x10' },
  { kind: 'type', value: '1.5' },
  { kind: 'type', value: 'true' },
  { kind: 'type', value: 'null' },
  { kind: 'type', value: '__proto__' },
  { kind: 'type', value: '2026-02-30' },
  { kind: 'type', value: '0000-00-00' },
  { kind: 'type', value: '99999-12-31T25:61' },
  { kind: 'type', value: '../../../etc/passwd' },
];

const PIECES = CATALOGUE.filter((m) => typeof m.value === 'string' && m.value.length < 200).map(
  (m) => m.value as string,
);

/** A seeded random mixture of catalogue pieces and random code points (up to ~300 characters). */
export function randomMalformed(random: () => number): Malformed {
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) {
    if (random() < 0.5) parts.push(PIECES[Math.floor(random() * PIECES.length)]);
    else {
      let s = '';
      const n = 1 + Math.floor(random() * 40);
      for (let j = 0; j < n; j++) {
        const r = random();
        // control, ASCII, Latin/RTL/combining, surrogates (paired or lone), astral
        const code =
          r < 0.1
            ? Math.floor(random() * 0x20)
            : r < 0.5
              ? 0x20 + Math.floor(random() * 0x5f)
              : r < 0.8
                ? 0x80 + Math.floor(random() * 0x700)
                : r < 0.9
                  ? 0xd800 + Math.floor(random() * 0x800)
                  : 0x1f300 + Math.floor(random() * 0x300);
        s += code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code);
      }
      parts.push(s);
    }
  }
  return { kind: 'random', value: parts.join('') };
}

/** A form field as the page gives it: a name and the value the page filled in. */
export type Fields = [name: string, value: string][];

export interface Body {
  label: string;
  /** url-encoded body without the CSRF token */
  body: string;
}

function encodePairs(pairs: [string, Value][]): string {
  return pairs.map(([k, v]) => `${percentEncode(k)}=${encodeValue(v)}`).join('&');
}

const short = (v: Value) =>
  typeof v === 'string'
    ? JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…(${v.length})` : v)
    : `raw ${v.raw}`;

/**
 * The malformed bodies for one form: for each field of `names`, `perField` values (the catalogue in a
 * seeded order, then random mixtures) with the other fields as the page filled them; the field
 * as a list, as a nested name, left out; and the whole form empty and with extra fields.
 */
export function malformedBodies(
  fields: Fields,
  names: string[],
  perField: number,
  random: () => number,
): Body[] {
  const bodies: Body[] = [];
  const rest = (name: string): [string, Value][] => fields.filter(([n]) => n !== name);
  const offset = Math.floor(random() * CATALOGUE.length);
  for (const name of names) {
    for (let i = 0; i < perField; i++) {
      const m =
        i < CATALOGUE.length
          ? CATALOGUE[(offset + i * 7) % CATALOGUE.length]
          : randomMalformed(random);
      bodies.push({
        label: `${name}=${m.kind} ${short(m.value)}`,
        body: encodePairs([...rest(name), [name, m.value]]),
      });
    }
    const original = fields.find(([n]) => n === name)?.[1] ?? '';
    bodies.push(
      {
        label: `${name} as a list`,
        body: encodePairs([...rest(name), [name, original], [name, SCRIPT]]),
      },
      { label: `${name}[] (array syntax)`, body: encodePairs([...rest(name), [`${name}[]`, '1']]) },
      {
        label: `${name}[b] (nested)`,
        body: encodePairs([...rest(name), [`${name}[b]`, '1'], [`${name}[__proto__]`, 'x']]),
      },
      { label: `${name} missing`, body: encodePairs(rest(name)) },
    );
  }
  bodies.push(
    { label: 'every field missing', body: '' },
    {
      label: 'extra fields',
      body: encodePairs([
        ...fields,
        ['role', 'admin'],
        ['userId', '1'],
        ['id', '-1'],
        ['__proto__[admin]', 'true'],
        ['constructor[prototype][admin]', 'true'],
        [SCRIPT, IMG],
      ]),
    },
    {
      label: 'a thousand extra fields',
      body: encodePairs([
        ...fields,
        ...Array.from({ length: 1000 }, (_, i): [string, Value] => [`f${i}`, 'x']),
      ]),
    },
  );
  return bodies;
}
