/**
 * explain(): what a bot's catch block holds, made by the libraries' own code paths with recorded
 * OKX response bodies (no network): ccxt's okx.handleErrors, okx-api's RestClient over an axios
 * adapter (its thrown body, and the raw axios error with parse_exceptions off), fetch-style errors.
 */
import ccxt from 'ccxt';
import { RestClient } from 'okx-api';
import { describe, expect, it } from 'vitest';
import { errorText, explain } from '../../src/lib/explain/index.ts';
import { doctorCatalog } from '../fixtures/doctor/fixtures.ts';

const SITE = 'https://example.test';
const x = (e: unknown, lang: 'en' | 'zh' = 'en') => explain(e, doctorCatalog, { site: SITE, lang });

const BODIES = {
  sign: { status: 401, body: { msg: 'Invalid Sign', code: '50113' } },
  clock: { status: 401, body: { msg: 'Timestamp request expired', code: '50102' } },
  funds: { status: 200, body: { code: '1', msg: 'All operations failed', data: [{ clOrdId: '', ordId: '', sCode: '51008', sMsg: 'Order failed. Insufficient USDT balance in account.', tag: '' }] } },
  rate: { status: 429, body: { msg: 'Too Many Requests', code: '50011' } },
  key: { status: 401, body: { msg: 'Invalid OK-ACCESS-KEY', code: '50111' } },
};
const EXPECT: Record<keyof typeof BODIES, string> = { sign: '50113', clock: '50102', funds: '51008', rate: '50011', key: '50111' };

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

describe('explain() on ccxt errors', () => {
  const okx = new ccxt.okx({});
  for (const [name, { status, body }] of Object.entries(BODIES) as [keyof typeof BODIES, (typeof BODIES)[keyof typeof BODIES]][]) {
    it(`${name}: ccxt's ${status} → ${EXPECT[name]}`, () => {
      const text = JSON.stringify(body);
      const e = caught(() => okx.handleErrors(status, 'x', 'https://www.okx.com/api/v5/trade/order', 'POST', {}, text, body, {}, '{}'));
      expect(e).toBeInstanceOf(ccxt.BaseError);
      expect((e as Error).message).toContain('okx {');
      const r = x(e);
      expect(r.code).toBe(EXPECT[name]);
      expect(r.url).toBe(`${SITE}/en/errors/${EXPECT[name]}/`);
      expect(r.cause).toBeTruthy();
      expect(r.title).toBeTruthy();
      expect(r.text).toContain(EXPECT[name]);
    });
  }
  it('names the ccxt error class it read (the doctor sees a ccxt paste)', () => {
    const e = caught(() => okx.handleErrors(401, 'x', 'u', 'GET', {}, JSON.stringify(BODIES.sign.body), BODIES.sign.body, {}, undefined));
    expect(errorText(e)).toMatch(/^AuthenticationError: okx \{/);
    expect(x(e).diagnosis.shapes).toContain('ccxt');
  });
});

describe('explain() on okx-api errors', () => {
  const KEY = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
  const SECRET = '0123456789ABCDEF0123456789ABCDEF';
  const PASS = 'Very$ecretPassphrase1';
  const client = (name: keyof typeof BODIES, parse = true) =>
    new RestClient(
      { apiKey: KEY, apiSecret: SECRET, apiPass: PASS, parse_exceptions: parse },
      {
        adapter: async (config: unknown) => {
          const { status, body } = BODIES[name];
          const response = { data: body, status, statusText: String(status), headers: {}, config, request: {} };
          if (status >= 300) {
            const err = Object.assign(new Error(`Request failed with status code ${status}`), { name: 'AxiosError', isAxiosError: true, code: 'ERR_BAD_REQUEST', config, response, status });
            throw err;
          }
          return response;
        },
      } as never,
    );

  for (const name of Object.keys(BODIES) as (keyof typeof BODIES)[]) {
    it(`${name}: what RestClient throws → ${EXPECT[name]}`, async () => {
      const e = await client(name).getBalance().then(() => null, (err: unknown) => err);
      expect(e).toBeTruthy();
      expect(x(e).code).toBe(EXPECT[name]);
    });
  }

  it('the raw axios error (parse_exceptions: false): body read, signed headers never', async () => {
    const e = await client('sign', false).getBalance().then(() => null, (err: unknown) => err);
    const headers = JSON.stringify((e as { config?: { headers?: unknown } }).config?.headers ?? {});
    expect(headers).toContain(PASS); // the error really carries the credentials…
    const r = x(e);
    expect(r.code).toBe('50113');
    const all = JSON.stringify(r);
    for (const s of [PASS, KEY, SECRET]) expect(all).not.toContain(s); // …and explain never reads them
    expect(errorText(e)).toMatch(/HTTP 401/);
  });
});

describe('explain() on fetch-style errors, strings and junk', () => {
  it('reads a body, a status and a cause', async () => {
    const res = new Response(JSON.stringify(BODIES.clock.body), { status: 401 });
    const withCause = new Error(`OKX request failed: HTTP ${res.status}`, { cause: await res.json() });
    expect(x(withCause).code).toBe('50102');
    const withBody = Object.assign(new Error('Request failed'), { status: 429, body: JSON.stringify(BODIES.rate.body) });
    expect(x(withBody).code).toBe('50011');
    expect(x(Object.assign(new Error('x'), { response: { status: 200, body: new TextEncoder().encode(JSON.stringify(BODIES.funds.body)) } })).code).toBe('51008');
  });
  it('takes a raw string, in both languages', () => {
    const en = x('{"code":"50102","msg":"Timestamp request expired"}');
    const zh = x('{"code":"50102","msg":"Timestamp request expired"}', 'zh');
    expect(en.url).toBe(`${SITE}/en/errors/50102/`);
    expect(zh.url).toBe(`${SITE}/errors/50102/`);
    expect(zh.text).toContain('可能的原因');
  });
  it('gives the top cause without a code (network error)', () => {
    const e = Object.assign(new Error('connect ECONNREFUSED 1.2.3.4:443'), { code: 'ECONNREFUSED' });
    const r = x(e);
    expect(r.code).toBeNull();
    expect(r.cause).toBe('network-connectivity');
    expect(r.url).toBeNull();
  });
  it('never throws: null, undefined, numbers, circular objects, huge and binary strings', () => {
    const circ: Record<string, unknown> = { msg: 'loop' };
    circ.self = circ;
    const weird = Object.create(null) as Record<string, unknown>;
    weird.code = '50113';
    for (const e of [null, undefined, 42, Symbol('s'), circ, weird, 'x'.repeat(5_000_000), '\u0000\u0001\u0002', [], () => 1]) {
      const r = x(e);
      expect(r.diagnosis).toBeTruthy();
    }
    expect(x(weird).code).toBe('50113');
  });
});
