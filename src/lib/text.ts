/** Chinese typography shared by the libraries' message formatters: a space between CJK and Latin letters or digits. */
export function spaceCjk(s: string): string {
  return s.replace(/([\u3400-\u9fff])([A-Za-z0-9])/g, '$1 $2').replace(/([A-Za-z0-9])([\u3400-\u9fff])/g, '$1 $2');
}

/** One language out of a table of { en, zh } texts: what a page hands to the browser. */
export function pickLang(table: Record<string, { en: string; zh: string }>, lang: 'en' | 'zh'): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[lang]]));
}

/** A long text cut for display: its start, how many characters are left out, and its end. */
export interface Elided {
  head: string;
  omitted: number;
  tail: string;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Keep at most `max` characters of `s` for display (three quarters from the start, a quarter from
 * the end), never splitting a surrogate pair. What is signed or copied stays the full text.
 */
export function elide(s: string, max = 2000): Elided {
  if (s.length <= max) return { head: s, omitted: 0, tail: '' };
  let h = Math.floor(max * 0.75);
  let t = s.length - (max - h);
  if (isHigh(s.charCodeAt(h - 1))) h--;
  if (isLow(s.charCodeAt(t))) t++;
  return { head: s.slice(0, h), omitted: t - h, tail: s.slice(t) };
}

/**
 * `s` without the run of `chars` at its end: what s.replace(/[…]+$/, '') does, in one backward pass
 * (that regex retries from every character of a long run: quadratic on a long run not at the end).
 */
export function stripEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}
