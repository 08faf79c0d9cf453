import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { huntMismatch, parseRequest, type ParseResult, type ParseSuccess } from '../../src/lib/sign/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/sign/${name}`, import.meta.url), 'utf8');
const ok = (r: ParseResult): ParseSuccess => {
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return r as ParseSuccess;
};
const SECRET = '22582BD0CFF14C41EDBF1AB98506286D';
const TS = '2020-12-08T09:08:57.715Z';
const KEY = '37c541a1-0000-4000-8000-10fe7a038418';

describe('parseRequest: curl', () => {
  it('reads a GET with query, headers and the demo header', () => {
    const r = ok(parseRequest(fixture('curl-get.txt')));
    expect(r.format).toBe('curl');
    expect(r.inputs).toEqual({
      timestamp: TS,
      method: 'GET',
      requestPath: '/api/v5/account/balance?ccy=BTC',
      body: '',
      sentUrl: 'https://www.okx.com/api/v5/account/balance?ccy=BTC',
      apiKey: KEY,
    });
    expect(r.signature).toBe('HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=');
    expect(r.simulated).toBe(true);
    expect(r.passphrasePresent).toBe(true);
    expect(r.notes.map((n) => n.id)).toEqual(['parse-passphrase-seen']);
  });

  it('never keeps the passphrase value', () => {
    expect(JSON.stringify(parseRequest(fixture('curl-get.txt')))).not.toContain('Sup3r');
    expect(JSON.stringify(parseRequest(fixture('raw-post.http')))).not.toContain('Sup3r');
    expect(JSON.stringify(parseRequest(fixture('headers-python-dict.txt')))).not.toContain('Sup3r');
  });

  it('reads --request/--url/--header/--data-raw with escaped double quotes', async () => {
    const r = ok(parseRequest(fixture('curl-post.txt')));
    expect(r.inputs.method).toBe('POST');
    expect(r.inputs.requestPath).toBe('/api/v5/account/set-leverage');
    expect(r.inputs.body).toBe('{"instId":"BTC-USDT","lever":"5","mgnMode":"isolated"}');
    expect(r.notes.map((n) => n.id)).toEqual([]);
    expect(r.passphrasePresent).toBe(true);
    const h = await huntMismatch({ ...r.inputs, timestamp: r.inputs.timestamp!, secret: SECRET }, r.signature!);
    expect(h.match).toBe(true);
  });

  it('reads a Windows cmd command with ^ continuations and flags an unexpanded variable', () => {
    const r = ok(parseRequest(fixture('curl-windows.txt')));
    expect(r.inputs.body).toBe('{"instId": "BTC-USDT", "lever": "5", "mgnMode": "isolated"}');
    expect(r.inputs.method).toBe('POST');
    expect(r.signature).toBeUndefined();
    expect(r.notes).toEqual([{ id: 'parse-variable-value', params: { header: 'OK-ACCESS-SIGN', value: '$SIGN' } }]);
  });

  it('handles -XPOST, -d implying POST, -G, --json, $\'...\' and @file', () => {
    expect(ok(parseRequest(`curl -XPOST https://www.okx.com/api/v5/a/b -d '{}'`)).inputs).toMatchObject({ method: 'POST', body: '{}' });
    expect(ok(parseRequest(`curl https://www.okx.com/api/v5/a/b -d '{"x":"1"}'`)).inputs.method).toBe('POST');
    const g = ok(parseRequest(`curl -G https://www.okx.com/api/v5/a/b?x=1 -d y=2 -d z=3`));
    expect(g.inputs).toMatchObject({ method: 'GET', requestPath: '/api/v5/a/b?x=1&y=2&z=3', body: '' });
    expect(ok(parseRequest(`curl --json '{"a":"1"}' https://www.okx.com/api/v5/a/b`)).inputs).toMatchObject({ method: 'POST', body: '{"a":"1"}' });
    expect(ok(parseRequest(`curl -X POST https://x/api/v5/a -d $'{"t":"a\\tb"}'`)).inputs.body).toBe('{"t":"a\tb"}');
    const f = ok(parseRequest(`curl -X POST https://x/api/v5/a -d @body.json`));
    expect(f.notes).toContainEqual({ id: 'parse-body-from-file', params: { file: 'body.json' } });
    expect(ok(parseRequest(`curl -s -o out.json -H 'X-A: 1' -u me:pw https://x/api/v5/a`)).inputs.requestPath).toBe('/api/v5/a');
  });

  it('keeps the query exactly as written in the URL', () => {
    const r = ok(parseRequest(`curl 'https://www.okx.com/api/v5/account/balance?ccy=BTC,ETH&x=a%2Cb'`));
    expect(r.inputs.requestPath).toBe('/api/v5/account/balance?ccy=BTC,ETH&x=a%2Cb');
  });

  it('notes a missing URL and an unterminated quote', () => {
    expect(ok(parseRequest(`curl -H 'OK-ACCESS-SIGN: abc='`)).notes.map((n) => n.id)).toEqual(['parse-no-url']);
    const r = ok(parseRequest(`curl https://x/api/v5/a -d '{"a":`));
    expect(r.notes.map((n) => n.id)).toContain('parse-unterminated-quote');
    expect(r.inputs.body).toBe('{"a":');
  });
});

