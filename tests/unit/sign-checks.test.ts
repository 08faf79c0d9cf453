import { describe, expect, it } from 'vitest';
import { checkInputs, mergeFindings, type CheckInputs, type Finding } from '../../src/lib/sign/index.ts';

const OK: CheckInputs = {
  timestamp: '2020-12-08T09:08:57.715Z',
  method: 'GET',
  requestPath: '/api/v5/account/balance?ccy=BTC',
  body: '',
  secret: '22582BD0CFF14C41EDBF1AB98506286D',
};
const POST: CheckInputs = { ...OK, method: 'POST', requestPath: '/api/v5/account/set-leverage', body: '{"instId":"BTC-USDT","lever":"5"}' };

const run = (over: Partial<CheckInputs>, base: CheckInputs = OK) => checkInputs({ ...base, ...over });
const ids = (fs: Finding[]) => fs.map((f) => f.id);
const one = (fs: Finding[], id: string) => {
  const hits = fs.filter((f) => f.id === id);
  expect(hits, `${id} in ${JSON.stringify(ids(fs))}`).toHaveLength(1);
  return hits[0]!;
};
const serious = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info');

describe('checkInputs: clean inputs', () => {
  it('finds nothing wrong in a correct GET, POST and WS login', () => {
    expect(run({})).toEqual([]);
    expect(serious(run({}, POST))).toEqual([]);
    expect(checkInputs({ kind: 'ws', timestamp: '1538054050', secret: OK.secret })).toEqual([]);
  });
});

describe('checkInputs: timestamp', () => {
  it.each([
    ['', 'timestamp-empty', '50107', undefined],
    ['1607418537715', 'timestamp-epoch-millis', '50102', undefined],
    ['1607418537', 'timestamp-epoch-seconds', '50112', true],
    ['1607418537.715', 'timestamp-epoch-seconds', '50112', true],
    ['Tue, 08 Dec 2020 09:08:57 GMT', 'timestamp-not-iso', '50112', true],
    ['2020-13-08T09:08:57.715Z', 'timestamp-invalid-date', '50112', true],
    ['2020-02-30T09:08:57.715Z', 'timestamp-invalid-date', '50112', true],
    ['2020-12-08T09:08:57.715', 'timestamp-no-zone', '50112', true],
    ['2020-12-08T17:08:57.715+08:00', 'timestamp-offset', '50102', true],
  ])('%j → %s', (ts, id, code, probable) => {
    const fs = run({ timestamp: ts });
    const f = one(fs, id);
    expect(f.part).toBe('timestamp');
    expect(f.severity).toBe('error');
    expect(f.code).toBe(code);
    expect(f.probable).toBe(probable);
  });

  it.each([
    ['2020-12-08T09:08:57Z', 0],
    ['2020-12-08T09:08:57.71Z', 2],
    ['2020-12-08T09:08:57.715123Z', 6],
  ])('%s has %i fractional digits', (ts, digits) => {
    expect(one(run({ timestamp: ts }), 'timestamp-fraction-digits').params.digits).toBe(digits);
  });

  it('diagnoses Python isoformat() output on all counts', () => {
    const fs = run({ timestamp: '2020-12-08T09:08:57.715123' });
    expect(ids(fs).sort()).toEqual(['timestamp-fraction-digits', 'timestamp-no-zone']);
  });

  it('names the offset and a space separator', () => {
    const fs = run({ timestamp: '2020-12-08 17:08:57.715+08:00' });
    expect(one(fs, 'timestamp-offset').params.offset).toBe('+08:00');
    expect(one(fs, 'timestamp-separator').params.found).toBe('space');
    expect(ids(fs)).not.toContain('char-inner-space');
  });

  it('flags a lower-case z', () => {
    expect(one(run({ timestamp: '2020-12-08T09:08:57.715z' }), 'timestamp-separator').params.found).toBe('z');
  });

  it('checks the 30 s window only when the current time is given', () => {
    const now = Date.parse('2020-12-08T09:08:57.715Z');
    expect(run({ nowMs: now + 29_000 })).toEqual([]);
    const late = one(run({ nowMs: now + 95_000 }), 'timestamp-skew');
    expect(late).toMatchObject({ severity: 'warning', code: '50102', params: { seconds: -95 } });
    expect(late.probable).toBeUndefined();
    // A future timestamp: 50102 or 50112 is UNCONFIRMED, so probable.
    expect(one(run({ nowMs: now - 95_000 }), 'timestamp-skew').probable).toBe(true);
  });

  it('recognises local time written as UTC', () => {
    const now = Date.parse('2020-12-08T09:08:57.715Z');
    const f = one(run({ timestamp: '2020-12-08T17:08:58.000Z', nowMs: now }), 'timestamp-timezone-shift');
    expect(f.params.offset).toBe('+08:00');
    expect(one(run({ timestamp: '2020-12-08T04:08:57.715Z', nowMs: now }), 'timestamp-timezone-shift').params.offset).toBe('-05:00');
    expect(one(run({ timestamp: '2020-12-08T14:38:57.715Z', nowMs: now }), 'timestamp-timezone-shift').params.offset).toBe('+05:30');
  });

  it.each([
    ['1538054050000', 'ws-timestamp-millis', '60006', 'error'],
    ['1538054050.123', 'ws-timestamp-fractional', undefined, 'warning'],
    ['2018-09-27T13:14:10.000Z', 'ws-timestamp-iso', '60004', 'error'],
    ['yesterday', 'ws-timestamp-not-seconds', '60004', 'error'],
  ])('WS login %j → %s', (ts, id, code, severity) => {
    const fs = checkInputs({ kind: 'ws', timestamp: ts });
    const f = one(fs, id);
    expect(f.code).toBe(code);
    expect(f.severity).toBe(severity);
  });

  it('does not apply REST path or body rules to a WS login', () => {
    expect(checkInputs({ kind: 'ws', timestamp: '1538054050', method: 'get', requestPath: 'x', body: '{' })).toEqual([]);
  });
});

