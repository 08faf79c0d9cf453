/** Quoted values as pasted: JSON, Python reprs, JS literals, and escaped JSON inside a string. */

export interface Quoted {
  valueStart: number;
  valueEnd: number;
  /** False when the line (or `max`) ended before the closing quote. */
  terminated: boolean;
  /** Position after the closing quote (or where reading stopped). */
  next: number;
}

/**
 * A quoted value at `at`: up to 3 backslashes (escaped JSON), then ' " or `, read up to the same
 * quote with the same escaping, on the same line and within `max` characters.
 * Returns undefined when no quote starts here, null for backslashes with no quote after them.
 */
export function readQuoted(text: string, at: number, max: number): Quoted | null | undefined {
  let i = at;
  let bs = 0;
  while (text.charCodeAt(i) === 92 /* \ */ && bs < 3) {
    i++;
    bs++;
  }
  const q = text[i];
  if (q !== '"' && q !== "'" && q !== '`') return bs > 0 ? null : undefined;
  const close = '\\'.repeat(bs) + q;
  const limit = Math.min(text.length, i + max);
  let j = i + 1;
  for (; j < limit; j++) {
    const c = text[j];
    if (c === '\n') break;
    if (bs === 0 && c === '\\') {
      j++; // an escaped character
      continue;
    }
    if (bs === 0 ? c === q : text.startsWith(close, j)) return { valueStart: i + 1, valueEnd: j, terminated: true, next: j + close.length };
  }
  j = Math.min(j, limit);
  return { valueStart: i + 1, valueEnd: j, terminated: false, next: j };
}
