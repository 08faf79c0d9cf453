/**
 * The doctor's view of the catalog. `fromCatalog` adapts the full Catalog (build time, CLI, tests);
 * `toCompact`/`fromCompact` give a small JSON the browser can fetch lazily, so the doctor never
 * has to bundle the TSV files. Only a type is imported from the catalog module.
 */
import type { Catalog } from '../catalog/catalog.ts';
import { MessageMatcher, ZhMessageMatcher } from './match.ts';
import type { DoctorCatalog, DoctorCode, DoctorEndpoint, DoctorLibrary, MessageHit } from './types.ts';

/** [api, family, messages, causes, equivalents, parent, messageZh, priors, messagesOkxZh] */
export type CompactCode = [
  api: 'v5' | 'v3' | 'v1',
  family: string,
  messages: string[],
  causes: string[],
  equivalents: string[],
  parent: string | null,
  messageZh: string,
  priors: number[],
  messagesOkxZh: string[],
];

export interface CompactCatalog {
  v: 2;
  codes: Record<string, CompactCode>;
  /** cause id → [title, titleZh, fix ids] */
  causes: Record<string, [string, string, string[]]>;
  /** fix id → [text, textZh] */
  fixes: Record<string, [string, string]>;
  /** [id, name, frames, version prefixes, [text, cause] signatures] (libraries.tsv, library-signatures.tsv). */
  libraries?: [string, string, string[], string[], [string, string][]?][];
  /** [code, phrase] (phrases-zh.tsv). */
  phrasesZh?: [string, string][];
  /** [name, names, negative codes] (exchanges.tsv). */
  exchanges?: [string, string[], boolean][];
  /** "METHOD path" → [anchor, [param, format, detail]…] (endpoint-params.tsv). */
  endpoints?: Record<string, [string, [string, string, string][]]>;
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
      [...e.priors],
      [...new Set(e.variants.map((v) => v.messageOkxZh).filter((m) => m !== ''))],
    ];
  }
  const causes: CompactCatalog['causes'] = {};
  const fixes: CompactCatalog['fixes'] = {};
  for (const c of cat.causes.values()) {
    causes[c.id] = [c.title, c.titleZh, c.fixes.map((f) => f.id)];
    for (const f of c.fixes) fixes[f.id] = [f.text, f.textZh];
  }
  return {
    v: 2,
    codes,
    causes,
    fixes,
    libraries: cat.libraries.map((l) => [l.id, l.name, [...l.frames], [...l.versionPrefixes], l.signatures.map((x) => [x.text, x.cause] as [string, string])]),
    phrasesZh: cat.phrasesZh.map((p) => [p.code, p.phrase]),
    exchanges: cat.exchanges.map((x) => [x.name, [...x.names], x.negativeCodes]),
    endpoints: compactEndpoints(cat),
  };
}

function compactEndpoints(cat: Catalog): NonNullable<CompactCatalog['endpoints']> {
  const out: NonNullable<CompactCatalog['endpoints']> = {};
  for (const r of cat.endpointParams) {
    const e = (out[`${r.method} ${r.path}`] ??= [r.anchor, []]);
    e[1].push([r.param, r.format, r.detail]);
  }
  return out;
}

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

/** Whether any of `others` sits on the line of `h` (both lists in text order). */
function sameLine(text: string, h: MessageHit, others: MessageHit[]): boolean {
  if (others.length === 0) return false;
  const from = text.lastIndexOf('\n', h.start) + 1;
  let to = text.indexOf('\n', h.end);
  if (to < 0) to = text.length;
  return others.some((o) => o.start < to && o.end > from);
}

