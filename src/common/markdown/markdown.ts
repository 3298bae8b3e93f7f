import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** The tags user Markdown may produce (headings from level 2: the page has its own h1). */
export const MARKDOWN_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'b',
  'i',
  'ul',
  'ol',
  'li',
  'a',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'code',
  'pre',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const;

/** Only these tags survive; links only to http(s) and mailto; no images, no inline style or script. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...MARKDOWN_TAGS],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    // Headings in user text start at level 2: the page has its own h1.
    h1: 'h2',
    a: (tagName, attribs) => ({ tagName, attribs: { href: attribs.href ?? '' } }),
  },
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href,
};

/**
 * Markdown written by staff or partners → HTML that is safe to output raw ({{{ }}}).
 * The one place where user text becomes markup.
 */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source ?? '') as string;
  return sanitizeHtml(html, SANITIZE);
}
