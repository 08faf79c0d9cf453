/**
 * Request parameters in the wrong format for their endpoint (src/lib/doctor/params.ts): the request
 * reader on each paste shape, the checker on each format class (positive and negative), the
 * findings in both languages, and the cause ranking behind generic parameter errors.
 */
import { describe, expect, it } from 'vitest';
import { checkParams, checkRequest, readLiteral, readRequests, type RequestSeen } from '../../src/lib/doctor/params.ts';
import { diagnose } from '../../src/lib/doctor/index.ts';
import { FINDINGS, t } from '../../src/lib/doctor/messages.ts';
import { renderText } from '../../src/lib/doctor/render.ts';
import { helpRequestMarkdown } from '../../src/lib/doctor/share.ts';
import type { DoctorEndpoint } from '../../src/lib/doctor/types.ts';
import { doctorCatalog as cat } from '../fixtures/doctor/fixtures.ts';

const values = (r: RequestSeen) => Object.fromEntries(r.params.map((p) => [p.name, p.value.kind === 'null' ? null : p.value.kind === 'list' ? p.value.items.map((i) => (i.kind === 'null' ? null : i.text)) : p.value.text]));

describe('reading the request from a paste', () => {
  it('a ccxt request line: method, path and query', () => {
    const [r] = readRequests('okx GET https://www.okx.com/api/v5/market/history-candles?instId=BTC-USDT&after=2024-01-01&limit=100 400 Bad Request {"code":"51000","data":[],"msg":"Parameter after error"}');
    expect(r).toMatchObject({ method: 'GET', path: '/api/v5/market/history-candles' });
    expect(values(r!)).toEqual({ instId: 'BTC-USDT', after: '2024-01-01', limit: '100' });
  });

  it('a log line with params={…} as a Python dict (numbers, None, True kept as their kinds)', () => {
    const [r] = readRequests("GET /api/v5/trade/fills-history params={'instType': 'SPOT', 'begin': 1717171717, 'limit': None, 'x': True}");
    expect(r!.method).toBe('GET');
    expect(r!.params.map((p) => [p.name, p.value.kind])).toEqual([['instType', 'text'], ['begin', 'number'], ['limit', 'null'], ['x', 'bool']]);
  });

  it('a JSON body on the next line (ccxt verbose RequestBody)', () => {
    const [r] = readRequests('fetch Request: okx POST https://www.okx.com/api/v5/trade/order RequestHeaders: {}\nRequestBody:\n {"instId":"BTC-USDT","sz":0.5,"side":"buy"}');
    expect(r!.method).toBe('POST');
    expect(values(r!)).toEqual({ instId: 'BTC-USDT', sz: '0.5', side: 'buy' });
  });

  it('a body logged inside a JSON string, its quotes escaped', () => {
    const [r] = readRequests('{"method":"POST","url":"https://www.okx.com/api/v5/trade/order","data":"{\\"instId\\":\\"BTC-USDT\\",\\"sz\\":1}"}');
    expect(r!.method).toBe('POST');
    expect(r!.params.map((p) => [p.name, p.value.kind])).toEqual([['instId', 'text'], ['sz', 'number']]);
  });

  it('curl with -d (method from -X, or POST from -d alone)', () => {
    const [a] = readRequests(`curl -X POST https://www.okx.com/api/v5/account/set-leverage -d '{"lever":"5","mgnMode":"cross"}'`);
    expect(a).toMatchObject({ method: 'POST', path: '/api/v5/account/set-leverage' });
    expect(values(a!)).toEqual({ lever: '5', mgnMode: 'cross' });
    const [b] = readRequests(`curl https://www.okx.com/api/v5/account/set-leverage -H 'Content-Type: application/json' -d '{"lever":"5"}'`);
    expect(b!.method).toBe('POST');
  });

  it('URL-encoded lists and repeated keys in the query', () => {
    const [r] = readRequests('"GET /api/v5/account/positions?instId=%5B%22BTC-USDT-SWAP%22%2C%22ETH-USDT-SWAP%22%5D&posId=1&posId=2 HTTP/1.1" 400');
    expect(values(r!).instId).toEqual(['BTC-USDT-SWAP', 'ETH-USDT-SWAP']);
    expect(r!.params.filter((p) => p.name === 'posId').length).toBe(2);
    const [e] = readRequests('GET /api/v5/account/positions?instId=%5B%5D');
    expect(values(e!).instId).toEqual([]);
  });

  it('a batch body that is a JSON array', () => {
    const [r] = readRequests('POST /api/v5/trade/batch-orders [{"instId":"BTC-USDT","sz":"1"},{"instId":"ETH-USDT","sz":"2"}]');
    expect(r!.bodyList?.kind).toBe('list');
    expect(r!.params).toEqual([]);
  });

  it('a path with no request shown, and text with no /api/v5/ at all', () => {
    expect(readRequests('see /api/v5/account/positions for details')[0]).toMatchObject({ method: null, path: '/api/v5/account/positions', params: [] });
    expect(readRequests('{"code":"51000","msg":"Parameter after error"}')).toEqual([]);
  });

  it('the literal reader takes JSON, Python and JS objects, and refuses broken ones without throwing', () => {
    expect(readLiteral(`{instId: 'BTC-USDT', sz: "1", tags: ['a', "b"]}`, 0)?.entries?.map((e) => e.name)).toEqual(['instId', 'sz', 'tags']);
    expect(readLiteral('{"a": "unterminated', 0)).toBeNull();
    expect(readLiteral('{"a" 1}', 0)).toBeNull();
    expect(readLiteral('{'.repeat(50), 0)).toBeNull();
  });
});

