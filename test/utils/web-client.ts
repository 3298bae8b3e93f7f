import * as cheerio from 'cheerio';
import type { Server } from 'node:http';
import request from 'supertest';

export interface Page {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  $: cheerio.CheerioAPI;
  location?: string;
}

/**
 * Drives the app like a browser without JavaScript: keeps cookies, reads forms and their CSRF
 * token from the page, posts them url-encoded, and follows redirects when asked.
 */
export class WebClient {
  readonly agent: ReturnType<typeof request.agent>;
  /** the last page that was shown, so `submit` can read its form */
  last: Page | null = null;

  /** `origin`: sent as the Origin header of every POST, as a browser does for a form. */
  constructor(
    server: Server,
    private readonly origin: string | null = null,
  ) {
    this.agent = request.agent(server);
  }

  async get(path: string, follow = false): Promise<Page> {
    const res = await this.agent.get(path).set('Accept', 'text/html');
    return this.finish(res, follow);
  }

  /** Posts `fields` plus the CSRF token from the form on the last page, when it has one. */
  async post(
    path: string,
    fields: Record<string, string | string[]>,
    options: { follow?: boolean; csrf?: string | null } = {},
  ): Promise<Page> {
    // A form without a token (the session-free subscribe form) is posted without one.
    const csrf =
      options.csrf === undefined
        ? (this.last?.$('input[name="_csrf"]').first().attr('value') ?? null)
        : options.csrf;
    const body = new URLSearchParams();
    if (csrf !== null) body.append('_csrf', csrf);
    for (const [k, v] of Object.entries(fields))
      for (const value of Array.isArray(v) ? v : [v]) body.append(k, value);
    const post = this.agent.post(path).set('Accept', 'text/html').type('form');
    if (this.origin) void post.set('Origin', this.origin);
    const res = await post.send(body.toString());
    return this.finish(res, options.follow ?? false);
  }

  /** GETs the page with the form, then posts it: what a user does. */
  async submit(
    path: string,
    fields: Record<string, string | string[]>,
    follow = true,
    formPath = path,
  ): Promise<Page> {
    await this.get(formPath);
    return this.post(path, fields, { follow });
  }

  csrfToken(): string {
    const token = this.last?.$('input[name="_csrf"]').first().attr('value');
    if (!token) throw new Error('No CSRF token on the last page');
    return token;
  }

  cookies(): string {
    return (
      this.agent as unknown as { jar: { getCookies(o: unknown): { toValueString(): string }[] } }
    ).jar
      .getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false })
      .map((c) => c.toValueString())
      .join('; ');
  }

  private async finish(res: request.Response, follow: boolean): Promise<Page> {
    const location = res.headers.location as string | undefined;
    if (follow && res.status >= 300 && res.status < 400 && location) {
      return this.get(location.replace(/^https?:\/\/[^/]+/, ''), true);
    }
    const page: Page = {
      status: res.status,
      headers: res.headers,
      text: res.text ?? '',
      $: cheerio.load(res.text ?? ''),
      location,
    };
    // A message shown with its placeholder unfilled ("hoogstens {max} tekens") is a bug on any page.
    if (String(res.headers['content-type'] ?? '').startsWith('text/html')) {
      const unfilled = page
        .$('body')
        .text()
        .match(/\{[a-z][A-Za-z]*\}/);
      if (unfilled) throw new Error(`An unfilled message placeholder ${unfilled[0]} in the page`);
    }
    this.last = page;
    return page;
  }
}

/** The visible text of an element, with white space folded. */
export function textOf($: cheerio.CheerioAPI, selector: string): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}

/** The values a form on the page would send, without the CSRF token and the named fields. */
export function formValues(page: Page, form: string, skip: string[] = []): Record<string, string> {
  const values: Record<string, string> = Object.fromEntries(
    page
      .$(form)
      .serializeArray()
      .filter((f) => f.name !== '_csrf' && !skip.includes(f.name))
      .map((f) => [f.name, f.value]),
  );
  // Cheerio takes an option's text instead of its value inside an <optgroup>: read selects here.
  page
    .$(form)
    .find('select[name]:not([multiple])')
    .each((_, select) => {
      const name = page.$(select).attr('name')!;
      if (skip.includes(name)) return;
      const options = page.$(select).find('option');
      const chosen = options.filter('[selected]').first();
      const option = chosen.length ? chosen : options.first();
      if (option.length) values[name] = option.attr('value') ?? option.text();
    });
  return values;
}
