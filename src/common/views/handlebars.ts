import type { NestExpressApplication } from '@nestjs/platform-express';
import hbs from 'hbs';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hasMessage, isLocale, translate } from '../i18n/i18n';
import { formatDate, formatDateTime, isoDateTime } from './format';

type HelperOptions = { hash: Record<string, unknown>; data: { root: Record<string, unknown> } };

function localeOf(options: HelperOptions): 'nl' | 'en' {
  const locale = options?.data?.root?.locale;
  return isLocale(locale) ? locale : 'nl';
}

let registered = false;

/** Registers partials (views/partials/**) and helpers once per process. */
export function registerHandlebars(viewsDir: string): void {
  if (registered) return;
  registered = true;
  // An indented partial call would indent every line of the partial's output, including what a
  // user typed into a <textarea> that is shown again: pages are compiled without that feature.
  const compile = hbs.handlebars.compile.bind(hbs.handlebars);
  type Options = Parameters<typeof hbs.handlebars.compile>[1];
  hbs.handlebars.compile = ((input: string, options?: Options) =>
    compile(input, { preventIndent: true, ...options })) as typeof hbs.handlebars.compile;
  const partialsDir = join(viewsDir, 'partials');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.hbs')) {
        hbs.registerPartial(
          relative(partialsDir, path)
            .replace(/\\/g, '/')
            .replace(/\.hbs$/, ''),
          readFileSync(path, 'utf8'),
        );
      }
    }
  };
  walk(partialsDir);

  const h = hbs.handlebars;
  /** {{t "key" name=value}}: a message from the catalogue of the page's language. */
  hbs.registerHelper('t', function (key: unknown, options: HelperOptions) {
    if (typeof key !== 'string') return '';
    return translate(localeOf(options), key, options.hash);
  });
  /** {{tk value}} — translate when the value is a message key, else show it as it is. */
  hbs.registerHelper('tk', function (key: unknown, options: HelperOptions) {
    if (typeof key !== 'string') return '';
    return hasMessage(key) ? translate(localeOf(options), key, options.hash) : key;
  });
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  /** {{#if (includes list value)}}: a multi-value field (one string or a list) contains value. */
  hbs.registerHelper('includes', (list: unknown, value: unknown) =>
    Array.isArray(list) ? list.includes(value) : list === value,
  );
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hbs.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  hbs.registerHelper('not', (a: unknown) => !a);
  // Helper names must not shadow view-model fields ({{date}} would call a helper named date).
  hbs.registerHelper('formatDate', (d: unknown, options: HelperOptions) =>
    formatDate(d, localeOf(options)),
  );
  hbs.registerHelper('formatDateTime', (d: unknown, options: HelperOptions) =>
    formatDateTime(d, localeOf(options)),
  );
  hbs.registerHelper('formatIsoDateTime', (d: unknown) => isoDateTime(d));
  /** The hidden CSRF field of a form; creating the token starts the session. */
  hbs.registerHelper('csrfField', function (options: HelperOptions) {
    const make = options.data.root.csrfToken;
    const token = typeof make === 'function' ? String((make as () => string)()) : '';
    return new h.SafeString(
      `<input type="hidden" name="_csrf" value="${h.Utils.escapeExpression(token)}">`,
    );
  });
  /** Field state for the form partials: value, error message and ids. */
  hbs.registerHelper('fieldValue', (name: string, options: HelperOptions) => {
    const values = options.data.root.values as Record<string, unknown> | undefined;
    const v = values?.[name];
    return typeof v === 'string' ? v : '';
  });
  hbs.registerHelper('fieldError', (name: string, options: HelperOptions) => {
    const errors = options.data.root.errors as Record<string, string> | undefined;
    return errors?.[name] ?? '';
  });
  hbs.registerHelper('selected', (name: string, value: unknown, options: HelperOptions) => {
    const values = options.data.root.values as Record<string, unknown> | undefined;
    return values?.[name] === value ? 'selected' : '';
  });
  hbs.registerHelper('checked', (name: string, value: unknown, options: HelperOptions) => {
    const values = options.data.root.values as Record<string, unknown> | undefined;
    return values?.[name] === value ? 'checked' : '';
  });
}

/** Handlebars as Express's view engine, with the site layout. */
export function configureViews(
  app: NestExpressApplication,
  viewsDir: string,
  cache: boolean,
): void {
  registerHandlebars(viewsDir);
  app.setBaseViewsDir(viewsDir);
  app.setViewEngine('hbs');
  app.set('view options', { layout: 'layouts/main' });
  app.set('view cache', cache);
}
