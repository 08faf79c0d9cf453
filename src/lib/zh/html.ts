import { CODE_MARK } from './check.ts';

/**
 * Visible Chinese prose of a built page, in one linear pass over the HTML (no DOM): <script>,
 * <style>, <svg>, <template> and <head> are dropped; <code>, <pre>, <kbd>, <samp> become CODE_MARK;
 * elements that hold OKX's verbatim text (class "okx-msg", attribute data-okx-text) or English (lang="en") are dropped, so
 * OKX's own wording is never checked against our glossary. Block elements end a line.
 */
export interface PageText {
  title: string;
  description: string;
  prose: string;
  /** Every link in the visible prose: its href and its label (code as CODE_MARK, whitespace collapsed). */
  links: { href: string; label: string }[];
}

const DROP = new Set(['script', 'style', 'svg', 'template', 'head', 'noscript-x']);
const CODE = new Set(['code', 'pre', 'kbd', 'samp']);
const BLOCK = new Set(['p', 'li', 'div', 'section', 'article', 'header', 'footer', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'dt', 'dd', 'br', 'table', 'ul', 'ol', 'dl', 'blockquote', 'figure', 'figcaption', 'details', 'summary', 'main', 'aside', 'form', 'label', 'option', 'button', 'caption']);
const VOID = new Set(['br', 'img', 'meta', 'link', 'input', 'hr', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'track']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp < 0) break;
    out += s.slice(i, amp);
    const semi = s.indexOf(';', amp);
    const name = semi > amp && semi - amp <= 10 ? s.slice(amp + 1, semi) : '';
    let rep: string | undefined = ENTITIES[name];
    if (rep === undefined && name.startsWith('#x')) rep = String.fromCodePoint(Number.parseInt(name.slice(2), 16) || 0xfffd);
    else if (rep === undefined && name.startsWith('#')) rep = String.fromCodePoint(Number.parseInt(name.slice(1), 10) || 0xfffd);
    if (rep === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += rep;
      i = semi + 1;
    }
  }
  return out + s.slice(i);
}

function attr(tag: string, name: string): string | undefined {
  const k = tag.indexOf(` ${name}="`);
  if (k < 0) return undefined;
  const start = k + name.length + 3;
  const end = tag.indexOf('"', start);
  return end < 0 ? undefined : tag.slice(start, end);
}

export function pageText(html: string): PageText {
  const titleStart = html.indexOf('<title>');
  const titleEnd = html.indexOf('</title>', titleStart);
  const title = titleStart >= 0 && titleEnd > titleStart ? decodeEntities(html.slice(titleStart + 7, titleEnd)) : '';
  const descAt = html.indexOf('<meta name="description" content="');
  const descEnd = descAt >= 0 ? html.indexOf('"', descAt + 34) : -1;
  const description = descEnd > 0 ? decodeEntities(html.slice(descAt + 34, descEnd)) : '';

  let prose = '';
  const links: { href: string; label: string }[] = [];
  // Where the open <a>'s label starts in `prose`, and its href; -1 outside a link.
  let linkAt = -1;
  let linkHref = '';
  let skipTag = '';
  let skipDepth = 0;
  let codeTag = '';
  let codeDepth = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const text = lt < 0 ? html.slice(i) : html.slice(i, lt);
    if (skipDepth === 0 && codeDepth === 0 && text) prose += decodeEntities(text).replace(/\s/g, (c) => (c === '\u00a0' ? c : ' '));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt < 0) break;
    const tag = html.slice(lt, gt + 1);
    i = gt + 1;
    const closing = tag[1] === '/';
    let n = closing ? 2 : 1;
    while (n < tag.length && /[a-zA-Z0-9-]/.test(tag[n] ?? '')) n++;
    const name = tag.slice(closing ? 2 : 1, n).toLowerCase();
    if (!name) continue;
    const selfClosing = VOID.has(name) || tag.endsWith('/>');
    if (skipDepth > 0) {
      if (name === skipTag && !selfClosing) skipDepth += closing ? -1 : 1;
      continue;
    }
    if (codeDepth > 0) {
      if (name === codeTag && !selfClosing) codeDepth += closing ? -1 : 1;
      continue;
    }
    if (!closing && !selfClosing) {
      const cls = attr(tag, 'class') ?? '';
      if (DROP.has(name) || attr(tag, 'lang') === 'en' || tag.includes(' data-okx-text') || cls.split(' ').includes('okx-msg') || attr(tag, 'hidden') !== undefined || tag.includes(' hidden>') || tag.includes(' hidden ')) {
        skipTag = name;
        skipDepth = 1;
        continue;
      }
      if (CODE.has(name)) {
        codeTag = name;
        codeDepth = 1;
        prose += name === 'pre' ? `\n${CODE_MARK}\n` : CODE_MARK;
        continue;
      }
    }
    if (name === 'a') {
      if (!closing) {
        linkAt = prose.length;
        linkHref = decodeEntities(attr(tag, 'href') ?? '');
      } else if (linkAt >= 0) {
        links.push({ href: linkHref, label: prose.slice(linkAt).split(/\s+/).join(' ').trim() });
        linkAt = -1;
      }
    }
    if (BLOCK.has(name)) prose += '\n';
  }
  return { title, description, prose, links };
}
