import type { GlossaryEntry } from './glossary.ts';

/**
 * Chinese text checks (issue #14), pure functions over strings: the build check
 * (scripts/check-zh.ts) runs them over every built zh page, the unit tests over the zh data.
 * Rules, each reported with the sentence it found:
 *   forbidden-term   a form the glossary forbids, outside code and outside quotes of OKX's text
 *   punct-space      a space after full-width punctuation (before a link, bold text or words)
 *   english          an English sentence in Chinese prose (outside code, quotes and proper names)
 *   range            a range written with ~ or " - " (the policy: ～)
 *   half-width       half-width , ; : between Chinese characters
 *   title            a <title> with 。 in it, or a separator other than " · "
 *   final-stop       a rendered OKX message rendering (message_zh) that ends in 。
 *   field-code       a camelCase field name outside code format in a message
 *   guide-name       a link to a guide whose label is not the guide's one name (its title or the
 *                    short form the glossary records as `guide: <slug>`)
 * The CJK–Latin spacing rule stays in its own test.
 */

export type Rule = 'forbidden-term' | 'punct-space' | 'english' | 'range' | 'half-width' | 'title' | 'final-stop' | 'field-code' | 'guide-name';
export interface Finding {
  rule: Rule;
  /** What was found: the forbidden form, the punctuation, the English words. */
  match: string;
  /** The sentence it was found in (cut to 160 characters). */
  sentence: string;
}

/** Stand-in for a code span in extracted prose, so "。 <code>" still shows a space before something. */
export const CODE_MARK = '\uE000';

const FULL_PUNCT = '，。：；！？、';
const isCjk = (c: string) => c >= '\u3400' && c <= '\u9fff';
const isLatin = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/** The sentence around index i: back to the previous 。！？ or line break, on to the next. */
export function sentenceAt(text: string, i: number): string {
  let a = i;
  while (a > 0 && !'。！？\n'.includes(text[a - 1] ?? '')) a--;
  let b = i;
  while (b < text.length && !'。！？\n'.includes(text[b] ?? '')) b++;
  const s = text.slice(a, Math.min(text.length, b + 1)).split(CODE_MARK).join('`…`').trim();
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

/** Text with quoted stretches (“…”, 「…」) and code marks blanked to spaces: quotes of OKX's own text. */
export function maskQuotes(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '“' || ch === '「') depth++;
    if (depth > 0 || ch === CODE_MARK) out += ' '.repeat(ch.length);
    else out += ch;
    if ((ch === '”' || ch === '」') && depth > 0) depth--;
  }
  return out;
}

function blank(s: string, from: number, len: number): string {
  return s.slice(0, from) + '\u3000'.repeat(len) + s.slice(from + len);
}

/**
 * Glossary-forbidden forms in our prose. `okxText` is OKX's own Chinese for the same row (catalog
 * data only): `okx`-scope entries apply only where it uses the term. Allowed longer forms and the
 * term itself are blanked first, so 待签名字符串 does not count as 签名字符串.
 */
export function forbiddenTerms(text: string, glossary: readonly GlossaryEntry[], okxText?: string): Finding[] {
  const masked = maskQuotes(text);
  const out: Finding[] = [];
  for (const g of glossary) {
    if (g.forbidden.length === 0) continue;
    if (g.scope === 'okx') {
      if (okxText === undefined || !okxText.includes(g.term) || g.forbidden.some((f) => okxText.includes(f))) continue;
    }
    let s = masked;
    for (const keep of [...g.allowed, ...g.term.split(' / ')]) {
      if (!g.forbidden.some((f) => keep.includes(f))) continue;
      for (let i = s.indexOf(keep); i >= 0; i = s.indexOf(keep, i + keep.length)) s = blank(s, i, keep.length);
    }
    for (const f of g.forbidden) {
      const i = s.indexOf(f);
      if (i >= 0) out.push({ rule: 'forbidden-term', match: `${f} → ${g.term}`, sentence: sentenceAt(text, i) });
    }
  }
  return out;
}

/** A space (or no-break space) right after full-width punctuation, followed by more text on the same line. */
export function punctSpace(text: string): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < text.length - 2; i++) {
    if (!FULL_PUNCT.includes(text[i] ?? '') && text[i] !== '）') continue;
    let j = i + 1;
    while (text[j] === ' ' || text[j] === '\u00a0') j++;
    if (j === i + 1 || j >= text.length || text[j] === '\n') continue;
    // "（…） 50102" after a closing paren before Latin text is normal spacing, not this rule.
    if (text[i] === '）' && !isCjk(text[j] ?? '') && text[j] !== CODE_MARK) continue;
    out.push({ rule: 'punct-space', match: `${text[i]}␠`, sentence: sentenceAt(text, i) });
  }
  return out;
}

