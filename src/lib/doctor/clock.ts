/**
 * Timestamps in a paste: the request's own (OK-ACCESS-TIMESTAMP, WS login `timestamp`), its
 * format, and its distance from a clock reference in the same paste: a server time (HTTP Date
 * header, inTime/outTime, /public/time ts) or the log line's own clock stamp.
 */

import { gated, type WordPlaces } from './gate.ts';

export type RestTsFormat = 'ok' | 'epoch-ms' | 'epoch-seconds' | 'no-millis' | 'fraction-digits' | 'no-zone' | 'offset-suffix' | 'unparsable';
export type WsTsFormat = 'ok' | 'millis' | 'iso' | 'fraction' | 'unparsable';
export type ClockRef = 'server' | 'log' | 'log-naive';

export interface ClockFacts {
  rest: { value: string; pos: number; format: RestTsFormat } | null;
  ws: { value: string; pos: number; format: WsTsFormat } | null;
  /** Request time minus reference time. */
  offset: { seconds: number; ref: ClockRef; wholeHours: number | null } | null;
}

const ISO_RE = /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2}|[ \t]?(?:UTC|GMT))?/g;
const ISO_ONE = new RegExp(`^${ISO_RE.source}$`);
/** The request's timestamp header, and a WebSocket login's (searched where their words are: gate.ts). */
const REST_TS_RE = gated(/OK[-_]ACCESS[-_]TIMESTAMP(?:\\?["'])?[ \t]*[:=][ \t]*\\?["']?([^"'\\,}\s<>)\];&]{1,40})/gi, ['ok-access-timestamp', 'ok_access_timestamp', 'ok-access_timestamp', 'ok_access-timestamp'], { every: true });
const WS_LOGIN = gated(/["']?op["']?[ \t]*:[ \t]*["']login["']|\/users\/self\/verify/, ['login', '/users/self/verify']);
const WS_TS_RE = gated(/(?:\\?["'])?timestamp(?:\\?["'])?[ \t]*[:=][ \t]*\\?["']?(\d{9,16}(?:\.\d{1,6})?|\d{4}-\d{2}-\d{2}T[\d:.]+Z?)/i, ['timestamp']);
const DATE_HDR_RE = /\b[Dd]ate(?:\\?["'])?[ \t]*:[ \t]*\\?["']?(?:[A-Za-z]{3},[ \t]*)?(\d{1,2})[ \t]([A-Za-z]{3})[ \t](\d{4})[ \t](\d{2}):(\d{2}):(\d{2})[ \t]*GMT/g;
const INOUT_RE = /(?:in|out)Time(?:\\?["'])?[ \t]*[:=][ \t]*\\?["']?(\d{16})(?!\d)/g;
const SERVER_LABEL_RE = /server[ _-]?time[^\d\n]{0,24}(\d{13}|\d{10}|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?)(?!\d)/gi;
const TS_FIELD_RE = /["']ts["'][ \t]*:[ \t]*["']?(\d{13})(?!\d)/g;
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

interface Stamp {
  ms: number;
  zoned: boolean;
}

function isoToStamp(m: RegExpExecArray | RegExpMatchArray): Stamp | null {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const base = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, frac ? Math.round(Number('0.' + frac) * 1000) : 0);
  if (!Number.isFinite(base) || +mo! < 1 || +mo! > 12 || +d! > 31 || +h! > 23 || +mi! > 59 || +s! > 60) return null;
  if (!zone) return { ms: base, zoned: false };
  const z = zone.trim();
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return { ms: base, zoned: true };
  const sign = z[0] === '-' ? -1 : 1;
  const digits = z.slice(1).replace(':', '');
  const off = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * sign;
  return { ms: base - off * 60_000, zoned: true };
}

function epochToMs(v: string): number | null {
  const n = Number(v);
  if (!Number.isFinite(n)) return null;
  const int = v.split('.')[0]!;
  if (int.length === 10) return n * 1000;
  if (int.length === 13) return n;
  if (int.length === 16) return n / 1000;
  return null;
}

function valueToStamp(v: string): Stamp | null {
  if (/^\d{10}(?:\.\d+)?$|^\d{13}$|^\d{16}$/.test(v)) {
    const ms = epochToMs(v);
    return ms === null ? null : { ms, zoned: true };
  }
  const m = ISO_ONE.exec(v);
  return m ? isoToStamp(m) : null;
}

function restFormat(v: string): RestTsFormat {
  if (/^\d{13}$/.test(v)) return 'epoch-ms';
  if (/^\d{10}(?:\.\d+)?$/.test(v)) return 'epoch-seconds';
  const m = ISO_ONE.exec(v);
  if (!m) return 'unparsable';
  if (!m[7]) return 'no-millis';
  if (m[7].length !== 3) return 'fraction-digits';
  if (!m[8]) return 'no-zone';
  if (m[8] !== 'Z') return 'offset-suffix';
  return 'ok';
}

function wsFormat(v: string): WsTsFormat {
  if (/^\d{10}$/.test(v)) return 'ok';
  if (/^\d{13}$/.test(v)) return 'millis';
  if (/^\d{10}\.\d+$/.test(v)) return 'fraction';
  if (/^\d{4}-/.test(v)) return 'iso';
  return 'unparsable';
}

function wholeHours(seconds: number): number | null {
  const a = Math.abs(seconds);
  if (a < 1500 || a > 15 * 3600) return null;
  const q = Math.round(seconds / 900);
  return Math.abs(seconds - q * 900) <= 120 ? q / 4 : null;
}

function nearestBy<T extends { pos: number }>(list: T[], pos: number): T | undefined {
  let best: T | undefined;
  for (const x of list) {
    if (!best) best = x;
    const before = x.pos <= pos;
    const bestBefore = best.pos <= pos;
    // Prefer the closest stamp at or before the request, else the closest after it.
    if (before && (!bestBefore || x.pos > best.pos)) best = x;
    else if (!before && !bestBefore && x.pos < best.pos) best = x;
  }
  return best;
}

/** `places`: where the gated expressions' words are (gate.ts). */
export function readClock(text: string, places: WordPlaces): ClockFacts {
  const out: ClockFacts = { rest: null, ws: null, offset: null };
  // The first value that is a value, not a shell or template variable ($TS, ${ts}, %TS%, {{ts}}).
  let r = null as RegExpExecArray | null;
  let n = 0;
  places.each(REST_TS_RE, (m) => {
    if (!/^[$%{]/.test(m[1]!)) r = m;
    return r !== null || ++n >= 20;
  });
  if (r) out.rest = { value: r[1]!, pos: r.index, format: restFormat(r[1]!) };
  if (places.has(WS_LOGIN)) {
    const w = places.first(WS_TS_RE);
    if (w) out.ws = { value: w[1]!, pos: w.index, format: wsFormat(w[1]!) };
  }
  const req = out.rest ?? out.ws;
  if (!req) return out;
  const reqStamp = valueToStamp(req.value);
  if (!reqStamp) return out;

  const server: (Stamp & { pos: number })[] = [];
  DATE_HDR_RE.lastIndex = 0;
  for (let m = DATE_HDR_RE.exec(text); m; m = DATE_HDR_RE.exec(text)) {
    const mon = MONTHS.indexOf(m[2]!) / 3;
    if (mon >= 0 && Number.isInteger(mon)) server.push({ ms: Date.UTC(+m[3]!, mon, +m[1]!, +m[4]!, +m[5]!, +m[6]!), zoned: true, pos: m.index });
  }
  for (const re of [INOUT_RE, SERVER_LABEL_RE, ...(/public\/time|fetchTime|fetch_time/.test(text) ? [TS_FIELD_RE] : [])]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = valueToStamp(m[1]!);
      if (s) server.push({ ...s, pos: m.index });
    }
  }

  let ref: (Stamp & { pos: number }) | undefined = nearestBy(server, req.pos);
  let kind: ClockRef = 'server';
  if (!ref) {
    const logs: (Stamp & { pos: number })[] = [];
    ISO_RE.lastIndex = 0;
    for (let m = ISO_RE.exec(text); m; m = ISO_RE.exec(text)) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      if (m.index - lineStart > 40) continue;
      if (m.index >= req.pos && m.index <= req.pos + 80) continue; // the request timestamp itself
      const s = isoToStamp(m);
      if (s) logs.push({ ...s, pos: m.index });
    }
    ref = nearestBy(logs, req.pos);
    kind = ref?.zoned ? 'log' : 'log-naive';
  }
  if (!ref) return out;
  const seconds = Math.round((reqStamp.ms - ref.ms) / 1000);
  if (Math.abs(seconds) > 400 * 86400) return out; // unrelated dates
  out.offset = { seconds, ref: kind, wholeHours: wholeHours(seconds) };
  return out;
}
