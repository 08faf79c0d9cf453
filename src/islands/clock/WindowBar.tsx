import { formatDuration } from '../../lib/clock/format.ts';
import { OKX_WINDOW_MS } from '../../lib/clock/verdict.ts';
import { tr, type Strings } from '../shared/t.ts';

const SCALE_MS = 45_000;
const pct = (ms: number) => Math.min(100, Math.max(0, 50 + (ms / SCALE_MS) * 50));

/** The ±30 s window as a bar with the measured offset and its uncertainty marked. Text says the same. */
export default function WindowBar({ offsetMs, uncertaintyMs, t, lang }: { offsetMs: number; uncertaintyMs: number; t: Strings; lang: string }) {
  // The bar shows the local clock relative to OKX: left = behind, right = ahead.
  const local = -offsetMs;
  const label = tr(t, 'clock.windowLabel', { offset: formatDuration(offsetMs, lang) });
  return (
    <figure class="window-bar" aria-label={label}>
      <div class="window-bar__track" aria-hidden="true">
        <div class="window-bar__window" style={{ left: `${pct(-OKX_WINDOW_MS)}%`, width: `${pct(OKX_WINDOW_MS) - pct(-OKX_WINDOW_MS)}%` }} />
        <div class="window-bar__range" style={{ left: `${pct(local - uncertaintyMs)}%`, width: `${Math.max(0.6, pct(local + uncertaintyMs) - pct(local - uncertaintyMs))}%` }} />
        <div class="window-bar__mark" style={{ left: `${pct(local)}%` }} />
      </div>
      <div class="window-bar__scale" aria-hidden="true">
        {[-30_000, 0, 30_000].map((ms) => <span key={ms} style={{ left: `${pct(ms)}%` }}>{ms === 0 ? '0' : `${ms > 0 ? '+' : '−'}30 s`}</span>)}
      </div>
      <figcaption class="small muted">{tr(t, 'clock.window')}{tr(t, 'tools.colon')}{label}</figcaption>
    </figure>
  );
}
