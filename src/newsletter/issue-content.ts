import { Marked, Token, Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { MARKDOWN_TAGS } from '../common/markdown/markdown';

/**
 * One JEPzine issue's Markdown → the web version, the HTML e-mail (styles inlined on every
 * element, for mail clients that drop <style>) and the plain-text alternative, all from the same
 * source. Links and images become absolute URLs. Script and inline markup never survive.
 */

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** The platform's Markdown tags, and images: an issue may show pictures (absolute URLs). */
const TAGS: string[] = [...MARKDOWN_TAGS, 'img'];

/** Inline styles for the e-mail: the same look in clients that ignore a stylesheet. */
export const EMAIL_STYLES: Record<string, string> = {
  p: 'margin:0 0 16px 0;font-size:16px;line-height:1.5;color:#1a1a1a;',
  h2: 'margin:24px 0 12px 0;font-size:22px;line-height:1.3;color:#1d3f72;',
  h3: 'margin:20px 0 8px 0;font-size:18px;line-height:1.3;color:#1d3f72;',
  h4: 'margin:16px 0 8px 0;font-size:16px;line-height:1.3;color:#1a1a1a;',
  a: 'color:#1d3f72;text-decoration:underline;',
  ul: 'margin:0 0 16px 0;padding-left:24px;',
  ol: 'margin:0 0 16px 0;padding-left:24px;',
  li: 'margin:0 0 6px 0;font-size:16px;line-height:1.5;',
  blockquote: 'margin:0 0 16px 0;padding:8px 16px;border-left:4px solid #1d3f72;color:#333333;',
  code: 'font-family:Consolas,Menlo,monospace;font-size:14px;background:#f3f3f3;',
  pre: 'margin:0 0 16px 0;padding:12px;background:#f3f3f3;white-space:pre-wrap;',
  hr: 'border:0;border-top:1px solid #e0e0e0;margin:24px 0;',
  img: 'display:block;max-width:100%;height:auto;border:0;margin:0 0 16px 0;',
  table: 'border-collapse:collapse;margin:0 0 16px 0;width:100%;',
  th: 'border:1px solid #e0e0e0;padding:6px;text-align:left;',
  td: 'border:1px solid #e0e0e0;padding:6px;',
};

/** A relative link or image path in an issue becomes a URL on this platform; other schemes go. */
export function absoluteUrl(href: string | undefined, baseUrl: string): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (/^mailto:/i.test(trimmed)) return trimmed;
  try {
    const url = new URL(trimmed, `${baseUrl}/`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function sanitizeOptions(baseUrl: string, email: boolean): sanitizeHtml.IOptions {
  const style = (tag: string, attribs: Record<string, string>) =>
    email && EMAIL_STYLES[tag] ? { ...attribs, style: EMAIL_STYLES[tag] } : attribs;
  const styled = Object.fromEntries(
    TAGS.filter((tag) => !['a', 'img', 'h1'].includes(tag)).map((tag) => [
      tag,
      (tagName: string) => ({ tagName, attribs: style(tagName, {}) }),
    ]),
  );
  return {
    allowedTags: TAGS,
    // Every allowed tag is rebuilt below: a writer's own attributes (style, class, on…) never
    // survive; in the e-mail each element gets the platform's inline style.
    allowedAttributes: {
      a: ['href', ...(email ? ['style'] : [])],
      img: ['src', 'alt', ...(email ? ['style'] : [])],
      ...(email ? { '*': ['style'] } : {}),
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    parseStyleAttributes: false,
    transformTags: {
      ...styled,
      h1: () => ({ tagName: 'h2', attribs: style('h2', {}) }),
      a: (tagName, attribs) => ({
        tagName,
        attribs: style('a', { href: absoluteUrl(attribs.href, baseUrl) ?? '' }),
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: style('img', {
          src: absoluteUrl(attribs.src, baseUrl) ?? '',
          alt: attribs.alt ?? '',
        }),
      }),
    },
    exclusiveFilter: (frame) =>
      (frame.tag === 'a' && !frame.attribs.href) || (frame.tag === 'img' && !frame.attribs.src),
  };
}

/** The issue's body as safe HTML for the web page and the preview (output raw with {{{ }}}). */
export function issueBodyHtml(markdown: string, baseUrl: string): string {
  return sanitizeHtml(marked.parse(markdown ?? '') as string, sanitizeOptions(baseUrl, false));
}

/** The issue's body as safe HTML with every element's style inline, for the e-mail. */
export function issueBodyEmailHtml(markdown: string, baseUrl: string): string {
  return sanitizeHtml(marked.parse(markdown ?? '') as string, sanitizeOptions(baseUrl, true));
}

function stripTags(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function inline(tokens: Token[] | undefined, baseUrl: string): string {
  if (!tokens) return '';
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'link': {
          const link = token as Tokens.Link;
          const url = absoluteUrl(link.href, baseUrl);
          const label = inline(link.tokens, baseUrl);
          return url && url !== label ? `${label} (${url.replace(/^mailto:/i, '')})` : label;
        }
        case 'image': {
          const image = token as Tokens.Image;
          return image.text ? `[${image.text}]` : '';
        }
        case 'br':
          return '\n';
        case 'html':
          return stripTags((token as Tokens.HTML).text);
        case 'codespan':
          return decodeEntities((token as Tokens.Codespan).text);
        case 'escape':
          return (token as Tokens.Escape).text;
        default:
          return 'tokens' in token && Array.isArray(token.tokens) && token.tokens.length
            ? inline(token.tokens, baseUrl)
            : decodeEntities(stripTags((token as Tokens.Text).text ?? ''));
      }
    })
    .join('');
}

function blocks(tokens: Token[], baseUrl: string, depth = 0): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        const text = inline(heading.tokens, baseUrl);
        const rule = (heading.depth <= 2 ? '=' : '-').repeat(Math.min(text.length, 60));
        out.push(`${text}\n${rule}`);
        break;
      }
      case 'paragraph':
        out.push(inline((token as Tokens.Paragraph).tokens, baseUrl));
        break;
      case 'text':
        out.push(inline((token as Tokens.Text).tokens ?? [token], baseUrl));
        break;
      case 'list': {
        const list = token as Tokens.List;
        const indent = '  '.repeat(depth);
        const start = typeof list.start === 'number' ? list.start : 1;
        out.push(
          list.items
            .map((item, i) => {
              const marker = list.ordered ? `${start + i}.` : '-';
              const body = blocks(item.tokens, baseUrl, depth + 1).join('\n');
              return `${indent}${marker} ${body.trimStart()}`;
            })
            .join('\n'),
        );
        break;
      }
      case 'blockquote':
        out.push(
          blocks((token as Tokens.Blockquote).tokens, baseUrl, depth)
            .join('\n\n')
            .split('\n')
            .map((line) => `> ${line}`)
            .join('\n'),
        );
        break;
      case 'code':
        out.push(
          (token as Tokens.Code).text
            .split('\n')
            .map((line) => `    ${line}`)
            .join('\n'),
        );
        break;
      case 'hr':
        out.push('----------');
        break;
      case 'table': {
        const table = token as Tokens.Table;
        const row = (cells: Tokens.TableCell[]) =>
          cells.map((cell) => inline(cell.tokens, baseUrl)).join(' | ');
        out.push([row(table.header), ...table.rows.map(row)].join('\n'));
        break;
      }
      case 'html': {
        const text = decodeEntities(stripTags((token as Tokens.HTML).text)).trim();
        if (text) out.push(text);
        break;
      }
      case 'space':
        break;
      default:
        if ('text' in token && typeof token.text === 'string')
          out.push(decodeEntities(stripTags(token.text)));
    }
  }
  return out.filter((block) => block.trim() !== '');
}

/** The issue's body as plain text, for the text/plain part: links written out in full. */
export function issueBodyText(markdown: string, baseUrl: string): string {
  return blocks(marked.lexer(markdown ?? ''), baseUrl).join('\n\n');
}