describe('checkInputs: method and path', () => {
  it('flags an empty, a lower-case and an unusual method', () => {
    one(run({ method: '' }), 'method-empty');
    expect(one(run({ method: 'get' }), 'method-not-uppercase')).toMatchObject({ code: '50113', params: { method: 'get', upper: 'GET' } });
    expect(one(run({ method: 'DELETE' }), 'method-unexpected').severity).toBe('warning');
  });

  it('flags the host, a missing slash and a missing /api/v5', () => {
    expect(one(run({ requestPath: 'https://www.okx.com/api/v5/account/balance' }), 'path-has-host').params.host).toBe('https://www.okx.com');
    expect(one(run({ requestPath: 'www.okx.com/api/v5/account/balance' }), 'path-has-host').params.host).toBe('www.okx.com');
    expect(ids(run({ requestPath: 'https://www.okx.com/api/v5/account/balance' }))).not.toContain('path-missing-api-v5');
    one(run({ requestPath: 'api/v5/account/balance' }), 'path-no-leading-slash');
    expect(one(run({ requestPath: '/account/balance' }), 'path-missing-api-v5').params.path).toBe('/account/balance');
    one(run({ requestPath: '/api/spot/v3/accounts' }), 'path-missing-api-v5');
    one(run({ requestPath: '' }), 'path-empty');
  });

  it('flags a fragment and a bare ?', () => {
    one(run({ requestPath: '/api/v5/account/balance#x' }), 'path-has-fragment');
    one(run({ requestPath: '/api/v5/account/balance?' }), 'query-empty');
  });

  it('compares the signed path and query with the URL actually sent', () => {
    const sent = (sentUrl: string, requestPath = OK.requestPath) => run({ requestPath, sentUrl });
    expect(sent('https://www.okx.com/api/v5/account/balance?ccy=BTC')).toEqual([]);
    expect(one(sent('https://www.okx.com/api/v5/account/balance?ccy=BTC', '/api/v5/account/balance'), 'query-missing').params.sent).toBe('?ccy=BTC');
    one(sent('https://www.okx.com/api/v5/account/balance'), 'query-not-sent');
    one(sent('/api/v5/account/bills?a=1&b=2', '/api/v5/account/bills?b=2&a=1'), 'query-order-differs');
    one(sent('/api/v5/account/balance?ccy=BTC%2CETH', '/api/v5/account/balance?ccy=BTC,ETH'), 'query-encoding-differs');
    const both = sent('/api/v5/x/y?a=1&b=c%2Cd', '/api/v5/x/y?b=c,d&a=1');
    one(both, 'query-order-differs');
    one(both, 'query-encoding-differs');
    one(sent('/api/v5/account/balance?ccy=ETH'), 'query-differs-from-sent');
    expect(one(sent('https://www.okx.com/api/v5/account/balances?ccy=BTC'), 'path-differs-from-sent').params).toEqual({
      signed: '/api/v5/account/balance',
      sent: '/api/v5/account/balances',
    });
  });

  it('warns about a GET with a body and notes POST specifics', () => {
    expect(one(run({ body: '{"ccy":"BTC"}' }), 'get-with-body')).toMatchObject({ severity: 'warning', code: '50113', probable: true });
    expect(one(run({ requestPath: '/api/v5/trade/order?x=1' }, POST), 'post-with-query').severity).toBe('info');
    expect(one(run({ body: '' }, POST), 'post-empty-body').severity).toBe('info');
  });
});

