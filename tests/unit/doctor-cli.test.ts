import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/diagnose.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { loadPastes } from '../fixtures/doctor/fixtures.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function cli(args: string[], input: string | Uint8Array): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    readStdin: async () => (typeof input === 'string' ? new TextEncoder().encode(input) : input),
  };
  const code = await run(args, io);
  return { code, out, err };
}

const parseLines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('diagnose CLI (in-process)', () => {
  it('prints a readable English diagnosis with the code page', async () => {
    const r = await cli([], '2024-03-05 14:22:31 ERROR {"msg":"Timestamp request expired","code":"50102"}');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('50102');
    expect(r.out).toContain('Host clock is off');
    expect(r.out).toContain('/errors/50102/');
  });

  it('prints Chinese with --lang zh', async () => {
    const r = await cli(['--lang', 'zh'], '{"msg":"Invalid Sign","code":"50113"}');
    expect(r.code).toBe(0);
    expect(r.out).toContain('签名字符串与实际请求不一致');
    expect(r.out).toContain('可能的原因：');
    expect((await cli(['--lang=zh'], 'Invalid Sign')).out).toContain('错误诊断');
  });

  it('says so when nothing is found, and prints --json', async () => {
    expect((await cli([], 'hello world')).out).toContain('Nothing OKX-specific found');
    const r = await cli(['--json'], '{"event":"login","code":"0","msg":""}');
    expect(JSON.parse(r.out)).toMatchObject({ kind: 'success', codes: [] });
  });

  it('masks secrets in the text output', async () => {
    const secret = 'Zq9Xw8Vu7Ts6Rq5Po4Nm';
    const r = await cli([], `OK-ACCESS-PASSPHRASE: ${secret}\n{"msg":"Invalid Sign","code":"50113"}`);
    expect(r.out).not.toContain(secret);
    expect(r.out).toContain('Zq9X…');
  });

  it('--jsonl: one line per input, bad lines reported and skipped over', async () => {
    const input = [
      JSON.stringify({ id: 'a', raw: '{"msg":"Timestamp request expired","code":"50102"}' }),
      '',
      '{"id":"broken", raw: nope}',
      JSON.stringify({ id: 7, raw: '{"code":"1","data":[{"sCode":"51008","sMsg":"x"}],"msg":""}' }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ id: 'no-raw' }),
      'not json at all',
      JSON.stringify({ id: 'net', raw: 'Error: read ECONNRESET' }),
    ].join('\n');
    const r = await cli(['--jsonl'], input);
    expect(r.code).toBe(0);
    const lines = parseLines(r.out);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toEqual({ id: 'a', code: '50102', codes: ['50102'], causes: ['clock-skew', 'timezone-as-utc', 'timestamp-format'] });
    expect(lines[1]).toMatchObject({ id: 'broken', error: expect.stringMatching(/^invalid JSON/) });
    expect(lines[2]).toMatchObject({ id: 7, code: '51008', codes: ['51008'] });
    expect((lines[2]!.causes as string[])[0]).toBe('insufficient-funds');
    expect(lines[3]).toMatchObject({ id: null, error: expect.any(String) });
    expect(lines[4]).toEqual({ id: 'no-raw', error: '"raw" must be a string' });
    expect(lines[5]).toMatchObject({ id: null, error: expect.stringMatching(/^invalid JSON/) });
    expect(lines[6]).toEqual({ id: 'net', code: null, codes: [], causes: ['network-connectivity'] });
  });

  it('decodes UTF-16 input with a BOM', async () => {
    const body = '{"msg":"Invalid Sign","code":"50113"}';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(body, 'utf16le'))]);
    expect((await cli(['--jsonl'], new TextEncoder().encode(JSON.stringify({ id: 1, raw: body })))).out).toContain('"50113"');
    expect((await cli([], bytes)).out).toContain('50113');
  });

  it('rejects unknown options with exit code 2 and prints help', async () => {
    expect((await cli(['--nope'], '')).code).toBe(2);
    expect((await cli(['--lang', 'fr'], '')).code).toBe(2);
    const help = await cli(['--help'], '');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--jsonl');
  });
});

describe('diagnose CLI (subprocess)', () => {
  it('npm run cli -- diagnose --jsonl gives every fixture its expected code and top cause', () => {
    const pastes = loadPastes();
    const input = pastes.map((p) => JSON.stringify({ id: p.id, raw: p.raw })).join('\n') + '\n{oops\n';
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'diagnose', '--jsonl'], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
    const lines = parseLines(out);
    expect(lines).toHaveLength(pastes.length + 1);
    pastes.forEach((p, i) => {
      const l = lines[i]!;
      expect(l.id).toBe(p.id);
      expect({ code: l.code, top: (l.causes as string[])[0] ?? null }, p.id).toEqual({ code: p.code, top: p.top_cause });
    });
    expect(lines[pastes.length]).toMatchObject({ id: null, error: expect.stringMatching(/^invalid JSON/) });
  });
});
