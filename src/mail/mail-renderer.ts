import { Injectable } from '@nestjs/common';
import hbs from 'hbs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Locale, MessageKey, translate } from '../common/i18n/i18n';
import { VIEWS_DIR } from '../config/paths';

type Template = (context: unknown) => string;

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/**
 * Renders `views/emails/<template>.html.hbs` and `.text.hbs` inside the e-mail layouts, with the
 * same helpers as the pages. The subject is the message `mail.<template>.subject`.
 */
@Injectable()
export class MailRenderer {
  private readonly cache = new Map<string, Template>();

  render(
    template: string,
    locale: Locale,
    data: Record<string, unknown>,
    baseUrl: string,
  ): RenderedMail {
    const context = { ...data, locale, baseUrl };
    const subject = translate(locale, `mail.${template}.subject` as MessageKey, data);
    const htmlBody = this.compile(`${template}.html.hbs`)(context);
    const textBody = this.compile(`${template}.text.hbs`)(context);
    return {
      subject,
      html: this.compile('layout.html.hbs')({ ...context, subject, body: htmlBody }),
      text: this.compile('layout.text.hbs')({ ...context, subject, body: textBody }),
    };
  }

  private compile(file: string): Template {
    let template = this.cache.get(file);
    if (!template) {
      const source = readFileSync(join(VIEWS_DIR, 'emails', file), 'utf8');
      template = hbs.handlebars.compile(source, {
        strict: false,
        noEscape: file.endsWith('.text.hbs'),
      });
      this.cache.set(file, template);
    }
    return template;
  }
}