describe('parseRequest: raw HTTP and header blocks', () => {
  it('reads a raw HTTP request with CRLF line endings', async () => {
    const r = ok(parseRequest(fixture('raw-post.http')));
    expect(r.format).toBe('http');
    expect(r.inputs).toEqual({
      timestamp: TS,
      method: 'POST',
      requestPath: '/api/v5/account/set-leverage',
      body: '{"instId": "BTC-USDT", "lever": "5", "mgnMode": "isolated"}',
      sentUrl: 'https://www.okx.com/api/v5/account/set-leverage',
      apiKey: KEY,
    });
    expect((await huntMismatch({ ...r.inputs, timestamp: r.inputs.timestamp!, secret: SECRET }, r.signature!)).match).toBe(true);
  });

  it('reads a Python dict print with a bytes signature', () => {
    const r = ok(parseRequest(fixture('headers-python-dict.txt')));
    expect(r.format).toBe('headers');
    expect(r.inputs).toMatchObject({ timestamp: TS, method: 'GET', requestPath: '/api/v5/account/balance?ccy=BTC', apiKey: KEY });
    expect(r.signature).toBe('HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=');
    expect(r.simulated).toBe(false);
    expect(r.notes.map((n) => n.id).sort()).toEqual(['parse-passphrase-seen', 'parse-signature-bytes']);
  });

  it('reads browser devtools HTTP/2 headers', () => {
    const r = ok(parseRequest(fixture('headers-devtools.txt')));
    expect(r.inputs).toMatchObject({
      timestamp: TS,
      method: 'GET',
      requestPath: '/api/v5/account/balance',
      sentUrl: 'https://www.okx.com/api/v5/account/balance',
    });
    expect(r.signature).toBe('AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw=');
  });

  it('reads bare header lines', () => {
    const r = ok(parseRequest(`OK-ACCESS-TIMESTAMP: ${TS}\nOK-ACCESS-SIGN: abc=\n`));
    expect(r.inputs).toEqual({ timestamp: TS });
    expect(r.signature).toBe('abc=');
  });
});

describe('parseRequest: garbage', () => {
  it('returns error ids instead of throwing', () => {
    expect(parseRequest('')).toEqual({ ok: false, error: 'parse-empty' });
    expect(parseRequest('   \n')).toEqual({ ok: false, error: 'parse-empty' });
    expect(parseRequest(fixture('garbage.txt'))).toEqual({ ok: false, error: 'parse-unrecognized' });
    expect(parseRequest('x'.repeat(300_000))).toEqual({ ok: false, error: 'parse-too-long' });
    expect(parseRequest(undefined as unknown as string)).toEqual({ ok: false, error: 'parse-empty' });
  });

  it('never throws on arbitrary text', () => {
    const prefix = fc.constantFrom('', 'curl ', 'curl -X ', 'GET / HTTP/1.1\n', 'OK-ACCESS-SIGN: ', "curl '", 'curl -H "');
    fc.assert(
      fc.property(prefix, fc.string({ maxLength: 200 }), (p, s) => {
        const r = parseRequest(p + s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
