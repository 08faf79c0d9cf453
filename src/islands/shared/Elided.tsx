import { elide } from '../../lib/text.ts';
import { tr, type Strings } from './t.ts';

/**
 * A possibly huge text (a 1 MB body) shown as its start and end, with a count of what is left out.
 * Whatever is signed or copied stays the full text; `show` renders each visible part.
 */
export default function Elided({ text, max, t, show = (s) => s }: { text: string; max?: number; t: Strings; show?: (s: string) => string }) {
  const e = elide(text, max);
  return <>{show(e.head)}{e.omitted > 0 && <span class="omitted">{tr(t, 'tools.omitted', { n: e.omitted.toLocaleString('en-US') })}</span>}{show(e.tail)}</>;
}
