import { describe, expect, it } from 'vitest';
import { estimateOffset, sampleFromDateHeader } from '../../src/lib/clock/index.ts';

describe('site Date header fallback', () => {
  it('centres the estimate inside the truncated second and widens the uncertainty by 0.5 s', () => {
    const serverTrue = Date.parse('2026-11-25T10:00:00.700Z');
    const t0 = serverTrue - 20_000 - 50; // local clock 20 s behind, 100 ms RTT
    const t1 = t0 + 100;
    const s = sampleFromDateHeader(t0, new Date(serverTrue).toUTCString(), t1)!;
    const est = estimateOffset([s])!;
    expect(Math.abs(est.offsetMs - 20_000)).toBeLessThanOrEqual(est.uncertaintyMs);
    expect(est.uncertaintyMs).toBeGreaterThanOrEqual(550);
    expect(est.uncertaintyMs).toBeLessThan(600);
  });
  it('rejects a missing or unparsable header', () => {
    expect(sampleFromDateHeader(1, null, 2)).toBeNull();
    expect(sampleFromDateHeader(1, 'yesterday-ish', 2)).toBeNull();
  });
});
