/**
 * The npm package: `npm run --silent pack:cli` prints the .tgz path last; it installs offline into an
 * empty folder with no other package; `npx okx-doctor` gives the in-repo CLI's output; the library
 * import works on the system Node.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as diagnoseRun } from '../../src/cli/diagnose.ts';
import { VERSION } from '../../src/cli/prog.ts';
import { diagnose } from '../../src/lib/doctor/index.ts';
import { doctorCatalog } from '../fixtures/doctor/fixtures.ts';
import { inProcess, removeDir, root, systemNode, systemPath } from './cli-helpers.ts';

const node = systemNode();
/** `npx` and the bin's `env node` find the system Node. */
const env = { ...process.env, PATH: systemPath() };

describe.skipIf(!node)('npm package okx-doctor', () => {
  let dir: string;
  let tgz: string;
  beforeAll(() => {
    const out = execFileSync('npm', ['run', '--silent', 'pack:cli'], { cwd: root, encoding: 'utf8' });
    tgz = out.trim().split('\n').at(-1)!;
    expect(tgz).toMatch(/okx-doctor-[\d.]+\.tgz$/);
    expect(existsSync(tgz)).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'okx-pkg-'));
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tgz], { cwd: dir, env, stdio: 'ignore' });
  }, 180_000);
  afterAll(() => removeDir(dir));

  it('installs alone: no runtime dependency, ESM with types and a bin', () => {
    expect(readdirSync(join(dir, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['okx-doctor']);
    const pkg = JSON.parse(readFileSync(join(dir, 'node_modules/okx-doctor/package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg).toMatchObject({ name: 'okx-doctor', version: VERSION, type: 'module', bin: { 'okx-doctor': './okx-doctor.mjs' } });
    expect(pkg.dependencies).toBeUndefined();
    expect(existsSync(join(dir, 'node_modules/okx-doctor', pkg.types as string))).toBe(true);
  });

  it('npx okx-doctor gives the in-repo output on the whole corpus', async () => {
    const corpus = readFileSync(join(root, 'tests/fixtures/doctor/pastes.jsonl'), 'utf8');
    const got = execFileSync('npx', ['--offline', 'okx-doctor', 'diagnose', '--jsonl', '--full'], { cwd: dir, env, input: corpus, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const want = await inProcess(diagnoseRun, ['--jsonl', '--full'], corpus);
    expect(got === want.stdout).toBe(true);
    expect(execFileSync('npx', ['--offline', 'okx-doctor', '--version'], { cwd: dir, env, encoding: 'utf8' })).toBe(`okx-doctor ${VERSION}\n`);
    expect(execFileSync('npx', ['--offline', 'okx-doctor', 'diagnose', '--help'], { cwd: dir, env, encoding: 'utf8' })).toContain('usage: okx-doctor diagnose');
  }, 120_000);

  it("import { diagnose, explain, sign } from 'okx-doctor' works on the system Node", () => {
    const paste = '2024-01-01 ERROR okx {"code":"50102","msg":"Timestamp request expired"}';
    writeFileSync(
      join(dir, 'use.mjs'),
      `import { diagnose, explain, sign, checkClock } from 'okx-doctor';
const d = diagnose(${JSON.stringify(paste)}, { lang: 'zh' });
const x = explain(new Error('okx {"msg":"Invalid Sign","code":"50113"}'));
const s = await sign('22582BD0CFF14C41EDBF1AB98506286D', { timestamp: '2020-12-08T09:08:57.715Z', method: 'GET', requestPath: '/api/v5/account/balance?ccy=BTC' });
const c = await checkClock({ samples: 99 });
console.log(JSON.stringify({ d: { ...d, text: undefined }, text: d.text, x: { code: x.code, url: x.url }, sig: s.signature, c }));
`,
    );
    const out = JSON.parse(execFileSync(node!, ['use.mjs'], { cwd: dir, env, encoding: 'utf8' })) as Record<string, unknown>;
    const { text: _t, ...d } = out.d as Record<string, unknown>;
    expect(d).toEqual(JSON.parse(JSON.stringify(diagnose(paste, doctorCatalog))));
    expect(out.text).toContain('可能的原因');
    expect(out.x).toEqual({ code: '50113', url: expect.stringMatching(/^https?:\/\/[^/]+\/en\/errors\/50113\/$/) });
    expect(out.sig).toBe('HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=');
    expect(out.c).toEqual({ ok: false, message: 'samples must be a whole number from 1 to 20' });
  }, 60_000);
});
