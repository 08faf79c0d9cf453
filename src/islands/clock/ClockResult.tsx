import { explainVerdictWith, formatDuration, type ClockTable } from '../../lib/clock/format.ts';
import type { ClockEstimate } from '../../lib/clock/estimate.ts';
import type { ClockVerdict } from '../../lib/clock/verdict.ts';
import { tr, type Strings } from '../shared/t.ts';
import WindowBar from './WindowBar.tsx';

/** One measurement: verdict (in words, not colour only), offset ± uncertainty, the window bar. */
export default function ClockResult({ estimate, verdict, t, msgs, title }: { estimate: ClockEstimate; verdict: ClockVerdict; t: Strings; msgs: ClockTable; title?: string }) {
  const lang = msgs.lang;
  return (
    <div class={`clock-result clock-result--${verdict.verdict}`} data-testid="clock-result" data-verdict={verdict.verdict} data-cause={verdict.cause ?? ''}>
      {title && <h3>{title}</h3>}
      <p class="clock-result__verdict"><strong>{tr(t, `clock.verdict.${verdict.verdict}`)}</strong></p>
      <p>
        {tr(t, 'clock.offset')}{tr(t, 'tools.colon')}<strong data-testid="clock-offset" data-offset-ms={Math.round(estimate.offsetMs)}>{formatDuration(estimate.offsetMs, lang)}</strong>{' '}
        ± {formatDuration(estimate.uncertaintyMs, lang)}{tr(t, 'clock.uncertaintyNote')}
      </p>
      <p>{explainVerdictWith(msgs, estimate, verdict)}</p>
      <WindowBar offsetMs={estimate.offsetMs} uncertaintyMs={estimate.uncertaintyMs} t={t} lang={lang} />
    </div>
  );
}
