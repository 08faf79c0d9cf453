/**
 * The host commands, actually run (bash, dash, perl, python3, curl, wget exist here) against the
 * local mock of /api/v5/public/time with an injected skew. Docker and kubectl are replaced by
 * shims that run the inner `sh -c` script, so the real quoting of the docker command line is
 * exercised. pwsh is not installed: the PowerShell format is covered by parser fixtures.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bashCommand,
  CLOCK_MESSAGES,
  clockMessage,
  dockerExecCommand,
  dockerRunCommand,
  explainVerdict,
  formatDuration,
  hostCommands,
  isSafeUrl,
  judgeOffset,
  kubectlExecCommand,
  macosCommand,
  parseHostOutput,
  posixScript,
  powershellCommand,
  pythonCommand,
  regionForAccountSite,
  timeUrl,
  timeUrlForHost,
  type ClockMessageId,
  type HostOsId,
} from '../../src/lib/clock/index.ts';
import { startMockServer, type MockServer } from '../../scripts/mock-okx-time.mjs';

const pexec = promisify(execFile);
const SKEW = 45_000;
let mock: MockServer;
let dir: string;
let python3: string;

async function sh(shell: string, command: string, env: NodeJS.ProcessEnv = process.env) {
  const { stdout } = await pexec(shell, ['-c', command], { env, timeout: 20_000 });
  return stdout;
}

function expectThreeLines(out: string, tag?: string) {
  const lines = out.split('\n').filter(Boolean);
  expect(lines).toHaveLength(3);
  const p = tag ? `okx-clock v1 src=${tag} ` : 'okx-clock v1 ';
  expect(lines[0]).toMatch(new RegExp(`^${p}t0s?=\\d+$`));
  expect(lines[1]!.startsWith(`${p}ts=`)).toBe(true);
  expect(lines[2]).toMatch(new RegExp(`^${p}t1s?=\\d+$`));
}

/** Parse the output and check: expired clock-skew, true skew inside offset ± uncertainty. */
function expectSkew(out: string, skew = SKEW, src: string | null = null) {
  const r = parseHostOutput(out);
  expect(r.error, out).toBeNull();
  const s = r.sources.find((x) => x.src === src)!;
  expect(s, out).toBeDefined();
  expect(Math.abs(s.estimate.offsetMs - skew)).toBeLessThanOrEqual(s.estimate.uncertaintyMs);
  expect(s.verdict.verdict).toBe('expired');
  expect(s.verdict.cause).toBe('clock-skew');
  return s;
}

function shimDir(name: string, files: Record<string, string>, links: Record<string, string> = {}) {
  const d = join(dir, name);
  rmSync(d, { recursive: true, force: true });
  mkdirSync(d);
  for (const [f, body] of Object.entries(files)) {
    writeFileSync(join(d, f), body, { flag: 'w' });
    chmodSync(join(d, f), 0o755);
  }
  for (const [f, target] of Object.entries(links)) symlinkSync(target, join(d, f));
  return d;
}

