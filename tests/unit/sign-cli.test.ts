import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/sign.ts';
import type { CliIo } from '../../src/cli/io.ts';

const SECRET = '22582BD0CFF14C41EDBF1AB98506286D';
const TS = '2020-12-08T09:08:57.715Z';
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { out: (s) => void (out += s), err: (s) => void (err += s), readStdin: async () => new Uint8Array() };
  const code = await run(args, io);
  return { code, out, err };
}

const rest = ['--secret', SECRET, '--timestamp', TS, '--method', 'GET', '--path', '/api/v5/account/balance?ccy=BTC'];

describe('cli sign (in-process)', () => {
  it('prints the signature alone', async () => {
    expect(await cli(...rest)).toEqual({ code: 0, out: 'HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=\n', err: '' });
  });

  it('signs a POST body, spaced and compact, and accepts --opt=value', async () => {
    const base = ['--secret', SECRET, '--timestamp', TS, '--method', 'POST', '--path', '/api/v5/account/set-leverage'];
    expect((await cli(...base, '--body', '{"instId":"BTC-USDT","lever":"5","mgnMode":"isolated"}')).out).toBe('eCnnCgWLjlQ9XnpUkrcny3qNq3WW/81KNrDr/XR6Xv8=\n');
    expect((await cli(...base, '--body={"instId": "BTC-USDT", "lever": "5", "mgnMode": "isolated"}')).out).toBe('/XctMG4gU+l0Tv1E5CsSdhrndN0MZxclhFp3+SFofI8=\n');
  });

  it('still prints the signature of wrong inputs, with a one-line warning on stderr', async () => {
    const r = await cli('--secret', SECRET, '--timestamp', '1607418537', '--method', 'get', '--path', '/api/v5/account/balance');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    expect(r.err).toMatch(/^sign: warning: \d+ problem\(s\) in the inputs \(.*timestamp-epoch-seconds.*\); run with --explain\n$/);
  });

  it('signs a WebSocket login', async () => {
    expect(await cli('--ws', '--secret', SECRET, '--timestamp', '1538054050')).toEqual({ code: 0, out: '+LdIr8lkkvhr5hoA3g9TMC0+uQJ849ftAcocA/ouu4M=\n', err: '' });
  });

  it('explains the prehash parts and the findings', async () => {
    const r = await cli('--secret', SECRET, '--timestamp', '1607418537715', '--method', 'get', '--path', '/api/v5/account/balance?ccy=BTC', '--explain');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('prehash    "1607418537715GET/api/v5/account/balance?ccy=BTC"');
    expect(r.out).toMatch(/^ {2}query {6}39-47 {4}"\?ccy=BTC"$/m);
    expect(r.out).toMatch(/error +timestamp-epoch-millis \[50102\]: 1607418537715 looks like Unix milliseconds/);
    expect(r.out).toMatch(/error +method-not-uppercase \[50113\]/);
    expect(r.out).not.toContain(SECRET);
    const clean = await cli(...rest, '--explain');
    expect(clean.out).toContain('signature  HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=');
    expect(clean.out).toContain('findings   none');
  });

  it('compares a signature and names the mistake', async () => {
    expect((await cli(...rest, '--compare', 'HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=')).out).toBe('{"match":true,"variant":null}\n');
    const miss = await cli(...rest, '--compare', 'AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw=');
    expect(miss).toEqual({ code: 0, out: '{"match":false,"variant":"missing-query"}\n', err: '' });
    expect((await cli(...rest, '--compare', 'nonsense')).out).toBe('{"match":false,"variant":null}\n');
  });

  it('uses --passphrase for the passphrase-as-secret variant', async () => {
    const sig = (await cli('--secret', 'Pa55word!x', '--timestamp', TS, '--method', 'GET', '--path', '/api/v5/account/balance?ccy=BTC')).out.trim();
    expect((await cli(...rest, '--compare', sig, '--passphrase', 'Pa55word!x')).out).toBe('{"match":false,"variant":"passphrase-as-secret"}\n');
  });

  it.each([
    [['--timestamp', TS, '--method', 'GET', '--path', '/x'], 'missing --secret'],
    [['--secret', SECRET, '--method', 'GET', '--path', '/x'], 'missing --timestamp'],
    [['--secret', SECRET, '--timestamp', TS, '--path', '/x'], 'missing --method'],
    [['--secret', SECRET, '--timestamp', TS, '--method', 'GET'], 'missing --path'],
    [['--secret'], 'option --secret needs a value'],
    [['--secret', '--timestamp', TS], 'option --secret needs a value'],
    [[...rest, '--bogus'], 'unknown option "--bogus"'],
    [[...rest, 'extra'], 'unexpected argument "extra"'],
    [[...rest, '--secret', 'x'], 'option --secret is given twice'],
    [[...rest, '--explain', '--compare', 'x'], '--explain and --compare cannot be combined'],
    [['--ws', '--secret', SECRET, '--timestamp', '1', '--path', '/x'], '--ws takes no --method, --path or --body'],
    [[...rest, '--ws=1'], 'option --ws takes no value'],
  ])('rejects %j with exit 2', async (args, msg) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`sign: ${msg} (see sign --help)\n`);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('prints usage on --help', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: npm run --silent cli -- sign --secret S/);
    expect(r.out).toContain('--compare SIG');
    expect((await cli('-h')).out).toBe(r.out);
  });
});

describe('cli sign (subprocess)', () => {
  it('runs through npm run cli from the repo root', () => {
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'sign', ...rest], { cwd: repoRoot, encoding: 'utf8' });
    expect(out).toBe('HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=\n');
  });

  it('exits 2 with one stderr line and no stdout on bad input', () => {
    const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'sign', '--timestamp', TS], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('sign: missing --secret (see sign --help)\n');
  });
});