const ep = (format: string, detail = ''): DoctorEndpoint => ({ method: 'GET', path: '/api/v5/x/y', anchor: 'x-y', params: new Map([['p', { format, detail }]]) });
const req = (raw: string): RequestSeen => readRequests(`GET /api/v5/x/y${raw}`)[0]!;
const problems = (format: string, raw: string, detail = '') => checkRequest(req(raw), ep(format, detail)).map((i) => i.problem);

describe('checking each format class', () => {
  it('ms: a date, seconds and text are flagged; 13 digits pass; a 13-digit JSON number is noted', () => {
    expect(problems('ms', '?p=2024-01-01')).toEqual(['date']);
    expect(problems('ms', '?p=2024-01-01T00:00:00Z')).toEqual(['date']);
    expect(problems('ms', '?p=1704067200')).toEqual(['seconds']);
    expect(problems('ms', '?p=1704067200.5')).toEqual(['seconds']);
    expect(problems('ms', '?p=yesterday')).toEqual(['not-ms']);
    expect(problems('ms', '?p=1704067200000')).toEqual([]);
    expect(problems('ms', '?p=0')).toEqual([]);
    expect(problems('ms', '?p=1704067200000000')).toEqual(['not-ms']);
    expect(problems('ms', ' {"p": 1704067200000}')).toEqual(['json-number']);
  });

  it('decimal: text that is not a number is flagged, a JSON number is noted, decimals pass', () => {
    expect(problems('decimal', '?p=abc')).toEqual(['not-number']);
    expect(problems('decimal', ' {"p": 0.5}')).toEqual(['json-number']);
    expect(problems('decimal', '?p=0.5')).toEqual([]);
    expect(problems('decimal', '?p=-1')).toEqual([]);
  });

  it('int: not whole, not a number, over the documented maximum', () => {
    expect(problems('int', '?p=1.5', '100')).toEqual(['not-whole']);
    expect(problems('int', '?p=ten', '100')).toEqual(['not-number']);
    expect(problems('int', '?p=1000', '300')).toEqual(['over-max']);
    expect(problems('int', '?p=300', '300')).toEqual([]);
  });

  it('bool: only true or false', () => {
    expect(problems('bool', '?p=1')).toEqual(['not-bool']);
    expect(problems('bool', ' {"p": "yes"}')).toEqual(['not-bool']);
    expect(problems('bool', ' {"p": true}')).toEqual([]);
    expect(problems('bool', '?p=false')).toEqual([]);
  });

  it('csv: a list, a repeated key and too many items are flagged; a comma string within the maximum passes', () => {
    expect(problems('csv', ' {"p": ["BTC","ETH"]}', '20')).toEqual(['list']);
    expect(problems('csv', '?p=BTC&p=ETH', '20')).toEqual(['repeated']);
    expect(problems('csv', '?p=A,B,C,D,E,F', '5')).toEqual(['too-many']);
    expect(problems('csv', '?p=A,B,C,D,E', '5')).toEqual([]);
    expect(problems('csv', '?p=A,B,C,D,E,F')).toEqual([]);
  });

  it('strings: a comma string where a JSON array is documented', () => {
    expect(problems('strings', ' {"p": "BTC,ETH"}')).toEqual(['comma-text']);
    expect(problems('strings', ' {"p": ["BTC","ETH"]}')).toEqual([]);
  });

  it('enum: a value the docs do not list (case matters), and the listed values pass', () => {
    expect(problems('enum', '?p=SPOT', 'MARGIN|SWAP')).toEqual(['not-in-enum']);
    expect(problems('enum', '?p=swap', 'MARGIN|SWAP')).toEqual(['not-in-enum']);
    expect(problems('enum', '?p=SWAP', 'MARGIN|SWAP')).toEqual([]);
  });

  it('placeholders, masked and empty values are not judged', () => {
    expect(problems('ms', '?p=')).toEqual([]);
    expect(problems('ms', '?p=${after}')).toEqual([]);
    expect(problems('ms', '?p=<ts>')).toEqual([]);
    expect(problems('decimal', ' {"p": null}')).toEqual([]);
  });

  it('a batch endpoint: one object instead of an array, and more items than the maximum', () => {
    const batch: DoctorEndpoint = { method: 'POST', path: '/api/v5/trade/batch-orders', anchor: 'b', params: new Map([['*', { format: 'array', detail: '2' }]]) };
    const one = readRequests('POST /api/v5/trade/batch-orders {"instId":"BTC-USDT","sz":"1"}')[0]!;
    expect(checkRequest(one, batch).map((i) => i.problem)).toEqual(['not-list']);
    const three = readRequests('POST /api/v5/trade/batch-orders [{"a":"1"},{"a":"2"},{"a":"3"}]')[0]!;
    expect(checkRequest(three, batch).map((i) => [i.problem, i.count])).toEqual([['too-many', 3]]);
    const two = readRequests('POST /api/v5/trade/batch-orders [{"a":"1"},{"a":"2"}]')[0]!;
    expect(checkRequest(two, batch)).toEqual([]);
  });
});

