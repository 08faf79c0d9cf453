/**
 * Reports a key once per window: the first time it is seen, and again only when it has not been
 * reported for `windowMs`. Memory is bounded: the oldest keys are forgotten past maxKeys.
 */
export class DedupeWindow {
  private readonly last = new Map<string, number>();
  private readonly windowMs: number;
  private readonly maxKeys: number;

  constructor(windowMs: number, maxKeys = 10_000) {
    this.windowMs = windowMs;
    this.maxKeys = maxKeys;
  }

  /** True when `key` should be reported at time `now` (ms); records it if so. */
  report(key: string, now: number): boolean {
    const prev = this.last.get(key);
    if (prev !== undefined && now - prev < this.windowMs) return false;
    this.last.delete(key);
    this.last.set(key, now);
    if (this.last.size > this.maxKeys) this.last.delete(this.last.keys().next().value!);
    return true;
  }
}

/** "10m", "30s", "1h", "500ms", "90" (seconds) → milliseconds; null when not a duration. */
export function parseDuration(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(s.trim());
  if (!m) return null;
  const n = Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const)[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Number.isFinite(n) ? n : null;
}
