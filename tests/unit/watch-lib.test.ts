import { describe, expect, it } from 'vitest';
import { DedupeWindow, formatHit, hitKey, LineAssembler, lineHits, looksBinary, parseDuration } from '../../src/lib/watch/index.ts';
import { doctorCatalog } from '../fixtures/doctor/fixtures.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const SITE = 'https://example.test';

describe('LineAssembler', () => {
  it('joins lines split across chunks, drops CR, keeps the unterminated tail for flush', () => {
    const a = new LineAssembler();
    expect(a.push(enc('one\r\ntw')).lines).toEqual(['one']);
    expect(a.push(enc('o\nthr')).lines).toEqual(['two']);
    expect(a.push(enc('ee')).lines).toEqual([]);
    expect(a.flush()).toBe('three');
    expect(a.flush()).toBeNull();
  });

  it('splits UTF-8 only at newlines, so a character cut between chunks survives', () => {
    const a = new LineAssembler();
    const bytes = enc('签名错误 50113\n');
    expect([...a.push(bytes.subarray(0, 4)).lines, ...a.push(bytes.subarray(4)).lines]).toEqual(['签名错误 50113']);
  });

  it('cuts a line at maxLine and drops the rest of it, in bounded memory', () => {
    const a = new LineAssembler(10);
    const r = a.push(enc('0123456789abcdef'));
    expect(r).toMatchObject({ lines: ['0123456789'], cut: 1 });
    expect(a.push(enc('ghij\nnext\n')).lines).toEqual(['next']);
    // a 5 MB line in 64 KiB chunks: one cut line, then normal lines again
    const b = new LineAssembler();
    let cut = 0;
    const lines: string[] = [];
    const chunk = new Uint8Array(65536).fill(0x61);
    for (let i = 0; i < 80; i++) {
      const x = b.push(chunk);
      cut += x.cut;
      lines.push(...x.lines);
    }
    lines.push(...b.push(enc('\nok\n')).lines);
    expect(cut).toBe(1);
    expect(lines.map((l) => l.length)).toEqual([65536, 2]);
  });

  it('skips binary lines and keeps the text lines around them', () => {
    expect(looksBinary(enc('plain text\twith tab\n'))).toBe(false);
    expect(looksBinary(new Uint8Array([0x7b, 0, 0x7d]))).toBe(true);
    expect(looksBinary(new Uint8Array(100).fill(1))).toBe(true);
    const a = new LineAssembler();
    expect(a.push(enc('before\npartial')).lines).toEqual(['before']);
    expect(a.push(new Uint8Array([1, 2, 0, 3]))).toEqual({ lines: [], cut: 0, binary: 0 });
    expect(a.push(enc('rest of binary line\ngood\n'))).toEqual({ lines: ['good'], cut: 0, binary: 1 });
    // a gzip-like blob of 1 MB without newlines: one cut, skipped as binary, nothing kept
    const blob = new Uint8Array(1 << 20).map((_, i) => (i * 7) & 0xff).map((b) => (b === 10 ? 11 : b)); // no newline
    const r = a.push(blob);
    expect(r).toEqual({ lines: [], cut: 1, binary: 1 });
    expect(a.push(enc('\nafter\n')).lines).toEqual(['after']);
    a.push(new Uint8Array([0, 0]));
    expect(a.flush()).toBeNull();
  });

  it('reset forgets the partial line (truncation, rotation)', () => {
    const a = new LineAssembler();
    a.push(enc('half'));
    a.reset();
    expect(a.push(enc('new\n')).lines).toEqual(['new']);
  });
});

describe('DedupeWindow', () => {
  it('reports a key once per window and again after it', () => {
    const d = new DedupeWindow(600_000);
    expect(d.report('a', 0)).toBe(true);
    expect(d.report('a', 599_999)).toBe(false);
    expect(d.report('b', 1)).toBe(true);
    expect(d.report('a', 600_000)).toBe(true);
    expect(d.report('a', 600_001)).toBe(false);
  });
  it('window 0 reports every time; memory is bounded', () => {
    const z = new DedupeWindow(0);
    expect([z.report('a', 5), z.report('a', 5)]).toEqual([true, true]);
    const d = new DedupeWindow(1e9, 3);
    for (const k of ['a', 'b', 'c', 'd']) d.report(k, 0);
    expect(d.report('a', 1)).toBe(true); // forgotten
    expect(d.report('d', 1)).toBe(false);
  });
  it('parses durations', () => {
    expect(parseDuration('10m')).toBe(600_000);
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('90')).toBe(90_000);
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('ten')).toBeNull();
    expect(parseDuration('-5m')).toBeNull();
  });
});

describe('lineHits', () => {
  it('gives code, top cause, first fix and the absolute code page', () => {
    const [h, ...rest] = lineHits('2024-05-01 ERROR okx {"code":"50102","msg":"Timestamp request expired"}', doctorCatalog, 'en', SITE);
    expect(rest).toEqual([]);
    expect(h).toMatchObject({ code: '50102', cause: 'clock-skew', url: 'https://example.test/en/errors/50102/' });
    expect(h!.fix).toMatch(/clock/i);
    expect(formatHit(h!, 'en')).toMatch(/^50102 clock-skew: .+ → .+ https:\/\/example\.test\/en\/errors\/50102\/$/);
    const [zh] = lineHits('{"code":"50102","msg":"Timestamp request expired"}', doctorCatalog, 'zh', SITE + '/');
    expect(zh!.url).toBe('https://example.test/errors/50102/');
    expect(formatHit(zh!, 'zh')).toContain('clock-skew：');
  });
  it('ignores lines without an OKX code and success answers', () => {
    expect(lineHits('INFO order placed, price 43000.5', doctorCatalog, 'en', SITE)).toEqual([]);
    expect(lineHits('{"code":"0","msg":"","data":[]}', doctorCatalog, 'en', SITE)).toEqual([]);
    expect(lineHits('', doctorCatalog, 'en', SITE)).toEqual([]);
  });
  it('keys on code and cause', () => {
    const [h] = lineHits('{"code":"50113","msg":"Invalid Sign"}', doctorCatalog, 'en', SITE);
    expect(hitKey(h!)).toBe(`50113\u0000${h!.cause}`);
  });
  it('never echoes a secret from the line', () => {
    const secret = 'Zq9Xw8Vu7Ts6Rq5Po4NmLk3J';
    const hits = lineHits(`OK-ACCESS-PASSPHRASE: ${secret} {"msg":"Invalid Sign","code":"50113"}`, doctorCatalog, 'en', SITE);
    expect(hits.length).toBe(1);
    expect(JSON.stringify(hits) + formatHit(hits[0]!, 'en')).not.toContain(secret);
  });
});
