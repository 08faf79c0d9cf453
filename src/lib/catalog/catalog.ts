import type { ZodType } from 'zod';
import { familyOf, sectionZh, type FamilyId } from './families.ts';
import { parseTsv, TsvError } from './tsv.ts';
import {
  ALIASES_HEADER,
  aliasRowSchema,
  CAUSES_HEADER,
  causeRowSchema,
  CODE_CAUSES_HEADER,
  codeCauseRowSchema,
  FIXES_HEADER,
  fixRowSchema,
  LEGACY_HEADER,
  LEGACY_SOURCES,
  legacyRowSchema,
  V5_HEADER,
  v5RowSchema,
  type CauseRow,
  LIBRARIES_HEADER,
  libraryRowSchema,
  LIBRARY_SIGNATURES_HEADER,
  librarySignatureRowSchema,
  PHRASES_ZH_HEADER,
  phraseZhRowSchema,
  EXCHANGES_HEADER,
  exchangeRowSchema,
  ENDPOINT_PARAMS_HEADER,
  endpointParamRowSchema,
  type EndpointParamRow,
} from './schema.ts';

export type Api = 'v5' | 'v3' | 'v1';

export interface Variant {
  httpStatus: number | null;
  message: string;
  messageZh: string;
  /** OKX's own Chinese message (docs), or '' where OKX gives none. */
  messageOkxZh: string;
  ccxtException: string | null;
  /** ccxt_match column: exact, base-code, unmapped… */
  ccxtMatch: string;
  category: string;
  docsSection: string;
  note: string;
  noteZh: string;
}

export interface CodeEntry {
  /** The catalog key and page slug: the code (50102, 51008_1000, 30008), or for a legacy code whose number another API also uses, v3-1, v1-1009, v1ws-10001. */
  code: string;
  /** The number as the API returns it (1 for v3-1). */
  number: string;
  api: Api;
  family: FamilyId;
  /** For a sub-code like 51008_1000, the base code 51008. */
  parent: string | null;
  subcodes: string[];
  variants: Variant[];
  /** Messages seen in live responses that differ from the docs table. */
  liveMessages: { message: string; source: string; sourceZh: string }[];
  httpStatuses: number[];
  ccxtExceptions: string[];
  /** Cause ids from code-causes.tsv, most likely first (the doctor's starting order). */
  causes: string[];
  /** The starting weight of each cause in `causes` (same order). */
  priors: number[];
  /** Legacy → v5 or v5 → legacy equivalents (always inferred; OKX published no crosswalk). */
  equivalents: { code: string; confidence: 'inferred' | 'uncertain' }[];
  /** Other catalog keys with the same number in another API (v5 1 ↔ v3-1; v1 10001 ↔ v1ws-10001). */
  sameNumber: string[];
  source: { label: string; labelZh: string; kind: 'okx-docs' | 'ccxt' | 'legacy'; date: string | null; url: string };
  /** True when the code is not in the current OKX docs (ccxt-only or legacy). */
  undocumented: boolean;
  /** Crawl date on which the code first appeared in OKX's docs, when the updater added it. */
  added: string | null;
  /** Crawl date from which OKX's docs no longer list the code. */
  removed: string | null;
}

export interface Fix {
  id: string;
  text: string;
  textZh: string;
}

export interface Cause {
  id: string;
  /** Codes that list this cause (code-causes.tsv), in catalog order. */
  codes: string[];
  title: string;
  meaning: string;
  titleZh: string;
  meaningZh: string;
  /** How to tell whether the cause applies: the endpoint and field to read. */
  check: string;
  checkZh: string;
  /** Fix steps, in order (fixes.tsv). */
  fixes: Fix[];
  sources: { label: string; labelZh: string; url: string }[];
  /** documented: OKX's docs say so; inferred: from the message and the endpoint's docs; observed: public reports. */
  basis: 'documented' | 'inferred' | 'observed' | '';
}

export interface Catalog {
  codes: Map<string, CodeEntry>;
  /** Sorted code list: v5 first (numeric order), then v3. */
  order: string[];
  causes: Map<string, Cause>;
  /** Client libraries and their stack-frame signatures (libraries.tsv). */
  libraries: LibraryEntry[];
  /** Chinese retellings of OKX messages, per code (phrases-zh.tsv). */
  phrasesZh: { code: string; phrase: string }[];
  /** Other exchanges by their names in any language (exchanges.tsv). */
  exchanges: { name: string; names: string[]; negativeCodes: boolean }[];
  /** OKX v5 REST endpoint parameters whose format OKX's docs state (endpoint-params.tsv), in file order. */
  endpointParams: EndpointParamRow[];
}