/** Latin words that make a run of English words a sentence rather than a name. */
const STOPWORDS = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from',
  'and', 'or', 'not', 'no', 'this', 'that', 'it', 'its', 'your', 'you', 'we', 'has', 'have', 'can', 'cannot', 'must',
  'should', 'does', 'do', 'as', 'before', 'after', 'about', 'when', 'if', 'than',
]);

/**
 * English sentences in Chinese prose: runs of Latin words (joined by spaces, commas, hyphens or
 * apostrophes) of 3 or more words with a stopword, or 6 or more words. `names` are proper names
 * (from the glossary's `name` rows or the caller) that may stand in Chinese text.
 */
export function englishRuns(text: string, names: readonly string[] = []): Finding[] {
  let s = maskQuotes(text);
  for (const n of names) for (let i = s.indexOf(n); i >= 0; i = s.indexOf(n, i + n.length)) s = blank(s, i, n.length);
  const out: Finding[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isLatin(s[i] ?? '') || (i > 0 && /[\w./:@#{-]/.test(s[i - 1] ?? ''))) {
      i++;
      continue;
    }
    const start = i;
    let words = 0;
    let stop = 0;
    let end = i;
    for (;;) {
      let w = i;
      while (w < s.length && (isLatin(s[w] ?? '') || s[w] === "'" || s[w] === '’')) w++;
      if (w === i) break;
      // A token glued to digits, dots, slashes or braces is an identifier or a path, not a word.
      if (w < s.length && /[\w./{}@]/.test(s[w] ?? '')) break;
      words++;
      if (STOPWORDS.has((s.slice(i, w)).toLowerCase())) stop++;
      end = w;
      let k = w;
      if (s[k] === ',') k++;
      if (s[k] !== ' ') break;
      k++;
      if (!isLatin(s[k] ?? '')) break;
      i = k;
    }
    if ((words >= 3 && stop > 0) || words >= 6) out.push({ rule: 'english', match: s.slice(start, end), sentence: sentenceAt(text, start) });
    i = Math.max(end, start + 1);
  }
  return out;
}

/** Ranges written with ~ or a spaced hyphen between numbers or placeholders; the policy is ～. */
export function ranges(text: string): Finding[] {
  const out: Finding[] = [];
  const endsOperand = (c: string | undefined) => c !== undefined && ((c >= '0' && c <= '9') || c === '}');
  const startsOperand = (c: string | undefined) => c !== undefined && ((c >= '0' && c <= '9') || c === '{');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '~') {
      const a = text[i - 1] === ' ' ? text[i - 2] : text[i - 1];
      const b = text[i + 1] === ' ' ? text[i + 2] : text[i + 1];
      if (endsOperand(a) && startsOperand(b)) out.push({ rule: 'range', match: '~ → ～', sentence: sentenceAt(text, i) });
    } else if (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ' && endsOperand(text[i - 2]) && startsOperand(text[i + 2])) {
      out.push({ rule: 'range', match: ' - → ～', sentence: sentenceAt(text, i) });
    }
  }
  return out;
}

/** Half-width , ; : ( ) between Chinese characters (a space may follow the mark). */
export function halfWidth(text: string): Finding[] {
  const out: Finding[] = [];
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i] ?? '';
    if (!',;:'.includes(c) || !isCjk(text[i - 1] ?? '')) continue;
    const next = text[i + 1] === ' ' ? text[i + 2] : text[i + 1];
    if (isCjk(next ?? '')) out.push({ rule: 'half-width', match: c, sentence: sentenceAt(text, i) });
  }
  return out;
}

/** A title's text: the first sentence, without its 。 (OKX's own messages may have several). */
export function stripStop(s: string): string {
  const i = s.indexOf('。');
  return i < 0 ? s : s.slice(0, i);
}

/** Spaces after full-width punctuation removed (OKX's own text quoted inside our own sentence). */
export function tightZh(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if ((c === ' ' || c === '\u00a0') && '，。：；！？、'.includes(out[out.length - 1] ?? '')) continue;
    out += c;
  }
  return out;
}

/** Data text (TSV cells, dictionary strings): each `code span` becomes CODE_MARK, as on a built page. */
export function markCode(text: string): string {
  const parts = text.split('`');
  return parts.map((p, i) => (i % 2 === 1 ? CODE_MARK : p)).join('');
}

/** Every prose rule over a stretch of Chinese prose (code already replaced by CODE_MARK). */
export function checkProse(text: string, glossary: readonly GlossaryEntry[], names: readonly string[]): Finding[] {
  return [...forbiddenTerms(text, glossary), ...punctSpace(text), ...englishRuns(text, names), ...ranges(text), ...halfWidth(text)];
}

