/**
 * The doctor's view of the catalog. `fromCatalog` adapts the full Catalog (build time, CLI, tests);
 * `toCompact`/`fromCompact` give a small JSON the browser can fetch lazily, so the doctor never
 * has to bundle the TSV files. Only a type is imported from the catalog module.
 */
import type { Catalog } from '../catalog/catalog.ts';
import { MessageMatcher } from './match.ts';
import type { DoctorCatalog, DoctorCode } from './types.ts';

/** [api, family, messages, causes, equivalents, parent, messageZh] */
export type CompactCode = [
  api: 'v5' | 'v3',
  family: string,
  messages: string[],
  causes: string[],
  equivalents: string[],
  parent: string | null,
  messageZh: string,
];

export interface CompactCatalog {
  v: 1;
  codes: Record<string, CompactCode>;
  /** cause id → [title, titleZh] */
  causes: Record<string, [string, string]>;
}

const NOT_A_MESSAGE = /^\(success/;

export function toCompact(cat: Catalog): CompactCatalog {
  const codes: Record<string, CompactCode> = {};
  for (const code of cat.order) {
    const e = cat.codes.get(code)!;
    const messages: string[] = [];
    for (const m of [...e.variants.map((v) => v.message), ...e.liveMessages.map((l) => l.message)]) {
      if (!NOT_A_MESSAGE.test(m) && !messages.includes(m)) messages.push(m);
    }
    codes[code] = [
      e.api,
      e.family,
      messages,
      [...e.causes],
      e.equivalents.map((q) => q.code),
      e.parent,
      e.variants[0]?.messageZh ?? '',
    ];
  }
  const causes: Record<string, [string, string]> = {};
  for (const c of cat.causes.values()) causes[c.id] = [c.title, c.titleZh];
  return { v: 1, codes, causes };
}

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

/** Build a DoctorCatalog from the compact JSON (parsed object or JSON text). Throws TypeError on a malformed input. */
export function fromCompact(input: CompactCatalog | string): DoctorCatalog {
  const data: unknown = typeof input === 'string' ? JSON.parse(input) : input;
  if (!data || typeof data !== 'object' || (data as CompactCatalog).v !== 1) {
    throw new TypeError('compact catalog: expected an object with v: 1');
  }
  const { codes: rawCodes, causes: rawCauses } = data as CompactCatalog;
  const codes = new Map<string, DoctorCode>();
  for (const [code, row] of Object.entries(rawCodes ?? {})) {
    if (
      !Array.isArray(row) ||
      (row[0] !== 'v5' && row[0] !== 'v3') ||
      typeof row[1] !== 'string' ||
      !isStringArray(row[2]) ||
      !isStringArray(row[3]) ||
      !isStringArray(row[4]) ||
      (row[5] !== null && typeof row[5] !== 'string') ||
      typeof row[6] !== 'string'
    ) {
      throw new TypeError(`compact catalog: malformed row for code ${code}`);
    }
    codes.set(code, {
      code,
      api: row[0],
      family: row[1],
      messages: row[2],
      causes: row[3],
      equivalents: row[4],
      parent: row[5],
      messageZh: row[6],
    });
  }
  const causes = new Map<string, { en: string; zh: string }>();
  for (const [id, t] of Object.entries(rawCauses ?? {})) {
    if (!isStringArray(t) || t.length !== 2) throw new TypeError(`compact catalog: malformed cause ${id}`);
    causes.set(id, { en: t[0]!, zh: t[1]! });
  }
  let matcher: MessageMatcher | undefined;
  const m = () =>
    (matcher ??= new MessageMatcher(
      (function* () {
        for (const e of codes.values()) for (const msg of e.messages) yield [e.code, msg] as [string, string];
      })(),
    ));
  return {
    get: (code) => codes.get(code),
    findByMessage: (text) => m().findByMessage(text),
    findInText: (text) => m().findInText(text),
    causeTitle: (id) => causes.get(id),
    causeIds: () => [...causes.keys()],
  };
}

/** DoctorCatalog over the full catalog (goes through the compact form, so both paths behave the same). */
export function fromCatalog(cat: Catalog): DoctorCatalog {
  return fromCompact(toCompact(cat));
}