describe('checkInputs: body', () => {
  it('tells invalid JSON, form encoding and Python repr apart', () => {
    one(run({ body: '{"a":' }, POST), 'body-not-json');
    one(run({ body: 'instId=BTC-USDT&lever=5' }, POST), 'body-form-encoded');
    one(run({ body: "{'instId': 'BTC-USDT'}" }, POST), 'body-python-repr');
    one(run({ body: '{"reduceOnly": True}' }, POST), 'body-python-repr');
    expect(one(run({ body: '"x"' }, POST), 'body-not-object').params.type).toBe('string');
  });

  it.each([
    ['{"a":"1","b":["x","y"]}', 'compact'],
    ['{"a": "1", "b": ["x", "y"]}', 'spaced'],
    ['{\n  "a": "1"\n}', 'pretty'],
    ['{"a" :"1"}', 'other'],
  ])('describes the JSON style of %j as %s', (body, style) => {
    const f = one(run({ body }, POST), 'body-json-style');
    expect(f).toMatchObject({ severity: 'info', params: { style } });
  });

  it('does not call pretty-printed JSON whitespace a problem', () => {
    expect(serious(run({ body: '{\n\t"a": "1",\n  "b": "2"\n}' }, POST))).toEqual([]);
  });

  it('notes non-ASCII text and allows full-width text inside strings', () => {
    const fs = run({ body: '{"label":"交易，机器人：一号"}' }, POST);
    one(fs, 'body-non-ascii');
    expect(serious(fs)).toEqual([]);
  });

  it('flags full-width and curly punctuation outside strings', () => {
    expect(one(run({ body: '{"a"：1}' }, POST), 'char-fullwidth').params).toMatchObject({ char: '：', ascii: ':', codepoint: 'U+FF1A' });
    expect(one(run({ body: '{\u201ca\u201d:1}' }, POST), 'char-smart-quote').params).toMatchObject({ count: 2, ascii: '"' });
  });

  it('compares the signed body with the body sent', () => {
    expect(one(run({ sentBody: '{"instId": "BTC-USDT", "lever": "5"}' }, POST), 'body-differs-from-sent').params.sameJson).toBe('yes');
    expect(one(run({ sentBody: '{"instId":"ETH-USDT","lever":"5"}' }, POST), 'body-differs-from-sent').params.sameJson).toBe('no');
    expect(ids(run({ sentBody: POST.body! }, POST))).not.toContain('body-differs-from-sent');
  });
});