export interface LibraryEntry {
  id: string;
  name: string;
  /** Plain substrings of stack frames or module paths that belong to the library. */
  frames: string[];
  /** Plain strings a version number follows (`ccxt/`, `python-okx==`). */
  versionPrefixes: string[];
  source: string;
  /** The library's own error texts that tell the cause (library-signatures.tsv). */
  signatures: { text: string; cause: string; source: string }[];
}

export interface CatalogSources {
  v5: string;
  legacy: string;
  causes: string;
  codeCauses: string;
  fixes: string;
  liveMessages: string;
  libraries: string;
  librarySignatures: string;
  phrasesZh: string;
  exchanges: string;
  endpointParams: string;
}

export class CatalogError extends Error {}

function validate<T>(
  text: string,
  file: string,
  header: readonly string[],
  schema: ZodType<T>,
): { line: number; row: T }[] {
  let rows;
  try {
    rows = parseTsv(text, file, header);
  } catch (e) {
    if (e instanceof TsvError) throw new CatalogError(e.message);
    throw e;
  }
  return rows.map(({ line, fields }) => {
    const parsed = schema.safeParse(fields);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .map((i) => `${i.path.join('.') || 'row'}: ${i.message}`)
        .join('; ');
      throw new CatalogError(`${file}:${line} (${fields.code !== undefined ? `code ${fields.code}` : fields.id !== undefined ? `code ${fields.id}` : fields.path !== undefined ? `${fields.method} ${fields.path} ${fields.param}` : 'code ?'}): ${issues}`);
    }
    return { line, row: parsed.data };
  });
}

