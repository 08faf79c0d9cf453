/**
 * Messages without a code: a bare `{"msg":"Invalid Sign"}`, a log line ending in
 * `Timestamp request expired`, prose quoting a catalog message. Lines that already carry a code are
 * skipped, so a message is only read as a code of its own when nothing else names it.
 */
import type { LineIndex } from '../lines.ts';
import type { DoctorCatalog } from '../types.ts';
import type { Hit } from './hit.ts';

export interface MessageContext {
  ws: boolean;
  v3: boolean;
}

/** Order candidate codes sharing a message: REST v5 first unless the paste is websocket or v3. */
export function preferCodes(codes: string[], cat: DoctorCatalog, ctx: MessageContext): string[] {
  const rank = (code: string): number => {
    const e = cat.get(code);
    if (!e) return 9;
    const n = Number(code.split('_')[0]);
    const ws = n >= 60000 && n < 70000;
    // Sub-codes share their parent's message; the parent is the safer reading.
    const sub = e.parent ? 0.5 : 0;
    if (e.api === 'v3') return (ctx.v3 ? 0 : 5) + sub;
    if (ws) return (ctx.ws ? 0 : 2) + sub;
    return (ctx.ws || ctx.v3 ? 1 : 0) + sub;
  };
  return [...codes].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** HTTP reason phrases that are also catalog messages (50011 "Too Many Requests"…): the HTTP layer's, not OKX's. */
const HTTP_REASON = /^(?:too many requests|service (?:temporarily )?unavailable|internal server error|bad gateway|gateway time-?out|unauthorized|forbidden|not found|bad request)\.?$/i;

/** The spans of the given lines, in order (left out of the message search: they already have a code). */
function lineSpans(lines: LineIndex, skip: Set<number>): [number, number][] {
  return [...skip].sort((a, b) => a - b).map((line) => lines.spanOfLine(line));
}

export function scanMessages(
  text: string,
  lines: LineIndex,
  codeLines: Set<number>,
  orphans: { text: string; pos: number }[],
  cat: DoctorCatalog,
  ctx: MessageContext,
): Hit[] {
  const hits: Hit[] = [];
  const add = (codes: string[], pos: number, message: string) => {
    if (codes.length === 0 || HTTP_REASON.test(message.trim())) return;
    let [first, ...rest] = preferCodes(codes, cat, ctx);
    let e = cat.get(first!);
    // Live bodies carry the base code (sCode 51008) with a sub-code's text: report the base code.
    const parent = e?.parent ? cat.get(e.parent) : undefined;
    if (parent) {
      rest = [first!, ...rest.filter((c) => c !== parent.code)];
      first = parent.code;
      e = parent;
    }
    if (!e) return;
    hits.push({ code: first!, api: e.api, known: true, source: 'message', tier: 3, pos, message, alsoMatches: rest });
  };
  const orphanLines = new Set<number>();
  for (const o of orphans) {
    const line = lines.lineOf(o.pos);
    if (codeLines.has(line)) continue;
    const before = hits.length;
    add(cat.findByMessage(o.text), o.pos, o.text);
    if (hits.length > before) orphanLines.add(line);
  }
  // Hits starting at the same word are one message shared by several codes; keep the longest.
  const byStart = new Map<number, { end: number; codes: string[] }>();
  for (const h of cat.findInText(text, lineSpans(lines, codeLines), lines.cjkLines())) {
    const g = byStart.get(h.start);
    if (!g || h.end > g.end) byStart.set(h.start, { end: h.end, codes: [h.code] });
    else if (h.end === g.end && !g.codes.includes(h.code)) g.codes.push(h.code);
  }
  let lastEnd = -1;
  for (const [start, g] of [...byStart].sort((a, b) => a[0] - b[0])) {
    if (start < lastEnd) continue; // inside a longer message already taken
    const line = lines.lineOf(start);
    if (codeLines.has(line) || orphanLines.has(line)) continue;
    add(g.codes, start, text.slice(start, g.end));
    lastEnd = g.end;
  }
  return hits;
}
