/**
 * Cause ranking. Each code starts from its priors (content/catalog/code-causes.tsv, in file
 * order); rules read the paste's facts and raise or lower causes, each change carrying the
 * evidence that justifies it. Scores are integers in 1..99; ties keep prior order, so the result is
 * deterministic.
 */
import type { PasteFacts } from './evidence.ts';
import type { CodeApi, Effect, EvidenceRef, RankedCause } from './types.ts';

const CLOCK = new Set(['50102', '60006', '30008', '50112', '60004', '30005']);
const SIGN = new Set(['50113', '60007', '30013']);
const CRED = new Set(['50111', '50105', '50104', '50103', '50106', '50107', '60005', '60024', '60009', '30001', '30002', '30003', '30004', '30006', '30015']);
const HEADER_EMPTY = new Set(['50103', '50104', '50106', '50107', '30001', '30002', '30003', '30004']);
const REGION = new Set(['50119', '60032']);
const KEY_GONE = new Set(['50111', '50119', '60005', '4007', '30006']);
const IPC = new Set(['50110', '50121', '50035', '30011']);
const PARAM = new Set(['51000', '50014', '30023', '30024']);
const WSURL = new Set(['60018', '64001']);
const WSLOGIN = new Set(['60011', '60009', '60006']);
const RATE = new Set(['50011', '50061', '60014', '30014', '30026']);
const UNAVAILABLE = new Set(['50001', '50004', '50013', '50026', '64008', '30038']);

const BUSINESS_CHANNEL = /^(?:candle|mark-price-candle|index-candle|trades-all|orders-algo|algo-advance|deposit-info|withdrawal-info|sprd-|grid-|algo-recurring-buy|copytrading-|economic-calendar|block-tickers|public-block-trades|public-struc-block-trades|rfqs|quotes|struc-block-trades|dcd)/;
const PRIVATE_CHANNEL = /^(?:account|positions|orders|balance_and_position|liquidation-warning|account-greeks|fills|orders-algo|algo-advance|deposit-info|withdrawal-info)$/;
const DEMO_UNSUPPORTED_PATH = /^\/api\/v5\/(?:asset\/(?:currencies|deposit|withdrawal|purchase_redempt)|finance\/)/;

export interface RankContext {
  code: string;
  api: CodeApi;
  /** Cause ids of the code from the catalog, most likely first. */
  causes: string[];
  /** Starting weight of each cause (same order). */
  priors: number[];
  /** Fix step ids of a cause (catalog). */
  fixesOf: (cause: string) => string[];
  facts: PasteFacts;
  httpStatuses: number[];
  html: boolean;
  /** Paste shows only the 1/2 envelope, no items. */
  envelopeOnly: boolean;
  loginAck: boolean;
  /** The client library the paste shows (libraries.tsv), as evidence params. */
  library?: { library: string; frame: string } | null;
  /** A library's own error text that tells the cause (library-signatures.tsv). */
  signature?: { library: string; text: string; cause: string } | null;
  /** Request parameters whose value does not have the format OKX's docs give (params.ts), as evidence params. */
  malformed?: MalformedParam[];
}

/** A parameter value the endpoint's docs do not allow, as evidence params (params.ts). */
export interface MalformedParam {
  name: string;
  value: string;
  path: string;
  need: string;
}

class Scores {
  private order: string[] = [];
  private score = new Map<string, number>();
  private ev = new Map<string, EvidenceRef[]>();

  set(cause: string, s: number): void {
    if (!this.score.has(cause)) this.order.push(cause);
    this.score.set(cause, s);
  }

  has(cause: string): boolean {
    return this.score.has(cause);
  }

  /** Move a cause by delta; a raise adds the cause when missing (starting from 20). */
  adjust(cause: string, delta: number, id: string, params: Record<string, string | number> = {}): void {
    if (!this.score.has(cause)) {
      if (delta <= 0) return;
      this.set(cause, 20);
    }
    const list = this.ev.get(cause) ?? [];
    // The same evidence counts once (a secret pasted twice is one typo, not two).
    if (list.some((e) => e.id === id)) return;
    this.score.set(cause, this.score.get(cause)! + delta);
    const effect: Effect = delta >= 0 ? 'raise' : 'lower';
    list.push({ id, params, effect });
    this.ev.set(cause, list);
  }