export function compareCodes(a: string, b: string): number {
  const [abase = '', asub = ''] = a.slice(a.indexOf('-') + 1).split('_');
  const [bbase = '', bsub = ''] = b.slice(b.indexOf('-') + 1).split('_');
  const d = Number(abase) - Number(bbase);
  if (d !== 0) return d;
  if (asub === bsub) return a < b ? -1 : a > b ? 1 : 0;
  if (asub === '') return -1;
  if (bsub === '') return 1;
  return Number(asub) - Number(bsub);
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export function buildCatalog(src: CatalogSources): Catalog {
  const codes = new Map<string, CodeEntry>();

  for (const { row } of validate(src.v5, 'okx-v5-codes.tsv', V5_HEADER, v5RowSchema)) {
    let entry = codes.get(row.code);
    if (!entry) {
      const docs = row.source.startsWith('okx-docs-v5@');
      entry = {
        code: row.code,
        number: row.code.split('_')[0] ?? row.code,
        api: 'v5',
        family: familyOf(row.code.split('_')[0] ?? row.code, row.docs_section),
        parent: row.code.includes('_') ? (row.code.split('_')[0] ?? null) : null,
        subcodes: [],
        variants: [],
        liveMessages: [],
        httpStatuses: [],
        ccxtExceptions: [],
        causes: [],
        priors: [],
        equivalents: [],
        sameNumber: [],
        source: docs
          ? { label: `OKX API v5 docs, error codes — ${row.docs_section}`, labelZh: `OKX API v5 文档 · 错误码 · ${sectionZh(row.docs_section)}`, kind: 'okx-docs', date: row.source.slice('okx-docs-v5@'.length), url: 'https://www.okx.com/docs-v5/en/#error-code' }
          : { label: `ccxt ${row.source.replace(/^ccxt-|-comment$/g, '')} source comment`, labelZh: `ccxt ${row.source.replace(/^ccxt-|-comment$/g, '')} 源码注释`, kind: 'ccxt', date: null, url: 'https://github.com/ccxt/ccxt/blob/master/ts/src/okx.ts' },
        undocumented: !docs,
        added: null,
        removed: null,
      };
      codes.set(row.code, entry);
    }
    if (row.added) entry.added = row.added;
    if (row.removed) entry.removed = row.removed;
    entry.variants.push({
      httpStatus: row.http_status ? Number(row.http_status) : null,
      message: row.message,
      messageZh: row.message_zh,
      messageOkxZh: row.message_okx_zh,
      ccxtException: row.ccxt_exception || null,
      ccxtMatch: row.ccxt_match,
      category: row.category,
      docsSection: row.docs_section,
      note: row.note,
      noteZh: row.note_zh,
    });
  }

  const legacyRows = validate(src.legacy, 'okex-legacy-codes.tsv', LEGACY_HEADER, legacyRowSchema);
  for (const { line, row } of legacyRows) {
    let entry = codes.get(row.key);
    if (entry && (entry.api === 'v5' || entry.number !== row.code)) throw new CatalogError(`okex-legacy-codes.tsv:${line}: key ${row.key} is already a v5 code`);
    const variant: Variant = {
      httpStatus: null,
      message: row.message,
      messageZh: row.message_zh,
      messageOkxZh: '',
      ccxtException: row.ccxt_exception || null,
      ccxtMatch: row.api === 'v3' ? 'okex3' : '',
      category: row.category,
      docsSection: `${row.api} ${row.family}`,
      note: row.note,
      noteZh: row.note_zh,
    };
    if (entry) {
      // 30021 and 30038: two messages under one key.
      entry.variants.push(variant);
      continue;
    }
    const src0 = LEGACY_SOURCES[row.source]!;
    entry = {
      code: row.key,
      number: row.code,
      api: row.api,
      family: row.api === 'v3' ? 'legacy-v3' : 'legacy-v1',
      parent: null,
      subcodes: [],
      variants: [variant],
      liveMessages: row.live_message ? [{ message: row.live_message, source: `live ${row.api} responses`, sourceZh: `${row.api} 实际响应` }] : [],
      httpStatuses: [],
      ccxtExceptions: [],
      causes: [],
      priors: [],
      equivalents: row.v5_equivalent
        ? row.v5_equivalent.split(' ').map((code) => ({ code, confidence: row.v5_confidence as 'inferred' | 'uncertain' }))
        : [],
      sameNumber: [],
      source: { label: src0.label, labelZh: src0.labelZh, kind: 'legacy', date: null, url: src0.url },
      undocumented: true,
      added: null,
      removed: null,
    };
    codes.set(row.key, entry);
  }

  // Legacy → v5 equivalents must point at real v5 codes; add the reverse link.
  for (const { line, row } of legacyRows) {
    const legacy = codes.get(row.key);
    if (legacy?.variants[0]?.message !== row.message) continue; // the second row of a key adds no link
    for (const eq of legacy.equivalents) {
      const v5 = codes.get(eq.code);
      if (!v5 || v5.api !== 'v5') {
        throw new CatalogError(`okex-legacy-codes.tsv:${line}: v5_equivalent ${eq.code} is not a v5 code in the catalog`);
      }
      if (!v5.equivalents.some((e) => e.code === row.key)) v5.equivalents.push({ code: row.key, confidence: eq.confidence });
    }
  }

  const byNumber = new Map<string, string[]>();
  for (const e of codes.values()) {
    if (e.parent) continue;
    const list = byNumber.get(e.number) ?? [];
    list.push(e.code);
    byNumber.set(e.number, list);
  }
  for (const list of byNumber.values()) {
    if (list.length > 1) for (const k of list) codes.get(k)!.sameNumber = list.filter((x) => x !== k);
  }

  for (const { line, row } of validate(src.liveMessages, 'live-messages.tsv', ALIASES_HEADER, aliasRowSchema)) {
    const entry = codes.get(row.code);
    if (!entry) throw new CatalogError(`live-messages.tsv:${line}: unknown code ${row.code}`);
    entry.liveMessages.push({ message: row.live_message, source: row.source, sourceZh: row.source_zh });
  }

  const causes = new Map<string, Cause>();
  for (const { row } of validate<CauseRow>(src.causes, 'causes.tsv', CAUSES_HEADER, causeRowSchema)) {
    const labels = row.source ? row.source.split(' ; ') : [];
    const labelsZh = row.source_zh ? row.source_zh.split(' ; ') : [];
    const urls = row.source_url ? row.source_url.split(' ') : [];
    causes.set(row.id, {
      id: row.id,
      codes: [],
      title: row.title,
      meaning: row.meaning,
      titleZh: row.title_zh,
      meaningZh: row.meaning_zh,
      check: row.check,
      checkZh: row.check_zh,
      fixes: [],
      sources: labels.map((label, i) => ({ label, labelZh: labelsZh[i] ?? label, url: urls[i] ?? '' })),
      basis: row.basis,
    });
  }

  const fixIds = new Set<string>();
  for (const { line, row } of validate(src.fixes, 'fixes.tsv', FIXES_HEADER, fixRowSchema)) {
    if (fixIds.has(row.fix)) throw new CatalogError(`fixes.tsv:${line}: duplicate fix id ${row.fix}`);
    fixIds.add(row.fix);
    for (const id of row.causes.split(' ')) {
      const cause = causes.get(id);
      if (!cause) throw new CatalogError(`fixes.tsv:${line}: unknown cause ${id}`);
      cause.fixes.push({ id: row.fix, text: row.text, textZh: row.text_zh });
    }
  }

  for (const { line, row } of validate(src.codeCauses, 'code-causes.tsv', CODE_CAUSES_HEADER, codeCauseRowSchema)) {
    const entry = codes.get(row.code);
    if (!entry) throw new CatalogError(`code-causes.tsv:${line}: unknown code ${row.code}`);
    if (!causes.has(row.cause)) throw new CatalogError(`code-causes.tsv:${line}: unknown cause ${row.cause}`);
    if (entry.causes.includes(row.cause)) throw new CatalogError(`code-causes.tsv:${line}: ${row.code} lists ${row.cause} twice`);
    const last = entry.priors.at(-1);
    if (last !== undefined && row.prior > last) {
      throw new CatalogError(`code-causes.tsv:${line}: rows of ${row.code} must be in descending prior order (${row.prior} after ${last})`);
    }
    entry.causes.push(row.cause);
    entry.priors.push(row.prior);
  }

  for (const entry of codes.values()) {
    entry.httpStatuses = uniq(entry.variants.map((v) => v.httpStatus).filter((s): s is number => s !== null));
    entry.ccxtExceptions = uniq(entry.variants.map((v) => v.ccxtException).filter((s): s is string => !!s));
    if (entry.parent) {
      const parent = codes.get(entry.parent);
      if (parent) parent.subcodes.push(entry.code);
      else entry.parent = null;
    }
  }
  for (const entry of codes.values()) entry.subcodes.sort(compareCodes);

  const libraries: LibraryEntry[] = [];
  for (const { line, row } of validate(src.libraries, 'libraries.tsv', LIBRARIES_HEADER, libraryRowSchema)) {
    if (libraries.some((l) => l.id === row.id)) throw new CatalogError(`libraries.tsv:${line}: duplicate library id ${row.id}`);
    libraries.push({ id: row.id, name: row.name, frames: row.frames, versionPrefixes: row.version_prefixes, source: row.source, signatures: [] });
  }
  for (const { line, row } of validate(src.librarySignatures, 'library-signatures.tsv', LIBRARY_SIGNATURES_HEADER, librarySignatureRowSchema)) {
    const lib = libraries.find((l) => l.id === row.library);
    if (!lib) throw new CatalogError(`library-signatures.tsv:${line}: unknown library ${row.library}`);
    if (!causes.has(row.cause)) throw new CatalogError(`library-signatures.tsv:${line}: unknown cause ${row.cause}`);
    if (lib.signatures.some((x) => x.text === row.text)) throw new CatalogError(`library-signatures.tsv:${line}: duplicate text ${row.text}`);
    lib.signatures.push({ text: row.text, cause: row.cause, source: row.source });
  }
  const phrasesZh: Catalog['phrasesZh'] = [];
  for (const { line, row } of validate(src.phrasesZh, 'phrases-zh.tsv', PHRASES_ZH_HEADER, phraseZhRowSchema)) {
    if (!codes.has(row.code)) throw new CatalogError(`phrases-zh.tsv:${line}: unknown code ${row.code}`);
    if (phrasesZh.some((p) => p.code === row.code && p.phrase === row.phrase)) throw new CatalogError(`phrases-zh.tsv:${line}: duplicate phrase ${row.phrase}`);
    phrasesZh.push({ code: row.code, phrase: row.phrase });
  }
  const exchanges: Catalog['exchanges'] = [];
  for (const { line, row } of validate(src.exchanges, 'exchanges.tsv', EXCHANGES_HEADER, exchangeRowSchema)) {
    if (row.names.some((n) => /^(?:okx|okex|欧易)$/i.test(n))) throw new CatalogError(`exchanges.tsv:${line}: OKX is not another exchange`);
    exchanges.push({ name: row.name, names: row.names, negativeCodes: row.negative_codes !== '' });
  }

  const endpointParams: EndpointParamRow[] = [];
  const paramKeys = new Set<string>();
  for (const { line, row } of validate(src.endpointParams, 'endpoint-params.tsv', ENDPOINT_PARAMS_HEADER, endpointParamRowSchema)) {
    const key = `${row.method} ${row.path} ${row.param}`;
    if (paramKeys.has(key)) throw new CatalogError(`endpoint-params.tsv:${line}: duplicate row ${key}`);
    paramKeys.add(key);
    endpointParams.push(row);
  }

  const all = [...codes.keys()];
  const order = [
    ...all.filter((c) => codes.get(c)?.api === 'v5').sort(compareCodes),
    ...all.filter((c) => codes.get(c)?.api === 'v3').sort(compareCodes),
    ...all.filter((c) => codes.get(c)?.api === 'v1').sort(compareCodes),
  ];
  for (const code of order) for (const id of codes.get(code)!.causes) causes.get(id)!.codes.push(code);
  return { codes, order, causes, libraries, phrasesZh, exchanges, endpointParams };
}

/** Base codes (no sub-codes) of each family in catalog order, computed once per catalog. */
const familyCache = new WeakMap<Catalog, Map<FamilyId, string[]>>();
function familyOrder(cat: Catalog, family: FamilyId): string[] {
  let byFamily = familyCache.get(cat);
  if (!byFamily) {
    byFamily = new Map();
    for (const c of cat.order) {
      const f = cat.codes.get(c)?.family;
      if (!f || c.includes('_')) continue;
      const list = byFamily.get(f);
      if (list) list.push(c);
      else byFamily.set(f, [c]);
    }
    familyCache.set(cat, byFamily);
  }
  return byFamily.get(family) ?? [];
}

/** The number of a catalog key without sub-code or legacy prefix: 51008_1000 → 51008, v1ws-10001 → 10001. */
function codeNumber(key: string): number {
  return Number(key.slice(key.indexOf('-') + 1).split('_')[0]);
}

/** Codes worth reading next to this one: family neighbours, shared causes, equivalents, parent/sub-codes. */
export function relatedCodes(cat: Catalog, code: string, max = 8): string[] {
  const entry = cat.codes.get(code);
  if (!entry) return [];
  const out: string[] = [];
  const add = (c: string | null | undefined) => {
    if (c && c !== code && cat.codes.has(c) && !out.includes(c)) out.push(c);
  };
  entry.equivalents.forEach((e) => add(e.code));
  add(entry.parent);
  // Up to three codes nearest in number that share the most likely cause.
  const mates = (cat.causes.get(entry.causes[0] ?? '')?.codes ?? []).filter((c) => c !== code && cat.codes.get(c)?.api === entry.api);
  const n = codeNumber(code);
  mates.sort((a, b) => Math.abs(codeNumber(a) - n) - Math.abs(codeNumber(b) - n)).slice(0, 3).forEach(add);
  const fam = familyOrder(cat, entry.family);
  const base = entry.parent ?? code;
  const i = fam.indexOf(base);
  if (i >= 0) [fam[i - 1], fam[i + 1], fam[i - 2], fam[i + 2]].forEach(add);
  return out.slice(0, max);
}

/** Look a code up as users write it: "50102", " 50102 ", "51008_1000", numeric. */
export function lookup(cat: Catalog, raw: string | number): CodeEntry | undefined {
  const key = String(raw).trim();
  return cat.codes.get(key) ?? (key.includes('_') ? cat.codes.get(key.split('_')[0] ?? '') : undefined);
}

export interface Coverage {
  codes: number;
  withCause: number;
  /** Codes without a cause row (the success codes 0 and v3-0 are expected here). */
  without: string[];
  causes: number;
  byBasis: Record<'documented' | 'inferred' | 'observed', number>;
  /** Codes whose most likely cause is inferred rather than documented. */
  topInferred: number;
}

/** How much of the catalog says what to do: printed by the build and by `npm run bench`. */
export function coverage(cat: Catalog): Coverage {
  const without = cat.order.filter((c) => cat.codes.get(c)!.causes.length === 0);
  const byBasis = { documented: 0, inferred: 0, observed: 0 };
  for (const c of cat.causes.values()) if (c.basis) byBasis[c.basis]++;
  const topInferred = cat.order.filter((c) => cat.causes.get(cat.codes.get(c)!.causes[0] ?? '')?.basis === 'inferred').length;
  return { codes: cat.order.length, withCause: cat.order.length - without.length, without, causes: cat.causes.size, byBasis, topInferred };
}

export function coverageLine(c: Coverage): string {
  return (
    `catalog: ${c.withCause}/${c.codes} codes have a cause row (without: ${c.without.join(' ') || 'none'}); ` +
    `${c.causes} causes: ${c.byBasis.documented} documented, ${c.byBasis.inferred} inferred, ${c.byBasis.observed} observed; ` +
    `${c.topInferred} codes lead with an inferred cause`
  );
}
