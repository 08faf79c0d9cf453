import { useMemo, useState } from 'preact/hooks';
import { clockMessage, parseHostOutput } from '../../lib/clock/index.ts';
import { tr, type Strings } from '../shared/t.ts';
import ClockResult from './ClockResult.tsx';

const MAX_CHARS = 200_000;

/** Paste the output of the bot-host command; get the host's offset and the verdict. All local. */
export default function HostClock({ t, lang, guideHref }: { t: Strings; lang: string; guideHref: string }) {
  const [text, setText] = useState('');
  const result = useMemo(() => (text.trim() ? parseHostOutput(text.slice(0, MAX_CHARS)) : null), [text]);
  return (
    <div class="tool">
      <label for="host-output"><strong>{tr(t, 'clock.host.paste')}</strong></label>
      <p class="small muted" id="host-output-hint">{tr(t, 'clock.host.pasteHint')}</p>
      <textarea id="host-output" rows={6} spellcheck={false} aria-describedby="host-output-hint" value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} placeholder="okx-clock v1 t0=…" />
      <p><button type="button" class="button secondary" onClick={() => setText('')}>{tr(t, 'tools.clear')}</button></p>
      <div role="status" aria-live="polite" data-testid="host-status">
        {result && !result.ok && (
          <p class="banner">{clockMessage(result.error ?? 'no-samples', lang, { code: result.okxCode ?? '?' })}</p>
        )}
        {result?.ok && (
          <>
            <h3>{tr(t, 'clock.host.result')}</h3>
            {result.sources.map((s) => s.estimate && s.verdict && (
              <ClockResult key={s.src ?? '-'} estimate={s.estimate} verdict={s.verdict} t={t} lang={lang}
                title={result.sources.length > 1 ? `${tr(t, 'clock.host.source')}: ${s.src ?? tr(t, 'clock.host.untagged')}` : undefined} />
            ))}
            {result.issues.map((i, n) => <p key={n} class="small">{clockMessage(i.error, lang, { code: i.okxCode ?? '?' })}</p>)}
            {result.worst?.verdict && result.worst.verdict.verdict !== 'ok' && <p><a href={guideHref}>{tr(t, 'clock.host.fix')}</a></p>}
          </>
        )}
      </div>
    </div>
  );
}
