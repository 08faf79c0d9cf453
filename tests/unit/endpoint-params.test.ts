/**
 * The endpoint-parameter importer (src/lib/catalog/endpoint-params.ts) on small markdown samples in
 * the style of the public crawl of OKX's docs (written here, not copied crawl files), and the
 * catalog loader rejecting malformed rows of endpoint-params.tsv.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, CatalogError } from '../../src/lib/catalog/catalog.ts';
import { parseEndpointDoc, toEndpointParamsTsv } from '../../src/lib/catalog/endpoint-params.ts';
import { readCatalogSources } from '../../src/cli/catalog-fs.ts';

function doc(opts: { anchor: string; request: string; params: string; intro?: string; response?: string; zh?: boolean }): string {
  return [
    '---',
    'exchange: okx',
    `source_url: https://www.okx.com/docs-v5/en/#${opts.anchor}`,
    `anchor_id: ${opts.anchor}`,
    'api_type: API',
    '---',
    '',
    '# GET / Sample',
    '',
    opts.intro ?? 'Retrieve something.',
    '',
    '#### Rate Limit: 20 requests per 2 seconds',
    '',
    '#### HTTP Request',
    '',
    `\`${opts.request}\``,
    '',
    '> Request Example',
    '    ',
    `    ${opts.request}`,
    '',
    '#### Request Parameters',
    '',
    'Parameter | Type | Required | Description  ',
    '---|---|---|---  ',
    opts.params,
    '  ',
    '> Response Example',
    '    ',
    '    {"code":"0","msg":"","data":[]}',
    '',
    '#### Response Parameters',
    '',
    '**Parameter** | **Type** | **Description**  ',
    '---|---|---  ',
    opts.response ?? 'ts | String | Opening time, Unix timestamp format in milliseconds, e.g. `1597026383085`  ',
    '',
    ...(opts.zh === false
      ? []
      : ['---', '', '# GET / 示例', '', '#### HTTP请求', '', `\`${opts.request}\``, '', '#### 请求参数', '', '参数名 | 类型 | 是否必须 | 描述  ', '---|---|---|---  ', 'after | String | 否 | 请求此时间戳之前的分页内容  ']),
  ].join('\n');
}

const CANDLES = doc({
  anchor: 'order-book-trading-market-data-get-candlesticks-history',
  request: 'GET /api/v5/market/history-candles',
  params: [
    'instId | String | Yes | Instrument ID, e.g. `BTC-USDT`  ',
    'after | String | No | Pagination of data to return records earlier than the requested `ts`  ',
    'before | String | No | Pagination of data to return records newer than the requested `ts`. The latest data will be returned when using `before` individually  ',
    'bar | String | No | Bar size, the default is `1m`  ',
    'e.g. [1m/3m/5m/15m/30m/1H/2H/4H]   ',
    'limit | String | No | Number of results per request. The maximum is `300`. The default is `100`.  ',
  ].join('\n'),
});

const ORDER = doc({
  anchor: 'order-book-trading-trade-post-place-order',
  request: 'POST /api/v5/trade/order',
  params: [
    'instId | String | Yes | Instrument ID, e.g. `BTC-USDT`  ',
    'side | String | Yes | Order side, `buy` `sell`  ',
    'posSide | String | Conditional | Position side   ',
    'The default is `net` in the `net` mode   ',
    'It is required in the `long/short` mode, and can only be `long` or `short`.   ',
    'ordType | String | Yes | Order type   ',
    '`market`: Market order   ',
    '`limit`: Limit order   ',
    '`post_only`: Post-only order   ',
    'sz | String | Yes | Quantity to buy or sell  ',
    'px | String | Conditional | Order price. Only applicable to `limit` order.  ',
    'tpTriggerPxType | String | No | Take-profit trigger price type  ',
    '`last`: last price   ',
    '`index`: index price   ',
    'reduceOnly | Boolean | No | Whether orders can only reduce in position size.   ',
    'expTime | String | No | Request effective deadline. Unix timestamp format in milliseconds, e.g. `1597026383085`  ',
    'attachAlgoOrds | Array of objects | No | Attached TP/SL order information  ',
    '> tpTriggerPx | String | Conditional | Take-profit trigger price  ',
    'tgtCcy | String | No | Whether the target currency uses the quote or base currency.  ',
    '`base_ccy`: Base currency ,`quote_ccy`: Quote currency   ',
    'Only applicable to `SPOT` Market Orders  ',
    'Default is `quote_ccy` for buy, `base_ccy` for sell  ',
  ].join('\n'),
});

describe('endpoint parameter importer', () => {
  it('reads the method, path and anchor of one endpoint, and only its English table', () => {
    const d = parseEndpointDoc(CANDLES)!;
    expect(d).toMatchObject({ method: 'GET', path: '/api/v5/market/history-candles', anchor: 'order-book-trading-market-data-get-candlesticks-history' });
    expect(d.params.map((p) => p.param)).not.toContain('instId');
  });

  it('classifies pagination by the response ts as milliseconds, a results count as int with its maximum, and leaves bar out', () => {
    const rows = Object.fromEntries(parseEndpointDoc(CANDLES)!.params.map((p) => [p.param, [p.format, p.detail]]));
    expect(rows).toEqual({ after: ['ms', ''], before: ['ms', ''], limit: ['int', '300'] });
  });

  it('does not call pagination by an id milliseconds', () => {
    const d = parseEndpointDoc(doc({
      anchor: 'x-get-orders',
      request: 'GET /api/v5/trade/orders-history',
      params: 'after | String | No | Pagination of data to return records earlier than the requested `ordId`  ',
      response: 'ordId | String | Order ID  ',
    }))!;
    expect(d.params).toEqual([]);
  });

  it('classifies enums only when the docs list the values unambiguously, numbers, booleans, ms and arrays', () => {
    const rows = Object.fromEntries(parseEndpointDoc(ORDER)!.params.map((p) => [p.param, [p.format, p.detail]]));
    expect(rows.side).toEqual(['enum', 'buy|sell']);
    expect(rows.ordType).toEqual(['enum', 'market|limit|post_only']);
    expect(rows.tpTriggerPxType).toEqual(['enum', 'last|index']);
    expect(rows.sz).toEqual(['decimal', '']);
    expect(rows.px).toEqual(['decimal', '']);
    expect(rows.reduceOnly).toEqual(['bool', '']);
    expect(rows.expTime).toEqual(['ms', '']);
    expect(rows.attachAlgoOrds).toEqual(['array', '']);
    // posSide's values are prose ("can only be long or short" in some modes), tgtCcy's on one line with a comma: left out.
    expect(rows.posSide).toBeUndefined();
    expect(rows.tgtCcy).toBeUndefined();
    // A nested field (> tpTriggerPx) is not a top-level parameter.
    expect(rows.tpTriggerPx).toBeUndefined();
    expect(rows.instId).toBeUndefined();
  });

  it('reads comma-separated lists with their maximum, and a batch body as an array with its maximum', () => {
    const d = parseEndpointDoc(doc({
      anchor: 'x-batch',
      intro: 'Place orders in batches. Maximum 20 orders can be placed per request. Request parameters should be passed in the form of an array.',
      request: 'POST /api/v5/trade/batch-orders',
      params: 'instId | String | Yes | Single instrument or multiple instruments (no more than 5) separated with comma, e.g. `BTC-USDT,ETH-USDT`  \nccyList | Array of strings | Yes | Currencies  ',
    }))!;
    expect(d.params.map((p) => [p.param, p.format, p.detail])).toEqual([
      ['*', 'array', '20'],
      ['instId', 'csv', '5'],
      ['ccyList', 'strings', ''],
    ]);
  });

  it('rejects an enum list split by a note, and a list that says e.g.', () => {
    const d = parseEndpointDoc(doc({
      anchor: 'x-enum',
      request: 'GET /api/v5/x/y',
      params: ['state | String | No | State  ', '`live`: live  ', 'Note: more below  ', '`filled`: filled  ', 'kind | String | No | Kind, e.g. `a` `b`  '].join('\n'),
    }))!;
    expect(d.params).toEqual([]);
  });

  it('skips pages that gather many endpoints, pages without an endpoint and pages without an anchor', () => {
    expect(parseEndpointDoc(CANDLES.replace('#### Rate Limit', '#### HTTP Request\n\n`GET /api/v5/other`\n\n#### Rate Limit'))).toBeNull();
    expect(parseEndpointDoc(CANDLES.replace(/#### HTTP Request\n\n`[^`]+`/, ''))).toBeNull();
    expect(parseEndpointDoc(CANDLES.replace(/^anchor_id:.*$/m, ''))).toBeNull();
  });

  it('writes a TSV the catalog loader accepts, endpoints sorted and each once', () => {
    const tsv = toEndpointParamsTsv([parseEndpointDoc(ORDER)!, parseEndpointDoc(CANDLES)!, parseEndpointDoc(CANDLES)!]);
    const lines = tsv.trim().split('\n');
    expect(lines[0]).toBe('method\tpath\tparam\tformat\tdetail\tanchor');
    expect(lines[1]).toMatch(/^GET\t\/api\/v5\/market\/history-candles\tafter\tms\t\t/);
    expect(lines.filter((l) => l.includes('\tafter\t')).length).toBe(1);
    const cat = buildCatalog({ ...readCatalogSources(), endpointParams: tsv });
    expect(cat.endpointParams.find((r) => r.param === 'side')).toMatchObject({ method: 'POST', format: 'enum', detail: 'buy|sell' });
  });

  it('the script reads a directory of crawl files and prints the table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'okx-docs-'));
    try {
      writeFileSync(join(dir, 'candles.md'), CANDLES);
      writeFileSync(join(dir, 'order.md'), ORDER);
      const out = execFileSync(process.execPath, ['scripts/endpoint-params-import.ts', '--stdout', dir], { encoding: 'utf8' });
      expect(out).toBe(toEndpointParamsTsv([parseEndpointDoc(CANDLES)!, parseEndpointDoc(ORDER)!]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('endpoint-params.tsv in the catalog', () => {
  const src = readCatalogSources();
  const header = 'method\tpath\tparam\tformat\tdetail\tanchor\n';

  it('loads: every row has a known format, an anchor, and an endpoint under /api/v5/', () => {
    const cat = buildCatalog(src);
    expect(cat.endpointParams.length).toBeGreaterThan(400);
    expect(cat.endpointParams.find((r) => r.path === '/api/v5/market/history-candles' && r.param === 'after')).toMatchObject({ method: 'GET', format: 'ms', anchor: 'order-book-trading-market-data-get-candlesticks-history' });
    expect(new Set(cat.endpointParams.map((r) => r.format))).toEqual(new Set(['ms', 'int', 'decimal', 'bool', 'csv', 'array', 'strings', 'enum']));
    expect(readFileSync(new URL('../../content/catalog/endpoint-params.tsv', import.meta.url), 'utf8').startsWith(header)).toBe(true);
  });

  it.each([
    ['an unknown format', 'GET\t/api/v5/a/b\tx\tdate\t\tanchor-a', /endpoint-params.tsv:2 .*format/],
    ['a path with a query string', 'GET\t/api/v5/a/b?x=1\tx\tms\t\tanchor-a', /endpoint-params.tsv:2 .*path/],
    ['a method OKX does not use', 'PUT\t/api/v5/a/b\tx\tms\t\tanchor-a', /endpoint-params.tsv:2 .*method/],
    ['an enum with one value', 'GET\t/api/v5/a/b\tx\tenum\tonly\tanchor-a', /endpoint-params.tsv:2 .*detail/],
    ['a csv maximum that is not a number', 'GET\t/api/v5/a/b\tx\tcsv\tmany\tanchor-a', /endpoint-params.tsv:2 .*detail/],
    ['a body row that is not an array', 'POST\t/api/v5/a/b\t*\tcsv\t\tanchor-a', /endpoint-params.tsv:2 .*format/],
    ['an anchor with spaces', 'GET\t/api/v5/a/b\tx\tms\t\tan anchor', /endpoint-params.tsv:2 .*anchor/],
    ['a missing field', 'GET\t/api/v5/a/b\tx\tms\tanchor-a', /endpoint-params.tsv:2: expected 6/],
  ])('rejects %s with file and line', (_what, row, re) => {
    expect(() => buildCatalog({ ...src, endpointParams: header + row + '\n' })).toThrow(CatalogError);
    expect(() => buildCatalog({ ...src, endpointParams: header + row + '\n' })).toThrow(re);
  });

  it('rejects a duplicate row', () => {
    const row = 'GET\t/api/v5/a/b\tx\tms\t\tanchor-a\n';
    expect(() => buildCatalog({ ...src, endpointParams: header + row + row })).toThrow(/endpoint-params.tsv:3: duplicate row GET \/api\/v5\/a\/b x/);
  });
});
