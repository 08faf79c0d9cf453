/**
 * NTP-style clock offset estimate from request/response samples.
 *
 * Sign convention (used everywhere in src/lib/clock):
 *   offsetMs = server time − local time.
 *   offsetMs > 0  → OKX is ahead of this machine, i.e. the LOCAL CLOCK IS BEHIND
 *                   (its timestamps look old to OKX: the classic 50102).
 *   offsetMs < 0  → the LOCAL CLOCK IS AHEAD (its timestamps lie in OKX's future).
 * To turn a local time into OKX time: serverNow ≈ Date.now() + offsetMs.
 *
 * One sample: t0 = local ms just before the request, ts = OKX `ts`, t1 = local ms just after the
 * answer. OKX read its clock at some local instant between t0 and t1, so the true offset lies in
 * [ts − t1, ts − t0]; the midpoint ts − (t0 + t1)/2 is the estimate and RTT/2 its half-width.
 * Every reading is an integer (truncated or rounded), and some hosts can only read whole seconds
 * (busybox `date`), so the reported uncertainty adds that slack:
 *   uncertaintyMs = RTT/2 + resolutionMs/2 + 1.5   (= RTT/2 + 2 ms for millisecond clocks)
 * which guarantees: true offset ∈ [offsetMs − uncertaintyMs, offsetMs + uncertaintyMs]
 * as long as neither clock stepped during the request.
 */

export interface ClockSample {
  /** Local clock (Unix ms) just before the request was sent. */
  t0: number;
  /** OKX server time (Unix ms) from the response's data[0].ts. */
  ts: number;
  /** Local clock (Unix ms) just after the response arrived. */
  t1: number;
  /** Resolution of the local readings t0/t1 in ms: 1 (default) or 1000 when only whole seconds were available. */
  resolutionMs?: number;
}

export interface ClockEstimate {
  /** server − local, in ms. Positive: local clock behind OKX. Negative: local clock ahead of OKX. */
  offsetMs: number;
  /** Half-width of the interval that contains the true offset (see file comment). */
  uncertaintyMs: number;
  /** Round trip t1 − t0 of the sample used. */
  rttMs: number;
  /** Human direction of the LOCAL clock relative to OKX ('behind' when offsetMs ≥ 0). */
  localIs: 'ahead' | 'behind';
  /** False when |offsetMs| ≤ uncertaintyMs, i.e. the direction is not actually known. */
  directionCertain: boolean;
  /** The sample the estimate comes from (lowest uncertainty, i.e. lowest RTT). */
  sample: ClockSample;
  /** Index of that sample in the input array. */
  sampleIndex: number;
  /** Valid samples considered. */
  validSamples: number;
  /** Samples ignored as invalid (NaN, t1 < t0, implausible epoch). */
  invalidSamples: number;
}

/** Unix ms between 2015-01-01 and 2100-01-01: anything else is not an epoch-ms reading. */
export const MIN_PLAUSIBLE_MS = 1_420_070_400_000;
export const MAX_PLAUSIBLE_MS = 4_102_444_800_000;

export function isPlausibleEpochMs(n: number): boolean {
  return Number.isFinite(n) && n >= MIN_PLAUSIBLE_MS && n <= MAX_PLAUSIBLE_MS;
}

/** True when the sample can be used: finite plausible numbers and t1 ≥ t0. */
export function isValidSample(s: ClockSample): boolean {
  const res = s.resolutionMs ?? 1;
  return (
    isPlausibleEpochMs(s.t0) &&
    isPlausibleEpochMs(s.t1) &&
    isPlausibleEpochMs(s.ts) &&
    s.t1 >= s.t0 &&
    Number.isFinite(res) &&
    res >= 1
  );
}

/** Offset and uncertainty of one sample (no validity check). */
export function sampleOffset(s: ClockSample): { offsetMs: number; uncertaintyMs: number; rttMs: number } {
  const res = s.resolutionMs ?? 1;
  const rttMs = s.t1 - s.t0;
  // Centre of (ts − 1 − (t1 + res), ts + 1 − t0), written so that res = 1 gives ts − (t0 + t1)/2.
  const offsetMs = s.ts - (s.t0 + s.t1) / 2 - (res - 1) / 2;
  const uncertaintyMs = rttMs / 2 + res / 2 + 1.5;
  return { offsetMs, uncertaintyMs, rttMs };
}

/**
 * Best estimate from several samples: the one with the smallest uncertainty (= lowest RTT for
 * equal resolution); ties keep the earliest. Invalid samples are skipped. Null when none is valid.
 */
export function estimateOffset(samples: readonly ClockSample[]): ClockEstimate | null {
  let best: { i: number; offsetMs: number; uncertaintyMs: number; rttMs: number } | null = null;
  let valid = 0;
  samples.forEach((s, i) => {
    if (!isValidSample(s)) return;
    valid++;
    const o = sampleOffset(s);
    if (!best || o.uncertaintyMs < best.uncertaintyMs) best = { i, ...o };
  });
  if (!best) return null;
  const b: { i: number; offsetMs: number; uncertaintyMs: number; rttMs: number } = best;
  return {
    offsetMs: b.offsetMs,
    uncertaintyMs: b.uncertaintyMs,
    rttMs: b.rttMs,
    localIs: b.offsetMs < 0 ? 'ahead' : 'behind',
    directionCertain: Math.abs(b.offsetMs) > b.uncertaintyMs,
    sample: samples[b.i]!,
    sampleIndex: b.i,
    validSamples: valid,
    invalidSamples: samples.length - valid,
  };
}
