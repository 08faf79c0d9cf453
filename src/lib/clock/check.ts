/**
 * One clock check against an OKX time endpoint: measure, estimate, judge. What `okx-doctor clock`
 * prints and what the npm package's checkClock() returns.
 */
import { estimateOffset } from './estimate.ts';
import { measure, type MeasureOptions } from './measure.ts';
import { clockMessage } from './messages.ts';
import { verdictFor, type ClockVerdict } from './verdict.ts';

export interface ClockCheck {
  /** OKX − this machine, ms (positive: this clock is behind). */
  offset_ms: number;
  uncertainty_ms: number;
  rtt_ms: number;
  verdict: ClockVerdict['verdict'];
  cause: ClockVerdict['cause'];
}

export type ClockCheckResult = { ok: true; result: ClockCheck } | { ok: false; message: string };

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function checkClockAt(url: string, opts: MeasureOptions = {}): Promise<ClockCheckResult> {
  const m = await measure(url, opts);
  if (!m.ok) return { ok: false, message: `${oneLine(m.message)}${m.badResponse ? `: ${clockMessage(m.error, 'en', { code: m.okxCode ?? '?' })}` : ''}` };
  const est = estimateOffset(m.samples);
  if (!est) return { ok: false, message: `${url} returned times that are not usable (${clockMessage('implausible-time', 'en')})` };
  const v = verdictFor(est);
  const offset = Math.round(est.offsetMs);
  return {
    ok: true,
    result: {
      offset_ms: offset,
      uncertainty_ms: Math.ceil(est.uncertaintyMs + Math.abs(est.offsetMs - offset)),
      rtt_ms: Math.round(est.rttMs),
      verdict: v.verdict,
      cause: v.cause,
    },
  };
}
