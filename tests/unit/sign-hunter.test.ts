import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { huntMismatch, signBase64, VARIANT_IDS, type HuntInputs, type VariantId } from '../../src/lib/sign/index.ts';

/**
 * Independent model of each mistake: the wrong signature is computed here with
 * node:crypto, the way the buggy client would, not with the library's own code.
 */
const hmac = (key: string | Buffer, msg: string) => createHmac('sha256', key).update(msg, 'utf8').digest();
const b64 = (key: string | Buffer, msg: string) => hmac(key, msg).toString('base64');

interface Case {
  ts: number; // Unix ms
  method: 'GET' | 'POST';
  path: string;
  pairs: Array<[string, string]>;
  obj: Array<[string, string]>;
  secret: string;
  passphrase: string;
  apiKey: string;
}

const iso = (ms: number) => new Date(ms).toISOString();
const qs = (pairs: Array<[string, string]>) => (pairs.length ? '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&') : '');
const compact = (obj: Array<[string, string]>) => JSON.stringify(Object.fromEntries(obj));
const spaced = (obj: Array<[string, string]>) => '{' + obj.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ') + '}';
const asciiEscape = (s: string) => s.replace(/[\u0080-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

const hex = (n: number, upper = true) => fc.string({ unit: fc.constantFrom(...(upper ? '0123456789ABCDEF' : '0123456789abcdef')), minLength: n, maxLength: n });
const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 2, maxLength: 6 });
const value = fc.string({ unit: fc.constantFrom(...'ABCDEFGHXYZ0123456789-_.'), minLength: 1, maxLength: 8 });
const cjk = fc.string({ unit: fc.constantFrom(...'交易机器人测试一号买卖'), minLength: 1, maxLength: 4 });
const distinctPairs = (min: number, max: number, v = value) =>
  fc.uniqueArray(fc.tuple(word, v), { minLength: min, maxLength: max, selector: ([k]) => k });

const caseArb = (opts: { method?: 'GET' | 'POST'; minPairs?: number; pairValue?: fc.Arbitrary<string>; cjkBody?: boolean } = {}) =>
  fc.record({
    ts: fc.integer({ min: Date.UTC(2018, 0, 1), max: Date.UTC(2032, 0, 1) }),
    method: opts.method ? fc.constant(opts.method) : fc.constantFrom('GET' as const, 'POST' as const),
    path: fc.constantFrom('/api/v5/account/balance', '/api/v5/trade/order', '/api/v5/asset/bills', '/api/v5/account/set-leverage'),
    pairs: distinctPairs(opts.minPairs ?? 0, 4, opts.pairValue),
    obj: opts.cjkBody ? fc.tuple(word, cjk).map((p) => [p] as Array<[string, string]>) : distinctPairs(1, 4),
    secret: hex(32),
    passphrase: fc.tuple(value, word).map(([a, b]) => `Pp1!${a}${b}`),
    apiKey: fc.tuple(hex(8, false), hex(4, false), hex(4, false), hex(4, false), hex(12, false)).map((p) => p.join('-')),
  });

/** Inputs as the user gives them to the tool: the request as SENT. */
function inputsOf(c: Case, over: Partial<HuntInputs> = {}): HuntInputs {
  return {
    timestamp: iso(c.ts),
    method: c.method,
    requestPath: c.path + qs(c.method === 'GET' ? c.pairs : []),
    body: c.method === 'POST' ? compact(c.obj) : '',
    secret: c.secret,
    passphrase: c.passphrase,
    apiKey: c.apiKey,
    ...over,
  };
}

const pre = (i: HuntInputs, o: Partial<{ ts: string; m: string; p: string; b: string }> = {}) =>
  (o.ts ?? i.timestamp) + (o.m ?? i.method!) + (o.p ?? i.requestPath!) + (o.b ?? i.body!);

interface Injection {
  arb: fc.Arbitrary<Case>;
  /** Inputs given to the hunter and the signature the buggy code produced. */
  make: (c: Case) => { inputs: HuntInputs; sig: string };
}

const any = caseArb();
const getQ = caseArb({ method: 'GET', minPairs: 1 });
const getQ2 = caseArb({ method: 'GET', minPairs: 2 });
const post = caseArb({ method: 'POST' });
const same = (f: (i: HuntInputs, c: Case) => string, arb: fc.Arbitrary<Case> = any): Injection => ({
  arb,
  make: (c) => {
    const inputs = inputsOf(c);
    return { inputs, sig: f(inputs, c) };
  },
});

