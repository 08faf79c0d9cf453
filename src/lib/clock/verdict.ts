/**
 * The verdict in OKX's terms: how much of the 30 s timestamp window an offset uses, and why.
 *
 * Thresholds (all on |offsetMs| with its uncertainty u; sign convention: see estimate.ts):
 *   expired    |offset| − u > 30 000 ms: certainly outside OKX's window. Every signed request
 *              fails (REST 50102, WS login 60006, legacy v3 30008).
 *   ok         |offset| + u < 10 000 ms: certainly inside the first third of the window. The
 *              20 s left cover request latency (a request sent by a clock that is behind arrives
 *              even "older"), queueing under load, and days of drift of an unsynced clock
 *              (typical oscillators drift 1–9 s per day), so this offset is not the cause of 50102.
 *   near-edge  everything in between: the offset is 10–30 s (it can cross 30 s soon), or the
 *              uncertainty straddles 10 s or 30 s.
 * Cause:
 *   timezone-as-utc  expired AND −offset lies within 90 s (plus the uncertainty) of a real UTC
 *                    offset (whole hours −12…+14, or :30/:45 zones such as +05:30, +05:45,
 *                    +09:30): a clock or timestamp carrying local wall time labelled as UTC,
 *                    not drift. `zone` is that UTC offset of the local wall time.
 *   clock-skew       expired or near-edge because the clock itself is off (|offset| ≥ 10 s).
 *   null             ok, or near-edge only because the measurement is too noisy (`noisy`).
 */
import type { ClockEstimate } from './estimate.ts';

export const OKX_WINDOW_MS = 30_000;
export const OK_LIMIT_MS = 10_000;
export const ZONE_TOLERANCE_MS = 90_000;

export type ClockVerdictId = 'ok' | 'near-edge' | 'expired';
export type ClockCause = 'clock-skew' | 'timezone-as-utc' | null;

/** UTC offsets in minutes that exist (or existed recently) as civil time zones, 0 excluded. */
export const ZONE_OFFSETS_MIN: readonly number[] = [
  ...Array.from({ length: 12 }, (_, i) => -(i + 1) * 60),
  ...Array.from({ length: 14 }, (_, i) => (i + 1) * 60),
  -9 * 60 - 30, // Marquesas
  -3 * 60 - 30, // Newfoundland
  -2 * 60 - 30, // Newfoundland summer time
  3 * 60 + 30, // Iran
  4 * 60 + 30, // Afghanistan
  5 * 60 + 30, // India, Sri Lanka
  5 * 60 + 45, // Nepal
  6 * 60 + 30, // Myanmar, Cocos
  8 * 60 + 45, // Eucla
  9 * 60 + 30, // Central Australia
  10 * 60 + 30, // Lord Howe, South Australia summer
  12 * 60 + 45, // Chatham
  13 * 60 + 45, // Chatham summer
].sort((a, b) => a - b);

export interface ZoneMatch {
  /** UTC offset of the local wall time, in minutes (+480 for UTC+8). */
  offsetMinutes: number;
  /** ISO-style label, e.g. "+08:00", "-05:00", "+05:45". */
  label: string;
  /** Distance between the measured gap and the exact zone offset, ms. */
  residualMs: number;
}

export interface ClockVerdict {
  verdict: ClockVerdictId;
  cause: ClockCause;
  /** OKX's window, 30 000 ms. */
  windowMs: number;
  /** |offset| / 30 000 (1 = exactly at the limit, > 1 outside). */
  fractionOfWindow: number;
  /** 30 000 − |offset|; negative when outside the window. */
  marginMs: number;
  /** |offset| + uncertainty: the largest gap consistent with the measurement. */
  worstCaseMs: number;
  /** max(0, |offset| − uncertainty): the smallest gap consistent with the measurement. */
  bestCaseMs: number;
  /** Direction of the local clock (estimate.ts sign convention). */
  localIs: 'ahead' | 'behind';
  /** Set when cause is 'timezone-as-utc'. */
  zone: ZoneMatch | null;
  /** near-edge only because the uncertainty is large, not because the offset is. */
  noisy: boolean;
  /** Id of the explanation in messages.ts. */
  messageId: VerdictMessageId;
}

export type VerdictMessageId =
  | 'verdict-ok'
  | 'verdict-noisy'
  | 'verdict-near-edge-behind'
  | 'verdict-near-edge-ahead'
  | 'verdict-expired-behind'
  | 'verdict-expired-ahead'
  | 'verdict-timezone';

export function zoneLabel(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * The civil time zone whose wall time, labelled as UTC, would produce this offset, or null.
 * A clock showing UTC+8 wall time as if it were UTC is 8 h ahead: offsetMs = −8 h → "+08:00".
 */
export function matchZone(offsetMs: number, uncertaintyMs = 0): ZoneMatch | null {
  const wall = -offsetMs;
  let best: ZoneMatch | null = null;
  for (const z of ZONE_OFFSETS_MIN) {
    const residualMs = Math.abs(wall - z * 60_000);
    if (!best || residualMs < best.residualMs) best = { offsetMinutes: z, label: zoneLabel(z), residualMs };
  }
  return best && best.residualMs <= ZONE_TOLERANCE_MS + Math.max(0, uncertaintyMs) ? best : null;
}

/** Verdict for an offset (server − local, ms) known to ± uncertaintyMs. */
export function judgeOffset(offsetMs: number, uncertaintyMs = 0): ClockVerdict {
  const u = Math.max(0, uncertaintyMs);
  const abs = Math.abs(offsetMs);
  const localIs = offsetMs < 0 ? 'ahead' : 'behind';
  const base = {
    windowMs: OKX_WINDOW_MS,
    fractionOfWindow: abs / OKX_WINDOW_MS,
    marginMs: OKX_WINDOW_MS - abs,
    worstCaseMs: abs + u,
    bestCaseMs: Math.max(0, abs - u),
    localIs,
  } as const;
  if (abs - u > OKX_WINDOW_MS) {
    const zone = matchZone(offsetMs, u);
    if (zone) return { ...base, verdict: 'expired', cause: 'timezone-as-utc', zone, noisy: false, messageId: 'verdict-timezone' };
    return {
      ...base,
      verdict: 'expired',
      cause: 'clock-skew',
      zone: null,
      noisy: false,
      messageId: localIs === 'ahead' ? 'verdict-expired-ahead' : 'verdict-expired-behind',
    };
  }
  if (abs + u < OK_LIMIT_MS) {
    return { ...base, verdict: 'ok', cause: null, zone: null, noisy: false, messageId: 'verdict-ok' };
  }
  if (abs < OK_LIMIT_MS) {
    return { ...base, verdict: 'near-edge', cause: null, zone: null, noisy: true, messageId: 'verdict-noisy' };
  }
  return {
    ...base,
    verdict: 'near-edge',
    cause: 'clock-skew',
    zone: null,
    noisy: false,
    messageId: localIs === 'ahead' ? 'verdict-near-edge-ahead' : 'verdict-near-edge-behind',
  };
}

export function verdictFor(estimate: Pick<ClockEstimate, 'offsetMs' | 'uncertaintyMs'>): ClockVerdict {
  return judgeOffset(estimate.offsetMs, estimate.uncertaintyMs);
}
