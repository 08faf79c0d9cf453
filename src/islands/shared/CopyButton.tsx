import { useState } from 'preact/hooks';
import { tr, type Strings } from './t.ts';

/** Copies text to the clipboard; says so in a polite live region. Never used for secrets. */
export default function CopyButton({ text, t, label }: { text: string; t: Strings; label?: string }) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone(true);
      setTimeout(() => setDone(false), 1500);
    } catch {
      setDone(false);
    }
  };
  return (
    <button type="button" class="button small" onClick={copy} aria-label={label ? `${tr(t, 'tools.copy')}${tr(t, 'tools.colon')}${label}` : undefined}>
      {done ? tr(t, 'tools.copied') : tr(t, 'tools.copy')}
    </button>
  );
}