/** A page title: no 。 inside, one separator (" · ") and no other. */
export function checkTitle(title: string): Finding[] {
  const out: Finding[] = [];
  if (title.includes('。')) out.push({ rule: 'title', match: '。', sentence: title });
  // The site's own separator is " · "; OKX's text inside a title may hold a hyphen, never a bar.
  if (title.includes(' | ')) out.push({ rule: 'title', match: '| → ·', sentence: title });
  return out;
}

/**
 * The punctuation policy for a rendered OKX message (message_zh): no final 。 (OKX's own Chinese
 * messages have none, and the text goes into titles and lists), field names in code format, the
 * range sign ～, no half-width punctuation between Chinese.
 */
export function checkMessageZh(msg: string): Finding[] {
  const out: Finding[] = [];
  if (msg.endsWith('。')) out.push({ rule: 'final-stop', match: '。', sentence: msg });
  // camelCase identifiers (instId, toAddr) outside `code` and outside {placeholders}
  let inCode = false;
  let inBrace = false;
  for (let i = 0; i < msg.length; i++) {
    const c = msg[i] ?? '';
    if (c === '`') inCode = !inCode;
    else if (c === '{') inBrace = true;
    else if (c === '}') inBrace = false;
    else if (!inCode && !inBrace && c >= 'a' && c <= 'z' && !isLatin(msg[i - 1] ?? '') && !/[\w{]/.test(msg[i - 1] ?? '')) {
      let w = i;
      while (isLatin(msg[w] ?? '') || (msg[w] ?? '') >= '0' && (msg[w] ?? '') <= '9') w++;
      const word = msg.slice(i, w);
      if (/[a-z][A-Z]/.test(word)) out.push({ rule: 'field-code', match: word, sentence: msg });
      i = w - 1;
    }
  }
  return [...out, ...ranges(msg), ...halfWidth(msg)];
}

/** Prefix of the tool pages' link to their guide ("完整指南：签名无效（50113、60007）"). */
const GUIDE_LINK_PREFIX = '完整指南：';

/**
 * A guide name without what may follow it in a label: a leading 完整指南： and one trailing
 * full-width parenthesis (the codes the guide covers, or the part of it the link is about:
 * “时间戳过期（重试时要重新签名）”).
 */
export function guideNameStem(label: string): string {
  let s = label.trim();
  if (s.startsWith(GUIDE_LINK_PREFIX)) s = s.slice(GUIDE_LINK_PREFIX.length);
  if (s.endsWith('）')) {
    const open = s.lastIndexOf('（');
    if (open > 0) s = s.slice(0, open);
  }
  return s.trim();
}

/**
 * Each guide's names, by slug: its full title and, where the glossary has a `guide: <slug>` row,
 * that row's term (the one agreed short form). This is the same table that names tools and
 * families; a label is checked against these and nothing else.
 */
export function guideNames(glossary: readonly GlossaryEntry[], titles: Readonly<Record<string, string>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [slug, title] of Object.entries(titles)) out.set(slug, [title]);
  for (const g of glossary) {
    if (!g.concept.startsWith('guide: ')) continue;
    const slug = g.concept.slice('guide: '.length).trim();
    const names = out.get(slug);
    if (names === undefined) throw new Error(`glossary.zh.tsv: "${g.concept}" names no guide (no title for ${slug})`);
    if (!names.includes(g.term)) names.push(g.term);
  }
  return out;
}

/** The guide a zh link points at, by slug: `/guides/<slug>/` with no fragment (a section link is labelled by its section). */
export function guideOfHref(href: string): string | undefined {
  if (!href.startsWith('/guides/') || href.includes('#')) return undefined;
  const rest = href.slice('/guides/'.length);
  const slash = rest.indexOf('/');
  const slug = slash < 0 ? rest : rest.slice(0, slash);
  if (slug === '' || (slash >= 0 && rest.slice(slash + 1) !== '')) return undefined;
  return slug;
}

/** Links to a guide whose label is not one of its names (see guideNames). */
export function guideLinkLabels(links: readonly { href: string; label: string }[], names: ReadonlyMap<string, readonly string[]>): Finding[] {
  const out: Finding[] = [];
  for (const { href, label } of links) {
    const slug = guideOfHref(href);
    if (slug === undefined) continue;
    const ok = names.get(slug);
    if (ok === undefined) {
      out.push({ rule: 'guide-name', match: `${href}: no such guide`, sentence: label });
      continue;
    }
    const stem = guideNameStem(label);
    if (!ok.some((n) => n === label || guideNameStem(n) === stem)) {
      out.push({ rule: 'guide-name', match: `${label} → ${ok.join(' / ')}`, sentence: `[${label}](${href})` });
    }
  }
  return out;
}
