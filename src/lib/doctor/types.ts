/**
 * Error Doctor: public types. The doctor reads a pasted error (response body, log, stack trace…)
 * and returns the OKX codes it found, each with ranked causes and the evidence behind them.
 * Everything in a Diagnosis is plain data (ids + params) so it serialises to JSON and renders in
 * either language through messages.ts.
 */

import type { ScanFacts } from './secrets.ts';

export type Lang = 'en' | 'zh';

/** Which OKX API a code belongs to. v1 codes are not in the catalog (retired long before v3). */
export type CodeApi = 'v5' | 'v3' | 'v1';

/** What the doctor needs to know about one code (see catalog-adapter.ts for the compact form). */
export interface DoctorCode {
  code: string;
  api: 'v5' | 'v3' | 'v1';
  family: string;
  /** Docs messages of every variant, then messages seen live. English. */
  messages: string[];
  /** Chinese rendering of the first docs message. */
  messageZh: string;
  /** Cause ids of this code (code-causes.tsv), most likely first. */
  causes: string[];
  /** Starting weight of each cause (same order). */
  priors: number[];
  /** OKX's own Chinese messages (docs), for finding a code by its Chinese text. */
  messagesOkxZh: string[];
  /** v3 → v5 or v5 → v3 equivalents. */
  equivalents: string[];
  parent: string | null;
}

/** A client library as the doctor knows it: plain substrings of its frames and module paths. */
export interface DoctorLibrary {
  id: string;
  name: string;
  frames: string[];
  versionPrefixes: string[];
  /** The library's own error texts that tell the cause (library-signatures.tsv). */
  signatures: { text: string; cause: string }[];
}

/** An OKX v5 REST endpoint and the parameters whose format OKX's docs state (endpoint-params.tsv). */
export interface DoctorEndpoint {
  method: 'GET' | 'POST';
  path: string;
  /** OKX docs anchor: https://www.okx.com/docs-v5/en/#<anchor>. */
  anchor: string;
  /** param (or `*` for the body) → format (ms, int, decimal, bool, csv, array, strings, enum) and detail (max, or enum values separated by |). */
  params: Map<string, { format: string; detail: string }>;
}

/** Where a catalog message was found inside a text. */
/** Sorted, non-overlapping [start, end) spans of whole lines to leave out (lines that already have a code). */
export type Skip = readonly (readonly [number, number])[];

export interface MessageHit {
  code: string;
  start: number;
  end: number;
  /** The message ends its line and starts the line or follows a separator (`: `, `] `, ` - `, `|`, a quote). */
  lineEnd: boolean;
}

/** The minimal catalog the doctor reads: built from the full Catalog or from the compact JSON. */
export interface DoctorCatalog {
  get(code: string): DoctorCode | undefined;
  /** Codes whose message equals `text` (case-insensitive, punctuation and trailing period ignored, {param} as wildcard). */
  findByMessage(text: string): string[];
  /**
   * Catalog messages inside a longer text: those of three words or more anywhere, and shorter ones
   * ("Invalid Sign") when they make up the tail of a line. Linear in the text length. `cjkLines`: the
   * text's lines with a CJK character (lines.ts cjkLineSpans), when found already.
   */
  findInText(text: string, skip?: Skip, cjkLines?: Int32Array): MessageHit[];
  /** Client libraries and their frame signatures (libraries.tsv). */
  libraries(): DoctorLibrary[];
  /** Other exchanges by their names in any language (exchanges.tsv). */
  exchanges(): { name: string; names: string[]; negativeCodes: boolean }[];
  /** The endpoint's documented parameter formats; with no method, GET is tried before POST. */
  endpoint(method: 'GET' | 'POST' | null, path: string): DoctorEndpoint | undefined;
  causeTitle(id: string): { en: string; zh: string } | undefined;
  causeIds(): string[];
  /** Fix step ids of a cause, in order (empty for an unknown cause). */
  fixesOf(cause: string): string[];
  fixText(fix: string): { en: string; zh: string } | undefined;
}

