/**
 * Byte-preserving JSON text helpers. They re-space a JSON text without parsing
 * numbers or strings, so `1.0`, big integers and string escapes stay exactly as typed.
 */

export type JsonStyle = 'compact' | 'spaced' | 'pretty' | 'other';

export function isValidJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** For each UTF-16 index: true when inside a JSON string literal (quotes included). */
export function stringMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  let inStr = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inStr) {
      mask[i] = true;
      if (ch === '\\') {
        if (i + 1 < text.length) mask[i + 1] = true;
        i++;
      } else if (ch === '"') inStr = false;
    } else if (ch === '"') {
      inStr = true;
      mask[i] = true;
    }
  }
  return mask;
}

/**
 * Re-spaces a JSON text. 'compact' = JSON.stringify / separators (',', ':');
 * 'spaced' = Python json.dumps default separators (', ', ': ').
 */
export function respaceJson(text: string, style: 'compact' | 'spaced'): string {
  const mask = stringMask(text);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (mask[i]) {
      out += ch;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') continue;
    out += ch;
    if (style === 'spaced' && (ch === ',' || ch === ':')) out += ' ';
  }
  return out;
}

/** Python json.dumps ensure_ascii=True: every non-ASCII UTF-16 unit becomes \uXXXX (lowercase hex). */
export function escapeNonAscii(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c > 0x7f ? '\\u' + c.toString(16).padStart(4, '0') : text[i];
  }
  return out;
}

export function hasNonAscii(text: string): boolean {
  return /[\u0080-\uffff]/.test(text);
}

/** How a valid JSON text is spaced. */
export function jsonStyle(text: string): JsonStyle {
  if (respaceJson(text, 'compact') === text) return 'compact';
  if (respaceJson(text, 'spaced') === text) return 'spaced';
  const mask = stringMask(text);
  for (let i = 0; i < text.length; i++) if (!mask[i] && text[i] === '\n') return 'pretty';
  return 'other';
}
