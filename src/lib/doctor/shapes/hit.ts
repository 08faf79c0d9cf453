import type { CodeApi, CodeSource, DoctorCatalog } from '../types.ts';

/** One code read from the paste, before grouping and ranking. */
export interface Hit {
  code: string;
  api: CodeApi;
  known: boolean;
  source: CodeSource;
  /** Lower is more specific: 0 item sCode, 1 field/event, 2 one-liner/prose, 3 message-only, 4 envelope 1/2. */
  tier: number;
  pos: number;
  message: string | null;
  alsoMatches: string[];
}

export type Classified =
  | { kind: 'code'; code: string; api: CodeApi; known: boolean }
  | { kind: 'success' }
  | { kind: 'envelope'; code: '1' | '2' }
  | { kind: 'http'; status: number }
  | null;

const CODE_SHAPE = /^\d{1,6}(?:_\d{1,6})?$/;

/**
 * What a code value means. `key` is the field it came from: `v3code` (error_code) allows v1 codes,
 * `code` allows HTTP statuses (gateway bodies and wrapper objects carry them).
 */
/** What the paste says about the API around a code: a v1 body or v1-era client, a WebSocket. */
export interface LegacyContext {
  /** The paste points at the retired v1 API (`"result":false`, /api/v1/, .do paths, OKCoin, the v1 WebSocket). */
  v1: boolean;
  /** The paste is about a WebSocket (v1 WebSocket codes have their own catalog keys, v1ws-<code>). */
  ws: boolean;
  /** The v1 body's `result:false` sits in the paste. */
  v1Result: boolean;
}

const NO_CONTEXT: LegacyContext = { v1: false, ws: false, v1Result: false };

/** A v1 number's catalog entry: the WebSocket key in a WebSocket paste, else the REST one. */
function v1Entry(v: string, cat: DoctorCatalog, ctx: LegacyContext) {
  const ws = cat.get(`v1ws-${v}`);
  const rest = cat.get(v) ?? cat.get(`v1-${v}`);
  const restV1 = rest && rest.api === 'v1' ? rest : undefined;
  return ctx.ws ? ws ?? restV1 : restV1 ?? ws;
}

export function classifyCode(raw: string, key: 'code' | 'v3code' | 'scode' | 'prose', cat: DoctorCatalog, ctx: LegacyContext = NO_CONTEXT): Classified {
  const v = raw.trim();
  if (!CODE_SHAPE.test(v)) return null;
  if (v === '0') return { kind: 'success' };
  if ((v === '1' || v === '2') && key !== 'prose') return { kind: 'envelope', code: v };
  const base = v.split('_')[0]!;
  const n = Number(base);
  if ((key === 'code' || key === 'v3code') && base.length === 3 && n >= 400 && n <= 599 && !v.includes('_')) {
    return { kind: 'http', status: n };
  }
  // v1 numbers (1002, 10001, 20010) collide with everything; only a v1 `error_code` field, or a
  // paste that points at the v1 API, names one.
  const v1 = key === 'v3code' || (ctx.v1 && key === 'prose' && base.length === 5);
  const legacy = v1 && !v.includes('_') ? v1Entry(v, cat, ctx) : undefined;
  if (legacy) return { kind: 'code', code: legacy.code, api: 'v1', known: true };
  const entry = cat.get(v) ?? (v.includes('_') ? cat.get(base) : undefined);
  if (entry && entry.api !== 'v1') return { kind: 'code', code: entry.code, api: entry.api, known: true };
  if (entry) return null;
  // A number in a v1 body (`{"result":false,"error_code":4072}`) is an OKX code even when the catalog lacks it.
  if (key === 'v3code' && ctx.v1Result && base.length >= 4 && !v.includes('_')) return { kind: 'code', code: base, api: 'v1', known: false };
  if (base.length !== 5) return null;
  if (n >= 10000 && n < 30000 && v1) return { kind: 'code', code: base, api: 'v1', known: false };
  if (key === 'prose') return null;
  if (n >= 30000 && n < 36000) return { kind: 'code', code: base, api: 'v3', known: false };
  if (n >= 50000 && n < 80000) return { kind: 'code', code: base, api: 'v5', known: false };
  return null;
}
