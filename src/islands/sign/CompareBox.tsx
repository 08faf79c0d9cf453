import { useEffect, useState } from 'preact/hooks';
import type { HuntResult } from '../../lib/sign/hunter.ts';
import { formatFrom, type MessageTable } from '../../lib/sign/format.ts';
import type { HuntInputs } from '../../lib/sign/types.ts';
import { tr, type Strings } from '../shared/t.ts';

/** Paste the signature your code produced; the mismatch hunter names the mistake that reproduces it. */
export default function CompareBox({ inputs, t, msgs }: { inputs: HuntInputs | null; t: Strings; msgs: MessageTable }) {
  const [sig, setSig] = useState('');
  const [result, setResult] = useState<HuntResult | null>(null);
  useEffect(() => {
    let live = true;
    const s = sig.trim();
    if (!inputs || !s) {
      setResult(null);
      return;
    }
    // The hunter is loaded only when someone compares.
    import('../../lib/sign/hunter.ts')
      .then(({ huntMismatch }) => huntMismatch(inputs, s))
      .then((r) => live && setResult(r))
      .catch(() => live && setResult(null));
    return () => {
      live = false;
    };
  }, [sig, inputs]);
  return (
    <div>
      <label for="user-sig">{tr(t, 'sign.userSig')}</label>
      <p class="small muted" id="user-sig-hint">{tr(t, 'sign.compareHint')}</p>
      <input id="user-sig" type="text" autocomplete="off" spellcheck={false} aria-describedby="user-sig-hint" value={sig}
        onInput={(e) => setSig((e.target as HTMLInputElement).value)} />
      <div role="status" aria-live="polite" data-testid="hunt-result" data-variant={result?.variant ?? ''} data-match={result ? String(result.match) : ''}>
        {result?.match && <p class="verdict verdict--good">{tr(t, 'sign.match')}</p>}
        {result && !result.match && result.variant && (
          <p class="verdict verdict--bad">
            <strong>{tr(t, 'sign.variant', { variant: result.variant })}</strong>
            <br />
            {formatFrom(msgs, result.variant, { detail: result.detail ?? '' })}
          </p>
        )}
        {result && !result.match && !result.variant && (
          <>
            <p class="verdict verdict--bad">{tr(t, 'sign.unknown')}</p>
            <p class="small muted">{tr(t, 'sign.ruledOut')}{tr(t, 'tools.colon')}{result.ruledOut.join(tr(t, 'tools.listSep'))}</p>
          </>
        )}
      </div>
    </div>
  );
}