  result(fixesOf: (cause: string) => string[]): RankedCause[] {
    return this.order
      .map((id, i) => ({ id, i, score: Math.max(1, Math.min(99, Math.round(this.score.get(id)!))) }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .map(({ id, score }) => ({ id, score, evidence: this.ev.get(id) ?? [], fixes: fixesOf(id) }));
  }
}

function priors(causes: string[], weights: number[]): Scores {
  const s = new Scores();
  causes.forEach((c, i) => s.set(c, weights[i] ?? 12));
  return s;
}

function clockRules(s: Scores, code: string, f: PasteFacts): void {
  const off = f.clock.offset;
  if (off) {
    const direction = off.seconds >= 0 ? 'ahead' : 'behind';
    // A log stamp without a zone may itself be local time, so it counts for less than a zoned one.
    const weight = off.ref === 'log-naive' ? 0.7 : 1;
    // A header hours behind a log clock without a zone is what a correct UTC header looks like when the
    // log prints local time east of UTC (China, UTC+8): it tells nothing about the time zone.
    const localLog = off.ref === 'log-naive' && direction === 'behind';
    if (off.wholeHours !== null && !localLog) {
      const p = { hours: Math.abs(off.wholeHours), direction, ref: off.ref };
      s.adjust('timezone-as-utc', 35 * weight, 'ts-offset-whole-hours', p);
      s.adjust('clock-skew', -15 * weight, 'ts-offset-whole-hours', p);
    } else if (Math.abs(off.seconds) > 30) {
      const p = { seconds: Math.abs(off.seconds), direction, ref: off.ref };
      s.adjust('clock-skew', 25 * weight, 'ts-offset', p);
      s.adjust('timezone-as-utc', -15 * weight, 'ts-offset', p);
    } else if (off.ref === 'server') {
      s.adjust('clock-skew', -20, 'ts-in-window', { seconds: off.seconds });
      s.adjust('timezone-as-utc', -10, 'ts-in-window', { seconds: off.seconds });
    }
  }
  const rest = f.clock.rest;
  if (rest && !code.startsWith('600')) {
    if (rest.format !== 'ok') s.adjust('timestamp-format', 40, 'ts-format', { format: rest.format, value: rest.value });
    else s.adjust('timestamp-format', -15, 'ts-format-ok', { value: rest.value });
  }
  const ws = f.clock.ws;
  if (ws && code.startsWith('600')) {
    if (ws.format !== 'ok') s.adjust('timestamp-format', 40, 'ws-ts-format', { format: ws.format, value: ws.value });
    else s.adjust('timestamp-format', -10, 'ws-ts-format-ok', { value: ws.value });
  }
  if (f.clockHint && s.has('clock-skew')) s.adjust('clock-skew', 10, 'clock-hint', { word: f.clockHint });
  // The user says the clock is right: a drifting clock is less likely, local time sent as UTC more
  // (OKX's docs name a local-time-zone offset as the most common cause of 50102).
  if (f.clockSaidOk && !off) {
    s.adjust('clock-skew', -20, 'clock-said-ok');
    s.adjust('timezone-as-utc', 10, 'clock-said-ok');
  }
  if (f.localTimeWithZ) {
    s.adjust('timezone-as-utc', 35, 'local-time-with-z');
    s.adjust('clock-skew', -10, 'local-time-with-z');
  }
  if (f.msTimestampCode && code.startsWith('600')) s.adjust('timestamp-format', 30, 'ms-timestamp-code');
  if (f.prehashEpoch && !code.startsWith('600')) s.adjust('timestamp-format', 40, 'prehash-epoch', { format: f.prehashEpoch === 'ms' ? 'epoch-ms' : 'epoch-seconds' });
}

function regionRules(s: Scores, f: PasteFacts): void {
  const global = f.hosts.find((h) => h.region === 'global' || h.region === 'aws');
  const regional = f.hosts.find((h) => h.region === 'eea' || h.region === 'us');
  const regionalId = f.exchangeIds.find((id) => id === 'myokx' || id === 'okxus');
  if (global && !regional && !regionalId) {
    s.adjust('wrong-region-host', 25, 'host-global', { host: global.host });
    s.adjust('key-expired-or-deleted', -5, 'host-global', { host: global.host });
  }
  const globalId = f.exchangeIds.find((id) => id === 'okx' || id === 'okex5' || id === 'okex');
  if (globalId && !regional && !regionalId) s.adjust('wrong-region-host', 10, 'exchange-id-global', { id: globalId });
  if (regional || regionalId) s.adjust('wrong-region-host', 10, 'host-regional', { host: regional?.host ?? regionalId! });
}

function demoRules(s: Scores, code: string, f: PasteFacts): void {
  const demoHost = f.hosts.find((h) => h.demo);
  const demo = f.simulatedHeader === '1' || f.pythonOkxFlag === '1' || f.sandbox || !!demoHost;
  if (code === '50101') {
    if (f.simulatedHeader !== null) s.adjust('demo-live-mismatch', f.simulatedHeader === '1' ? 20 : 10, 'simulated-header', { value: f.simulatedHeader });
    if (f.pythonOkxFlag !== null) s.adjust('demo-live-mismatch', f.pythonOkxFlag === '1' ? 20 : 5, 'python-okx-flag', { flag: f.pythonOkxFlag });
    if (demoHost) s.adjust('demo-live-mismatch', 15, 'demo-ws-host', { host: demoHost.host });
    if (f.sandbox) s.adjust('demo-live-mismatch', 15, 'sandbox-mode');
  }
  const path = f.restPaths.find((p) => DEMO_UNSUPPORTED_PATH.test(p));
  if (demo && path && (code === '50101' || code === '50001')) {
    s.adjust('demo-endpoint-unsupported', 45, 'demo-unsupported-endpoint', { path });
    if (code === '50101') s.adjust('demo-live-mismatch', -30, 'demo-unsupported-endpoint', { path });
  }
}

function signRules(s: Scores, f: PasteFacts): void {
  const lib = f.libraries[0];
  // A library named in the paste does not sign when the paste shows hand-written HMAC code.
  if (lib && !f.handSigning) {
    const p = { library: lib.name };
    s.adjust('prehash-mismatch', -25, 'library-signs', p);
    s.adjust('signature-encoding', -25, 'library-signs', p);
    s.adjust('invalid-credentials', 20, 'library-signs', p);
    s.adjust('credential-typo', 10, 'library-signs', p);
    s.adjust('credentials-mixed', 10, 'library-signs', p);
  }
  const sign = f.secrets.find((x) => x.kind === 'sign');
  if (sign) {
    if (sign.shape === 'hex64') s.adjust('signature-encoding', 40, 'sign-hex', { length: sign.length });
    else if (sign.shape === 'base64-44') s.adjust('signature-encoding', -10, 'sign-shape-ok', { length: sign.length });
    else s.adjust('signature-encoding', 20, 'sign-shape', { length: sign.length });
  }
  if (f.hexDigest) s.adjust('signature-encoding', 30, 'hex-digest');
  if (f.secretDecoded) s.adjust('signature-encoding', 30, 'secret-decoded');
  if (f.jsonKwarg) s.adjust('prehash-mismatch', 30, 'body-resent-as-json');
  for (const id of f.prehash) s.adjust('prehash-mismatch', 35, id);
}

function credentialRules(s: Scores, code: string, f: PasteFacts): void {
  for (const x of f.secrets) {
    if (x.kind === 'sign') continue;
    if (x.whitespace) s.adjust('credential-typo', 35, 'secret-whitespace', { field: x.field });
    if (x.fullwidth) s.adjust('credential-typo', 35, 'secret-fullwidth', { field: x.field });
    if (x.zeroWidth) s.adjust('credential-typo', 35, 'secret-zero-width', { field: x.field });
    if (x.shellDollar) s.adjust('credential-typo', 35, 'secret-shell-dollar', { field: x.field });
    if (x.kind === 'key' && x.shape === 'hex32') s.adjust('credentials-mixed', 40, 'credential-shape-swapped', { field: x.field });
    else if (x.kind === 'key' && x.shape !== 'uuid' && x.length !== 36 && (code === '50111' || code === '60005' || code === '50113')) {
      s.adjust('credential-typo', 20, 'key-shape', { field: x.field, length: x.length });
    }
    if ((x.kind === 'passphrase' && x.shape === 'hex32') || (x.kind === 'secret' && x.shape === 'uuid')) {
      s.adjust('credentials-mixed', 30, 'credential-shape-swapped', { field: x.field });
    }
  }
  for (const field of f.maskedWhitespace) s.adjust('credential-typo', 35, 'secret-whitespace', { field });
  if (f.secretLength33) s.adjust('credential-typo', 35, 'secret-length-33');
  for (const e of f.empty) {
    if (e.kind === 'sign') continue;
    if (HEADER_EMPTY.has(code)) s.adjust('missing-header', 35, 'credential-empty', { field: e.field, value: e.value });
    else s.adjust('credentials-mixed', 15, 'credential-empty', { field: e.field, value: e.value });
  }
  if (f.crossedVar) s.adjust('credentials-mixed', 35, 'crossed-credential-var', f.crossedVar);
  if (f.idleDays !== null && f.idleDays >= 14 && KEY_GONE.has(code)) s.adjust('key-expired-or-deleted', 30, 'idle-days', { days: f.idleDays });
  const ccxt = f.libraries.some((l) => l.name === 'ccxt' || l.name === 'freqtrade');
  const fields = [...f.secrets.map((x) => x.field), ...f.empty.map((x) => x.field)].map((x) => x.toLowerCase());
  if (ccxt && fields.includes('passphrase') && !fields.includes('password')) s.adjust('credentials-mixed', 25, 'ccxt-passphrase-key');
}

function paramRules(s: Scores, f: PasteFacts): void {
  for (const name of f.params) {
    if (name === 'posSide') {
      s.adjust('position-mode', 40, 'param-name', { name });
    } else if (/^(?:instId|sz|px|ordType|instFamily|uly|instrument_id)$/.test(name)) {
      s.adjust('instrument-rules', 30, 'param-name', { name });
      s.adjust('position-mode', -15, 'param-name', { name });
    } else {
      s.adjust('parameter-error', 20, 'param-name', { name });
      s.adjust('position-mode', -15, 'param-name', { name });
    }
  }
  for (const name of f.numberParams) s.adjust('parameter-error', 35, 'number-not-string', { name });
}

function wsRules(s: Scores, code: string, f: PasteFacts, loginAck: boolean): void {
  if (WSURL.has(code)) {
    const channel = f.channels.find((c) => BUSINESS_CHANNEL.test(c));
    const path = f.wsPaths.find((p) => p !== 'business');
    if (channel && path) s.adjust('ws-wrong-url', 25, 'ws-channel-endpoint', { channel, path: `/ws/v5/${path}` });
  }
  if (WSLOGIN.has(code)) {
    const priv = f.channels.find((c) => PRIVATE_CHANNEL.test(c));
    if (priv && !loginAck && !f.loginSent) s.adjust('ws-login-order', 20, 'no-login-ack', { channel: priv });
    if (f.reconnect) s.adjust('ws-login-order', 15, 'ws-reconnect');
    if (f.loginReused) s.adjust('ws-login-order', 30, 'ws-login-reused');
    if (f.prehash.includes('prehash-ws-api-prefix')) s.adjust('prehash-mismatch', 40, 'prehash-ws-api-prefix');
  }
}

export function rankCauses(ctx: RankContext): RankedCause[] {
  const { code, facts: f } = ctx;
  const s = priors(ctx.causes, ctx.priors);
  // A retired API is a finding, not a cause; its path only backs legacy-api where that is the code's own cause.
  if ((ctx.api === 'v3' || ctx.api === 'v1') && s.has('legacy-api')) {
    if (f.v3Path) s.adjust('legacy-api', 10, 'v3-path', { path: f.v3Path });
    if (f.v1Path) s.adjust('legacy-api', 10, 'v1-path', { path: f.v1Path });
  }
  // A library that still calls a retired endpoint is out of date: updating it is the fix.
  if ((ctx.api === 'v3' || ctx.api === 'v1') && ctx.library) s.adjust('client-library-bug', 25, 'library-retired-endpoint', ctx.library);
  if (ctx.signature) s.adjust(ctx.signature.cause, 50, 'library-signature', { library: ctx.signature.library, text: ctx.signature.text });
  if (CLOCK.has(code)) clockRules(s, code, f);
  if (REGION.has(code)) regionRules(s, f);
  demoRules(s, code, f);
  if (SIGN.has(code)) signRules(s, f);
  if (SIGN.has(code) || CRED.has(code)) credentialRules(s, code, f);
  if (IPC.has(code) && f.ip) {
    s.adjust('ip-whitelist', 10, 'ip-seen', { ip: f.ip });
    if (f.ip.includes(':')) s.adjust('ip-whitelist', 10, 'ip-v6', { ip: f.ip });
  }
  if (PARAM.has(code)) paramRules(s, f);
  // A value in the wrong format for its endpoint (a date where OKX wants milliseconds…) behind a generic parameter error.
  const bad = ctx.malformed?.[0];
  if (bad && PARAM.has(code)) {
    s.adjust('parameter-error', 40, 'param-malformed', { ...bad });
    // The value's format explains why OKX named that parameter, not the instrument's rules.
    if (f.params.includes(bad.name)) s.adjust('instrument-rules', -30, 'param-malformed', { ...bad });
  }
  wsRules(s, code, f, ctx.loginAck);
  // A retired API's code (or one the catalog lacks) answering a WebSocket login whose timestamp is not
  // Unix seconds: the format is a suspect there too (OBS: OKEx's v1/v3 WebSocket login wanted epoch
  // seconds as well, okcoin-okex/API-docs-OKEx.com#185).
  const ws = f.clock.ws;
  if (!CLOCK.has(code) && ctx.api !== 'v5' && ws && ws.format !== 'ok') s.adjust('timestamp-format', 40, 'ws-ts-format', { format: ws.format, value: ws.value });
  if ((code === '1' || code === '2') && ctx.envelopeOnly) s.adjust('wrapper-hid-reason', 20, 'envelope-only', { code });
  if (RATE.has(code) && ctx.httpStatuses.includes(429)) s.adjust('rate-limit', 10, 'http-status', { status: 429 });
  if (UNAVAILABLE.has(code)) {
    if (f.maintenance) s.adjust('exchange-unavailable', 10, 'maintenance-notice');
    if (ctx.html) s.adjust('exchange-unavailable', 10, 'html-page');
  }
  if (code === '51008' && f.reduceOnly) s.adjust('position-state-desync', 30, 'reduce-only');
  return s.result(ctx.fixesOf);
}

/** Causes when no OKX code was found: an HTTP status, a network failure or a client-side refusal. */
export function rankWithoutCode(kind: 'http-status' | 'network' | 'client-error' | 'hidden-reason' | 'library-bug' | 'ws-dropped', detail: { status?: number; html?: boolean; network?: string; credential?: string; object?: string; library?: { library: string; frame: string }; error?: string; text?: string; malformed?: MalformedParam[]; signature?: { library: string; text: string; cause: string } | null }, fixesOf: (cause: string) => string[]): RankedCause[] {
  const s = new Scores();
  if (kind === 'library-bug') {
    const lib = detail.library ?? { library: '?', frame: '?' };
    // The library's own text for a known case names the cause first (hummingbot's ConversionSyntax → account mode).
    const sig = detail.signature;
    if (sig) {
      s.set(sig.cause, 0);
      s.adjust(sig.cause, 75, 'library-signature', { library: sig.library, text: sig.text });
    }
    s.set('client-library-bug', 0);
    s.adjust('client-library-bug', 45, 'library-frame', lib);
    if (detail.error === '200') s.adjust('client-library-bug', 25, 'success-raised', { library: lib.library });
    else if (detail.error) s.adjust('client-library-bug', 25, 'library-exception', { library: lib.library, text: detail.error });
  } else if (kind === 'ws-dropped') {
    s.set('ws-keepalive', 0);
    s.adjust('ws-keepalive', 70, 'ws-drop-said', { text: detail.text ?? '' });
    s.set('network-connectivity', 30);
  } else if (kind === 'hidden-reason') {
    s.set('wrapper-hid-reason', 0);
    s.adjust('wrapper-hid-reason', 70, 'object-printed', { text: detail.object ?? '[object Object]' });
  } else if (kind === 'network') {
    s.set('network-connectivity', 0);
    s.adjust('network-connectivity', 80, 'network-error', { kind: detail.network ?? 'unknown' });
  } else if (kind === 'client-error') {
    const c = detail.credential ?? 'password';
    if (c === 'password') {
      s.set('credentials-mixed', 0);
      s.adjust('credentials-mixed', 75, 'ccxt-missing-credential', { credential: c });
    } else {
      s.set('missing-header', 0);
      s.adjust('missing-header', 70, 'ccxt-missing-credential', { credential: c });
      s.set('credentials-mixed', 40);
    }
  } else {
    const st = detail.status ?? 0;
    const p = { status: st };
    if (st === 429) {
      s.set('rate-limit', 0);
      s.adjust('rate-limit', 70, 'http-status', p);
    } else if (st >= 500 || detail.html) {
      s.set('exchange-unavailable', 0);
      s.adjust('exchange-unavailable', 70, detail.html ? 'html-page' : 'http-status', p);
      s.set('wrapper-hid-reason', 20);
    } else if (st === 401) {
      s.set('wrapper-hid-reason', 0);
      s.adjust('wrapper-hid-reason', 60, 'http-status', p);
      s.set('invalid-credentials', 0);
      s.adjust('invalid-credentials', 45, 'http-status', p);
    } else if (st === 403) {
      s.set('ip-whitelist', 0);
      s.adjust('ip-whitelist', 45, 'http-status', p);
      s.set('regional-restriction', 0);
      s.adjust('regional-restriction', 40, 'http-status', p);
      s.set('network-connectivity', 35);
    } else {
      s.set('wrapper-hid-reason', 0);
      s.adjust('wrapper-hid-reason', 55, 'http-status', p);
      s.set('parameter-error', 0);
      s.adjust('parameter-error', 45, 'http-status', p);
      const bad = detail.malformed?.[0];
      if (bad && st === 400) s.adjust('parameter-error', 40, 'param-malformed', { ...bad });
    }
  }
  return s.result(fixesOf);
}