beforeAll(async () => {
  mock = await startMockServer({ skewMs: SKEW });
  dir = mkdtempSync(join(tmpdir(), 'okx-clock-'));
  python3 = (await pexec('python3', ['-c', 'import sys;print(sys.executable)'])).stdout.trim();
});
afterAll(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('host commands run for real against the mock (+45 s)', () => {
  it('bash + curl + GNU date', async () => {
    const out = await sh('bash', bashCommand(mock.url));
    expectThreeLines(out);
    const s = expectSkew(out);
    expect(s.estimate.localIs).toBe('behind');
  });

  it('bash with a src tag, and a negative skew (local clock ahead)', async () => {
    mock.set({ skewMs: -SKEW });
    try {
      const out = await sh('bash', bashCommand(mock.url, { tag: 'host' }));
      expectThreeLines(out, 'host');
      expect(expectSkew(out, -SKEW, 'host').estimate.localIs).toBe('ahead');
    } finally {
      mock.set({ skewMs: SKEW });
    }
  });

  it('macOS command (perl Time::HiRes) under bash', async () => {
    const out = await sh('bash', macosCommand(mock.url));
    expectThreeLines(out);
    expectSkew(out);
  });

  it('Python command (urllib, no curl)', async () => {
    const out = await sh('bash', pythonCommand(mock.url));
    expectThreeLines(out);
    expectSkew(out);
  });

  it('POSIX script under dash (as inside a container)', async () => {
    const out = await sh('/bin/sh', posixScript(mock.url, { tag: 'container' }));
    expectThreeLines(out, 'container');
    expectSkew(out, SKEW, 'container');
  });

  it('POSIX script with busybox-like date (no %N): falls back to python3 for ms', async () => {
    const d = shimDir('bb-py', { date: '#!/bin/sh\ncase "$*" in *%N*|*%3N*) echo "$(/bin/date +%s)%3N";; *) exec /bin/date "$@";; esac\n' }, {
      curl: '/usr/bin/curl',
      tr: '/usr/bin/tr',
      python3,
    });
    // the shim really is broken like busybox
    expect((await pexec('/bin/sh', ['-c', 'date +%s%3N'], { env: { PATH: d } })).stdout).toMatch(/^\d{10}%3N\n$/);
    const out = await sh('/bin/sh', posixScript(mock.url), { PATH: d });
    expect(out).toMatch(/^okx-clock v1 t0=\d{13}$/m);
    expectSkew(out);
  });

  it('POSIX script with busybox-like date and no python/perl: whole seconds, ±1 s, still expired', async () => {
    const d = shimDir('bb-sec', { date: '#!/bin/sh\ncase "$*" in *%N*|*%3N*) echo "$(/bin/date +%s)%3N";; *) exec /bin/date "$@";; esac\n' }, {
      curl: '/usr/bin/curl',
      tr: '/usr/bin/tr',
    });
    const out = await sh('/bin/sh', posixScript(mock.url), { PATH: d });
    expectThreeLines(out);
    expect(out).toMatch(/^okx-clock v1 t0s=\d{10}$/m);
    const s = expectSkew(out);
    expect(s.samples[0]!.resolutionMs).toBe(1000);
    expect(s.estimate.uncertaintyMs).toBeGreaterThanOrEqual(500);
  });

  it('POSIX script with wget only (alpine), then python3 only', async () => {
    const w = shimDir('wget-only', {}, { wget: '/usr/bin/wget', tr: '/usr/bin/tr', date: '/bin/date' });
    expectSkew(await sh('/bin/sh', posixScript(mock.url), { PATH: w }));
    const p = shimDir('py-only', {}, { python3, tr: '/usr/bin/tr', date: '/bin/date', tail: '/usr/bin/tail' });
    expectSkew(await sh('/bin/sh', posixScript(mock.url), { PATH: p }));
  });

  it('POSIX script with no fetch tool at all → no-fetch-tool', async () => {
    const d = shimDir('none', {}, { tr: '/usr/bin/tr', date: '/bin/date' });
    const out = await sh('/bin/sh', posixScript(mock.url), { PATH: d });
    expectThreeLines(out);
    expect(parseHostOutput(out).error).toBe('no-fetch-tool');
  });

  it('docker exec / docker run / kubectl exec command lines survive the shell quoting (shims)', async () => {
    const d = shimDir('docker', {
      // docker exec NAME sh -c S | docker run --rm alpine sh -c S | docker run --rm --entrypoint sh IMG -c S
      docker:
        '#!/bin/sh\ncase "$1" in\n exec) shift 2; exec "$@";;\n run) shift 2; if [ "$1" = --entrypoint ]; then e=$2; shift 3; exec "$e" "$@"; fi; shift; exec "$@";;\nesac\nexit 99\n',
      kubectl: '#!/bin/sh\nwhile [ "$1" != -- ]; do shift; done; shift; exec "$@"\n',
    });
    const env = { ...process.env, PATH: `${d}:${process.env.PATH}` };
    const cmds: [string, string][] = [
      [dockerExecCommand(mock.url, { name: 'okx-bot' }), 'container'],
      [dockerRunCommand(mock.url), 'docker'],
      [dockerRunCommand(mock.url, { image: 'curlimages/curl' }), 'docker'],
      [kubectlExecCommand(mock.url, { name: 'bot-0', namespace: 'trading' }), 'pod'],
    ];
    let all = '';
    for (const [cmd, tag] of cmds) {
      const out = await sh('bash', cmd, env);
      expectThreeLines(out, tag);
      expectSkew(out, SKEW, tag);
      all += `$ ${cmd}\n${out}`;
    }
    const host = await sh('bash', bashCommand(mock.url, { tag: 'host' }));
    const r = parseHostOutput(all + host);
    expect(r.sources.map((s) => s.src)).toEqual(['container', 'docker', 'pod', 'host']);
    for (const c of r.comparisons) expect(c.sameClock).toBe(true);
  });

  it.each([
    ['html', 'html-response'],
    ['rate-limit', 'rate-limited'],
    ['http-429', 'rate-limited'],
    ['bad-json', 'bad-json'],
    ['no-ts', 'ts-missing'],
  ] as const)('server answer %s → %s through curl, python and the POSIX script', async (respond, error) => {
    mock.set({ respond });
    try {
      for (const cmd of [bashCommand(mock.url), pythonCommand(mock.url)]) {
        expect(parseHostOutput(await sh('bash', cmd)).error, cmd.slice(0, 20)).toBe(error);
      }
      expect(parseHostOutput(await sh('/bin/sh', posixScript(mock.url))).error).toBe(error === 'rate-limited' && respond === 'http-429' ? 'rate-limited' : error);
    } finally {
      mock.set({ respond: 'ok' });
    }
  });

  it('a closed port → connect-error through curl and python', async () => {
    const m = await startMockServer();
    const url = m.url;
    await m.close();
    expect(parseHostOutput(await sh('bash', bashCommand(url))).error).toBe('connect-error');
    expect(parseHostOutput(await sh('bash', pythonCommand(url))).error).toBe('connect-error');
  });

  it('a +8 h skew run through bash is timezone-as-utc −08:00', async () => {
    mock.set({ skewMs: 8 * 3_600_000 });
    try {
      const s = parseHostOutput(await sh('bash', bashCommand(mock.url))).sources[0]!;
      expect(s.verdict.cause).toBe('timezone-as-utc');
      expect(s.verdict.zone?.label).toBe('-08:00');
    } finally {
      mock.set({ skewMs: SKEW });
    }
  });
});

describe('command builders', () => {
  it('PowerShell command uses Invoke-RestMethod, DateTimeOffset ms, TLS 1.2 and prints the three lines', () => {
    const c = powershellCommand(timeUrl('eea'), { tag: 'vps' });
    expect(c).toContain("$u = 'https://eea.okx.com/api/v5/public/time'");
    expect(c).toContain('Invoke-RestMethod -Uri $u -TimeoutSec 10');
    expect(c.match(/\[DateTimeOffset\]::UtcNow\.ToUnixTimeMilliseconds\(\)/g)).toHaveLength(2);
    expect(c).toContain('-bor 3072');
    expect(c.endsWith('"okx-clock v1 src=vps t0=$t0"; "okx-clock v1 src=vps ts=$ts"; "okx-clock v1 src=vps t1=$t1"')).toBe(true);
  });

  it('bash uses GNU date %3N; macOS avoids date; docker/kubectl wrap a single-quote-free script', () => {
    expect(bashCommand()).toContain('date +%s%3N');
    expect(macosCommand()).not.toContain('date');
    expect(posixScript()).not.toContain("'");
    expect(dockerExecCommand()).toMatch(/^docker exec YOUR_CONTAINER sh -c '[^']+'$/);
    expect(dockerRunCommand()).toMatch(/^docker run --rm alpine sh -c '[^']+'$/);
    expect(kubectlExecCommand()).toMatch(/^kubectl exec YOUR_POD -- sh -c '[^']+'$/);
    expect(pythonCommand(undefined, { python: 'python' })).toMatch(/^python -c '[^']+'$/);
  });

  it('refuses URLs, tags and names that could inject shell code', () => {
    for (const bad of ["https://x.okx.com/'; rm -rf /", 'https://x/$(id)', 'https://x/`id`', 'https://x/a"b', 'file:///etc/passwd', 'https://x/a b', 'https://x/a\\b']) {
      expect(isSafeUrl(bad), bad).toBe(false);
      expect(() => bashCommand(bad), bad).toThrow();
      expect(() => powershellCommand(bad), bad).toThrow();
      expect(() => pythonCommand(bad), bad).toThrow();
      expect(() => dockerExecCommand(bad), bad).toThrow();
    }
    expect(() => bashCommand(undefined, { tag: 'a b' })).toThrow();
    expect(() => dockerExecCommand(undefined, { name: 'x;id' })).toThrow();
    expect(() => kubectlExecCommand(undefined, { namespace: '$(id)' })).toThrow();
    expect(isSafeUrl('http://127.0.0.1:8080/api/v5/public/time?x=1&y=2')).toBe(true);
  });

  it('hostCommands covers every OS tab with the right tools', () => {
    const ids: Record<HostOsId, string[]> = {
      windows: ['powershell'],
      centos7: ['bash', 'python'],
      'centos-stream': ['bash', 'python'],
      ubuntu: ['bash', 'python'],
      wsl: ['bash', 'powershell'],
      macos: ['macos'],
      docker: ['docker-exec', 'bash', 'docker-run', 'kubectl-exec'],
    };
    for (const [os, want] of Object.entries(ids) as [HostOsId, string[]][]) {
      const cmds = hostCommands(os, timeUrl('us'), { container: 'bot' });
      expect(cmds.map((c) => c.id), os).toEqual(want);
      for (const c of cmds) {
        expect(c.command).toContain('https://us.okx.com/api/v5/public/time');
        for (const id of [c.labelId, ...c.noteIds]) expect(CLOCK_MESSAGES[id], id).toBeDefined();
      }
    }
    const docker = hostCommands('docker', timeUrl(), { container: 'bot' });
    expect(docker.map((c) => c.tag)).toEqual(['container', 'host', 'docker', 'pod']);
    expect(docker[0]!.command.startsWith('docker exec bot ')).toBe(true);
  });
});

describe('hosts', () => {
  it('maps regions and hosts to the time URL', () => {
    expect(timeUrl()).toBe('https://www.okx.com/api/v5/public/time');
    expect(timeUrl('openapi')).toBe('https://openapi.okx.com/api/v5/public/time');
    expect(timeUrl('eea')).toBe('https://eea.okx.com/api/v5/public/time');
    expect(timeUrl('us')).toBe('https://us.okx.com/api/v5/public/time');
    expect(timeUrlForHost('eea')).toBe('https://eea.okx.com/api/v5/public/time');
    expect(timeUrlForHost('WWW.OKX.COM')).toBe('https://www.okx.com/api/v5/public/time');
    expect(timeUrlForHost('https://us.okx.com/')).toBe('https://us.okx.com/api/v5/public/time');
    expect(timeUrlForHost('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/api/v5/public/time');
    expect(timeUrlForHost('not a host')).toBeNull();
    expect(timeUrlForHost("okx.com';id")).toBeNull();
    expect(regionForAccountSite('https://my.okx.com/account')).toBe('eea');
    expect(regionForAccountSite('app.okx.com')).toBe('us');
    expect(regionForAccountSite('www.okx.com')).toBe('www');
  });
});

describe('messages', () => {
  const ids = Object.keys(CLOCK_MESSAGES) as ClockMessageId[];
  it('every message has English and natively written Chinese with the same placeholders', () => {
    for (const id of ids) {
      const { en, zh } = CLOCK_MESSAGES[id];
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(ph(zh), id).toEqual(ph(en));
      expect(en.length, id).toBeGreaterThan(0);
      if (!/^cmd-(powershell|bash)$/.test(id)) expect(zh, id).toMatch(/[\u4e00-\u9fff]/);
      expect(zh, id).not.toContain('您');
      // spaces between CJK and Latin letters / digits / placeholders
      expect(zh, id).not.toMatch(/[\u4e00-\u9fff][A-Za-z0-9{]/);
      expect(zh, id).not.toMatch(/[A-Za-z0-9}%][\u4e00-\u9fff]/);
      // full-width punctuation next to CJK
      expect(zh, id).not.toMatch(/[\u4e00-\u9fff][,.;:!?()]|[,;:!?(][\u4e00-\u9fff]/);
    }
  });

  it('fills placeholders and formats durations in both languages', () => {
    expect(clockMessage('okx-error', 'en', { code: '50119' })).toBe('OKX answered with error code 50119 instead of the time.');
    expect(clockMessage('okx-error', 'zh-cn', { code: '50119' })).toBe('OKX 返回了错误码 50119，而不是服务器时间。');
    expect(formatDuration(35.4, 'en')).toBe('35 ms');
    expect(formatDuration(-45_210, 'en')).toBe('45.2 s');
    expect(formatDuration(45_210, 'zh')).toBe('45.2 秒');
    expect(formatDuration(725_000, 'en')).toBe('12 min 5 s');
    expect(formatDuration(8 * 3_600_000 + 60_000, 'zh')).toBe('8 小时 1 分');
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000, 'en')).toBe('3 d 4 h');
  });

  it('every verdict explanation is finished text: offsets from −3 days to +3 days, both languages (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -3 * 86_400_000, max: 3 * 86_400_000, noNaN: true }), fc.double({ min: 0, max: 5_000, noNaN: true }), (offsetMs, uncertaintyMs) => {
        const e = { offsetMs, uncertaintyMs, rttMs: uncertaintyMs * 2 };
        for (const lang of ['en', 'zh'] as const) {
          const text = explainVerdict(e, judgeOffset(offsetMs, uncertaintyMs), lang);
          expect(text).not.toMatch(/\{\w+\}|undefined|NaN/);
          expect(text.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('explains verdicts with numbers', () => {
    const e = { offsetMs: 45_210, uncertaintyMs: 52, rttMs: 100 };
    const en = explainVerdict(e, judgeOffset(e.offsetMs, e.uncertaintyMs), 'en');
    expect(en).toContain('45.2 s behind OKX (±52 ms)');
    expect(en).toContain('50102');
    const zh = explainVerdict(e, judgeOffset(e.offsetMs, e.uncertaintyMs), 'zh');
    expect(zh).toContain('你的时钟比 OKX 慢 45.2 秒（±52 毫秒）');
    const tz = { offsetMs: -8 * 3_600_000 - 1_000, uncertaintyMs: 40, rttMs: 70 };
    expect(explainVerdict(tz, judgeOffset(tz.offsetMs, tz.uncertaintyMs), 'en')).toContain('time zone +08:00');
  });
});