describe('against the catalog table', () => {
  it('finds the endpoint by method and path, GET first when no method is shown', () => {
    expect(cat.endpoint('GET', '/api/v5/market/history-candles')?.params.get('after')).toEqual({ format: 'ms', detail: '' });
    expect(cat.endpoint(null, '/api/v5/trade/order')?.method).toBe('POST');
    expect(cat.endpoint('GET', '/api/v5/nope')).toBeUndefined();
  });

  it('reads a dict printed apart from the URL when the paste shows one endpoint', () => {
    const c = checkParams("calling /api/v5/market/history-candles\nparams = {'instId': 'BTC-USDT', 'after': '2024-01-01'}", cat);
    expect(c.issues.map((i) => [i.param, i.problem])).toEqual([['after', 'date']]);
  });

  it('says nothing for a well-formed request or an endpoint not in the table', () => {
    expect(checkParams('GET /api/v5/market/history-candles?instId=BTC-USDT&after=1704067200000&limit=100', cat).issues).toEqual([]);
    expect(checkParams('GET /api/v5/unknown/endpoint?after=2024-01-01', cat)).toEqual({ issues: [], endpoints: [], shown: [] });
  });
});

describe('in the diagnosis', () => {
  const candles = 'okx GET https://www.okx.com/api/v5/market/history-candles?instId=BTC-USDT&after=2024-01-01 400 Bad Request {"code":"51000","data":[],"msg":"Parameter after error"}';

  it('names the parameter, the value and the format it needs, with the docs anchor, in both languages', () => {
    const d = diagnose(candles, cat);
    const f = d.findings.find((x) => x.id === 'param-format')!;
    expect(f.params).toMatchObject({ param: 'after', value: '2024-01-01', problem: 'date', need: 'ms', method: 'GET', path: '/api/v5/market/history-candles', anchor: 'order-book-trading-market-data-get-candlesticks-history' });
    expect(t(FINDINGS, f.id, 'en', f.params)).toBe('`after` = `2024-01-01` (a date, not a timestamp): GET /api/v5/market/history-candles needs a Unix timestamp in milliseconds (e.g. 1597026383085) — OKX docs: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-candlesticks-history');
    expect(t(FINDINGS, f.id, 'zh', f.params)).toBe('`after` = `2024-01-01`（这是日期，不是时间戳）：GET /api/v5/market/history-candles 要求以毫秒为单位的 Unix 时间戳（如 `1597026383085`）。OKX 文档：https://www.okx.com/docs-v5/zh/#order-book-trading-market-data-get-candlesticks-history');
  });

  it('raises parameter-error behind 51000 with the malformed value as evidence', () => {
    const d = diagnose(candles, cat);
    expect(d.causes[0]!.id).toBe('parameter-error');
    expect(d.causes[0]!.evidence.map((e) => e.id)).toContain('param-malformed');
    // Without the malformed value, the same code gets no such evidence.
    const ok = diagnose(candles.replace('2024-01-01', '1704067200000'), cat);
    expect(ok.causes[0]!.evidence.map((e) => e.id)).not.toContain('param-malformed');
    expect(ok.findings.some((x) => x.id.startsWith('param-'))).toBe(false);
  });

  it('puts parameter-error first behind an HTTP 400 with no code when a value is malformed (the hidden reason otherwise)', () => {
    const bad = diagnose('GET https://www.okx.com/api/v5/trade/fills-history?instType=SPOT&begin=1717171717\nHTTP 400 Bad Request', cat);
    expect(bad.kind).toBe('http-status');
    expect(bad.causes[0]!.id).toBe('parameter-error');
    const plain = diagnose('GET https://www.okx.com/api/v5/trade/fills-history?instType=SPOT&begin=1717171717000\nHTTP 400 Bad Request', cat);
    expect(plain.causes[0]!.id).toBe('wrapper-hid-reason');
  });

  it('a ccxt BadRequest with no code and no status, but a malformed value: read as a 400, parameter-error first', () => {
    const d = diagnose('ccxt.base.errors.BadRequest: okx GET https://www.okx.com/api/v5/market/history-candles?instId=BTC-USDT&after=2024-01-01', cat);
    expect(d.kind).toBe('http-status');
    expect(d.causes[0]!.id).toBe('parameter-error');
    expect(d.findings.map((f) => f.id)).toEqual(['param-format']);
    // Without a malformed value the same words say nothing about OKX.
    expect(diagnose('ccxt.base.errors.BadRequest: okx GET https://www.okx.com/api/v5/market/history-candles?instId=BTC-USDT&after=1704067200000', cat).kind).toBe('nothing-found');
  });

  it('when 51000 names a parameter the paste does not show, says the format it needs on the endpoint the paste names', () => {
    const d = diagnose('GET /api/v5/market/history-candles failed: {"code":"51000","data":[],"msg":"Parameter after error"}', cat);
    const f = d.findings.find((x) => x.id === 'param-named')!;
    expect(f.params).toMatchObject({ param: 'after', need: 'ms' });
    expect(t(FINDINGS, f.id, 'en', f.params)).toContain('needs a Unix timestamp in milliseconds');
    const e = diagnose('/api/v5/account/positions -> {"code":"51000","data":[],"msg":"Parameter instType error"}', cat).findings.find((x) => x.id === 'param-named-enum')!;
    expect(t(FINDINGS, e.id, 'en', e.params)).toContain('`MARGIN`, `SWAP`');
    // No endpoint in the paste: nothing to say about the format.
    expect(diagnose('{"code":"51000","data":[],"msg":"Parameter after error"}', cat).findings.some((x) => x.id.startsWith('param-'))).toBe(false);
  });

  it('a JSON number where the docs list a String is a finding, not evidence of a rejection', () => {
    const d = diagnose('POST https://www.okx.com/api/v5/trade/order {"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"market","sz":1}', cat);
    expect(d.findings.map((x) => x.id)).toContain('param-json-number');
    expect(d.causes.flatMap((c) => c.evidence).some((e) => e.id === 'param-malformed')).toBe(false);
  });

  it('is rendered in the CLI text and in the help-request Markdown', () => {
    const d = diagnose(candles, cat);
    for (const lang of ['en', 'zh'] as const) {
      expect(renderText(d, cat, lang)).toContain(`https://www.okx.com/docs-v5/${lang}/#order-book-trading-market-data-get-candlesticks-history`);
      expect(helpRequestMarkdown(d, candles, cat, lang)).toContain(`https://www.okx.com/docs-v5/${lang}/#order-book-trading-market-data-get-candlesticks-history`);
    }
  });

  it('reads a bounded number of request lines, however long the paste', () => {
    const line = 'GET /api/v5/market/history-candles?instId=BTC-USDT&after=2024-01-01 {"a":"' + 'x'.repeat(5000) + '"}\n';
    expect(readRequests(line.repeat(400)).length).toBe(20);
    // Beyond the scanned prefix (256 KiB) nothing is read.
    expect(readRequests(' '.repeat(300 * 1024) + line)).toEqual([]);
    expect(checkParams(line.repeat(400), cat).issues.length).toBe(1);
  });
});