export type DiagnosisKind =
  /** At least one OKX error code was found. */
  | 'codes'
  /** Only success answers (code 0, login ack) were found. */
  | 'success'
  /** No OKX code, but an HTTP error status (401, 429, 502 page…). */
  | 'http-status'
  /** No OKX code, but a network/TLS/DNS error before OKX answered. */
  | 'network'
  /** No OKX code, but a client library refused to send the request (e.g. ccxt missing credential). */
  | 'client-error'
  /** No OKX code: the client library failed in its own code (its frames in the trace) or raised a success answer as an error. */
  | 'library-bug'
  /** No OKX code: the program printed the error object without its contents ([object Object], #<Object>). */
  | 'hidden-reason'
  /** No OKX code: the paste says a WebSocket connection keeps dropping (every few minutes, 断线). */
  | 'ws-dropped'
  | 'nothing-found'
  | 'empty'
  | 'binary'
  | 'too-large';

export type Effect = 'raise' | 'lower';

/** Message parameters. A list is joined the way each language writes lists (`a, b` / `a、b`). */
export type Params = Record<string, string | number | string[]>;

/** A piece of evidence as it applies to one cause. `id` keys into EVIDENCE in messages.ts. */
export interface EvidenceRef {
  id: string;
  params: Params;
  effect: Effect;
}

export interface RankedCause {
  /** A cause id from causes.tsv. */
  id: string;
  /** 1–99, higher is more likely. Only the order is meaningful. */
  score: number;
  evidence: EvidenceRef[];
  /** Fix step ids (content/catalog/fixes.tsv); the text comes from DoctorCatalog.fixText. */
  fixes: string[];
}

/** How the code was read from the paste. */
export type CodeSource = 'item' | 'envelope' | 'field' | 'ws-event' | 'oneliner' | 'prose' | 'bare' | 'message';

export interface CodeDiagnosis {
  code: string;
  api: CodeApi;
  /** False when the code is not in the catalog (unknown code, v1 code). */
  known: boolean;
  family: string | null;
  parent: string | null;
  equivalents: string[];
  /** The message that came with the code in the paste (secrets masked), if any. */
  message: string | null;
  source: CodeSource;
  /** How many times the code occurs in the paste. */
  occurrences: number;
  /** 1-based line of the first occurrence. */
  line: number;
  /** For a message-only match: other codes sharing that message. */
  alsoMatches: string[];
  causes: RankedCause[];
  links: {
    /** Locale-free path of the code page, null when the site has no page for it. */
    codePage: string | null;
    guide: string | null;
    tool: 'sign' | 'clock' | 'keys' | null;
  };
}

/** A paste-level observation. `id` keys into FINDINGS in messages.ts. */
export interface Finding {
  id: string;
  params: Params;
}

/** A fact read from the paste (host, header value, library…). `id` keys into FACTS in messages.ts. */
export interface Fact {
  id: string;
  params: Params;
}

export interface Diagnosis {
  kind: DiagnosisKind;
  /** Most specific first: per-item sCode, then envelope/field codes, then prose, then message-only, then 1/2. */
  codes: CodeDiagnosis[];
  /** Ranked causes of codes[0], or of the HTTP/network/client error when no code was found. */
  causes: RankedCause[];
  /** First HTTP error status seen, if any. */
  httpStatus: number | null;
  findings: Finding[];
  facts: Fact[];
  /** Shapes recognised in the paste, in a fixed order. */
  shapes: string[];
  input: { chars: number; lines: number };
}

export interface DiagnoseOptions {
  /**
   * Secret facts read from the original paste when `paste` is already masked (a share link): they are
   * added to what the scan finds in `paste` itself, so the link gives the same diagnosis.
   */
  carried?: ScanFacts;
  /** Pastes longer than this (in UTF-16 units) give kind 'too-large'. Default 4 MiB. */
  maxChars?: number;
}