describe('checkInputs: invisible and look-alike characters', () => {
  it.each([
    ['timestamp', ' 2020-12-08T09:08:57.715Z', 'char-edge-whitespace', { where: 'start' }],
    ['timestamp', '2020-12-08T09:08:57.715Z\n', 'char-edge-whitespace', { where: 'end' }],
    ['method', ' GET ', 'char-edge-whitespace', { where: 'both' }],
    ['requestPath', '/api/v5/account/balance?ccy=BTC\r\n&x=1', 'char-newline', { position: 32 }],
    ['requestPath', '/api/v5/account/ balance', 'char-inner-space', { index: 16 }],
    ['requestPath', '/api/v5/account/balance？ccy=BTC', 'char-fullwidth', { ascii: '?' }],
    ['requestPath', '/api/v5/account/balance?ccy=\u200bBTC', 'char-zero-width', { codepoint: 'U+200B' }],
    ['requestPath', '/api/v5/account/\u200cbalance', 'char-zero-width', { codepoint: 'U+200C' }],
    ['requestPath', '/api/v5/account/\u200dbalance', 'char-zero-width', { codepoint: 'U+200D' }],
    ['requestPath', '/api/v5/account/balance\ufeff', 'char-zero-width', { codepoint: 'U+FEFF' }],
    ['timestamp', '\ufeff2020-12-08T09:08:57.715Z', 'char-bom', {}],
    ['requestPath', '/api/v5/account/balance?ccy=\u00a0BTC', 'char-nbsp', { codepoint: 'U+00A0' }],
    ['requestPath', '/api/v5/account/balance?ccy=\u2009BTC', 'char-unicode-space', { codepoint: 'U+2009' }],
    ['requestPath', '/api/v5/account/balance?ccy=\u0007BTC', 'char-control', { codepoint: 'U+0007' }],
    ['secret', '22582BD0CFF14C41EDBF1AB98506286D\n', 'char-edge-whitespace', { where: 'end' }],
    ['secret', '22582BD0CFF14C41\u200bEDBF1AB98506286D', 'char-zero-width', { index: 16 }],
    ['secret', '22582BD0CFF14C41\u00a0EDBF1AB98506286D', 'char-nbsp', {}],
    ['secret', '２２582BD0CFF14C41EDBF1AB98506286D', 'char-fullwidth', { count: 2, ascii: '2' }],
    ['body', '{"a":"1"}\u200b', 'char-zero-width', {}],
    ['body', '{"a":"1"}\n', 'char-edge-whitespace', { where: 'end' }],
  ])('%s %j → %s', (field, value, id, params) => {
    const base = field === 'body' ? POST : OK;
    const f = one(checkInputs({ ...base, [field]: value }), id);
    expect(f.part).toBe(field === 'requestPath' ? 'path' : field);
    expect(f.code).toBeDefined();
    expect(f.probable).toBe(true);
    expect(f.params).toMatchObject(params);
  });

  it('never puts the secret into params', () => {
    const secret = ' 22582BD0CFF14C41\u200bEDBF1AB98506286D\n';
    const text = JSON.stringify(checkInputs({ ...OK, secret }));
    expect(text).not.toContain('22582BD0');
  });
});

describe('mergeFindings', () => {
  it('drops repeats of the same id on the same part and keeps order', () => {
    const a: Finding = { id: 'x', part: 'secret', severity: 'error', params: {} };
    const b: Finding = { id: 'x', part: 'body', severity: 'error', params: {} };
    expect(mergeFindings([a, b], [{ ...a, params: { n: 1 } }])).toEqual([a, b]);
  });
});
