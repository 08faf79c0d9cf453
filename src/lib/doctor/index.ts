/**
 * Error Doctor: read a pasted OKX error (any shape) and say which codes it holds, what most likely
 * caused each, and why. Pure and framework-free: runs in the browser and in Node.
 *
 *   const cat = fromCompact(await (await fetch('/doctor-catalog.json')).json());
 *   const d = diagnose(paste, cat);
 *
 * diagnose() never throws and is deterministic. Secrets in the paste are masked before anything
 * else reads it; the result never holds a raw secret.
 */
import { fromCatalog, fromCompact, toCompact, type CompactCatalog } from './catalog-adapter.ts';
import { ID_BLANK, listFacts, readFacts } from './evidence.ts';
import { exchangeNames, extract, negativeCode, POINTS_AT_OKX, wsDropped, type Extraction } from './extract.ts';
import { toolFor } from './fixes.ts';
import { LineIndex } from './lines.ts';
import { ccxtErrorLine, libraryWords, programmingError, readLibraries, successAsError, type LibrarySeen } from './library.ts';
import { readWords } from './needles.ts';
import { GATE_WORDS, gated, WordPlaces } from './gate.ts';
import { decodeBytes, normalize } from './normalize.ts';
import { checkParams, malformed, malformedEvidence, paramFindings } from './params.ts';
import { rankCauses, rankWithoutCode } from './rank.ts';
import { mergeScan, scanSecrets } from './secrets.ts';
import type { CodeApi, CodeDiagnosis, Diagnosis, DiagnoseOptions, DiagnosisKind, DoctorCatalog, DoctorCode, Finding } from './types.ts';

export type * from './types.ts';
export type { CompactCatalog };
export { decodeBytes, fromCatalog, fromCompact, toCompact };
export { renderText } from './render.ts';

const DEFAULT_MAX = 4 * 1024 * 1024;

function bare(kind: DiagnosisKind, chars: number, lines: number, findings: Finding[] = []): Diagnosis {
  return { kind, codes: [], causes: [], httpStatus: null, findings, facts: [], shapes: [], input: { chars, lines } };
}

const SHAPE_ORDER = ['v5', 'batch', 'ws', 'v3', 'v1', 'ccxt', 'pydict', 'jsobj', 'oneliner', 'prose', 'message-only', 'log', 'trace', 'zh', 'http', 'html', 'network'] as const;

