import { Inject, Injectable } from '@nestjs/common';
import hbs from 'hbs';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Locale, translate } from '../common/i18n/i18n';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { VIEWS_DIR } from '../config/paths';
import { issueBodyEmailHtml, issueBodyText } from './issue-content';
import type { NewsletterIssue } from './issue.entity';

/**
 * An issue rendered once for all its recipients: the HTML and text split where the personal
 * parts (address, unsubscribe and preferences links) go, so a message is made by joining strings.
 */
export interface IssueMail {
  subject: string;
  html: string[];
  text: string[];
  /** Which personal value goes between part i and i+1 (same order in html and text). */
  htmlSlots: Slot[];
  textSlots: Slot[];
}

type Slot = 'email' | 'unsubscribe' | 'preferences';

export interface PersonalMail {
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

type Template = (context: unknown) => string;

function escapeHtml(value: string): string {
  return hbs.handlebars.Utils.escapeExpression(value);
}

/** The personal links of a subscriber; the token is the subscriber's manage token. */
export function unsubscribeUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/jepzine/afmelden/${encodeURIComponent(token)}`;
}

export function preferencesUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/jepzine/voorkeuren/${encodeURIComponent(token)}`;
}

/** Renders `views/emails/newsletter-issue.{html,text}.hbs` (whole documents, no mail layout). */
@Injectable()
export class IssueMailRenderer {
  private readonly templates = new Map<string, Template>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  render(issue: NewsletterIssue, locale: Locale, options: { test?: boolean } = {}): IssueMail {
    const baseUrl = this.config.baseUrl;
    // Markers of letters and digits only: escaping leaves them as they are.
    const nonce = randomBytes(8).toString('hex');
    const marks: Record<Slot, string> = {
      email: `jepzine${nonce}email`,
      unsubscribe: `jepzine${nonce}unsubscribe`,
      preferences: `jepzine${nonce}preferences`,
    };
    const context = {
      locale,
      baseUrl,
      test: options.test ?? false,
      title: issue.title,
      summary: issue.summary,
      subject: translate(locale, 'mail.newsletter-issue.subject', { title: issue.title }),
      bodyHtml: issueBodyEmailHtml(issue.bodyMarkdown, baseUrl),
      bodyText: issueBodyText(issue.bodyMarkdown, baseUrl),
      webUrl: `${baseUrl}/jepzine/${issue.slug}`,
      email: marks.email,
      unsubscribeUrl: marks.unsubscribe,
      preferencesUrl: marks.preferences,
    };
    const split = (output: string) => {
      const pattern = new RegExp(`jepzine${nonce}(email|unsubscribe|preferences)`, 'g');
      const parts: string[] = [];
      const slots: Slot[] = [];
      let last = 0;
      for (const match of output.matchAll(pattern)) {
        parts.push(output.slice(last, match.index));
        slots.push(match[1] as Slot);
        last = match.index + match[0].length;
      }
      parts.push(output.slice(last));
      return { parts, slots };
    };
    const html = split(this.template('newsletter-issue.html.hbs')(context));
    const text = split(this.template('newsletter-issue.text.hbs')(context));
    return {
      subject: context.subject,
      html: html.parts,
      htmlSlots: html.slots,
      text: text.parts,
      textSlots: text.slots,
    };
  }

  /**
   * One subscriber's message. Without a token (a test message) the personal links go to the
   * JEPzine page and the message has no List-Unsubscribe header.
   */
  personalise(mail: IssueMail, to: { email: string; token: string | null }): PersonalMail {
    const baseUrl = this.config.baseUrl;
    const values: Record<Slot, string> = {
      email: to.email,
      unsubscribe: to.token ? unsubscribeUrl(baseUrl, to.token) : `${baseUrl}/jepzine`,
      preferences: to.token ? preferencesUrl(baseUrl, to.token) : `${baseUrl}/jepzine`,
    };
    const join = (parts: string[], slots: Slot[], escape: boolean) => {
      let out = parts[0];
      for (let i = 0; i < slots.length; i++)
        out += (escape ? escapeHtml(values[slots[i]]) : values[slots[i]]) + parts[i + 1];
      return out;
    };
    return {
      subject: mail.subject,
      html: join(mail.html, mail.htmlSlots, true),
      text: join(mail.text, mail.textSlots, false),
      // RFC 2369 and RFC 8058: mail programs show an unsubscribe button that POSTs here.
      headers: to.token
        ? {
            'List-Unsubscribe': `<${values.unsubscribe}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          }
        : {},
    };
  }

  private template(file: string): Template {
    let template = this.templates.get(file);
    if (!template) {
      const source = readFileSync(join(VIEWS_DIR, 'emails', file), 'utf8');
      template = hbs.handlebars.compile(source, { noEscape: file.endsWith('.text.hbs') });
      this.templates.set(file, template);
    }
    return template;
  }
}
