/**
 * Timestamp parsing, formatting and diagnosis.
 * REST wants ISO 8601 UTC with exactly 3 fractional digits and a Z (facts §1.1);
 * the WebSocket login wants integer Unix seconds (facts §2).
 */
import type { Finding, SignKind } from './types.ts';

export const ISO_MS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Loose ISO shape: date, T/t/space, time, optional fraction, optional zone. */
const LOOSE_ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})([Tt ])(\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

export interface IsoParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  separator: string;
  fraction: string | null;
  zone: string | null;
}

export function parseLooseIso(ts: string): IsoParts | null {
  const m = LOOSE_ISO_RE.exec(ts);
  if (!m) return null;
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    separator: m[4]!,
    hour: Number(m[5]),
    minute: Number(m[6]),
    second: Number(m[7]),
    fraction: m[8] ?? null,
    zone: m[9] ?? null,
  };
}

function validDate(p: IsoParts): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59) return false;
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
  return d.getUTCDate() === p.day;
}

/** Zone offset in minutes east of UTC; 0 for Z or no zone. */
function zoneMinutes(zone: string | null): number {
  if (!zone || zone === 'Z' || zone === 'z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  const mins = Number(m[2]) * 60 + Number(m[3] ?? '0');
  return m[1] === '-' ? -mins : mins;
}

/**
 * The instant a timestamp string stands for, in Unix ms, or null. Accepts ISO
 * (with or without zone; none is read as UTC), epoch seconds (10 digits, optional
 * fraction) and epoch milliseconds (13 digits).
 */
export function parseInstant(ts: string): number | null {
  const s = ts.trim();
  if (/^\d{13}$/.test(s)) return Number(s);
  if (/^\d{9,10}(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const p = parseLooseIso(s);
  if (!p || !validDate(p)) return null;
  const ms = p.fraction ? Math.floor(Number('0.' + p.fraction) * 1000 + 1e-6) : 0;
  const utc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms);
  return utc - zoneMinutes(p.zone) * 60_000;
}

/** `YYYY-MM-DDTHH:mm:ss.sssZ`, the REST header format. */
export function formatIsoMs(ms: number): string {
  return new Date(ms).toISOString();
}

function finding(id: string, code: string | undefined, probable: boolean, params: Finding['params'] = {}): Finding {
  const f: Finding = { id, part: 'timestamp', severity: 'error', params };
  if (code) f.code = code;
  if (code && probable) f.probable = true;
  return f;
}

function checkRestFormat(ts: string): Finding[] {
  if (ISO_MS_RE.test(ts)) {
    const p = parseLooseIso(ts)!;
    return validDate(p) ? [] : [finding('timestamp-invalid-date', '50112', true, { value: ts })];
  }
  const s = ts.trim();
  // facts §3.1: a Unix-millisecond string returned 50102 (OBS python-okx#55).
  if (/^\d{13}$/.test(s)) return [finding('timestamp-epoch-millis', '50102', false, { value: s })];
  if (/^\d{9,10}(\.\d+)?$/.test(s)) return [finding('timestamp-epoch-seconds', '50112', true, { value: s })];
  const p = parseLooseIso(s);
  if (!p) return [finding('timestamp-not-iso', '50112', true, { value: s })];
  const out: Finding[] = [];
  if (!validDate(p)) out.push(finding('timestamp-invalid-date', '50112', true, { value: s }));
  if (p.separator !== 'T') out.push(finding('timestamp-separator', '50112', true, { found: p.separator === ' ' ? 'space' : p.separator }));
  const digits = p.fraction?.length ?? 0;
  if (digits !== 3) out.push(finding('timestamp-fraction-digits', '50112', true, { digits }));
  if (p.zone === null) out.push(finding('timestamp-no-zone', '50112', true, {}));
  else if (p.zone === 'z') out.push(finding('timestamp-separator', '50112', true, { found: 'z' }));
  else if (p.zone !== 'Z') out.push(finding('timestamp-offset', '50102', true, { offset: p.zone }));
  return out;
}

function checkWsFormat(ts: string): Finding[] {
  const s = ts.trim();
  if (/^\d{10}$/.test(s)) return [];
  // facts §2: a millisecond value gave 60006 (OBS python-okx#64).
  if (/^\d{13}$/.test(s)) return [finding('ws-timestamp-millis', '60006', false, { value: s })];
  // facts §2: whether fractional seconds are accepted is UNCONFIRMED.
  if (/^\d{9,10}\.\d+$/.test(s)) return [{ ...finding('ws-timestamp-fractional', undefined, false, { value: s }), severity: 'warning' }];
  if (parseLooseIso(s)) return [finding('ws-timestamp-iso', '60004', true, { value: s })];
  return [finding('ws-timestamp-not-seconds', '60004', true, { value: s })];
}

/** Half-hour and 45-minute zones that exist in the wild, besides whole hours. */
const ODD_ZONES_MIN = [330, 345, 570, 210, -210, 390, 270, 630, -570, 525, 765, 825];

/** Describes the gap to `nowMs` when it is over 30 s; recognises a whole-zone shift. */
function checkSkew(instant: number, nowMs: number, kind: SignKind): Finding[] {
  const diff = instant - nowMs;
  if (Math.abs(diff) <= 30_000) return [];
  const code = kind === 'ws' ? '60006' : '50102';
  const mins = diff / 60_000;
  const zones = [...ODD_ZONES_MIN];
  for (let h = -12; h <= 14; h++) if (h !== 0) zones.push(h * 60);
  const zone = zones.find((z) => Math.abs(mins - z) * 60 <= 30);
  if (zone !== undefined && kind === 'rest') {
    const sign = zone < 0 ? '-' : '+';
    const a = Math.abs(zone);
    const offset = `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
    return [{ ...finding('timestamp-timezone-shift', code, false, { offset }), severity: 'warning' }];
  }
  // facts §3.1: whether a future timestamp gives 50102 or 50112 is UNCONFIRMED.
  return [{ ...finding('timestamp-skew', code, diff > 0, { seconds: Math.round(diff / 1000) }), severity: 'warning' }];
}

/** All timestamp findings for one request. */
export function checkTimestamp(ts: string, kind: SignKind, nowMs?: number): Finding[] {
  if (ts === '') {
    return [kind === 'ws' ? finding('timestamp-empty', '60004', true) : finding('timestamp-empty', '50107', false)];
  }
  const out = kind === 'ws' ? checkWsFormat(ts) : checkRestFormat(ts);
  if (nowMs !== undefined) {
    const instant = parseInstant(ts);
    if (instant !== null) out.push(...checkSkew(instant, nowMs, kind));
  }
  return out;
}
