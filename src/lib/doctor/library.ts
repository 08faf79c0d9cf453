/**
 * Client libraries in a paste, read from the catalog's libraries.tsv: a library's own stack frames,
 * module paths or package name, and its version where the paste prints one. Plain substring search
 * (String#indexOf per pattern), so the cost is linear in the paste length times the table size.
 */
import type { DoctorLibrary } from './types.ts';

export interface LibrarySeen {
  id: string;
  name: string;
  /** The frame, path or package text that named the library. */
  frame: string;
  version: string | null;
}

function isVersionChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46;
}

/** The version after `prefix` (ccxt/1.9.103, python-okx==0.3.9, freqtrade 2024.5): digits and dots, v allowed. */
function versionAfter(lower: string, text: string, prefix: string): string | null {
  const p = prefix.toLowerCase();
  for (let at = lower.indexOf(p), n = 0; at >= 0 && n < 20; at = lower.indexOf(p, at + 1), n++) {
    let i = at + p.length;
    // `ccxt version: 4.2.1`, `freqtrade 2024.5`: a few separators may sit between prefix and number.
    for (let k = 0; k < 3 && (text[i] === ' ' || text[i] === ':' || text[i] === '=' || text[i] === '\t'); k++) i++;
    if (text[i] === 'v' || text[i] === 'V') i++;
    const start = i;
    while (i < text.length && i - start < 24 && isVersionChar(text.charCodeAt(i))) i++;
    while (i > start && text.charCodeAt(i - 1) === 46) i--;
    const v = text.slice(start, i);
    if (/^\d+\.\d+/.test(v)) return v;
  }
  return null;
}

export function readLibraries(text: string, libs: DoctorLibrary[]): LibrarySeen[] {
  const out: LibrarySeen[] = [];
  let lower: string | undefined;
  for (const lib of libs) {
    const frame = lib.frames.find((f) => text.includes(f));
    if (frame === undefined) continue;
    lower ??= text.toLowerCase();
    let version: string | null = null;
    for (const prefix of lib.versionPrefixes) if ((version = versionAfter(lower, text, prefix))) break;
    out.push({ id: lib.id, name: lib.name, frame, version });
  }
  return out;
}

/**
 * Programming errors: what a library throws from its own code when it mishandles a request or an
 * answer (a missing map key, a wrong type, an argument its dependency no longer takes), never what
 * OKX answers.
 */
const PROGRAMMING_ERROR = /\b(?:KeyError|TypeError|AttributeError|IndexError|NameError|UnboundLocalError|NotImplementedError|NullReferenceException|ArgumentNullException|InvalidCastException|NullPointerException|ClassCastException|JsonSerializationException|JsonReaderException|JSONDecodeError|ReferenceError)\b|unexpected keyword argument|missing \d+ required positional argument|is not a function|Cannot read propert(?:y|ies) of|There is no current event loop|No credentials provided/;

export function programmingError(text: string): string | null {
  const m = PROGRAMMING_ERROR.exec(text);
  return m ? m[0] : null;
}

/** A success answer the wrapper raised as an error (`… error because 200:`). */
const SUCCESS_AS_ERROR = /\b(?:error|failed) because 200\b/i;

export function successAsError(text: string): boolean {
  return SUCCESS_AS_ERROR.test(text);
}
