import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeBytes,
  diagnose,
  fromCatalog,
  fromCompact,
  renderText,
  toCompact,
  type Diagnosis,
} from '../../src/lib/doctor/index.ts';
import { scanSecrets } from '../../src/lib/doctor/secrets.ts';
import { doctorText, EVIDENCE, FACTS, FINDINGS, KINDS, SOURCES, t, UI, VALUES } from '../../src/lib/doctor/messages.ts';
import { dt } from '../../src/lib/doctor/text.ts';
import { doctorCatalog as cat, fullCatalog, loadPastes, SHAPES } from '../fixtures/doctor/fixtures.ts';

const pastes = loadPastes();
const causeIds = new Set(fullCatalog.causes.keys());
const top = (d: Diagnosis) => ({ code: d.codes[0]?.code ?? null, cause: d.causes[0]?.id ?? null });

describe('doctor fixture corpus', () => {
  it('has at least 90 well-formed pastes covering every shape several times', () => {
    expect(pastes.length).toBeGreaterThanOrEqual(90);
    const ids = new Set<string>();
    for (const p of pastes) {
      expect(p.id, p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(ids.has(p.id), `duplicate ${p.id}`).toBe(false);
      ids.add(p.id);
      expect(SHAPES, p.id).toContain(p.shape);
      expect(typeof p.raw, p.id).toBe('string');
      expect(p.note.length, p.id).toBeGreaterThan(5);
      if (p.top_cause !== null) expect(causeIds.has(p.top_cause), `${p.id}: ${p.top_cause}`).toBe(true);
      if (p.code !== null && !/^[12]\d{4}$/.test(p.code)) expect(cat.get(p.code), `${p.id}: ${p.code}`).toBeDefined();
    }
    for (const shape of SHAPES) expect(pastes.filter((p) => p.shape === shape).length, shape).toBeGreaterThanOrEqual(3);
    expect(pastes.filter((p) => p.secrets?.length).length).toBeGreaterThanOrEqual(8);
    expect(pastes.filter((p) => /[\u4e00-\u9fff]/.test(p.raw)).length).toBeGreaterThanOrEqual(6);
  });

  it.each(pastes.map((p) => [p.id, p] as const))('%s gives its expected code and top cause', (_id, p) => {
    const d = diagnose(p.raw, cat);
    expect(top(d)).toEqual({ code: p.code, cause: p.top_cause });
    if (p.findings) expect(d.findings.filter((f) => f.id.startsWith('param-')).map((f) => f.id)).toEqual(p.findings);
    if (p.source !== undefined) expect(p.source).toMatch(/^https:\/\/\S+$/);
  });

  it('reports only cause ids from causes.tsv, with fix steps that exist', () => {
    for (const p of pastes) {
      const d = diagnose(p.raw, cat);
      for (const c of [...d.causes, ...d.codes.flatMap((x) => x.causes)]) {
        expect(causeIds.has(c.id), `${p.id}: ${c.id}`).toBe(true);
        expect(c.score).toBeGreaterThanOrEqual(1);
        expect(c.score).toBeLessThanOrEqual(99);
        for (const f of c.fixes) expect(cat.fixText(f), f).toBeDefined();
      }
    }
  });

  it('is deterministic on every fixture', () => {
    for (const p of pastes) expect(diagnose(p.raw, cat), p.id).toEqual(diagnose(p.raw, cat));
  });
});

describe('secrets', () => {
  const withSecrets = pastes.filter((p) => p.secrets?.length);

  it.each(withSecrets.map((p) => [p.id, p] as const))('%s: no raw secret in the result or its rendering', (_id, p) => {
    const d = diagnose(p.raw, cat);
    const outputs = [JSON.stringify(d), renderText(d, cat, 'en'), renderText(d, cat, 'zh')];
    for (const secret of p.secrets!) {
      expect(p.raw).toContain(secret); // the fixture really holds it
      for (const out of outputs) expect(out.includes(secret.trim()), secret).toBe(false);
    }
    expect(d.findings.map((f) => f.id)).toContain('secret-in-paste');
  });

  it('several headers on one log line are read as separate fields, each masked', () => {
    const d = diagnose('OK-ACCESS-KEY: 3d9a1c2e-1111-2222-3333-444455556666 OK-ACCESS-PASSPHRASE: Abc$123!x {"code":"50113","msg":"Invalid Sign"}', cat);
    const f = d.findings.find((x) => x.id === 'secret-in-paste')!;
    expect(f.params).toMatchObject({ fields: ['OK-ACCESS-KEY', 'OK-ACCESS-PASSPHRASE'], masked: ['3d9a…', 'Ab…'] });
    expect(JSON.stringify(d)).not.toContain('Abc$123');
    expect(d.codes[0]!.causes[0]!.id).not.toBe('credential-typo');
  });

  it('masks to at most the first 4 characters plus an ellipsis', () => {
    const d = diagnose(`OK-ACCESS-PASSPHRASE: Sup3rS3cretPhrase!\n{"msg":"Invalid Sign","code":"50113"}`, cat);
    const f = d.findings.find((x) => x.id === 'secret-in-paste')!;
    expect(f.params.masked).toEqual(['Sup3…']);
    expect(JSON.stringify(d)).not.toContain('Sup3rS3cretPhrase');
  });

  it('masks random secrets in every key style (property)', () => {
    const styles = [
      (v: string) => `{"apiKey":"${v}","code":"50111","msg":"Invalid OK-ACCESS-KEY"}`,
      (v: string) => `{'secret': '${v}', 'code': '50113'}`,
      (v: string) => `client = RestClient({ apiKey: 'x', apiSecret: '${v}' })\n{ code: '50113', msg: 'Invalid Sign' }`,
      (v: string) => `OKX_PASSPHRASE=${v}\nerror 50105`,
      (v: string) => `> OK-ACCESS-SIGN: ${v}\n< {"msg":"Invalid Sign","code":"50113"}`,
      (v: string) => `password = "${v}"`,
      (v: string) => `Account.AccountAPI("${v}", "${v}X", "${v}Y", False, "0")`,
      (v: string) => `\\"secretKey\\":\\"${v}\\"`,
    ];
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9+/#@!%^-]{12,40}$/), fc.integer({ min: 0, max: styles.length - 1 }), (secret, i) => {
        fc.pre(/[0-9]/.test(secret) && /[A-Z]/.test(secret));
        const d = diagnose(styles[i]!(secret), cat);
        expect(JSON.stringify(d)).not.toContain(secret);
        expect(d.findings.some((f) => f.id === 'secret-in-paste')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('masks every other occurrence of a pasted secret too', () => {
    const key = 'deadbeef-0000-4000-8000-00000000fa4e';
    const raw = `apiKey: "${key}"\nERROR websocket login rejected for ${key}: {"event":"error","code":"60005","msg":"Invalid apiKey"}`;
    const d = diagnose(raw, cat);
    expect(top(d)).toEqual({ code: '60005', cause: 'invalid-credentials' });
    expect(JSON.stringify(d)).not.toContain(key);
    expect(JSON.stringify(d)).not.toContain('0000-4000-8000');
  });

  it('does not flag placeholders or variable references as leaked secrets', () => {
    for (const raw of [
      `apiKey: '***', secret: '<your-secret>', password: os.getenv("OKX_PASS")`,
      `api_key = api_key\nsecret_key=secret_key\n{"code":"50113","msg":"Invalid Sign"}`,
      `OK-ACCESS-KEY: 37c541a1-****-****-****-10fe7a038418`,
    ]) {
      expect(diagnose(raw, cat).findings.map((f) => f.id), raw).not.toContain('secret-in-paste');
    }
  });
});

describe('evidence moves the ranking', () => {
  const causesOf = (raw: string) => diagnose(raw, cat).causes.map((c) => c.id);
  const evidenceOf = (raw: string, cause: string) => diagnose(raw, cat).causes.find((c) => c.id === cause)?.evidence.map((e) => e.id) ?? [];

  it('50119 on www.okx.com without a regional profile → wrong-region-host, with the host as evidence', () => {
    const raw = 'GET https://www.okx.com/api/v5/account/balance\n{"msg":"API key doesn\'t exist","code":"50119"}';
    expect(causesOf(raw)[0]).toBe('wrong-region-host');
    expect(evidenceOf(raw, 'wrong-region-host')).toContain('host-global');
    expect(evidenceOf('{"msg":"API key doesn\'t exist","code":"50119"}', 'wrong-region-host')).toEqual([]);
  });

  it('50101 with x-simulated-trading: 1 → demo-live-mismatch backed by the header', () => {
    const raw = 'x-simulated-trading: 1\n{"msg":"APIKey does not match current environment.","code":"50101"}';
    expect(causesOf(raw)[0]).toBe('demo-live-mismatch');
    const ev = diagnose(raw, cat).causes[0]!.evidence;
    expect(ev).toContainEqual({ id: 'simulated-header', params: { value: '1' }, effect: 'raise' });
  });

  it('50102 with an 8 h distance puts timezone-as-utc above clock-skew; 95 s keeps clock-skew first', () => {
    const body = '{"msg":"Timestamp request expired","code":"50102"}';
    expect(causesOf(body).slice(0, 2)).toEqual(['clock-skew', 'timezone-as-utc']);
    const eightHours = `2024-03-05T06:22:31.456Z request OK-ACCESS-TIMESTAMP: 2024-03-05T14:22:31.400Z\n${body}`;
    expect(causesOf(eightHours).slice(0, 2)).toEqual(['timezone-as-utc', 'clock-skew']);
    const ev = diagnose(eightHours, cat).causes[0]!.evidence[0]!;
    expect(ev).toEqual({ id: 'ts-offset-whole-hours', params: { hours: 8, direction: 'ahead', ref: 'log' }, effect: 'raise' });
    const skew = `2024-03-05T14:22:31.456Z request OK-ACCESS-TIMESTAMP: 2024-03-05T14:24:06.400Z\n${body}`;
    expect(causesOf(skew)[0]).toBe('clock-skew');
    expect(evidenceOf(skew, 'clock-skew')).toContain('ts-offset');
  });

  it('50102 against the server Date header: in-window lowers clock-skew', () => {
    const raw = 'OK-ACCESS-TIMESTAMP: 2024-03-05T14:22:31.100Z\nDate: Tue, 05 Mar 2024 14:22:40 GMT\n{"msg":"Timestamp request expired","code":"50102"}';
    const d = diagnose(raw, cat);
    expect(d.causes.find((c) => c.id === 'clock-skew')!.evidence).toContainEqual({ id: 'ts-in-window', params: { seconds: -9 }, effect: 'lower' });
    expect(d.facts).toContainEqual({ id: 'clock-offset', params: { seconds: -9, ref: 'server' } });
  });

  it('50113 with whitespace inside the secret → credential-typo first; without it, not', () => {
    const clean = `secret = "22582BD0CFF14C41EDBF1AB98506286D"\n{"msg":"Invalid Sign","code":"50113"}`;
    const spaced = `secret = "22582BD0CFF14C41EDBF1AB98506286D\\n"\n{"msg":"Invalid Sign","code":"50113"}`;
    expect(causesOf(clean)[0]).not.toBe('credential-typo');
    expect(causesOf(spaced)[0]).toBe('credential-typo');
    expect(evidenceOf(spaced, 'credential-typo')).toContain('secret-whitespace');
  });

  it('50113 through a signing library demotes hand-made signing causes', () => {
    const plain = causesOf('{"msg":"Invalid Sign","code":"50113"}');
    const ccxt = causesOf('ccxt.base.errors.AuthenticationError: okx {"msg":"Invalid Sign","code":"50113"}');
    expect(plain[0]).toBe('prehash-mismatch');
    expect(ccxt[0]).toBe('invalid-credentials');
    expect(ccxt.indexOf('prehash-mismatch')).toBeGreaterThan(ccxt.indexOf('credential-typo'));
  });

  it('60018 on /ws/v5/public with a candle channel → ws-wrong-url with the channel as evidence', () => {
    const raw = 'wss://ws.okx.com:8443/ws/v5/public {"op":"subscribe","args":[{"channel":"candle1H","instId":"BTC-USDT"}]}\n{"event":"error","code":"60018","msg":"Wrong URL or channel:candle1H,instId:BTC-USDT doesn\'t exist."}';
    const c = diagnose(raw, cat).causes[0]!;
    expect(c.id).toBe('ws-wrong-url');
    expect(c.evidence).toContainEqual({ id: 'ws-channel-endpoint', params: { channel: 'candle1H', path: '/ws/v5/public' }, effect: 'raise' });
  });

  it('51000 with posSide → position-mode; with another parameter → parameter-error', () => {
    expect(causesOf('{"code":"51000","msg":"Parameter posSide error"}')[0]).toBe('position-mode');
    expect(causesOf('{"code":"51000","msg":"Parameter ordType error"}')[0]).toBe('instrument-rules');
    expect(causesOf('{"code":"51000","msg":"Parameter clOrdId error"}')[0]).toBe('parameter-error');
  });

  it('python-okx flag "1" and a demo-only endpoint move 50101', () => {
    const flag = 'flag = "1"\n{\'code\': \'50101\', \'msg\': \'APIKey does not match current environment.\'}';
    expect(evidenceOf(flag, 'demo-live-mismatch')).toContain('python-okx-flag');
    const currencies = 'x-simulated-trading: 1\nGET /api/v5/asset/currencies\n{"code":"50101","msg":"APIKey does not match current environment."}';
    expect(causesOf(currencies)[0]).toBe('demo-endpoint-unsupported');
  });
});

describe('shapes and result details', () => {
  it('batch: item codes, sCode 0 ignored, no wrapper-hid-reason when items are shown', () => {
    const d = diagnose('{"code":"2","data":[{"sCode":"0","sMsg":""},{"sCode":"51008","sMsg":"Order failed. Insufficient USDT balance in account."}],"msg":""}', cat);
    expect(d.codes.map((c) => c.code)).toEqual(['51008']);
    expect(d.codes[0]!.source).toBe('item');
    expect(d.causes.map((c) => c.id)).not.toContain('wrapper-hid-reason');
    expect(d.findings).toContainEqual({ id: 'items-ok-ignored', params: { count: 1 } });
  });

  it('batch: envelope only → code 1, wrapper-hid-reason and a finding', () => {
    const d = diagnose('{"code":"1","msg":"All operations failed","data":[]}', cat);
    expect(top(d)).toEqual({ code: '1', cause: 'wrapper-hid-reason' });
    expect(d.findings.map((f) => f.id)).toContain('envelope-only');
  });

  it('websocket login ack is a success, said so', () => {
    const d = diagnose('{"event":"login","code":"0","msg":"","connId":"a4d3ae55"}', cat);
    expect(d.kind).toBe('success');
    expect(d.codes).toEqual([]);
    expect(d.findings.map((f) => f.id)).toContain('login-success');
  });

  it('v3 code carries its v5 equivalent; v1 code is legacy with no catalog page', () => {
    const v3 = diagnose('{"error_message":"Request timestamp expired","code":30008,"error_code":"30008"}', cat).codes[0]!;
    expect(v3).toMatchObject({ code: '30008', api: 'v3', equivalents: ['50102'], links: { codePage: '/errors/30008/', tool: 'clock', guide: null } });
    const v1 = diagnose('{"result":false,"error_code":20102}', cat).codes[0]!;
    expect(v1).toMatchObject({ code: '20102', api: 'v1', known: false, links: { codePage: null } });
    expect(v1.causes[0]!.id).toBe('legacy-api');
  });

  it('a retired API is a finding naming the v5 equivalent, not the top cause', () => {
    const d = diagnose('{"error_message":"Invalid Sign","code":30013,"error_code":"30013"}', cat);
    expect(d.causes.map((c) => c.id)).not.toContain('legacy-api');
    expect(d.causes[0]!.id).toBe('prehash-mismatch');
    expect(d.findings).toContainEqual({ id: 'legacy-api-used', params: { api: 'v3', codes: ['30013'], equivalents: ['50113'] } });
    // 30016 ("you are using v1 apiKey") has the retired API as its only cause: it stays.
    expect(diagnose('{"code":30016,"error_code":"30016","error_message":"you are using v1 apiKey"}', cat).causes[0]!.id).toBe('legacy-api');
  });

  it('v1 bodies: WebSocket codes map to their v1ws- keys, numbers the catalog lacks stay unknown OKX codes', () => {
    const ws = diagnose("wss://real.okex.com:10440/websocket/okexapi\n{ event: 'login', error_code: 10001, result: false }", cat).codes[0]!;
    expect(ws).toMatchObject({ code: 'v1ws-10001', api: 'v1', known: true });
    expect(ws.causes[0]!.id).toBe('parameter-error');
    const rest = diagnose('POST https://www.okex.com/api/v1/trade.do\n{"error_code":10001,"result":false}', cat).codes[0]!;
    expect(rest).toMatchObject({ code: '10001', api: 'v1', known: true });
    const unknown = diagnose('b\'{"result":false,"error_code":4072}\'', cat);
    expect(unknown.codes[0]).toMatchObject({ code: '4072', api: 'v1', known: false });
    expect(unknown.findings.map((f) => f.id)).toContain('unknown-code');
    // A v1 number in prose counts only where the paste points at the v1 API.
    expect(diagnose('OKCoin keeps failing with error code 10015.', cat).codes[0]).toMatchObject({ code: '10015', api: 'v1' });
    expect(diagnose('my bot keeps failing with error code 10015.', cat).codes).toEqual([]);
  });

  it('no OKX code, but the library failed in its own code: client-library-bug with the library and version', () => {
    const trace = [
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3/site-packages/ccxt/base/exchange.py", line 674, in fetch',
      '    self.handle_errors(code, reason, url)',
      "KeyError: 'ordType'",
      'ccxt version 1.9.103',
    ].join('\n');
    const d = diagnose(trace, cat);
    expect(d.kind).toBe('library-bug');
    expect(d.causes[0]!.id).toBe('client-library-bug');
    expect(d.causes[0]!.evidence.map((e) => e.id)).toEqual(['library-frame', 'library-exception']);
    expect(d.findings).toContainEqual({ id: 'client-library-bug', params: { library: 'ccxt 1.9.103', frame: 'ccxt/base/' } });
    // A success answer raised as an error by a wrapper.
    const ok = diagnose("vnpy_okex: Unhandled RestClient Error\nGET /api/v5/trade/orders-pending error because 200:\nresponse: {\"code\":\"0\",\"data\":[]}", cat);
    expect(ok.causes[0]!.evidence.map((e) => e.id)).toContain('success-raised');
    // The same exception with no library in the paste is not blamed on a library.
    expect(diagnose("KeyError: 'ordType'", cat).kind).not.toBe('library-bug');
  });

  it('a library calling a retired endpoint: client-library-bug among the causes of the legacy code', () => {
    const d = diagnose("okex POST https://www.okex.com/api/v1/order_info.do\n{ 'User-Agent': 'ccxt/1.9.103' }\n{\"error_code\":10000,\"result\":false}", cat);
    expect(d.codes[0]!.causes.slice(0, 3).map((c) => c.id)).toContain('client-library-bug');
  });

  it('another exchange named anywhere, in any language, is not an OKX diagnosis unless the paste points at OKX', () => {
    for (const raw of ['币安下单报错 {"code":50113,"msg":"Invalid Sign"}', 'Bybit returned {"code":"10001","msg":"params error"}', 'バイナンスで注文すると {"code":"51008","msg":"x"} が出ます', '바이낸스 API 오류 {"code":"50102","msg":"Timestamp request expired"}']) {
      const d = diagnose(raw, cat);
      expect(d.codes, raw).toEqual([]);
      expect(d.findings.map((f) => f.id), raw).toContain('other-exchange');
    }
    // Naming another exchange while pointing at OKX keeps the OKX diagnosis.
    expect(diagnose('moved from Binance to OKX: {"code":"50113","msg":"Invalid Sign"}', cat).codes[0]?.code).toBe('50113');
    expect(diagnose('币安没问题，欧易报 {"code":"50113","msg":"Invalid Sign"}', cat).codes[0]?.code).toBe('50113');
    // A name inside a longer word is not the exchange (Krakenfest, gateway).
    expect(diagnose('gateway says {"code":"50113","msg":"Invalid Sign"}', cat).codes[0]?.code).toBe('50113');
  });

  it('Chinese retellings from phrases-zh.tsv find their code', () => {
    expect(diagnose('下单一直提示余额不够，账户里明明有钱', cat).codes[0]?.code).toBe('51008');
    expect(diagnose('调用接口说签名不对，怎么回事', cat).codes[0]?.code).toBe('50113');
    expect(diagnose('时间戳过期了怎么办', cat).codes[0]?.code).toBe('50102');
  });

  it('links: tool per code family and the locale-free code page', () => {
    const link = (raw: string) => diagnose(raw, cat).codes[0]!.links;
    expect(link('{"code":"50113","msg":"Invalid Sign"}')).toEqual({ codePage: '/errors/50113/', guide: null, tool: 'sign' });
    expect(link('{"code":"50102","msg":"x"}').tool).toBe('clock');
    expect(link('{"code":"50111","msg":"x"}').tool).toBe('keys');
    expect(link('{"code":"51008","msg":"x"}').tool).toBe(null);
  });

  it('sub-codes keep their own code and rank like their parent', () => {
    const c = diagnose('{"code":"1","data":[{"sCode":"51008_1000","sMsg":"Order failed. Insufficient USDT balance in account"}]}', cat).codes[0]!;
    expect(c).toMatchObject({ code: '51008_1000', parent: '51008', links: { codePage: '/errors/51008_1000/' } });
    expect(c.causes[0]!.id).toBe('insufficient-funds');
  });

  it('detects several codes, most specific first', () => {
    const d = diagnose('Invalid Sign\n错误码：51008\n{"code":"1","data":[{"sCode":"51121","sMsg":"x"}],"msg":"All operations failed"}\n{"code":"50102","msg":"Timestamp request expired"}', cat);
    expect(d.codes.map((c) => [c.code, c.source])).toEqual([
      ['51121', 'item'],
      ['50102', 'field'],
      ['51008', 'prose'],
      ['50113', 'message'],
    ]);
  });

  it('message matching: case, trailing period, live variants and {param} wildcards', () => {
    expect(cat.findByMessage('Invalid Sign')).toContain('50113');
    expect(cat.findByMessage('invalid signature.')).toContain('50113');
    expect(cat.findByMessage('TIMESTAMP REQUEST EXPIRED')).toEqual(expect.arrayContaining(['50102', '60006']));
    expect(cat.findByMessage("Your IP 10.0.0.1 is not included in your API key's IP whitelist")).toContain('50110');
    expect(cat.findByMessage('Parameter posSide error')).toContain('51000');
    expect(cat.findByMessage('Invalid Signing')).toEqual([]);
    const d = diagnose('websocket wss://ws.okx.com:8443/ws/v5/private closed: Timestamp request expired', cat);
    expect(d.codes[0]).toMatchObject({ code: '60006', source: 'message' });
    expect(d.codes[0]!.alsoMatches).toContain('50102');
  });

  it('short messages count only as a whole segment: line end, quotes or Chinese text around them', () => {
    const codes = (text: string) => diagnose(text, cat).codes.map((c) => c.code);
    expect(codes('签名错误 Invalid Sign 时间戳 2024-03-05T14:22:31.123Z')).toEqual(['50113']);
    expect(codes('报错 "Invalid Sign" 怎么办')).toEqual(['50113']);
    expect(codes('请求失败：Invalid Sign')).toEqual(['50113']);
    expect(codes('why does my Invalid Sign handler never run')).toEqual([]);
    expect(codes('the Invalid Sign, then retry')).toEqual([]);
  });

  it('reads library, version, exchange id, hosts and the 50110 IP', () => {
    const d = diagnose('ccxt version: 4.2.15\nexchange = ccxt.myokx({})\nhttps://eea.okx.com/api/v5/account/balance\n{"code":"50110","msg":"Your IP 203.0.113.9 is not included in your API key\'s IP whitelist."}', cat);
    expect(d.facts).toEqual(
      expect.arrayContaining([
        { id: 'library', params: { name: 'ccxt', version: '4.2.15', label: 'ccxt 4.2.15' } },
        { id: 'exchange-id', params: { id: 'myokx' } },
        { id: 'host', params: { host: 'eea.okx.com', region: 'eea' } },
        { id: 'ip', params: { ip: '203.0.113.9' } },
      ]),
    );
  });

  it('HTTP and network pastes without a code', () => {
    expect(diagnose('HTTP/1.1 429 Too Many Requests', cat)).toMatchObject({ kind: 'http-status', httpStatus: 429, codes: [] });
    expect(diagnose('<html><title>502 Bad Gateway</title></html>', cat).causes[0]!.id).toBe('exchange-unavailable');
    const net = diagnose('Error: getaddrinfo ENOTFOUND www.okx.com', cat);
    expect(net.kind).toBe('network');
    expect(net.causes[0]!.evidence[0]).toEqual({ id: 'network-error', params: { kind: 'dns' }, effect: 'raise' });
  });
});

describe('input kinds and encodings', () => {
  it('empty, whitespace, binary, too large', () => {
    expect(diagnose('', cat).kind).toBe('empty');
    expect(diagnose(' \n\t ', cat).kind).toBe('empty');
    const garbage = new TextDecoder().decode(Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24));
    expect(diagnose(garbage, cat).kind).toBe('binary');
    expect(diagnose('x'.repeat(101), cat, { maxChars: 100 }).kind).toBe('too-large');
    expect(diagnose('x'.repeat(100), cat, { maxChars: 100 }).kind).toBe('nothing-found');
    expect(diagnose(undefined as unknown as string, cat).kind).toBe('empty');
  });

  it('an error outranks a success answer in the same paste', () => {
    const d = diagnose('{"event":"login","code":"0","msg":""}\nError: read ECONNRESET', cat);
    expect(d.kind).toBe('network');
    expect(d.findings.map((f) => f.id)).toContain('login-success');
  });

  it('nothing OKX-specific is said honestly', () => {
    const d = diagnose('{"code":"E1021","msg":"Timestamp for this request is outside of the recvWindow."}', cat);
    expect(d.kind).toBe('nothing-found');
    expect(d.findings.map((f) => f.id)).toEqual(['nothing-okx']);
  });

  it('UTF-16 read as UTF-8 (NUL-interleaved) still finds the code', () => {
    const raw = '{"msg":"Timestamp request expired","code":"50102"}';
    const utf16asUtf8 = new TextDecoder().decode(new Uint8Array(Buffer.from(raw, 'utf16le')));
    expect(utf16asUtf8).toContain('\u0000');
    const d = diagnose(utf16asUtf8, cat);
    expect(top(d).code).toBe('50102');
    expect(d.findings.map((f) => f.id)).toContain('utf16-decoded');
    const withBom = new Uint8Array([0xff, 0xfe, ...Buffer.from(raw, 'utf16le')]);
    expect(decodeBytes(withBom)).toBe(raw);
    expect(decodeBytes(new Uint8Array(Buffer.from(raw, 'utf8')))).toBe(raw);
  });

  it('latin-1 mojibake of a Chinese log is repaired', () => {
    const raw = '下单失败，错误码：51008，原因：余额不足';
    const mojibake = Buffer.from(raw, 'utf8').toString('latin1');
    expect(mojibake).not.toContain('错误码');
    const d = diagnose(mojibake, cat);
    expect(top(d).code).toBe('51008');
    expect(d.findings.map((f) => f.id)).toContain('mojibake-repaired');
  });

  it('full-width punctuation is folded', () => {
    expect(top(diagnose('｛“code”：“50113”，“msg”：“Invalid Sign”｝', cat)).code).toBe('50113');
  });
});

describe('compact catalog', () => {
  const compact = toCompact(fullCatalog);
  const json = JSON.stringify(compact);

  it('round-trips through JSON and answers like the full catalog', () => {
    const back = fromCompact(json);
    expect(JSON.parse(json)).toEqual(compact);
    for (const code of fullCatalog.order) expect(back.get(code), code).toEqual(cat.get(code));
    expect(back.causeIds()).toEqual([...fullCatalog.causes.keys()]);
    expect(back.causeTitle('clock-skew')).toEqual({ en: 'Host clock is off', zh: fullCatalog.causes.get('clock-skew')!.titleZh });
    for (const p of pastes) expect(diagnose(p.raw, back), p.id).toEqual(diagnose(p.raw, cat));
  });

  it('keeps what the doctor needs for each code', () => {
    const e50113 = fullCatalog.codes.get('50113')!;
    expect(compact.codes['50113']).toEqual(['v5', 'auth', ['Invalid signature.', 'Invalid Sign'], e50113.causes, ['10007', '20024', '30013'], null, expect.stringMatching(/[\u4e00-\u9fff]/), e50113.priors, ['无效的签名']]);
    expect(e50113.priors[0]).toBeGreaterThan(e50113.priors.at(-1)!);
    expect(compact.causes['clock-skew']![2]).toEqual(['sync-clock', 'sign-with-server-time']);
    expect(compact.fixes['sync-clock']![1]).toMatch(/w32tm/);
    expect(compact.codes['51008_1000']![5]).toBe('51008');
    expect(compact.codes['30008']!.slice(0, 2)).toEqual(['v3', 'legacy-v3']);
    expect(json.length).toBeLessThan(400_000);
    expect(fromCatalog(fullCatalog).get('50102')).toEqual(cat.get('50102'));
  });

  it('rejects malformed input', () => {
    expect(() => fromCompact('{"v":3}')).toThrow(TypeError);
    expect(() => fromCompact({ ...compact, v: 1 } as never)).toThrow(TypeError);
    expect(() => fromCompact({ v: 2, codes: { '1': ['v9'] }, causes: {}, fixes: {} } as never)).toThrow(TypeError);
    expect(() => fromCompact({ v: 2, codes: { '1': ['v5', 'x', [], ['a'], [], null, '', []] }, causes: {}, fixes: {} } as never)).toThrow(/malformed row/);
    expect(() => fromCompact({ v: 2, codes: {}, causes: { x: ['only one'] }, fixes: {} } as never)).toThrow(TypeError);
    expect(() => fromCompact({ v: 2, codes: {}, causes: {}, fixes: { f: ['en only'] } } as never)).toThrow(TypeError);
  });
});

describe('bilingual text', () => {
  const tables = { UI, SOURCES, KINDS, FINDINGS, EVIDENCE, FACTS, VALUES };
  const sample: Record<string, string | number> = { count: 2, code: '50113', fields: 'secret', masked: 'ABCD…', status: 401, kind: 'dns', credential: 'password', hours: 8, direction: 'ahead', ref: 'server', seconds: 95, format: 'epoch-ms', value: '1709648551123', word: 'docker', host: 'www.okx.com', id: 'okx', path: '/ws/v5/public', flag: '1', library: 'ccxt', length: 64, field: 'secret', ip: '203.0.113.7', name: 'posSide', channel: 'candle1m', api: 'v3', region: 'eea', label: 'ccxt 4.2.1', line: 3, source: 'process.env.OKX_PASSPHRASE', days: 21, text: '#<Object>', codes: '30008', equivalents: '50102', frame: 'ccxt/base/', param: 'after', method: 'GET', anchor: 'order-book-trading-market-data-get-candlesticks-history', problem: 'date', need: 'ms', values: 'buy', max: 20, exchanges: 'Binance' };

  it('every id the doctor can emit has English and Chinese text', () => {
    const rankSrc = readFileSync(new URL('../../src/lib/doctor/rank.ts', import.meta.url), 'utf8');
    const evidenceIds = [...rankSrc.matchAll(/adjust\('[\w-]+', [^,]+, '([\w-]+)'/g)].map((m) => m[1]!);
    expect(evidenceIds.length).toBeGreaterThan(30);
    for (const id of [...evidenceIds, 'prehash-lowercase-method', 'prehash-has-host', 'prehash-no-api-prefix', 'prehash-missing-query']) expect(EVIDENCE[id], id).toBeDefined();
    for (const p of pastes) {
      const d = diagnose(p.raw, cat);
      for (const f of d.findings) expect(FINDINGS[f.id], f.id).toBeDefined();
      for (const f of d.facts) expect(FACTS[f.id], f.id).toBeDefined();
      for (const c of d.codes) expect(SOURCES[c.source], c.source).toBeDefined();
      expect(KINDS[d.kind], d.kind).toBeDefined();
    }
    for (const id of causeIds) {
      expect(cat.fixesOf(id).length, id).toBeGreaterThan(0);
      for (const f of cat.fixesOf(id)) expect(cat.fixText(f), f).toBeDefined();
    }
  });

  it('Chinese follows the house style (spacing, full-width punctuation, 你)', () => {
    for (const [name, table] of Object.entries(tables)) {
      for (const [id, text] of Object.entries(table)) {
        expect(text.en.trim(), `${name}.${id}`).not.toBe('');
        const zh = t(table, id, 'zh', sample);
        expect(zh, `${name}.${id}`).not.toContain('您');
        expect(zh, `${name}.${id}`).not.toMatch(/[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/);
        expect(zh, `${name}.${id}`).not.toMatch(/[\u4e00-\u9fff][,.;:!?()]|[,;:!?(][\u4e00-\u9fff]/);
        if (name !== 'FACTS' && !['simulated-header'].includes(id)) expect(zh, `${name}.${id}`).toMatch(/[\u4e00-\u9fff]/);
        expect(zh, `${name}.${id}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('every fixture renders with no unfilled {placeholder}, in the CLI text and in the island texts, both languages', () => {
    // OKX's own messages keep their {param0}, {ccy}… (verbatim); only our templates' names must never show.
    const ours = new Set(Object.values(tables).flatMap((tb) => Object.values(tb).flatMap((x) => [...`${x.en} ${x.zh}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))));
    const leaked = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((n) => ours.has(n));
    for (const lang of ['en', 'zh'] as const) {
      const text = doctorText(lang);
      for (const p of pastes) {
        const d = diagnose(p.raw, cat);
        expect(leaked(renderText(d, cat, lang)), p.id).toEqual([]);
        const parts = [
          ...d.findings.map((f) => dt(text, 'FINDINGS', f.id, f.params)),
          ...d.facts.map((f) => dt(text, 'FACTS', f.id, f.params)),
          ...d.codes.flatMap((c) => c.causes.flatMap((k) => k.evidence.map((e) => dt(text, 'EVIDENCE', e.id, e.params)))),
        ];
        for (const x of parts) expect(leaked(x), `${p.id}: ${x}`).toEqual([]);
      }
    }
  });

  it('renders a readable diagnosis in both languages', () => {
    const d = diagnose('2024-03-05T06:22:31.456Z OK-ACCESS-TIMESTAMP: 2024-03-05T14:22:31.400Z\n{"msg":"Timestamp request expired","code":"50102"}', cat);
    const en = renderText(d, cat, 'en');
    expect(en).toContain('50102');
    expect(en).toContain('/errors/50102/');
    expect(en).toContain('Local time sent as UTC');
    expect(en).toContain('8 h ahead of the log line’s clock');
    const zh = renderText(d, cat, 'zh');
    expect(zh).toContain('本地时间被当作 UTC 发送');
    expect(zh).toContain('请求时间戳比日志行的时间快 8 小时');
    expect(zh).toContain('可能的原因：');
  });
});

describe('a paste that is only a code', () => {
  it.each([
    ['50102', '50102', 'clock-skew'],
    [' 51008_1000\n', '51008_1000', 'insufficient-funds'],
    ['50113？', '50113', 'prehash-mismatch'],
    ['“60009”', '60009', 'invalid-credentials'],
    ['#4004', '4004', 'ws-keepalive'],
    ['4007', '4007', 'key-expired-or-deleted'],
  ])('%j gives code %s', (paste, code, cause) => {
    const d = diagnose(paste, cat);
    expect(d.kind).toBe('codes');
    expect(d.codes.map((c) => c.code)).toEqual([code]);
    expect(d.codes[0]!.source).toBe('bare');
    expect(d.codes[0]!.causes[0]?.id ?? null).toBe(cause);
    expect(renderText(d, cat, 'zh')).toContain('只有错误码');
  });

  it.each(['12345', '1', '99999', '50102 50113 x', '2024'])('%j is not a code on its own', (paste) => {
    expect(diagnose(paste, cat).codes.filter((c) => c.source === 'bare')).toEqual([]);
  });
});

describe('WebSocket close codes (4 digits) in logs', () => {
  it('a close line with 4004 gives the keep-alive cause and the ping fix', () => {
    const d = diagnose('2026-11-20 10:00:01 WARNING websocket closed: code 4004, reason: No data received in 30s', cat);
    expect(d.codes.map((c) => c.code)).toEqual(['4004']);
    expect(d.codes[0]!.causes[0]!.id).toBe('ws-keepalive');
    expect(d.codes[0]!.causes[0]!.fixes).toContain('send-ping');
  });

  it('a year or a port after "error" is not a close code', () => {
    expect(diagnose('error 2024 while connecting to port 8443', cat).codes).toEqual([]);
  });
});

describe('a code that is not in the catalog', () => {
  it('alone, in the v5 range: reported as unknown, with a message that says there is no page', () => {
    const d = diagnose('59999', cat);
    expect(d.codes.map((c) => [c.code, c.known, c.links.codePage])).toEqual([['59999', false, null]]);
    expect(renderText(d, cat, 'en')).toContain('does not have this code');
    expect(renderText(d, cat, 'en')).not.toContain('read its page');
    expect(renderText(d, cat, 'zh')).toContain('没有对应的页面');
  });
});

describe('configuration and history read from the paste', () => {
  const top = (paste: string) => diagnose(paste, cat).codes[0]!.causes;
  it.each([
    ['const c = new RestClient({ apiKey: process.env.OKX_KEY, apiSecret: process.env.OKX_PASSPHRASE, apiPass: process.env.OKX_SECRET });\n{"code":"50113","msg":"Invalid Sign"}', 'apiSecret'],
    ['secret_key = os.getenv("OKX_API_PASSPHRASE")\npassphrase = os.getenv("OKX_API_SECRET")\n{"code":"50105","msg":"Request header OK-ACCESS-PASSPHRASE incorrect."}', 'secret_key'],
    ['exchange = ccxt.okx({"apiKey": cfg.secret, "secret": cfg.key})\nokx {"msg":"Invalid OK-ACCESS-KEY","code":"50111"}', 'apiKey'],
  ])('a credential read from another credential\'s name raises credentials-mixed (%#)', (paste, field) => {
    const c = top(paste).find((x) => x.id === 'credentials-mixed')!;
    expect(c.evidence.find((e) => e.id === 'crossed-credential-var')?.params).toMatchObject({ field });
    expect(top(paste)[0]!.id).toBe('credentials-mixed');
  });

  it.each([
    'apiKey: process.env.OKX_API_KEY, secret: process.env.OKX_SECRET_KEY, password: cfg.secrets.passphrase\n{"code":"50113","msg":"Invalid Sign"}',
    'secret = "Passw0rd-is-not-a-name"\n{"code":"50113","msg":"Invalid Sign"}',
  ])('matching names, and quoted values, are not crossed (%#)', (paste) => {
    expect(top(paste).flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('crossed-credential-var');
  });

  it('the name is shown, a value never: a lower-case bare word after secret= is not treated as a name', () => {
    const d = diagnose('secret=mylowercasepassvalue\n{"code":"50113","msg":"Invalid Sign"}', cat);
    expect(JSON.stringify(d)).not.toContain('mylowercasepassvalue');
  });

  it.each([
    ['程序停了大概三周，今天重新跑：{"msg":"Invalid OK-ACCESS-KEY","code":"50111"}', 21],
    ['bot was idle for 3 weeks, now {"msg":"Invalid OK-ACCESS-KEY","code":"50111"}', 21],
    ['unused for a month\n{"msg":"Invalid OK-ACCESS-KEY","code":"50111"}', 30],
    ['半个月没跑了 {"msg":"Invalid OK-ACCESS-KEY","code":"50111"}', 15],
    ['闲置了二十天后报错 {"msg":"Invalid OK-ACCESS-KEY","code":"50111"}', 20],
  ])('%j: unused ≥ 14 days raises key-expired-or-deleted (%i days)', (paste, days) => {
    const causes = top(paste);
    expect(causes[0]!.id).toBe('key-expired-or-deleted');
    expect(causes[0]!.evidence.find((e) => e.id === 'idle-days')?.params).toEqual({ days });
  });

  it('a short pause (2 days) or another code does not', () => {
    expect(top('停了两天 {"msg":"Invalid OK-ACCESS-KEY","code":"50111"}').flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('idle-days');
    expect(top('idle for 3 weeks {"code":"51008","msg":"Order failed. Insufficient balance"}').flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('idle-days');
  });
});

describe('crossed credential names never show a value', () => {
  it.each(['secret=Hello.Pass9', 'secret: Abc.Passphrase', 'apiKey=my.secret.value'])('%j', (line) => {
    const d = diagnose(`${line}\n{"code":"50113","msg":"Invalid Sign"}`, cat);
    const value = line.split(/[:=]\s*/)[1]!;
    expect(JSON.stringify(d)).not.toContain(value);
    expect(d.codes[0]!.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('crossed-credential-var');
  });
});

describe('second corpus round: what the new rules do not do', () => {
  const ids = (paste: string) => diagnose(paste, cat).codes.flatMap((c) => c.causes.flatMap((x) => x.evidence.map((e) => e.id)));
  it('single quotes keep a $ in a shell value', () => {
    expect(ids(`export OKX_PASSPHRASE='Abc$9xyz#Q'\n{"msg":"Request header OK-ACCESS-PASSPHRASE incorrect.","code":"50105"}`)).not.toContain('secret-shell-dollar');
    expect(ids(`export OKX_PASSPHRASE="Abc$9xyz#Q"\n{"msg":"Request header OK-ACCESS-PASSPHRASE incorrect.","code":"50105"}`)).toContain('secret-shell-dollar');
  });

  it('seconds made from milliseconds are seconds', () => {
    const login = (ts: string) => `const timestamp = ${ts};\n{"event":"error","msg":"Timestamp request expired","code":"60006"}`;
    expect(ids(login('Math.floor(Date.now() / 1000).toString()'))).not.toContain('ms-timestamp-code');
    expect(ids(login('Date.now().toString()'))).toContain('ms-timestamp-code');
  });

  it('UTC now with a Z is right; local now with a Z is the time-zone bug', () => {
    const ts = (expr: string) => `ts = ${expr}\n{"msg":"Timestamp request expired","code":"50102"}`;
    expect(ids(ts('datetime.now(timezone.utc).isoformat(timespec="milliseconds")[:-6] + "Z"'))).not.toContain('local-time-with-z');
    expect(ids(ts('datetime.now().isoformat(timespec="milliseconds") + "Z"'))).toContain('local-time-with-z');
  });

  it('another exchange is named only when no OKX host is in the paste', () => {
    const gate = diagnose('POST https://api.gateio.ws/api/v4/spot/orders\nHTTP 401\n{"label":"INVALID_SIGNATURE","message":"Signature mismatch"}', cat);
    expect(gate.kind).toBe('nothing-found');
    expect(gate.findings.map((f) => f.id)).toEqual(['other-exchange']);
    const both = diagnose('binance ok, but https://www.okx.com/api/v5/account/balance -> HTTP 401', cat);
    expect(both.kind).toBe('http-status');
  });

  it('an error printed as [object Object] says the reason is hidden, and a WebSocket handshake 429 is a status', () => {
    expect(diagnose('Error: [object Object]\n    at OkxClient.request (client.js:10:5)', cat).kind).toBe('hidden-reason');
    expect(diagnose('Error: Unexpected server response: 429', cat)).toMatchObject({ kind: 'http-status', httpStatus: 429 });
  });
});

it('a Telegram bot token in an alert URL is masked, and not reported as an OKX credential', () => {
  const token = '7000000000:FAKEtelegramTokenNotReal000000';
  const paste = `okx {"msg":"Timestamp request expired","code":"50102"}\nrequests.post("https://api.telegram.org/bot${token}/sendMessage")`;
  // The masked text is what every later step reads.
  const masked = scanSecrets(paste);
  expect(masked.text).not.toContain('FAKEtelegram');
  expect(masked.text).toContain('api.telegram.org/bot7000');
  expect(masked.secrets).toEqual([]);
  expect(diagnose(paste, cat).findings.map((f) => f.id)).not.toContain('secret-in-paste');
});

describe('third corpus round', () => {
  it.each([
    ['50113 签名错误怎么办', '50113'],
    ['okx 报 50102 时间戳过期，服务器时间是对的', '50102'],
    ['提币报 58207', '58207'],
    ['python-okx 查余额返回 50101，key 是实盘创建的', '50101'],
  ])('a code in a short Chinese question: %j', (paste, code) => {
    expect(diagnose(paste, cat).codes.map((c) => c.code)).toEqual([code]);
  });

  it.each(['账户里有 50000 USDT', '价格 51000 元', '等了 50102 毫秒', '订单 60009 张'])('a number with a unit is not a code: %j', (paste) => {
    expect(diagnose(paste, cat).codes).toEqual([]);
  });

  it('"the clock is right" moves 50102 from drift to local time sent as UTC', () => {
    const d = diagnose('okx 报 50102 时间戳过期，服务器时间是对的', cat);
    expect(d.causes[0]!.id).toBe('timezone-as-utc');
    expect(diagnose('okx 报 50102 时间戳过期', cat).causes[0]!.id).toBe('clock-skew');
  });

  it('among codes of the same kind, what blocks every request comes before one order, and a notice last', () => {
    const d = diagnose('{"event":"notice","code":"64008","msg":"The connection will soon be closed for a service upgrade. Please reconnect."}\n{"event":"error","code":"60011","msg":"Please log in"}', cat);
    expect(d.codes.map((c) => c.code)).toEqual(['60011', '64008']);
  });

  it('OKEx v3 WebSocket login args are masked like headers', () => {
    const d = diagnose('{"op":"login","args":["0badc0de-7e11-4c3a-9b20-00000000beef","NotReal#Pass2025","1580000000.123","8cfi+kE2HEgx9D/0c5SxljR96VxN9mBkTJL+GsZmzng="]}\n{"event":"error","message":"login failure","errorCode":30027}', cat);
    expect(d.findings.find((f) => f.id === 'secret-in-paste')?.params.count).toBe(3);
    expect(JSON.stringify(d)).not.toContain('NotReal#Pass2025');
  });
});

describe('fourth corpus round: clocks and secrets in structured logs', () => {
  it('a lower-case HTTP/2 date header is the server clock', () => {
    const d = diagnose('> OK-ACCESS-TIMESTAMP: 2025-02-03T18:35:12.348Z\n< HTTP/2 401\n< date: Mon, 03 Feb 2025 10:35:12 GMT\n{"msg":"Timestamp request expired","code":"50102"}', cat);
    expect(d.causes[0]!.id).toBe('timezone-as-utc');
    expect(d.causes[0]!.evidence[0]).toMatchObject({ id: 'ts-offset-whole-hours', params: { hours: 8, direction: 'ahead', ref: 'server' } });
  });

  it('a timestamp inside XML ends at the tag, and a 5 h 45 min offset is a time zone', () => {
    const d = diagnose('<TimeCreated SystemTime="2025-03-14T10:02:21.7390000Z" />\n<Data>{"msg":"Timestamp request expired","code":"50102"}</Data>\n<Data>OK-ACCESS-TIMESTAMP=2025-03-14T15:47:21.408Z</Data>', cat);
    expect(d.causes[0]!.id).toBe('timezone-as-utc');
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('ts-format');
  });

  it('the getTimezoneOffset trick is local time with a Z', () => {
    const d = diagnose('const ts = new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString();\n{"msg":"Timestamp request expired","code":"50102"}', cat);
    expect(d.causes[0]!.id).toBe('timezone-as-utc');
  });
});

describe('fifth corpus round: signing debug output', () => {
  const ev = (paste: string) => diagnose(paste, cat).codes[0]!.causes.flatMap((c) => c.evidence.map((e) => e.id));
  it('a printed prehash that starts with epoch ms or seconds is the timestamp format', () => {
    expect(ev('prehash=1749629443512POST/api/v5/trade/order{"sz":"1"}\n{"msg":"Timestamp request expired","code":"50102"}')).toContain('prehash-epoch');
    expect(ev('1749629443GET/api/v5/account/balance\n{"msg":"Invalid OK-ACCESS-TIMESTAMP","code":"50112"}')).toContain('prehash-epoch');
    expect(ev('prehash=2025-06-11T12:30:18.006ZGET/api/v5/account/balance\n{"msg":"Timestamp request expired","code":"50102"}')).not.toContain('prehash-epoch');
  });

  it('a value the user masked still shows a trailing \\r inside its quotes', () => {
    expect(ev("secret  = '7D3F...9A6E\\r'  len=33\n{\"msg\":\"Invalid Sign\",\"code\":\"50113\"}")).toContain('secret-whitespace');
    expect(ev("secret  = '7D3F...9A6E'\n{\"msg\":\"Invalid Sign\",\"code\":\"50113\"}")).not.toContain('secret-whitespace');
  });

  it('cmd set expands %2 and %name%, not a lone % sign', () => {
    const bat = (v: string) => `set OKX_PASSPHRASE=${v}\n{"msg":"Request header \\"OK-ACCESS-PASSPHRASE\\" incorrect.","code":"50105"}`;
    expect(ev(bat('Gr1d%2025bot!'))).toContain('secret-shell-dollar');
    expect(ev(bat('Gr1d%HOME%x'))).toContain('secret-shell-dollar');
    expect(ev(bat('100%sure!'))).not.toContain('secret-shell-dollar');
  });
});

describe('other services\' errors are not OKX codes', () => {
  it('a WeCom errcode under its own URL is not OKX 60020, but the same line next to an OKX URL is', () => {
    const wecom = 'POST https://qyapi.weixin.qq.com/cgi-bin/message/send\n{"errcode":60020,"errmsg":"not allow to access from your ip"}';
    expect(diagnose(wecom, cat).codes).toEqual([]);
    expect(diagnose(`${wecom}\n\n\nPOST https://www.okx.com/api/v5/trade/order\n{"code":"60020","msg":"x"}`, cat).codes.map((c) => c.code)).toEqual(['60020']);
  });

  it('a retired API\'s code answering a WebSocket login with an ISO timestamp: the timestamp format first', () => {
    const d = diagnose("prehash: 2018-11-21T11:30:17.214ZGET/users/self/verify\n{ event: 'login', parameters: { api_key: 'k', passphrase: 'p', sign: 's', timestamp: '2018-11-21T11:30:17.214Z' } }\n{ error_code: 20102, error_msg: 'Invalid logon.', result: false }", cat);
    expect(d.codes[0]!.causes[0]!.id).toBe('timestamp-format');
    // With a Unix-seconds timestamp the rule stays silent.
    const ok = diagnose("prehash: 1542799817GET/users/self/verify\n{ event: 'login', parameters: { api_key: 'k', passphrase: 'p', sign: 's', timestamp: '1542799817' } }\n{ error_code: 20102, error_msg: 'Invalid logon.', result: false }", cat);
    expect(ok.codes[0]!.causes.map((c) => c.id)).not.toContain('timestamp-format');
  });

  it('Windows socket errors in any language are network failures; a status after an underscore is a status', () => {
    for (const [raw, kind] of [
      ['ConnectionRefusedError: [WinError 10061] 由于目标计算机积极拒绝，无法连接。', 'connect'],
      ['requests.exceptions.ConnectionError: [WinError 10060] 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。', 'timeout'],
      ['ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接。', 'connection-reset'],
    ] as const) {
      const d = diagnose(raw, cat);
      expect(d.kind, raw).toBe('network');
      expect(d.findings.find((f) => f.id === 'network-error')?.params.kind, raw).toBe(kind);
    }
    const st = diagnose("异常只显示'Error response_status_code 401'，如何看到具体的错误码？", cat);
    expect([st.httpStatus, st.causes[0]?.id]).toEqual([401, 'wrapper-hid-reason']);
    expect(diagnose('order_statuses 4001 rows', cat).httpStatus).toBeNull();
  });

  it('a WebSocket said to keep dropping, in English or Chinese, points at the 30-second keepalive', () => {
    for (const raw of ['my websocket keeps disconnecting from wss://ws.okx.com:8443/ws/v5/public', 'OKX 的 WebSocket 老是断线，隔几分钟就断开，怎么办', 'the ws connection is closed after 30 seconds on /ws/v5/business']) {
      const d = diagnose(raw, cat);
      expect(d.kind, raw).toBe('ws-dropped');
      expect(d.causes[0]!.id, raw).toBe('ws-keepalive');
    }
    // Without a WebSocket word, or with a code, it is not this.
    expect(diagnose('connection pool is full, discarding connection', cat).kind).toBe('nothing-found');
    expect(diagnose('websocket keeps disconnecting {"event":"error","code":"60009","msg":"Login failed."}', cat).kind).toBe('codes');
  });

  it('a library\'s own text for a known case names the cause (library-signatures.tsv), with or without an OKX code', () => {
    const d = diagnose("connect okex\nEnter your OKEx API key >>> ****\nError: [<class 'decimal.ConversionSyntax'>]", cat);
    expect(d.kind).toBe('library-bug');
    expect(d.causes.map((c) => c.id).slice(0, 2)).toEqual(['account-mode', 'client-library-bug']);
    expect(d.causes[0]!.evidence[0]).toMatchObject({ id: 'library-signature', params: { library: 'Hummingbot', text: 'ConversionSyntax' } });
    // Not a library bug to report: no "update it" finding.
    expect(d.findings.map((f) => f.id)).not.toContain('client-library-bug');
    // The same text without the library is not read as its known case.
    expect(diagnose("Error: [<class 'decimal.ConversionSyntax'>]", cat).causes.map((c) => c.id)).not.toContain('account-mode');
    const withCode = diagnose('WARNING OKXCCXTAdapter Unhandled BTC/USDT:USDT position mode (hedge_mode). okx {"code":"51000","msg":"Parameter posSide error"}', cat);
    expect(withCode.codes[0]!.causes[0]!.id).toBe('position-mode');
    expect(withCode.codes[0]!.causes[0]!.evidence.map((e) => e.id)).toContain('library-signature');
  });

  it('the Chinese text joins code lists with 、', () => {
    const zh = renderText(diagnose('{"code":"51000","msg":"Parameter after error"}', cat), cat, 'zh');
    expect(zh).toMatch(/对应错误码：\d+(?:、[\w-]+)+/);
    expect(renderText(diagnose('{"code":"51000","msg":"Parameter after error"}', cat), cat, 'en')).toMatch(/Equivalent codes: \d+(?:, [\w-]+)+/);
  });

  it('a header hours behind a log clock without a zone (a local log east of UTC) says nothing about the time zone', () => {
    const paste = (header: string) =>
      `20:04:49.639 [main] INFO com.okex.open.api.client.APIHttpClient - \n\tRequest(2023-07-04 20:04:49:637):\n\t\tUrl: https://aws.okx.com/api/v5/account/balance?ccy=USDT\n\t\tMethod: GET\n\t\tOK-ACCESS-TIMESTAMP: ${header}\n20:04:50.280 [main] INFO com.okex.open.api.client.APIClient - \n\tResponse(2023-07-04 20:04:50:280):\n\t\tStatus: 401\n\t\tResponse Body:{"code":"50102","data":[],"msg":"Timestamp request expired"}`;
    const behind = diagnose(paste('2023-07-04T12:04:49.584Z'), cat).codes[0]!.causes;
    expect(behind.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('ts-offset-whole-hours');
    // Ahead by whole hours (local time sent with Z while the log runs in UTC) still points at the time zone.
    const ahead = diagnose(paste('2023-07-05T04:04:49.584Z'), cat).codes[0]!.causes;
    expect(ahead.find((c) => c.id === 'timezone-as-utc')?.evidence.map((e) => e.id)).toContain('ts-offset-whole-hours');
  });

  it('a negative code is another exchange\'s: no OKX diagnosis, a finding that names the exchanges using negative codes', () => {
    for (const raw of ['{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}', 'APIError(code=-2019): Margin is insufficient.', 'Api Error Code: -1021 Message: Timestamp for this request was 1000ms ahead of the server\'s time.']) {
      const d = diagnose(raw, cat);
      expect(d.codes, raw).toEqual([]);
      const f = d.findings.find((x) => x.id === 'negative-code');
      expect(f?.params, raw).toMatchObject({ code: raw.includes('-2019') ? '-2019' : '-1021', exchanges: 'Binance' });
      expect(d.findings.map((x) => x.id), raw).not.toContain('nothing-okx');
    }
    // A negative code field outweighs OKX codes read only from message text, unless the paste points at OKX.
    const retold = diagnose('<APIError> code=-2019, msg=Margin is insufficient.\n开仓时报保证金不足，导致下单失败', cat);
    expect(retold.codes).toEqual([]);
    expect(retold.findings.map((x) => x.id)).toContain('negative-code');
    expect(diagnose('OKX: <APIError> code=-2019\n开仓时报保证金不足，导致下单失败', cat).codes.length).toBeGreaterThan(0);
    // An OKX code in the paste wins; a negative number that is not in a code field is not read.
    expect(diagnose('okx {"code":"50113","msg":"Invalid Sign"} retry code=-1', cat).codes[0]?.code).toBe('50113');
    expect(diagnose('offset: -1021 ms', cat).findings.map((x) => x.id)).not.toContain('negative-code');
  });

  it('every code in OKX\'s documentation is 0 or positive (what the negative-code finding says)', () => {
    expect([...fullCatalog.codes.keys()].filter((c) => c.startsWith('-'))).toEqual([]);
    expect(fullCatalog.exchanges.filter((e) => e.negativeCodes).map((e) => e.name)).toEqual(['Binance']);
  });

  it('a JWT "invalid signature" on another line does not hide or fake OKX 50113', () => {
    expect(diagnose('POST /login 401 JsonWebTokenError: invalid signature', cat).codes).toEqual([]);
    const mixed = 'POST /login 401 JsonWebTokenError: invalid signature\nokx GET /api/v5/trade/orders-pending -> 401 {"msg":"Invalid Sign","code":"50113"}';
    expect(diagnose(mixed, cat).codes.map((c) => c.code)).toEqual(['50113']);
  });

  it('a Telegram Bot API 429 is Telegram\'s, and a 4-digit number after "Error" is not a code unless it is a 40xx close code', () => {
    const d = diagnose('[tg] sendMessage failed: 429 {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 35"}', cat);
    expect(d.kind).toBe('nothing-found');
    expect(d.findings.map((f) => f.id)).toContain('other-exchange');
    expect(diagnose('Error 1009: Access denied', cat).codes).toEqual([]);
    expect(diagnose('websocket closed, code 4004', cat).codes.map((c) => c.code)).toEqual(['4004']);
    // A close frame printed raw: the code is its first two bytes (0x0fa4 = 4004); Python websockets' form.
    const raw = diagnose("ERROR websocket: fin=1 opcode=8 data=b'\\x0f\\xa4No data received in 30s.' - goodbye", cat);
    expect(raw.codes.map((c) => [c.code, c.message])).toEqual([['4004', 'No data received in 30s.']]);
    expect(diagnose('ConnectionClosedError: received 4007 (private use) API key has been updated or deleted. Please reconnect.', cat).codes[0]?.code).toBe('4007');
    expect(diagnose("fin=1 opcode=8 data=b'\\x03\\xe8'", cat).codes).toEqual([]); // 1000, a normal close: not an OKX code
  });
});

describe('seventh corpus round: one piece of evidence decides', () => {
  const top = (paste: string) => diagnose(paste, cat).causes[0]!.id;
  it('a shell variable after OK-ACCESS-TIMESTAMP is not the timestamp; the printed header is', () => {
    expect(top('http POST https://www.okx.com/api/v5/trade/order OK-ACCESS-TIMESTAMP:$TS\nOK-ACCESS-TIMESTAMP: 2025-09-18T07:41:12.480Z\nDate: Thu, 18 Sep 2025 07:41:59 GMT\n{"msg":"Timestamp request expired","code":"50102"}')).toBe('clock-skew');
  });
  it('the same WebSocket login frame sent again after a reconnect', () => {
    const login = '{"op":"login","args":[{"apiKey":"k","passphrase":"p","timestamp":"1761814801","sign":"s"}]}';
    expect(top(`${login}\n{"event":"login","code":"0"}\nclose 1006\n${login}\n{"event":"error","code":"60009","msg":"Login failed."}`)).toBe('ws-login-order');
  });
  it('a WebSocket login prehash printed with /api/v5', () => {
    expect(top('prehash: 1761814801GET/api/v5/users/self/verify\n{"event":"error","code":"60009","msg":"Login failed."}')).toBe('prehash-mismatch');
  });
  it('sz sent as a JSON number', () => {
    expect(top('body: {"instId":"BTC-USDT-SWAP","sz":12.0}\n{"code":"51000","msg":"Parameter sz error"}')).toBe('parameter-error');
  });
  it('a 32-hex secret in the key field', () => {
    expect(top('OKX_API_KEY="6E1A9D3C7F2B0E5A8D4C1F6B9E2A7D03"\n{"msg":"Invalid OK-ACCESS-KEY","code":"50111"}')).toBe('credentials-mixed');
  });
});

describe('eighth corpus round: ccxt and python-okx', () => {
  it('C# dictionary initialisers carry credentials too, and are masked', () => {
    const d = diagnose('new ccxt.okx(new Dictionary<string, object>() {\n    { "apiKey", "5a1f0e2c-7b3d-4c9e-8f10-0000000c8a01" },\n    { "secret", "C8FAKE00SECRET0011C8FAKE22SECRET" },\n});\nccxt.AuthenticationError: okx {"msg":"Invalid Sign","code":"50113"}', cat);
    expect(d.findings.find((f) => f.id === 'secret-in-paste')?.params.count).toBe(2);
    expect(JSON.stringify(d)).not.toContain('C8FAKE00SECRET');
  });
  it('a secret printed 33 characters long is a stray character', () => {
    const d = diagnose('secret length = 33\nccxt.AuthenticationError: okx {"msg":"Invalid Sign","code":"50113"}', cat);
    expect(d.codes[0]!.causes.find((c) => c.id === 'credential-typo')!.evidence.map((e) => e.id)).toContain('secret-length-33');
    expect(diagnose('secret length = 32\nokx {"msg":"Invalid Sign","code":"50113"}', cat).codes[0]!.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('secret-length-33');
  });
});
