import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateOffset,
  isValidSample,
  judgeOffset,
  matchZone,
  OK_LIMIT_MS,
  OKX_WINDOW_MS,
  sampleOffset,
  verdictFor,
  zoneLabel,
  type ClockSample,
} from '../../src/lib/clock/index.ts';

const T = 1_795_645_000_000; // a plausible "now" in Unix ms
const H = 3_600_000;
const M = 60_000;

/** A sample taken by a local clock that is `offset` ms behind the server (server = local + offset). */
function sampleFor(offset: number, t0 = T, up = 40, down = 40): ClockSample {
  return { t0, ts: t0 + up + offset, t1: t0 + up + down };
}

describe('estimateOffset', () => {
  it('recovers a known offset from a symmetric sample; sign: positive = local clock behind', () => {
    const e = estimateOffset([sampleFor(45_000)])!;
    expect(e.offsetMs).toBe(45_000);
    expect(e.rttMs).toBe(80);
    expect(e.uncertaintyMs).toBe(42); // RTT/2 + 2 ms of integer-reading slack
    expect(e.localIs).toBe('behind');
    expect(e.directionCertain).toBe(true);
  });

  it('uses ts − (t0 + t1)/2 for millisecond samples', () => {
    expect(sampleOffset({ t0: T, ts: T + 10_000, t1: T + 301 })).toEqual({ offsetMs: 10_000 - 150.5, uncertaintyMs: 150.5 + 2, rttMs: 301 });
  });

  it('says "ahead" for a local clock in the future (negative offset)', () => {
    const e = estimateOffset([sampleFor(-45_000)])!;
    expect(e.offsetMs).toBe(-45_000);
    expect(e.localIs).toBe('ahead');
  });

  it('marks the direction uncertain when |offset| ≤ uncertainty', () => {
    const e = estimateOffset([sampleFor(10, T, 100, 100)])!;
    expect(e.directionCertain).toBe(false);
  });

  it('keeps the lowest-RTT sample', () => {
    const samples = [sampleFor(5_000, T, 300, 10), sampleFor(5_100, T + 1000, 5, 5), sampleFor(4_000, T + 2000, 50, 50)];
    const e = estimateOffset(samples)!;
    expect(e.sampleIndex).toBe(1);
    expect(e.offsetMs).toBe(5_100);
    expect(e.rttMs).toBe(10);
    expect(e.validSamples).toBe(3);
  });

  it('prefers a millisecond sample over a whole-second one with a lower RTT', () => {
    const secs: ClockSample = { t0: T, ts: T + 5_000, t1: T, resolutionMs: 1000 };
    const ms = sampleFor(5_000, T, 100, 100);
    expect(estimateOffset([secs, ms])!.sampleIndex).toBe(1);
  });

  it('ignores invalid samples (t1 < t0, NaN, not epoch ms) and returns null when none is valid', () => {
    const bad: ClockSample[] = [
      { t0: T + 10, ts: T, t1: T },
      { t0: NaN, ts: T, t1: T },
      { t0: T, ts: Number('x'), t1: T + 1 },
      { t0: 1_795_645_000, ts: 1_795_645_000, t1: 1_795_645_001 }, // seconds, not ms
    ];
    for (const s of bad) expect(isValidSample(s)).toBe(false);
    expect(estimateOffset(bad)).toBeNull();
    const e = estimateOffset([...bad, sampleFor(1_000)])!;
    expect(e.sampleIndex).toBe(4);
    expect(e.invalidSamples).toBe(4);
    expect(estimateOffset([])).toBeNull();
  });

  it('contains the true offset for asymmetric delays and integer readings (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10 * H, max: 10 * H, noNaN: true }), // true offset
        fc.double({ min: 0, max: 3000, noNaN: true }), // uplink delay
        fc.double({ min: 0, max: 3000, noNaN: true }), // downlink delay
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), // fraction of a ms of the send time
        fc.boolean(), // server rounds instead of truncating
        (theta, up, down, frac, rounds) => {
          const send = T + frac; // real local time of sending
          const at = send + up; // real local time when OKX reads its clock
          const recv = at + down;
          const server = at + theta;
          const s: ClockSample = { t0: Math.floor(send), ts: rounds ? Math.round(server) : Math.floor(server), t1: Math.floor(recv) };
          const e = estimateOffset([s])!;
          expect(Math.abs(e.offsetMs - theta)).toBeLessThanOrEqual(e.uncertaintyMs);
          // and the bound is not wildly loose: at most RTT/2 + 2 ms
          expect(e.uncertaintyMs).toBeLessThanOrEqual((s.t1 - s.t0) / 2 + 2);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('contains the true offset for whole-second local clocks (busybox date) (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -H, max: H, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true, maxExcluded: true }),
        (theta, up, down, frac) => {
          const send = T + frac;
          const at = send + up;
          const recv = at + down;
          const s: ClockSample = {
            t0: Math.floor(send / 1000) * 1000,
            ts: Math.floor(at + theta),
            t1: Math.floor(recv / 1000) * 1000,
            resolutionMs: 1000,
          };
          const e = estimateOffset([s])!;
          expect(Math.abs(e.offsetMs - theta)).toBeLessThanOrEqual(e.uncertaintyMs);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('judgeOffset / verdictFor', () => {
  it('ok well inside the window', () => {
    const v = judgeOffset(2_000, 50);
    expect(v).toMatchObject({ verdict: 'ok', cause: null, zone: null, windowMs: 30_000, marginMs: 28_000, noisy: false });
    expect(v.fractionOfWindow).toBeCloseTo(2 / 30);
  });

  it('ok / near-edge boundary is |offset| + uncertainty vs 10 s', () => {
    expect(judgeOffset(OK_LIMIT_MS - 101, 100).verdict).toBe('ok');
    expect(judgeOffset(OK_LIMIT_MS - 100, 100).verdict).toBe('near-edge');
  });

  it('near-edge with clock-skew between 10 s and 30 s, in both directions', () => {
    const behind = judgeOffset(25_000, 100);
    expect(behind).toMatchObject({ verdict: 'near-edge', cause: 'clock-skew', localIs: 'behind', messageId: 'verdict-near-edge-behind' });
    expect(behind.marginMs).toBe(5_000);
    const ahead = judgeOffset(-25_000, 100);
    expect(ahead).toMatchObject({ verdict: 'near-edge', cause: 'clock-skew', localIs: 'ahead', messageId: 'verdict-near-edge-ahead' });
  });

  it('near-edge when the uncertainty straddles 30 s, expired only when certainly outside', () => {
    expect(judgeOffset(30_500, 600).verdict).toBe('near-edge');
    expect(judgeOffset(30_500, 400).verdict).toBe('expired');
    expect(judgeOffset(OKX_WINDOW_MS, 0).verdict).toBe('near-edge');
    expect(judgeOffset(OKX_WINDOW_MS + 1, 0).verdict).toBe('expired');
  });

  it('near-edge but noisy (no cause) when only the uncertainty reaches 10 s', () => {
    expect(judgeOffset(500, 12_000)).toMatchObject({ verdict: 'near-edge', cause: null, noisy: true, messageId: 'verdict-noisy' });
  });

  it('expired with clock-skew, future vs past', () => {
    const past = judgeOffset(45_000, 100);
    expect(past).toMatchObject({ verdict: 'expired', cause: 'clock-skew', localIs: 'behind', messageId: 'verdict-expired-behind', zone: null });
    expect(past.marginMs).toBe(-15_000);
    expect(past.fractionOfWindow).toBeCloseTo(1.5);
    const future = judgeOffset(-45_000, 100);
    expect(future).toMatchObject({ verdict: 'expired', cause: 'clock-skew', localIs: 'ahead', messageId: 'verdict-expired-ahead' });
  });

  it.each([
    ['+8 h (Beijing wall time as UTC)', -8 * H + 700, '+08:00'],
    ['−5 h (New York wall time as UTC)', 5 * H - 40_000, '-05:00'],
    ['+5:30 (India)', -(5 * H + 30 * M) - 85_000, '+05:30'],
    ['+5:45 (Nepal)', -(5 * H + 45 * M) + 10, '+05:45'],
    ['+9:30 (Adelaide)', -(9 * H + 30 * M), '+09:30'],
    ['+14 h', -14 * H, '+14:00'],
    ['−12 h', 12 * H, '-12:00'],
    ['+1 h (DST slip)', -H + 30_000, '+01:00'],
  ])('timezone-as-utc for %s', (_name, offset, label) => {
    const v = judgeOffset(offset, 200);
    expect(v.verdict).toBe('expired');
    expect(v.cause).toBe('timezone-as-utc');
    expect(v.zone?.label).toBe(label);
    expect(v.messageId).toBe('verdict-timezone');
  });

  it('clock-skew, not timezone, when the offset is far from any zone', () => {
    for (const offset of [-8 * H + 10 * M, 45 * M, -(5 * H + 15 * M), 2 * M, -17 * M, 15 * H]) {
      const v = judgeOffset(offset, 100);
      expect(v.cause, String(offset)).toBe('clock-skew');
      expect(v.zone).toBeNull();
    }
  });

  it('zone tolerance is 90 s plus the uncertainty', () => {
    expect(matchZone(-8 * H - 90_000)?.label).toBe('+08:00');
    expect(matchZone(-8 * H - 91_000)).toBeNull();
    expect(matchZone(-8 * H - 91_000, 2_000)?.label).toBe('+08:00');
    expect(matchZone(0)).toBeNull();
  });

  it('zoneLabel formats ISO offsets', () => {
    expect(zoneLabel(480)).toBe('+08:00');
    expect(zoneLabel(-300)).toBe('-05:00');
    expect(zoneLabel(345)).toBe('+05:45');
    expect(zoneLabel(-570)).toBe('-09:30');
  });

  it('verdictFor takes an estimate', () => {
    const e = estimateOffset([sampleFor(-8 * H)])!;
    expect(verdictFor(e)).toMatchObject({ verdict: 'expired', cause: 'timezone-as-utc', localIs: 'ahead' });
  });
});
