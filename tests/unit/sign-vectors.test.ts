import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { restPrehash, sign, signBase64, signHex, wsLoginPrehash } from '../../src/lib/sign/index.ts';

interface Vector {
  id: string;
  description: string;
  secret: string;
  timestamp: string;
  method: string;
  requestPath: string;
  body: string;
  prehash: string;
  signature: string;
}

const vectorsPath = fileURLToPath(new URL('../../public/vectors/okx-sign-vectors.json', import.meta.url));
const checkScript = fileURLToPath(new URL('../../scripts/check-vectors.py', import.meta.url));
const vectors = JSON.parse(readFileSync(vectorsPath, 'utf8')) as Vector[];
const SECRET = '22582BD0CFF14C41EDBF1AB98506286D';

// The five vectors of the facts sheet §1.3, typed in here so an edit to the JSON cannot hide a change.
const FACTS: Array<[string, string]> = [
  ['2020-12-08T09:08:57.715ZGET/api/v5/account/balance?ccy=BTC', 'HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY='],
  ['2020-12-08T09:08:57.715ZGET/api/v5/account/balance', 'AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw='],
  ['2020-12-08T09:08:57.715ZPOST/api/v5/account/set-leverage{"instId":"BTC-USDT","lever":"5","mgnMode":"isolated"}', 'eCnnCgWLjlQ9XnpUkrcny3qNq3WW/81KNrDr/XR6Xv8='],
  ['2020-12-08T09:08:57.715ZPOST/api/v5/account/set-leverage{"instId": "BTC-USDT", "lever": "5", "mgnMode": "isolated"}', '/XctMG4gU+l0Tv1E5CsSdhrndN0MZxclhFp3+SFofI8='],
  ['1538054050GET/users/self/verify', '+LdIr8lkkvhr5hoA3g9TMC0+uQJ849ftAcocA/ouu4M='],
];

describe('published vectors', () => {
  it('has the required cases, all with the OKX docs example secret', () => {
    const ids = vectors.map((v) => v.id);
    for (const id of ['rest-get-query', 'rest-get-no-query', 'rest-post-compact', 'rest-post-spaced', 'ws-login', 'rest-post-non-ascii']) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const v of vectors) {
      expect(v.secret).toBe(SECRET);
      expect(v.description.length).toBeGreaterThan(10);
    }
    expect(vectors.find((v) => v.id === 'rest-post-non-ascii')!.body).toMatch(/[\u4e00-\u9fff]/);
  });

  it('contains the five facts-sheet vectors verbatim', () => {
    for (const [prehash, signature] of FACTS) {
      expect(vectors.some((v) => v.prehash === prehash && v.signature === signature), prehash).toBe(true);
    }
  });

  it('reproduces the five facts-sheet signatures with the library', async () => {
    for (const [prehash, signature] of FACTS) expect(await signBase64(SECRET, prehash)).toBe(signature);
  });

  it.each(vectors.map((v) => [v.id, v] as const))('reproduces %s with the library', async (_id, v) => {
    const p = v.id.startsWith('ws-') ? wsLoginPrehash(v.timestamp) : restPrehash(v);
    expect(p.prehash).toBe(v.prehash);
    expect(await signBase64(v.secret, p.prehash)).toBe(v.signature);
    const s = await sign(v.secret, { kind: v.id.startsWith('ws-') ? 'ws' : 'rest', ...v });
    expect(s.signature).toBe(v.signature);
  });

  it('matches an independent Python hmac/base64 implementation', () => {
    const out = execFileSync('python3', [checkScript, vectorsPath], { encoding: 'utf8' });
    const lines = out.trim().split('\n').map((l) => l.split('\t'));
    expect(lines.map(([id]) => id)).toEqual(vectors.map((v) => v.id));
    for (const [id, sig] of lines) expect(sig, id).toBe(vectors.find((v) => v.id === id)!.signature);
  });

  it('signHex gives the hex of the same digest', async () => {
    const hex = await signHex(SECRET, FACTS[0]![0]);
    expect(hex).toBe(createHmac('sha256', SECRET).update(FACTS[0]![0]).digest('hex'));
    expect(Buffer.from(hex, 'hex').toString('base64')).toBe(FACTS[0]![1]);
  });

  it('signs with an empty secret like every other HMAC implementation', async () => {
    expect(await signBase64('', 'x')).toBe(createHmac('sha256', '').update('x').digest('base64'));
  });
});

describe('prehash segments', () => {
  it('splits a REST prehash into coloured parts with offsets', () => {
    const p = restPrehash({ timestamp: '2020-12-08T09:08:57.715Z', method: 'post', requestPath: '/api/v5/x?a=1', body: '{"b":"中"}' });
    expect(p.prehash).toBe('2020-12-08T09:08:57.715ZPOST/api/v5/x?a=1{"b":"中"}');
    expect(p.segments.map((s) => s.part)).toEqual(['timestamp', 'method', 'path', 'query', 'body']);
    for (const s of p.segments) expect(p.prehash.slice(s.start, s.end)).toBe(s.text);
    expect(p.segments[3]).toEqual({ part: 'query', text: '?a=1', start: 37, end: 41 });
  });

  it('leaves out empty query and body segments', () => {
    const p = restPrehash({ timestamp: 't', method: 'GET', requestPath: '/api/v5/x' });
    expect(p.segments.map((s) => s.part)).toEqual(['timestamp', 'method', 'path']);
    expect(p.prehash).toBe('tGET/api/v5/x');
  });

  it('builds the WebSocket login prehash', () => {
    const p = wsLoginPrehash(1538054050);
    expect(p.prehash).toBe('1538054050GET/users/self/verify');
    expect(p.segments.map((s) => [s.part, s.text])).toEqual([
      ['timestamp', '1538054050'],
      ['method', 'GET'],
      ['path', '/users/self/verify'],
    ]);
  });
});