/** Build a DoctorCatalog from the compact JSON (parsed object or JSON text). Throws TypeError on a malformed input. */
export function fromCompact(input: CompactCatalog | string): DoctorCatalog {
  const data: unknown = typeof input === 'string' ? JSON.parse(input) : input;
  if (!data || typeof data !== 'object' || (data as CompactCatalog).v !== 2) {
    throw new TypeError('compact catalog: expected an object with v: 2');
  }
  const { codes: rawCodes, causes: rawCauses, fixes: rawFixes, libraries: rawLibs, phrasesZh: rawPhrases, exchanges: rawExchanges, endpoints: rawEndpoints } = data as CompactCatalog;
  const codes = new Map<string, DoctorCode>();
  for (const [code, row] of Object.entries(rawCodes ?? {})) {
    if (
      !Array.isArray(row) ||
      (row[0] !== 'v5' && row[0] !== 'v3' && row[0] !== 'v1') ||
      typeof row[1] !== 'string' ||
      !isStringArray(row[2]) ||
      !isStringArray(row[3]) ||
      !isStringArray(row[4]) ||
      (row[5] !== null && typeof row[5] !== 'string') ||
      typeof row[6] !== 'string' ||
      !Array.isArray(row[7]) ||
      row[7].length !== row[3].length ||
      !row[7].every((n) => typeof n === 'number') ||
      !isStringArray(row[8])
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
      priors: row[7],
      messagesOkxZh: row[8],
    });
  }
  const causes = new Map<string, { en: string; zh: string; fixes: string[] }>();
  for (const [id, t] of Object.entries(rawCauses ?? {})) {
    if (!Array.isArray(t) || t.length !== 3 || typeof t[0] !== 'string' || typeof t[1] !== 'string' || !isStringArray(t[2])) {
      throw new TypeError(`compact catalog: malformed cause ${id}`);
    }
    causes.set(id, { en: t[0], zh: t[1], fixes: t[2] });
  }
  const fixes = new Map<string, { en: string; zh: string }>();
  for (const [id, t] of Object.entries(rawFixes ?? {})) {
    if (!isStringArray(t) || t.length !== 2) throw new TypeError(`compact catalog: malformed fix ${id}`);
    fixes.set(id, { en: t[0]!, zh: t[1]! });
  }
  const libraries: DoctorLibrary[] = (rawLibs ?? []).map((l) => {
    if (!Array.isArray(l) || typeof l[0] !== 'string' || typeof l[1] !== 'string' || !isStringArray(l[2]) || !isStringArray(l[3])) throw new TypeError('compact catalog: malformed library');
    const sigs = l[4] ?? [];
    if (!Array.isArray(sigs) || !sigs.every((x) => isStringArray(x) && x.length === 2)) throw new TypeError('compact catalog: malformed library signature');
    return { id: l[0], name: l[1], frames: l[2], versionPrefixes: l[3], signatures: sigs.map(([text, cause]) => ({ text: text!, cause: cause! })) };
  });
  const phrases = (rawPhrases ?? []).map((p) => {
    if (!isStringArray(p) || p.length !== 2) throw new TypeError('compact catalog: malformed phrase');
    return [p[0]!, p[1]!, true] as [string, string, boolean];
  });
  const exchanges = (rawExchanges ?? []).map((x) => {
    if (!Array.isArray(x) || typeof x[0] !== 'string' || !isStringArray(x[1]) || (x[2] !== undefined && typeof x[2] !== 'boolean')) throw new TypeError('compact catalog: malformed exchange');
    return { name: x[0], names: x[1], negativeCodes: x[2] === true };
  });
  const endpoints = new Map<string, DoctorEndpoint>();
  for (const [key, e] of Object.entries(rawEndpoints ?? {})) {
    const [method, path] = key.split(' ');
    if ((method !== 'GET' && method !== 'POST') || !path || !Array.isArray(e) || typeof e[0] !== 'string' || !Array.isArray(e[1]) || !e[1].every((p) => isStringArray(p) && p.length === 3)) {
      throw new TypeError(`compact catalog: malformed endpoint ${key}`);
    }
    endpoints.set(key, { method, path, anchor: e[0], params: new Map(e[1].map(([param, format, detail]) => [param, { format, detail }])) });
  }
  let matcher: MessageMatcher | undefined;
  const m = () =>
    (matcher ??= new MessageMatcher(
      (function* () {
        for (const e of codes.values()) for (const msg of e.messages) yield [e.code, msg] as [string, string];
      })(),
    ));
  let zhMatcher: ZhMessageMatcher | undefined;
  const zh = () =>
    (zhMatcher ??= new ZhMessageMatcher(
      (function* () {
        for (const e of codes.values()) for (const msg of e.messagesOkxZh) yield [e.code, msg] as [string, string];
        yield* phrases;
      })(),
    ));
  return {
    get: (code) => codes.get(code),
    findByMessage: (text) => {
      const en = m().findByMessage(text);
      return en.length > 0 ? en : zh().findByMessage(text);
    },
    findInText: (text, skip = [], cjkLines) => {
      const en = m().findInText(text, skip);
      if (cjkLines?.length === 0 || !/[\u3400-\u9fff]/.test(text)) return en;
      // OKX's Chinese text counts on lines where no English catalog message was found.
      return [...en, ...zh().findInText(text, skip, cjkLines).filter((h) => !sameLine(text, h, en))];
    },
    libraries: () => libraries,
    exchanges: () => exchanges,
    endpoint: (method, path) => (method ? endpoints.get(`${method} ${path}`) : endpoints.get(`GET ${path}`) ?? endpoints.get(`POST ${path}`)),
    causeTitle: (id) => {
      const c = causes.get(id);
      return c && { en: c.en, zh: c.zh };
    },
    causeIds: () => [...causes.keys()],
    fixesOf: (id) => causes.get(id)?.fixes ?? [],
    fixText: (id) => fixes.get(id),
  };
}

/** DoctorCatalog over the full catalog (goes through the compact form, so both paths behave the same). */
export function fromCatalog(cat: Catalog): DoctorCatalog {
  return fromCompact(toCompact(cat));
}
