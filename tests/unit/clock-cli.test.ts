/** `clock` CLI: in-process run() and a real subprocess, against the local mock only. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measure, run } from '../../src/cli/clock.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { estimateOffset } from '../../src/lib/clock/index.ts';
import { startMockServer, type MockServer } from '../../scripts/mock-okx-time.mjs';

const pexec = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

function captureIo() {
  const io = { stdout: '', stderr: '' };
  const cli: CliIo = {
    out: (s) => void (io.stdout += s),
    err: (s) => void (io.stderr += s),
    readStdin: async () => new Uint8Array(),
  };
  return { io, cli };
}

async function closedPortUrl() {
  const m = await startMockServer();
  await m.close();
  return m.url;
}

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ skewMs: 45_000 });
});
afterAll(() => mock.close());

describe('clock CLI in-process', () => {
  it('--url against the mock prints one JSON line with the skew inside the uncertainty', async () => {
    const { io, cli } = captureIo();
    const before = mock.requests();
    expect(await run(['--url', mock.url, '--samples', '3'], cli)).toBe(0);
    expect(mock.requests() - before).toBe(3);
    expect(io.stderr).toBe('');
    expect(io.stdout.endsWith('\n')).toBe(true);
    expect(io.stdout.trim().split('\n')).toHaveLength(1);
    const j = JSON.parse(io.stdout);
    expect(Object.keys(j)).toEqual(['offset_ms', 'uncertainty_ms', 'rtt_ms', 'verdict', 'cause']);
    expect(Math.abs(j.offset_ms - 45_000)).toBeLessThanOrEqual(j.uncertainty_ms);
    expect(j).toMatchObject({ verdict: 'expired', cause: 'clock-skew' });
    expect(Number.isInteger(j.offset_ms) && Number.isInteger(j.uncertainty_ms) && Number.isInteger(j.rtt_ms)).toBe(true);
  });

  it('ok, near-edge, timezone-as-utc and negative skews', async () => {
    const cases: [number, string, string | null][] = [
      [0, 'ok', null],
      [-20_000, 'near-edge', 'clock-skew'],
      [-(5 * 3_600_000 + 45 * 60_000), 'expired', 'timezone-as-utc'],
      [8 * 3_600_000, 'expired', 'timezone-as-utc'],
    ];
    try {
      for (const [skew, verdict, cause] of cases) {
        mock.set({ skewMs: skew });
        const { io, cli } = captureIo();
        expect(await run([`--url=${mock.url}`, '--samples=2'], cli)).toBe(0);
        const j = JSON.parse(io.stdout);
        expect(j, String(skew)).toMatchObject({ verdict, cause });
        expect(Math.abs(j.offset_ms - skew)).toBeLessThanOrEqual(j.uncertainty_ms);
      }
    } finally {
      mock.set({ skewMs: 45_000 });
    }
  });

  it('a closed port → exit 1, one line on stderr, nothing on stdout', async () => {
    const { io, cli } = captureIo();
    expect(await run(['--url', await closedPortUrl()], cli)).toBe(1);
    expect(io.stdout).toBe('');
    expect(io.stderr.endsWith('\n')).toBe(true);
    expect(io.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(io.stderr).toMatch(/^clock: cannot reach http:\/\/127\.0\.0\.1:\d+\/api\/v5\/public\/time: .*ECONNREFUSED/);
  });

  it('a response that is not the time → exit 1 with the error id', async () => {
    for (const [respond, id] of [
      ['html', 'html-response'],
      ['rate-limit', 'rate-limited'],
      ['no-ts', 'ts-missing'],
    ] as const) {
      mock.set({ respond });
      const { io, cli } = captureIo();
      expect(await run(['--url', mock.url, '--samples', '1'], cli)).toBe(1);
      expect(io.stderr).toContain(`(${id}`);
      expect(io.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    mock.set({ respond: 'ok' });
  });

  it('times out a silent server after the per-sample timeout', async () => {
    mock.set({ delayBeforeMs: 1_000 });
    try {
      const r = await measure(mock.url, { samples: 1, timeoutMs: 200 });
      expect(r).toMatchObject({ ok: false, error: 'timeout' });
    } finally {
      mock.set({ delayBeforeMs: 0 });
    }
  });

  it.each([
    [['--samples', '0']],
    [['--samples', '21']],
    [['--samples', 'five']],
    [['--samples']],
    [['--host', 'www.okx.com', '--url', 'http://127.0.0.1:1/']],
    [['--host', 'not a host']],
    [['--url', 'ftp://example.com/x']],
    [['--url', 'nope']],
    [['--bogus']],
  ])('bad arguments %j → exit 2', async (args) => {
    const { io, cli } = captureIo();
    expect(await run(args, cli)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/^clock: /);
  });

  it('--help → usage on stdout, exit 0', async () => {
    const { io, cli } = captureIo();
    expect(await run(['--help'], cli)).toBe(0);
    expect(io.stdout).toContain('--samples N');
  });

  it('spaces requests out: ≥ 210 ms start to start (OKX: 10 requests / 2 s per IP)', async () => {
    const starts: number[] = [];
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      starts.push(performance.now());
      return fetch(input, init);
    }) as typeof fetch;
    const r = await measure(mock.url, { samples: 4, fetchImpl });
    expect(r.ok).toBe(true);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(209);
  });
});

describe('offset accuracy against the mock with injected, asymmetric delays', () => {
  it.each([
    [300, 0],
    [0, 300],
    [150, 20],
  ])('delay before ts %i ms, after %i ms: true skew within offset ± uncertainty', async (before, after) => {
    mock.set({ delayBeforeMs: before, delayAfterMs: after });
    try {
      const r = await measure(mock.url, { samples: 3, minStartIntervalMs: 0, minGapMs: 0 });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const e = estimateOffset(r.samples)!;
      expect(e.rttMs).toBeGreaterThanOrEqual(before + after);
      // the midpoint is off by about (before − after)/2, and the uncertainty still covers it
      // (100 ms slack: on a loaded machine the response can wait on either side of the timestamp)
      expect(Math.abs(e.offsetMs - 45_000)).toBeLessThanOrEqual(e.uncertaintyMs);
      expect(Math.abs(e.offsetMs - 45_000)).toBeGreaterThanOrEqual(Math.abs(before - after) / 2 - 100);
    } finally {
      mock.set({ delayBeforeMs: 0, delayAfterMs: 0 });
    }
  });
});

describe('clock CLI as a subprocess (npm run --silent cli -- clock)', () => {
  it('--url against the mock', async () => {
    const { stdout, stderr } = await pexec('npm', ['run', '--silent', 'cli', '--', 'clock', '--url', mock.url], { cwd: ROOT, timeout: 30_000 });
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const j = JSON.parse(stdout);
    expect(Math.abs(j.offset_ms - 45_000)).toBeLessThanOrEqual(j.uncertainty_ms);
    expect(j).toMatchObject({ verdict: 'expired', cause: 'clock-skew' });
  });

  it('a closed port → exit 1 and one line on stderr', async () => {
    const url = await closedPortUrl();
    const err = await pexec('npm', ['run', '--silent', 'cli', '--', 'clock', '--url', url], { cwd: ROOT, timeout: 30_000 }).then(
      () => null,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(err).not.toBeNull();
    expect(err!.code).toBe(1);
    expect(err!.stdout).toBe('');
    expect(err!.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(err!.stderr).toMatch(/^clock: cannot reach/);
  });
});