/** A stack trace's own lines (Python, Node/Java/C#, Go), searched where their words are (gate.ts). */
const TRACE = gated(/Traceback \(most recent call last\)|^[ \t]+at [\w$.<>]+[ \t]?\(|^[ \t]+File "[^"\n]{1,300}", line \d+|Exception in thread|^goroutine \d+ \[/m, ['traceback (most recent call last)', ' at ', '\tat ', 'file "', 'exception in thread', 'goroutine ']);
/** ccxt's exchange id before a body (`okx {"code":…}`) names ccxt. */
const CCXT_BODY = gated(/(?<![\w.-])(?:okx|okex5?|myokx|okxus)[ \t]+\{/, ID_BLANK);

function shapesOf(text: string, places: WordPlaces, x: Extraction, codes: CodeDiagnosis[], ccxt: boolean): string[] {
  const has = new Set<string>();
  if (codes.some((c) => c.api === 'v5' && (c.source === 'field' || c.source === 'item' || c.source === 'envelope')) || x.structured.code0) has.add('v5');
  if (x.structured.hasItems) has.add('batch');
  if (x.structured.events.length > 0) has.add('ws');
  if (codes.some((c) => c.api === 'v3')) has.add('v3');
  if (codes.some((c) => c.api === 'v1')) has.add('v1');
  if (ccxt) has.add('ccxt');
  if (/\{[ \t]*'[A-Za-z_]+'[ \t]*:/.test(text)) has.add('pydict');
  if (/\{[ \t]*[A-Za-z_]+:[ \t]*['"\d]/.test(text)) has.add('jsobj');
  if (x.sources.has('oneliner')) has.add('oneliner');
  if (x.sources.has('prose') || x.sources.has('bare')) has.add('prose');
  if (x.sources.has('message')) has.add('message-only');
  if (/^[ \t]*\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}|\b(?:INFO|WARN|WARNING|ERROR|DEBUG|CRITICAL)\b/m.test(text)) has.add('log');
  if (places.has(TRACE)) has.add('trace');
  if (/[\u4e00-\u9fff]/.test(text)) has.add('zh');
  if (x.transport.statuses.length > 0 || x.structured.httpStatuses.length > 0) has.add('http');
  if (x.transport.html) has.add('html');
  if (x.transport.network.length > 0) has.add('network');
  return SHAPE_ORDER.filter((s) => has.has(s));
}

/** v5 equivalents of a legacy code that the catalog knows. */
function v5Equivalents(entry: DoctorCode | undefined, cat: DoctorCatalog): DoctorCode[] {
  if (!entry || entry.api === 'v5') return [];
  return entry.equivalents.map((q) => cat.get(q)).filter((q): q is DoctorCode => !!q && q.api === 'v5');
}

/**
 * What a code is ranked as. A retired API is a finding (legacy-api-used), not the cause: a v3/v1
 * code is ranked by its own causes without `legacy-api` (kept only when it is the code's sole
 * cause, as for 30016 "you are using v1 apiKey"), or by its v5 equivalent's causes when it has
 * none of its own. The paste rules read the v5 equivalent, whose rules cover the same failure.
 */
function legacyRanking(entry: DoctorCode | undefined, api: CodeApi, cat: DoctorCatalog): { ruleCode: string | undefined; causes: string[]; priors: number[] } {
  // An unknown v3/v1 code: the retired API is all the paste tells.
  if (!entry) return api === 'v5' ? { ruleCode: undefined, causes: [], priors: [] } : { ruleCode: undefined, causes: [LEGACY_CAUSE], priors: [40] };
  if (api === 'v5' || entry.api === 'v5') return { ruleCode: entry.code, causes: entry.causes, priors: entry.priors };
  const eq = v5Equivalents(entry, cat)[0];
  const keep = entry.causes.map((c, i) => [c, entry.priors[i] ?? 12] as const).filter(([c]) => c !== LEGACY_CAUSE);
  const from = keep.length > 0 ? keep : eq && eq.causes.length > 0 ? eq.causes.map((c, i) => [c, eq.priors[i] ?? 12] as const) : entry.causes.map((c, i) => [c, entry.priors[i] ?? 12] as const);
  return { ruleCode: eq?.code ?? entry.code, causes: from.map(([c]) => c), priors: from.map(([, p]) => p) };
}

const LEGACY_CAUSE = 'legacy-api';

/** Evidence params naming a library as the paste shows it. */
function libraryParams(l: LibrarySeen): { library: string; frame: string } {
  return { library: l.version ? `${l.name} ${l.version}` : l.name, frame: l.frame };
}

function run(paste: string, cat: DoctorCatalog, opts: DiagnoseOptions): Diagnosis {
  const chars = paste.length;
  if (chars > (opts.maxChars ?? DEFAULT_MAX)) return bare('too-large', chars, 0);
  if (paste.trim() === '') return bare('empty', chars, 0);

  const norm = normalize(paste);
  if (norm.binary) return bare('binary', chars, 0, norm.findings);
  const scan = scanSecrets(norm.original);
  // A shared (already masked) paste: add the facts read from its original, so it diagnoses the same.
  const sec = opts.carried ? mergeScan(scan, opts.carried) : scan;
  const text = sec.text;
  const lines = new LineIndex(text);
  // One pass over the paste finds other exchanges' names, the libraries' frames and the words of the
  // gated expressions (gate.ts: the fact patterns, HTTP statuses, network errors, other hosts…).
  const [named, libWords, gateAt] = readWords(text, [exchangeNames(cat.exchanges()), libraryWords(cat.libraries()), GATE_WORDS]);
  const places = new WordPlaces(text, gateAt, lines);
  const x = extract(text, lines, cat, named, places);
  const facts = readFacts(text, sec.secrets, sec.empty, sec.refs, sec.hints, places);
  facts.otherExchange = x.hostExchange ?? x.foreign;
  const seen = readLibraries(text, cat.libraries(), libWords);
  // ccxt's error line (`InvalidNonce: okx {…}`) names ccxt even where no frame or package name does.
  const ccxtLine = seen.some((l) => l.id === 'ccxt') ? null : ccxtErrorLine(places);
  if (ccxtLine) seen.push({ id: 'ccxt', name: 'ccxt', frame: ccxtLine.trim(), version: null });
  facts.libraries = seen.map((l) => ({ name: l.id, version: l.version }));
  const sigLib = seen.find((l) => l.signature);
  const sigSeen = sigLib?.signature ? { library: sigLib.name, ...sigLib.signature } : null;

  // Request parameters in the wrong format for their endpoint (OKX docs' table, endpoint-params.tsv).
  const params = checkParams(text, cat);
  const bad = malformed(params).map(malformedEvidence);
  const httpStatuses = [...x.structured.httpStatuses, ...x.transport.statuses].sort((a, b) => a.pos - b.pos);
  const statusList = [...new Set(httpStatuses.map((s) => s.status))];

  // A negative code field (Binance's `code=-2019`) outweighs OKX codes read only from message text
  // ("Margin is insufficient", 保证金不足) in a paste that nowhere points at OKX.
  const negative = negativeCode(places);
  const groups = negative && !places.has(POINTS_AT_OKX) && x.groups.every((g) => g.first.source === 'message') ? [] : x.groups;
  const codes: CodeDiagnosis[] = groups.map((g) => {
    const h = g.first;
    const entry = cat.get(h.code);
    // A sub-code (51008_1000) is ranked as its parent unless it has causes of its own.
    const parent = entry?.parent ? cat.get(entry.parent) : undefined;
    const own = parent && entry!.causes.length === 0 ? parent : entry;
    const rankAs = legacyRanking(own, h.api, cat);
    return {
      code: h.code,
      api: h.api,
      known: h.known && !!entry,
      family: entry?.family ?? null,
      parent: entry?.parent ?? null,
      equivalents: entry ? [...entry.equivalents] : [],
      message: g.message,
      source: h.source,
      occurrences: g.occurrences,
      line: lines.lineOf(h.pos),
      alsoMatches: h.alsoMatches,
      causes: rankCauses({
        code: rankAs.ruleCode ?? h.code,
        api: h.api,
        causes: rankAs.causes,
        priors: rankAs.priors,
        fixesOf: cat.fixesOf,
        facts,
        httpStatuses: statusList,
        html: x.transport.html,
        envelopeOnly: x.envelopeOnly,
        loginAck: x.structured.loginAck,
        library: seen[0] ? libraryParams(seen[0]) : null,
        signature: sigSeen,
        malformed: bad,
      }),
      links: { codePage: entry ? `/errors/${h.code}/` : null, guide: null, tool: toolFor(h.code) },
    };
  });

  const findings: Finding[] = [...norm.findings];
  if (sec.secrets.length > 0) {
    findings.push({
      id: 'secret-in-paste',
      params: { fields: [...new Set(sec.secrets.map((s) => s.field))], masked: sec.secrets.map((s) => s.masked), count: sec.secrets.length },
    });
  }
  const network = x.transport.network[0];
  let kind: DiagnosisKind;
  const libraryError = programmingError(places);
  const successRaised = successAsError(places);
  let causes = codes[0]?.causes ?? [];
  const wsDrop = codes.length === 0 ? wsDropped(places) : null;
  // Any error outranks a success answer seen in the same paste.
  if (codes.length > 0) kind = 'codes';
  else if (x.transport.missingCredential) {
    kind = 'client-error';
    causes = rankWithoutCode('client-error', { credential: x.transport.missingCredential }, cat.fixesOf);
  } else if (facts.otherExchange && facts.hosts.length === 0) {
    // Another exchange's answer (Binance, Gate…): its statuses and messages say nothing about OKX.
    kind = 'nothing-found';
    findings.push({ id: 'other-exchange', params: { ...facts.otherExchange } });
  } else if (negative && facts.hosts.length === 0) {
    // A negative code (Binance's -1021, -2019…): not an answer from OKX, whose codes are never negative.
    kind = 'nothing-found';
    const by = cat.exchanges().filter((e) => e.negativeCodes).map((e) => e.name);
    findings.push({ id: 'negative-code', params: { code: negative, exchanges: by.join(', ') } });
  } else if (seen.length > 0 && (libraryError || successRaised || sigSeen)) {
    // No OKX code, but the library failed in its own code, raised a success answer as an error, or
    // printed its own text for a known case (library-signatures.tsv).
    kind = 'library-bug';
    causes = rankWithoutCode('library-bug', { library: libraryParams(seen[0]!), error: libraryError ?? (successRaised ? '200' : undefined), signature: sigSeen }, cat.fixesOf);
  } else if (x.transport.hiddenObject && httpStatuses.length === 0 && !network) {
    kind = 'hidden-reason';
    causes = rankWithoutCode('hidden-reason', { object: x.transport.hiddenObject }, cat.fixesOf);
  } else if (httpStatuses.length > 0 || x.transport.html || (bad.length > 0 && /\bBad ?Request\b/.test(text))) {
    // "Bad Request" (ccxt's BadRequest with no OKX code) is HTTP 400's reason phrase: with a malformed value, read as a 400.
    kind = 'http-status';
    causes = rankWithoutCode('http-status', { status: httpStatuses[0]?.status ?? (x.transport.html ? undefined : 400), html: x.transport.html, malformed: bad }, cat.fixesOf);
  } else if (wsDrop) {
    kind = 'ws-dropped';
    causes = rankWithoutCode('ws-dropped', { text: wsDrop }, cat.fixesOf);
  } else if (network) {
    kind = 'network';
    causes = rankWithoutCode('network', { network: network.kind }, cat.fixesOf);
  } else if (x.structured.loginAck || x.structured.code0) kind = 'success';
  else kind = 'nothing-found';

  // A library's known case (a signature) is the user's setup, not a bug to report: no "update it" finding.
  const libCause = !sigSeen && (kind === 'library-bug' ? causes : codes[0]?.causes ?? []).slice(0, 3).some((c) => c.id === 'client-library-bug');
  if (libCause && seen[0]) findings.push({ id: 'client-library-bug', params: libraryParams(seen[0]) });
  if (x.structured.loginAck) findings.push({ id: 'login-success', params: {} });
  if (kind === 'success' && x.structured.code0) findings.push({ id: 'request-success', params: {} });
  if (x.envelopeOnly) findings.push({ id: 'envelope-only', params: { code: codes[0]?.code ?? '1' } });
  if (x.structured.okItems > 0 && codes.length > 0) findings.push({ id: 'items-ok-ignored', params: { count: x.structured.okItems } });
  if (codes.length > 1) findings.push({ id: 'multiple-codes', params: { count: codes.length } });
  if (statusList.length > 0 && kind !== 'nothing-found') findings.push({ id: 'http-status', params: { status: statusList[0]! } });
  if (x.transport.html) findings.push({ id: 'html-page', params: {} });
  if (network) findings.push({ id: 'network-error', params: { kind: network.kind } });
  if (x.transport.missingCredential) findings.push({ id: 'ccxt-missing-credential', params: { credential: x.transport.missingCredential } });
  const legacy = codes.filter((c) => c.api === 'v3' || c.api === 'v1');
  if (legacy.length > 0) {
    const eqs = [...new Set(legacy.flatMap((c) => v5Equivalents(cat.get(c.code), cat).map((q) => q.code)))];
    const api = [...new Set(legacy.map((c) => c.api))].join('/');
    findings.push(eqs.length > 0 ? { id: 'legacy-api-used', params: { api, codes: legacy.map((c) => c.code), equivalents: eqs } } : { id: 'legacy-api-no-equivalent', params: { api, codes: legacy.map((c) => c.code) } });
  }
  findings.push(...paramFindings(params, facts.params));
  if (codes.some((c) => !c.known)) findings.push({ id: 'unknown-code', params: { code: codes.find((c) => !c.known)!.code } });
  if (kind === 'nothing-found' && !findings.some((f) => f.id === 'other-exchange' || f.id === 'negative-code')) findings.push({ id: 'nothing-okx', params: {} });

  const ccxt = facts.libraries.some((l) => l.name === 'ccxt') || places.has(CCXT_BODY);
  return {
    kind,
    codes,
    causes,
    httpStatus: httpStatuses[0]?.status ?? null,
    findings,
    facts: listFacts(facts),
    shapes: shapesOf(text, places, x, codes, ccxt),
    input: { chars, lines: lines.count },
  };
}

/** Diagnose a paste. Never throws; same input and catalog → same result. */
export function diagnose(paste: string, catalog: DoctorCatalog, opts: DiagnoseOptions = {}): Diagnosis {
  const input = typeof paste === 'string' ? paste : String(paste ?? '');
  try {
    return run(input, catalog, opts);
  } catch {
    // A bug in a scanner must not break the page; tests assert this finding never appears.
    return bare('nothing-found', input.length, 0, [{ id: 'internal-error', params: {} }]);
  }
}
