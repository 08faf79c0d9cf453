import type { ClockSample } from './estimate.ts';

/**
 * Fallback when OKX cannot be asked from the browser: a sample from an HTTP Date header of the
 * site's own server (RFC 7231 IMF-fixdate, whole seconds). Returns null when the header is unusable.
 * The server's clock is not OKX's; callers must say so.
 */
export function sampleFromDateHeader(t0: number, dateHeader: string | null, t1: number): ClockSample | null {
  if (!dateHeader) return null;
  const ms = Date.parse(dateHeader);
  if (!Number.isFinite(ms) || t1 < t0) return null;
  // The header truncates to the second, so the true server time lies in [ms, ms + 1000).
  // estimate.ts models resolution as truncation of the readings (centre shifted back by
  // (res − 1)/2, uncertainty widened by res/2); passing ts = ms + 1000 with res = 1000 centres the
  // estimate on ms + 500 with ±500 ms added to the uncertainty, which is what this header needs.
  return { t0, ts: ms + 1000, t1, resolutionMs: 1000 };
}
