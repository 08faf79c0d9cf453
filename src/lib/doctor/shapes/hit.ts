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
export function classifyCode(raw: string, key: 'code' | 'v3code' | 'scode' | 'prose', cat: DoctorCatalog): Classified {
  const v = raw.trim();
  if (!CODE_SHAPE.test(v)) return null;
  if (v === '0') return { kind: 'success' };
  if ((v === '1' || v === '2') && key !== 'prose') return { kind: 'envelope', code: v };
  const base = v.split('_')[0]!;
  const n = Number(base);
  if ((key === 'code' || key === 'v3code') && base.length === 3 && n >= 400 && n <= 599 && !v.includes('_')) {
    return { kind: 'http', status: n };
  }
  const entry = cat.get(v) ?? (v.includes('_') ? cat.get(base) : undefined);
  // v1 numbers (1002, 10001, 20010) collide with everything; only a v1 `error_code` field names one.
  if (entry && (entry.api !== 'v1' || key === 'v3code')) return { kind: 'code', code: entry.code, api: entry.api, known: true };
  if (entry) return null;
  if (base.length !== 5 || key === 'prose') return null;
  if (n >= 10000 && n < 30000 && key === 'v3code') return { kind: 'code', code: base, api: 'v1', known: false };
  if (n >= 30000 && n < 36000) return { kind: 'code', code: base, api: 'v3', known: false };
  if (n >= 50000 && n < 80000) return { kind: 'code', code: base, api: 'v5', known: false };
  return null;
}
