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
import { listFacts, readFacts } from './evidence.ts';
import { extract, type Extraction } from './extract.ts';
import { toolFor } from './fixes.ts';
import { LineIndex } from './lines.ts';
import { decodeBytes, normalize } from './normalize.ts';
import { rankCauses, rankWithoutCode } from './rank.ts';
import { mergeScan, scanSecrets } from './secrets.ts';
import type { CodeDiagnosis, Diagnosis, DiagnoseOptions, DiagnosisKind, DoctorCatalog, Finding } from './types.ts';

export type * from './types.ts';
export type { CompactCatalog };
export { decodeBytes, fromCatalog, fromCompact, toCompact };
export { renderText } from './render.ts';

const DEFAULT_MAX = 4 * 1024 * 1024;

function bare(kind: DiagnosisKind, chars: number, lines: number, findings: Finding[] = []): Diagnosis {
  return { kind, codes: [], causes: [], httpStatus: null, findings, facts: [], shapes: [], input: { chars, lines } };
}

const SHAPE_ORDER = ['v5', 'batch', 'ws', 'v3', 'v1', 'ccxt', 'pydict', 'jsobj', 'oneliner', 'prose', 'message-only', 'log', 'trace', 'zh', 'http', 'html', 'network'] as const;

function shapesOf(text: string, x: Extraction, codes: CodeDiagnosis[], ccxt: boolean): string[] {
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
  if (/Traceback \(most recent call last\)|^[ \t]+at [\w$.<>]+[ \t]?\(|^[ \t]+File "[^"\n]{1,300}", line \d+|Exception in thread|^goroutine \d+ \[/m.test(text)) has.add('trace');
  if (/[\u4e00-\u9fff]/.test(text)) has.add('zh');
  if (x.transport.statuses.length > 0 || x.structured.httpStatuses.length > 0) has.add('http');
  if (x.transport.html) has.add('html');
  if (x.transport.network.length > 0) has.add('network');
  return SHAPE_ORDER.filter((s) => has.has(s));
}

function run(paste: string, cat: DoctorCatalog, opts: DiagnoseOptions): Diagnosis {
  const chars = paste.length;
  if (chars > (opts.maxChars ?? DEFAULT_MAX)) return bare('too-large', chars, 0);
  if (paste.trim() === '') return bare('empty', chars, 0);

  const norm = normalize(paste);
  if (norm.binary) return bare('binary', chars, 0, norm.findings);
  const scan = scanSecrets(norm.text, norm.original);
  // A shared (already masked) paste: add the facts read from its original, so it diagnoses the same.
  const sec = opts.carried ? mergeScan(scan, opts.carried) : scan;
  const text = sec.text;
  const lines = new LineIndex(text);
  const x = extract(text, lines, cat);
  const facts = readFacts(text, sec.secrets, sec.empty, sec.refs, sec.hints);

  const httpStatuses = [...x.structured.httpStatuses, ...x.transport.statuses].sort((a, b) => a.pos - b.pos);
  const statusList = [...new Set(httpStatuses.map((s) => s.status))];

  const codes: CodeDiagnosis[] = x.groups.map((g) => {
    const h = g.first;
    const entry = cat.get(h.code);
    // A sub-code (51008_1000) is ranked as its parent unless it has causes of its own.
    const parent = entry?.parent ? cat.get(entry.parent) : undefined;
    const rankAs = parent && entry!.causes.length === 0 ? parent : entry;
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
        code: rankAs?.code ?? h.code,
        api: h.api,
        causes: rankAs?.causes ?? [],
        priors: rankAs?.priors ?? [],
        fixesOf: cat.fixesOf,
        facts,
        httpStatuses: statusList,
        html: x.transport.html,
        envelopeOnly: x.envelopeOnly,
        loginAck: x.structured.loginAck,
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
  let causes = codes[0]?.causes ?? [];
  // Any error outranks a success answer seen in the same paste.
  if (codes.length > 0) kind = 'codes';
  else if (x.transport.missingCredential) {
    kind = 'client-error';
    causes = rankWithoutCode('client-error', { credential: x.transport.missingCredential }, cat.fixesOf);
  } else if (facts.otherExchange && facts.hosts.length === 0) {
    // Another exchange's answer (Binance, Gate…): its statuses and messages say nothing about OKX.
    kind = 'nothing-found';
    findings.push({ id: 'other-exchange', params: { ...facts.otherExchange } });
  } else if (x.transport.hiddenObject && httpStatuses.length === 0 && !network) {
    kind = 'hidden-reason';
    causes = rankWithoutCode('hidden-reason', { object: x.transport.hiddenObject }, cat.fixesOf);
  } else if (httpStatuses.length > 0 || x.transport.html) {
    kind = 'http-status';
    causes = rankWithoutCode('http-status', { status: httpStatuses[0]?.status, html: x.transport.html }, cat.fixesOf);
  } else if (network) {
    kind = 'network';
    causes = rankWithoutCode('network', { network: network.kind }, cat.fixesOf);
  } else if (x.structured.loginAck || x.structured.code0) kind = 'success';
  else kind = 'nothing-found';

  if (x.structured.loginAck) findings.push({ id: 'login-success', params: {} });
  if (kind === 'success' && x.structured.code0) findings.push({ id: 'request-success', params: {} });
  if (x.envelopeOnly) findings.push({ id: 'envelope-only', params: { code: codes[0]?.code ?? '1' } });
  if (x.structured.okItems > 0 && codes.length > 0) findings.push({ id: 'items-ok-ignored', params: { count: x.structured.okItems } });
  if (codes.length > 1) findings.push({ id: 'multiple-codes', params: { count: codes.length } });
  if (statusList.length > 0 && kind !== 'nothing-found') findings.push({ id: 'http-status', params: { status: statusList[0]! } });
  if (x.transport.html) findings.push({ id: 'html-page', params: {} });
  if (network) findings.push({ id: 'network-error', params: { kind: network.kind } });
  if (x.transport.missingCredential) findings.push({ id: 'ccxt-missing-credential', params: { credential: x.transport.missingCredential } });
  if (codes.some((c) => c.api === 'v3' || c.api === 'v1')) findings.push({ id: 'legacy-api-used', params: {} });
  if (codes.some((c) => !c.known)) findings.push({ id: 'unknown-code', params: { code: codes.find((c) => !c.known)!.code } });
  if (kind === 'nothing-found' && !findings.some((f) => f.id === 'other-exchange')) findings.push({ id: 'nothing-okx', params: {} });

  const ccxt = facts.libraries.some((l) => l.name === 'ccxt') || /(?<![\w.-])(?:okx|okex5?|myokx|okxus)[ \t]+\{/.test(text);
  return {
    kind,
    codes,
    causes,
    httpStatus: httpStatuses[0]?.status ?? null,
    findings,
    facts: listFacts(facts),
    shapes: shapesOf(text, x, codes, ccxt),
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
