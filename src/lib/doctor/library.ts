/**
 * Client libraries in a paste, read from the catalog's libraries.tsv: a library's own stack frames,
 * module paths or package name, and its version where the paste prints one. All frames are searched
 * in one pass (needles.ts), so the cost is linear in the paste length.
 */
import { ID_BLANK } from './evidence.ts';
import { gated, type WordPlaces } from './gate.ts';
import { ENOUGH, Needles, readWords, type WordReader } from './needles.ts';
import type { DoctorLibrary } from './types.ts';

export interface LibrarySeen {
  id: string;
  name: string;
  /** The frame, path or package text that named the library. */
  frame: string;
  version: string | null;
  /** One of the library's own error texts that tells the cause (library-signatures.tsv), if in the paste. */
  signature?: { text: string; cause: string };
}

function isVersionChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46;
}

/** The version at `i` (after a prefix): a few separators, an optional v, then digits and dots. */
function versionAt(text: string, i: number): string | null {
  // `ccxt version: 4.2.1`, `freqtrade 2024.5`: a few separators may sit between prefix and number.
  for (let k = 0; k < 3 && (text[i] === ' ' || text[i] === ':' || text[i] === '=' || text[i] === '\t'); k++) i++;
  if (text[i] === 'v' || text[i] === 'V') i++;
  const start = i;
  while (i < text.length && i - start < 24 && isVersionChar(text.charCodeAt(i))) i++;
  while (i > start && text.charCodeAt(i - 1) === 46) i--;
  const v = text.slice(start, i);
  return /^\d+\.\d+/.test(v) ? v : null;
}

/**
 * The version after one of the library's prefixes (ccxt/1.9.103, python-okx==0.3.9, freqtrade 2024.5),
 * trying the prefixes in table order and, for each, its first 20 occurrences (`at`, by prefix).
 */
function versionOf(text: string, lib: DoctorLibrary, at: Map<string, number[]>): string | null {
  for (const prefix of lib.versionPrefixes) {
    for (const pos of at.get(prefix.toLowerCase()) ?? []) {
      const v = versionAt(text, pos + prefix.length);
      if (v) return v;
    }
  }
  return null;
}

/** Which frames occur in a paste, and where each version prefix occurs (its first 20 places). */
export interface LibraryWords {
  frames: Set<string>;
  at: Map<string, number[]>;
}

/**
 * A library table's frames and version prefixes as one set of needles (frames first), read in the
 * paste's one pass over words (needles.ts); built once per table. Prefixes match case-insensitively,
 * frames as written (checked on each hit).
 */
const readers = new WeakMap<DoctorLibrary[], WordReader<LibraryWords>>();

export function libraryWords(libs: DoctorLibrary[]): WordReader<LibraryWords> {
  let reader = readers.get(libs);
  if (reader) return reader;
  const frames = [...new Set(libs.flatMap((l) => l.frames))];
  const prefixes = [...new Set(libs.flatMap((l) => l.versionPrefixes.map((p) => p.toLowerCase())))];
  const needles = new Needles([...frames, ...prefixes], true);
  reader = {
    needles,
    start(text) {
      const present: boolean[] = [];
      const at = new Map<string, number[]>();
      return {
        visit(idx, pos) {
          if (present[idx]) return ENOUGH; // a frame already seen, or a prefix with its 20 places
          const needle = needles.needles[idx]!;
          if (idx < frames.length) {
            if (!text.startsWith(needle, pos)) return;
            present[idx] = true;
            return ENOUGH;
          }
          let list = at.get(needle);
          if (!list) at.set(needle, (list = []));
          list.push(pos);
          if (list.length < 20) return;
          present[idx] = true;
          return ENOUGH;
        },
        result: () => ({ frames: new Set(frames.filter((_, i) => present[i])), at }),
      };
    },
  };
  readers.set(libs, reader);
  return reader;
}

/** `words`: what libraryWords read, when read already in the paste's pass over words. */
export function readLibraries(text: string, libs: DoctorLibrary[], words: LibraryWords = readWords(text, [libraryWords(libs)])[0]): LibrarySeen[] {
  return libs.flatMap((lib) => {
    const frame = lib.frames.find((f) => words.frames.has(f));
    if (frame === undefined) return [];
    // Few rows, and only for the libraries in the paste: one indexOf each.
    const signature = lib.signatures.find((x) => text.includes(x.text));
    return [{ id: lib.id, name: lib.name, frame, version: versionOf(text, lib, words.at), ...(signature ? { signature } : {}) }];
  });
}

/**
 * ccxt's own error line without its name: an exception class, then the exchange id and the body
 * (`InvalidNonce: okx {"code":"50102"…}`, `okx {"code":…}`, `okex5 {`). Bounded repeats, linear.
 */
const CCXT_ERROR_LINE = gated(/(?<![\w.-])(?:okex5|myokx|okxus)[ \t]+\{|(?<![\w.-])okx[ \t]+\{"|\b(?:InvalidNonce|AuthenticationError|ExchangeNotAvailable|RateLimitExceeded|InsufficientFunds|BadRequest|PermissionDenied|ExchangeError|InvalidOrder|RequestTimeout|NetworkError|DDoSProtection|OnMaintenance|BadSymbol|AccountNotEnabled)(?:\]|\()?:?[ \t]+(?:okx|okex5?|myokx|okxus)\b/, [
  ...ID_BLANK,
  ...['InvalidNonce', 'AuthenticationError', 'ExchangeNotAvailable', 'RateLimitExceeded', 'InsufficientFunds', 'BadRequest', 'PermissionDenied', 'ExchangeError', 'InvalidOrder', 'RequestTimeout', 'NetworkError', 'DDoSProtection', 'OnMaintenance', 'BadSymbol', 'AccountNotEnabled'],
]);

/** ccxt seen by its error line alone (see CCXT_ERROR_LINE), when no frame named it. */
export function ccxtErrorLine(places: WordPlaces): string | null {
  return places.first(CCXT_ERROR_LINE)?.[0] ?? null;
}

/**
 * Programming errors: what a library throws from its own code when it mishandles a request or an
 * answer (a missing map key, a wrong type, an argument its dependency no longer takes), never what
 * OKX answers.
 */
const PROGRAMMING_ERROR = gated(/\b(?:KeyError|TypeError|AttributeError|IndexError|NameError|UnboundLocalError|NotImplementedError|NullReferenceException|ArgumentNullException|InvalidCastException|NullPointerException|ClassCastException|JsonSerializationException|JsonReaderException|JSONDecodeError|ReferenceError)\b|unexpected keyword argument|missing \d+ required positional argument|is not a function|Cannot read propert(?:y|ies) of|There is no current event loop|No credentials provided/, [
  'keyerror', 'typeerror', 'attributeerror', 'indexerror', 'nameerror', 'unboundlocalerror', 'notimplementederror', 'nullreferenceexception', 'argumentnullexception', 'invalidcastexception', 'nullpointerexception', 'classcastexception', 'jsonserializationexception', 'jsonreaderexception', 'jsondecodeerror', 'referenceerror',
  'unexpected keyword argument', 'required positional argument', 'is not a function', 'cannot read propert', 'there is no current event loop', 'no credentials provided',
]);

export function programmingError(places: WordPlaces): string | null {
  const m = places.first(PROGRAMMING_ERROR);
  return m ? m[0] : null;
}

/** A success answer the wrapper raised as an error (`… error because 200:`). */
const SUCCESS_AS_ERROR = gated(/\b(?:error|failed) because 200\b/i, ['because 200']);

export function successAsError(places: WordPlaces): boolean {
  return places.has(SUCCESS_AS_ERROR);
}