const INJECT: Record<VariantId, Injection> = {
  'signature-bytes-repr': same((i) => `b'${b64(i.secret, pre(i))}'`),
  'hex-digest': same((i) => hmac(i.secret, pre(i)).toString('hex')),
  'base64-of-hex': same((i) => Buffer.from(hmac(i.secret, pre(i)).toString('hex')).toString('base64')),
  base64url: same((i) => hmac(i.secret, pre(i)).toString('base64url')),
  'lowercase-method': same((i) => b64(i.secret, pre(i, { m: i.method!.toLowerCase() }))),
  'method-omitted': same((i) => b64(i.secret, pre(i, { m: '' }))),
  'missing-query': same((i, c) => b64(i.secret, pre(i, { p: c.path })), getQ),
  'query-reordered': same((i, c) => b64(i.secret, pre(i, { p: c.path + qs([...c.pairs].reverse()) })), getQ2),
  'query-encoding': {
    arb: caseArb({ method: 'GET', minPairs: 1, pairValue: fc.tuple(value, value).map(([a, b]) => `${a},${b}:x`) }),
    make: (c) => {
      const inputs = inputsOf(c);
      const encoded = c.pairs.map(([k, v]) => [k, encodeURIComponent(v)] as [string, string]);
      return { inputs, sig: b64(c.secret, pre(inputs, { p: c.path + qs(encoded) })) };
    },
  },
  'query-as-body': same((i, c) => b64(i.secret, pre(i, { p: c.path, b: compact(c.pairs) })), getQ),
  'path-with-host': same((i) => b64(i.secret, pre(i, { p: 'https://www.okx.com' + i.requestPath })), any),
  'path-without-api-prefix': same((i) => b64(i.secret, pre(i, { p: i.requestPath!.replace('/api/v5', '') }))),
  'body-omitted': same((i) => b64(i.secret, pre(i, { b: '' })), post),
  'empty-object-body': same((i) => b64(i.secret, pre(i, { b: '{}' })), post),
  'body-spaces': same((i, c) => b64(i.secret, pre(i, { b: spaced(c.obj) })), post),
  'body-compact': {
    arb: post,
    make: (c) => {
      const inputs = inputsOf(c, { body: spaced(c.obj) });
      return { inputs, sig: b64(c.secret, pre(inputs, { b: compact(c.obj) })) };
    },
  },
  'body-ascii-escaped': same((i, c) => b64(i.secret, pre(i, { b: asciiEscape(compact(c.obj)) })), caseArb({ method: 'POST', cjkBody: true })),
  'timestamp-seconds': same((i, c) => b64(i.secret, pre(i, { ts: String(Math.floor(c.ts / 1000)) }))),
  'timestamp-millis': same((i, c) => b64(i.secret, pre(i, { ts: String(c.ts) }))),
  'timestamp-iso': {
    arb: any,
    make: (c) => {
      const sec = Math.floor(c.ts / 1000);
      const inputs: HuntInputs = { kind: 'ws', timestamp: String(sec), secret: c.secret };
      return { inputs, sig: b64(c.secret, iso(sec * 1000) + 'GET/users/self/verify') };
    },
  },
  'timestamp-format': same((i, c) => b64(i.secret, pre(i, { ts: iso(c.ts).slice(0, 19) + 'Z' }))),
  'timestamp-recomputed': {
    arb: fc.tuple(any, fc.integer({ min: 1, max: 50 }), fc.boolean()).map(([c, d, neg]) => ({ ...c, d: neg ? -d : d })),
    make: (c) => {
      const inputs = inputsOf(c);
      return { inputs, sig: b64(c.secret, pre(inputs, { ts: iso(c.ts + (c as Case & { d: number }).d) })) };
    },
  },
  'timezone-as-utc': {
    arb: fc.tuple(any, fc.integer({ min: -12, max: 14 }).filter((h) => h !== 0)).map(([c, h]) => ({ ...c, h })),
    make: (c) => {
      const inputs = inputsOf(c);
      return { inputs, sig: b64(c.secret, pre(inputs, { ts: iso(c.ts + (c as Case & { h: number }).h * 3_600_000) })) };
    },
  },
  'secret-trimmed': {
    arb: fc.tuple(any, fc.constantFrom(' ', '\n', '\r\n', '\t ')).map(([c, ws]) => ({ ...c, ws })),
    make: (c) => {
      const inputs = inputsOf(c, { secret: c.secret + (c as Case & { ws: string }).ws });
      return { inputs, sig: b64(c.secret, pre(inputs)) };
    },
  },
  'secret-with-newline': same((i) => b64(i.secret + '\n', pre(i))),
  'secret-with-space': same((i) => b64(i.secret + ' ', pre(i))),
  'secret-with-quotes': same((i) => b64(`"${i.secret}"`, pre(i))),
  'secret-hex-decoded': same((i) => b64(Buffer.from(i.secret, 'hex'), pre(i))),
  'secret-base64-decoded': same((i) => b64(Buffer.from(i.secret, 'base64'), pre(i))),
  'passphrase-as-secret': same((i) => b64(i.passphrase!, pre(i))),
  'api-key-as-secret': same((i) => b64(i.apiKey!, pre(i))),
};

