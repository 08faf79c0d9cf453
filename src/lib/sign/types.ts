/**
 * Shared types of the OKX signing library. Framework-free; no runtime code here.
 */

/** Which input a finding is about. */
export type Part =
  | 'timestamp'
  | 'method'
  | 'path'
  | 'query'
  | 'body'
  | 'secret'
  | 'apiKey'
  | 'passphrase'
  | 'sentUrl';

export type Severity = 'error' | 'warning' | 'info';

export type FindingParams = Record<string, string | number>;

/**
 * One diagnosis. The human text lives in messages.ts under the same id;
 * `params` fill its `{name}` placeholders. Params never contain a secret,
 * a passphrase or a key value.
 */
export interface Finding {
  id: string;
  part: Part;
  severity: Severity;
  /** OKX error code this mistake causes, e.g. "50113". */
  code?: string;
  /** True when the code is expected but not confirmed by OKX (facts sheet: UNCONFIRMED). */
  probable?: boolean;
  params: FindingParams;
}

/** REST request parts that go into the prehash. */
export interface RestParts {
  timestamp: string;
  method: string;
  requestPath: string;
  /** Raw body string; '' or undefined when there is none. */
  body?: string;
}

export type SegmentPart = 'timestamp' | 'method' | 'path' | 'query' | 'body';

/** A slice of the prehash, offsets in UTF-16 code units (JS string indices), end exclusive. */
export interface Segment {
  part: SegmentPart;
  text: string;
  start: number;
  end: number;
}

export interface Prehash {
  prehash: string;
  segments: Segment[];
}

export type SignKind = 'rest' | 'ws';

/** Everything checkInputs looks at. Only timestamp is needed for kind 'ws'. */
export interface CheckInputs {
  kind?: SignKind;
  timestamp: string;
  method?: string;
  requestPath?: string;
  body?: string;
  secret?: string;
  /** The full URL (or path + query) the HTTP client actually sent, to compare with requestPath. */
  sentUrl?: string;
  /** The body bytes actually sent, as a string, to compare with body. */
  sentBody?: string;
  /** Current time in Unix ms; when given, the timestamp is also checked against the 30 s window. */
  nowMs?: number;
}

export interface HuntInputs {
  kind?: SignKind;
  timestamp: string;
  method?: string;
  requestPath?: string;
  body?: string;
  secret: string;
  passphrase?: string;
  apiKey?: string;
}

export interface KeyInputs {
  apiKey?: string;
  secret?: string;
  passphrase?: string;
}
