/**
 * The single file served at /cli/okx-doctor.mjs, bundled fresh, copied alone into an empty folder
 * and run with the machine's system Node (v20, not the devDependency's 22), gives byte-identical
 * output and exit codes to the in-repo CLI: the whole doctor corpus, the signing vectors, errors.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as diagnoseRun } from '../../src/cli/diagnose.ts';
import { run as signRun } from '../../src/cli/sign.ts';
import { VERSION } from '../../src/cli/prog.ts';
import { freshBundle, inProcess, removeDir, root, systemNode } from './cli-helpers.ts';

const pexec = promisify(execFile);
const node = systemNode();
if (!node) console.warn('cli-bundle: no system node outside node_modules (which -a node); skipping the single-file tests');

type Vector = Record<'id' | 'secret' | 'timestamp' | 'method' | 'requestPath' | 'body' | 'signature', string>;

describe.skipIf(!node)('single-file CLI on the system Node', () => {
  let bundle: { dir: string; file: string };
  beforeAll(() => {
    bundle = freshBundle();
  }, 120_000);
  afterAll(() => removeDir(bundle?.dir));

  /** Run the bundle in its empty folder; stdin from a string. */
  async function file(args: string[], input = ''): Promise<{ status: number; stdout: string; stderr: string }> {
    const p = pexec(node!, [bundle.file, ...args], { cwd: bundle.dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
    p.child.stdin!.end(input);
    try {
      const r = await p;
      return { status: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const x = e as { code?: number; stdout?: string; stderr?: string };
      if (typeof x.code !== 'number') throw e;
      return { status: x.code, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
    }
  }

  it('imports nothing but node: built-ins', () => {
    const text = readFileSync(bundle.file, 'utf8');
    // Static imports: `}from"x"` / `;import"x"` (minified); dynamic: `import("x")`. Running it from an
    // empty folder below also proves the static ones resolve without node_modules.
    const specifiers = [...text.matchAll(/(?:\}\s*from|(?:^|;)\s*import|\bimport\s*\()\s*"([^"]+)"/gm)].map((m) => m[1]);
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((s) => !s!.startsWith('node:'))).toEqual([]);
    expect(text.startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('runs on the system Node, with --version and --help', async () => {
    const v = await pexec(node!, ['--version'], { encoding: 'utf8' });
    expect(v.stdout).toMatch(/^v\d+\./);
    expect(await file(['--version'])).toEqual({ status: 0, stdout: `okx-doctor ${VERSION}\n`, stderr: '' });
    const help = await file(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: node okx-doctor.mjs <command>');
    expect(help.stdout).toContain('watch');
    expect((await file([])).status).toBe(2);
    expect((await file(['nope'])).status).toBe(2);
  });

  it('diagnoses the whole corpus byte-identically (--jsonl and --jsonl --full)', async () => {
    const corpus = readFileSync(join(root, 'tests/fixtures/doctor/pastes.jsonl'), 'utf8');
    for (const args of [['--jsonl'], ['--jsonl', '--full']]) {
      const want = await inProcess(diagnoseRun, args, corpus);
      const got = await file(['diagnose', ...args], corpus);
      expect(got.stderr).toBe('');
      expect(got.status).toBe(want.status);
      expect(want.stdout.split('\n').length).toBeGreaterThan(400);
      expect(got.stdout === want.stdout, `diagnose ${args.join(' ')} differs`).toBe(true);
    }
  }, 120_000);

  it('prints the same text, --json and --lang zh for single pastes, and the same errors', async () => {
    const pastes = readFileSync(join(root, 'tests/fixtures/doctor/pastes.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { raw: string }).raw);
    const picks = [pastes[0]!, pastes[100]!, pastes[250]!, pastes[pastes.length - 1]!, '', '\u0000\u0001binary\u0000'];
    const cases = picks.flatMap((p) => [[[], p], [['--json'], p], [['--lang', 'zh'], p]] as [string[], string][]);
    cases.push([['--lang', 'fr'], 'x'], [['--bogus'], 'x'], [['--full'], 'x']);
    await Promise.all(
      cases.map(async ([args, input]) => {
        const want = await inProcess(diagnoseRun, args, input);
        const got = await file(['diagnose', ...args], input);
        expect(got.status, args.join(' ')).toBe(want.status);
        expect(got.stdout, args.join(' ')).toBe(want.stdout);
        if (want.status === 0) expect(got.stderr).toBe(want.stderr);
      }),
    );
  }, 120_000);

  it('signs every vector as the in-repo CLI does (plain, --explain, --compare, --ws)', async () => {
    const vectors = JSON.parse(readFileSync(join(root, 'public/vectors/okx-sign-vectors.json'), 'utf8')) as Vector[];
    const cases: string[][] = [];
    for (const v of vectors) {
      const base = ['--secret', v.secret, '--timestamp', v.timestamp, '--method', v.method, '--path', v.requestPath, '--body', v.body];
      cases.push(base, [...base, '--explain'], [...base, '--compare', v.signature], [...base, '--compare', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=']);
      if (v.id.startsWith('ws')) cases.push(['--ws', '--secret', v.secret, '--timestamp', v.timestamp]);
    }
    cases.push(['--secret', 'x'], ['--bogus']);
    const results = await Promise.all(cases.map(async (args) => ({ args, want: await inProcess(signRun, args), got: await file(['sign', ...args]) })));
    for (const { args, want, got } of results) {
      expect(got.status, args.join(' ')).toBe(want.status);
      expect(got.stdout, args.join(' ')).toBe(want.stdout);
    }
    // and the signatures are the published ones
    for (const v of vectors) expect(results.some((r) => r.got.stdout === `${v.signature}\n`), v.id).toBe(true);
  }, 120_000);
});