describe('huntMismatch', () => {
  it('has an injection model for every variant id', () => {
    expect(Object.keys(INJECT).sort()).toEqual([...VARIANT_IDS].sort());
  });

  it('says match:true, variant:null for the correct signature', async () => {
    await fc.assert(
      fc.asyncProperty(any, async (c) => {
        const inputs = inputsOf(c);
        const r = await huntMismatch(inputs, ` ${b64(c.secret, pre(inputs))}\n`);
        expect(r).toMatchObject({ match: true, variant: null, ruledOut: [] });
        expect(r.expected).toBe(b64(c.secret, pre(inputs)));
      }),
      { numRuns: 20 },
    );
  });

  for (const id of VARIANT_IDS) {
    it(`finds exactly "${id}" when the signature was made that way`, async () => {
      const inj = INJECT[id];
      await fc.assert(
        fc.asyncProperty(inj.arb, async (c) => {
          const { inputs, sig } = inj.make(c);
          const r = await huntMismatch(inputs, sig);
          expect(r.match).toBe(false);
          expect(r.variant).toBe(id);
          expect(r.ruledOut).not.toContain(id);
          expect(r.variantPrehash).not.toContain(inputs.secret.trim());
        }),
        { numRuns: 25 },
      );
    });
  }

  it('reports the zone offset, the host and the reordered query as detail', async () => {
    const c: Case = {
      ts: Date.UTC(2020, 11, 8, 9, 8, 57, 715),
      method: 'GET',
      path: '/api/v5/account/bills',
      pairs: [['ccy', 'BTC'], ['type', '1']],
      obj: [],
      secret: '22582BD0CFF14C41EDBF1AB98506286D',
      passphrase: 'x',
      apiKey: 'y',
    };
    const i = inputsOf(c);
    expect((await huntMismatch(i, b64(c.secret, pre(i, { ts: '2020-12-08T17:08:57.715Z' })))).detail).toBe('+08:00');
    expect((await huntMismatch(i, b64(c.secret, pre(i, { p: 'https://eea.okx.com' + i.requestPath })))).detail).toBe('eea.okx.com');
    const r = await huntMismatch(i, b64(c.secret, pre(i, { p: '/api/v5/account/bills?type=1&ccy=BTC' })));
    expect(r).toMatchObject({ variant: 'query-reordered', detail: '?type=1&ccy=BTC' });
    expect(r.variantPrehash).toBe('2020-12-08T09:08:57.715ZGET/api/v5/account/bills?type=1&ccy=BTC');
  });

  it('finds the WebSocket login mistakes', async () => {
    const base: HuntInputs = { kind: 'ws', timestamp: '1538054050', secret: '22582BD0CFF14C41EDBF1AB98506286D' };
    expect((await huntMismatch(base, '+LdIr8lkkvhr5hoA3g9TMC0+uQJ849ftAcocA/ouu4M=')).match).toBe(true);
    const ms = await signBase64(base.secret, '1538054050000GET/users/self/verify');
    expect((await huntMismatch(base, ms)).variant).toBe('timestamp-millis');
    const lower = await signBase64(base.secret, '1538054050get/users/self/verify');
    expect((await huntMismatch(base, lower)).variant).toBe('lowercase-method');
    const late = await signBase64(base.secret, '1538054051GET/users/self/verify');
    expect(await huntMismatch(base, late)).toMatchObject({ variant: 'timestamp-recomputed', detail: '+1 s' });
  });

  it('lists everything it tried when nothing fits, and what it could not try', async () => {
    const inputs: HuntInputs = { timestamp: '2020-12-08T09:08:57.715Z', method: 'GET', requestPath: '/api/v5/account/balance', secret: '22582BD0CFF14C41EDBF1AB98506286D' };
    const r = await huntMismatch(inputs, 'HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=');
    expect(r).toMatchObject({ match: false, variant: null, shape: 'base64' });
    expect(r.expected).toBe('AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw=');
    expect([...r.ruledOut, ...r.skipped].sort()).toEqual([...VARIANT_IDS].sort());
    for (const id of ['hex-digest', 'lowercase-method', 'timezone-as-utc', 'secret-with-newline', 'path-with-host'] as const) expect(r.ruledOut).toContain(id);
    for (const id of ['passphrase-as-secret', 'api-key-as-secret', 'missing-query', 'body-omitted', 'query-reordered'] as const) expect(r.skipped).toContain(id);
    expect((await huntMismatch(inputs, 'deadbeef'.repeat(8))).shape).toBe('hex');
    expect((await huntMismatch(inputs, '')).shape).toBe('empty');
  });
});
