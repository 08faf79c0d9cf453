import { useEffect, useState } from 'preact/hooks';
import { clockFormat, type ClockTable } from '../../lib/clock/format.ts';
import type { HostParseResult } from '../../lib/clock/host-parse.ts';
import { tr, type Strings } from '../shared/t.ts';
import ClockResult from './ClockResult.tsx';

const MAX_CHARS = 200_000;

/** Paste the output of the bot-host command; get the host's offset and the verdict. All local. */
export default function HostClock({ t, msgs, guideHref }: { t: Strings; msgs: ClockTable; guideHref: string }) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<HostParseResult | null>(null);
  useEffect(() => {
    let live = true;
    if (!text.trim()) {
      setResult(null);
      return;
    }
    // The parser loads with the first paste, not with the page.
    void import('../../lib/clock/host-parse.ts').then(({ parseHostOutput }) => live && setResult(parseHostOutput(text.slice(0, MAX_CHARS))));
    return () => {
      live = false;
    };
  }, [text]);
  return (
    <div class="tool">
      <label for="host-output"><strong>{tr(t, 'clock.host.paste')}</strong></label>
      <p class="small muted" id="host-output-hint">{tr(t, 'clock.host.pasteHint')}</p>
      <textarea id="host-output" rows={6} spellcheck={false} aria-describedby="host-output-hint" value={text}
        onFocus={() => void import('../../lib/clock/host-parse.ts').catch(() => undefined)}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} placeholder="okx-clock v1 t0=…" />
      <p><button type="button" class="button secondary" onClick={() => setText('')}>{tr(t, 'tools.clear')}</button></p>
      <div role="status" aria-live="polite" data-testid="host-status">
        {result && !result.ok && (
          <p class="banner">{clockFormat(msgs, result.error ?? 'no-samples', { code: result.okxCode ?? '?' })}</p>
        )}
        {result?.ok && (
          <>
            <h3>{tr(t, 'clock.host.result')}</h3>
            {result.sources.map((s) => s.estimate && s.verdict && (
              <ClockResult key={s.src ?? '-'} estimate={s.estimate} verdict={s.verdict} t={t} msgs={msgs}
                title={result.sources.length > 1 ? `${tr(t, 'clock.host.source')}${tr(t, 'tools.colon')}${s.src ?? tr(t, 'clock.host.untagged')}` : undefined} />
            ))}
            {result.issues.map((i, n) => <p key={n} class="small">{clockFormat(msgs, i.error, { code: i.okxCode ?? '?' })}</p>)}
            {result.worst?.verdict && result.worst.verdict.verdict !== 'ok' && <p><a href={guideHref}>{tr(t, 'clock.host.fix')}</a></p>}
          </>
        )}
      </div>
    </div>
  );
}
