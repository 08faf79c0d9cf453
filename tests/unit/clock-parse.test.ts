import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyFailureText, parseHostOutput, parseTimeBody, type HostParseResult } from '../../src/lib/clock/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/clock/${name}`, import.meta.url), 'utf8');
const only = (r: HostParseResult) => {
  expect(r.ok).toBe(true);
  expect(r.sources).toHaveLength(1);
  return r.sources[0]!;
};

describe('parseHostOutput: realistic pastes', () => {
  it('PowerShell on Windows 11: banner, prompts, echoed command, CRLF, two runs → lowest RTT', () => {
    const text = fixture('powershell-win11.txt');
    expect(text).toContain('\r\n');
    const s = only(parseHostOutput(text));
    expect(s.src).toBeNull();
    expect(s.samples).toHaveLength(2);
    expect(s.estimate.sampleIndex).toBe(1);
    expect(s.estimate.offsetMs).toBe(45_100);
    expect(s.estimate.uncertaintyMs).toBe(30);
    expect(s.verdict).toMatchObject({ verdict: 'expired', cause: 'clock-skew', localIs: 'behind' });
  });

  it.each([
    ['powershell-errors.txt', 'dns-error'],
    ['powershell-tls.txt', 'tls-error'],
    ['powershell7-429.txt', 'rate-limited'],
  ])('PowerShell failure %s → %s', (name, error) => {
    const r = parseHostOutput(fixture(name));
    expect(r.ok).toBe(false);
    expect(r.error).toBe(error);
    expect(r.issues).toHaveLength(1);
  });

  it('CentOS 7: coloured root prompt, three runs, local clock 10.4 s ahead → near-edge', () => {
    const s = only(parseHostOutput(fixture('bash-centos7.txt')));
    expect(s.samples).toHaveLength(3);
    expect(s.estimate.sampleIndex).toBe(1);
    expect(s.estimate.offsetMs).toBe(-10_400);
    expect(s.estimate.uncertaintyMs).toBe(52);
    expect(s.estimate.localIs).toBe('ahead');
    expect(s.verdict).toMatchObject({ verdict: 'near-edge', cause: 'clock-skew' });
  });

  it('Ubuntu: a failed run is reported, a run pasted twice counts once', () => {
    const r = parseHostOutput(fixture('bash-ubuntu.txt'));
    const s = only(r);
    expect(s.samples).toHaveLength(1);
    expect(s.estimate.offsetMs).toBe(103);
    expect(s.verdict.verdict).toBe('ok');
    expect(r.issues).toEqual([expect.objectContaining({ error: 'dns-error', line: 2, src: null })]);
    expect(r.error).toBeNull();
  });

  it('macOS zsh: clock set to UTC+8 wall time → timezone-as-utc +08:00', () => {
    const s = only(parseHostOutput(fixture('macos-zsh.txt')));
    expect(s.estimate.offsetMs).toBe(-28_800_080);
    expect(s.verdict).toMatchObject({ verdict: 'expired', cause: 'timezone-as-utc', localIs: 'ahead' });
    expect(s.verdict.zone?.label).toBe('+08:00');
  });

  it('Python: continuation prompts in the echo are ignored; a DNS failure run is an issue', () => {
    const r = parseHostOutput(fixture('python.txt'));
    const s = only(r);
    expect(s.estimate.offsetMs).toBe(-22_100);
    expect(s.verdict).toMatchObject({ verdict: 'near-edge', cause: 'clock-skew' });
    expect(r.issues.map((i) => i.error)).toEqual(['dns-error']);
  });

  it('Docker: container (busybox, whole seconds) and host told apart by src=, same clock', () => {
    const r = parseHostOutput(fixture('docker-host-and-container.txt'));
    expect(r.sources.map((s) => s.src)).toEqual(['container', 'host']);
    const [c, h] = r.sources as [HostParseResult['sources'][0], HostParseResult['sources'][0]];
    expect(c.samples[0]!.resolutionMs).toBe(1000);
    expect(c.estimate.offsetMs).toBe(46_000.5);
    expect(c.estimate.uncertaintyMs).toBe(501.5);
    expect(h.estimate.offsetMs).toBe(46_025);
    expect(c.verdict.verdict).toBe('expired');
    expect(h.verdict.verdict).toBe('expired');
    expect(r.comparisons).toEqual([expect.objectContaining({ a: 'container', b: 'host', sameClock: true, differenceMs: 24.5 })]);
  });

  it('Docker Desktop VM behind the Mac: sources differ, worst is the container', () => {
    const r = parseHostOutput(fixture('docker-desktop-differs.txt'));
    expect(r.sources.map((s) => [s.src, s.verdict.verdict])).toEqual([
      ['host', 'ok'],
      ['docker', 'expired'],
    ]);
    expect(r.worst?.src).toBe('docker');
    expect(r.comparisons[0]).toMatchObject({ sameClock: false, differenceMs: 44_990 });
  });

  it('glues a ts= line that the terminal hard-wrapped', () => {
    const s = only(parseHostOutput(fixture('wrapped.txt')));
    expect(s.estimate.offsetMs).toBe(34_950);
    expect(s.verdict.verdict).toBe('expired');
  });

  it('accepts bare CR line endings, leading noise on a line and interleaved sources', () => {
    const text = [
      '2026-11-25T10:00:00Z okx-clock v1 src=a t0=1795645000000',
      '> okx-clock v1 src=b t0=1795645000010',
      'okx-clock v1 src=a ts=1795645000050',
      'okx-clock v1 src=b ts={"code":"0","msg":"","data":[{"ts":"1795645050050"}]}',
      'okx-clock v1 src=b t1=1795645000090',
      'okx-clock v1 src=a t1=1795645000100',
    ].join('\r');
    const r = parseHostOutput(text);
    expect(r.sources.map((s) => [s.src, s.estimate.offsetMs])).toEqual([
      ['b', 50_000],
      ['a', 0],
    ]);
  });
});

describe('parseHostOutput: garbage', () => {
  const run = (ts: string) => `okx-clock v1 t0=1795645000000\nokx-clock v1 ts=${ts}\nokx-clock v1 t1=1795645000100\n`;
  it.each([
    ['curl: (6) Could not resolve host: www.okx.com', 'dns-error'],
    ['curl: (7) Failed to connect to www.okx.com port 443 after 3 ms: Couldn\'t connect to server', 'connect-error'],
    ['curl: (28) Failed to connect to www.okx.com port 443 after 10001 ms: Timeout was reached', 'timeout'],
    ['curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to www.okx.com:443', 'tls-error'],
    ['curl: (60) SSL certificate problem: certificate has expired', 'tls-error'],
    ['wget: bad address \'www.okx.com\'', 'dns-error'],
    ['wget: server returned error: HTTP/1.1 403 Forbidden', 'http-error'],
    ['<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body>blocked</body></html>', 'html-response'],
    ['"<!DOCTYPE html><html lang=\\"en\\"><body>Access denied</body></html>"', 'html-response'],
    ['{"msg":"Too Many Requests","code":"50011"}', 'rate-limited'],
    ['{"code":"0","msg":"","data":[]}', 'ts-missing'],
    ['{"code":"0","msg":"","data":[{"ts":"17956', 'bad-json'],
    ['{"msg":"API key doesn\'t exist","code":"50119"}', 'okx-error'],
    ['error: The remote server returned an error: (403) Forbidden. <html><body>blocked</body></html>', 'html-response'],
    ['error: The remote server returned an error: (403) Forbidden. ', 'http-error'],
    ['error: HTTP Error 429: Too Many Requests {"msg":"Too Many Requests","code":"50011"}', 'rate-limited'],
    ['error: Unable to connect to the remote server ', 'connect-error'],
    ['', 'empty-response'],
    ['error: no curl, wget or python3', 'no-fetch-tool'],
    ['sh: 1: curl: not found', 'no-fetch-tool'],
    ['hello', 'unrecognized-response'],
    ['42', 'implausible-time'],
  ])('ts=%s → %s', (ts, error) => {
    const r = parseHostOutput(run(ts));
    expect(r.ok).toBe(false);
    expect(r.error).toBe(error);
  });

  it('reports the OKX code', () => {
    expect(parseHostOutput(run('{"msg":"API key doesn\'t exist","code":"50119"}'))).toMatchObject({ error: 'okx-error', okxCode: '50119' });
    expect(parseHostOutput(run('{"msg":"Too Many Requests","code":"50011"}'))).toMatchObject({ error: 'rate-limited', okxCode: '50011' });
  });

  it.each([
    ['', 'no-samples'],
    ['hello world\nthis is not it', 'no-samples'],
    ['{"code":"0","msg":"","data":[{"ts":"1795645000000"}]}', 'no-samples'],
    ['curl: (6) Could not resolve host: www.okx.com', 'dns-error'],
    ['Error response from daemon: No such container: YOUR_CONTAINER', 'container-error'],
    ['OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown', 'container-error'],
    ['bash: curl: command not found', 'no-fetch-tool'],
    ['okx-clock v1 t0=1795645000000\nokx-clock v1 ts=1795645000050', 'incomplete-sample'],
    ['okx-clock v1 t0=1795645000000\nokx-clock v1 t1=1795645000100', 'incomplete-sample'],
    ['okx-clock v1 t0=1795645000100\nokx-clock v1 ts=1795645000050\nokx-clock v1 t1=1795645000000', 'implausible-time'],
    ['okx-clock v1 t0=1795645000\nokx-clock v1 ts=1795645000050\nokx-clock v1 t1=1795645001', 'implausible-time'],
  ])('%j → %s', (text, error) => {
    const r = parseHostOutput(text);
    expect(r.ok).toBe(false);
    expect(r.sources).toEqual([]);
    expect(r.worst).toBeNull();
    expect(r.error).toBe(error);
  });

  it('ignores echoed commands: a paste of only the command gives no samples', () => {
    const cmd = fixture('powershell-win11.txt').split('\r\n').filter((l) => l.startsWith('PS C:') && l.length > 40)[0]!;
    expect(parseHostOutput(cmd)).toMatchObject({ ok: false, error: 'no-samples', issues: [] });
    const py = fixture('python.txt').split('\n').filter((l) => !l.startsWith('okx-clock')).join('\n');
    expect(parseHostOutput(py)).toMatchObject({ ok: false, error: 'no-samples', issues: [] });
  });

  it('a failed run does not hide good runs of the same source', () => {
    const r = parseHostOutput(run('curl: (28) Operation timed out after 10001 milliseconds') + run('1795645000050'));
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => i.error)).toEqual(['timeout']);
  });
});

describe('parseTimeBody / classifyFailureText', () => {
  it('reads the documented body, string or number ts, with BOM and whitespace', () => {
    expect(parseTimeBody('{"code":"0","msg":"","data":[{"ts":"1597026383085"}]}')).toEqual({ ok: true, ts: 1597026383085 });
    expect(parseTimeBody('\uFEFF {"code":0,"data":[{"ts":1597026383085}]}\n')).toEqual({ ok: true, ts: 1597026383085 });
    expect(parseTimeBody('1597026383085')).toEqual({ ok: true, ts: 1597026383085 });
  });
  it('uses the HTTP status', () => {
    expect(parseTimeBody('', 429)).toMatchObject({ ok: false, error: 'rate-limited' });
    expect(parseTimeBody('', 502)).toMatchObject({ ok: false, error: 'http-error' });
    expect(parseTimeBody('<html><body>502 Bad Gateway</body></html>', 502)).toMatchObject({ ok: false, error: 'html-response' });
  });
  it('rejects non-ms timestamps and v3-style bodies without ts', () => {
    expect(parseTimeBody('{"code":"0","data":[{"ts":"1597026383"}]}')).toMatchObject({ ok: false, error: 'implausible-time' });
    expect(parseTimeBody('{"iso":"2015-01-07T23:47:25.201Z","epoch":1420674445.201}')).toMatchObject({ ok: false, error: 'ts-missing' });
    expect(parseTimeBody('[]')).toMatchObject({ ok: false, error: 'ts-missing' });
  });
  it('classifies Node fetch errors too', () => {
    expect(classifyFailureText('connect ECONNREFUSED 127.0.0.1:9 / fetch failed')).toBe('connect-error');
    expect(classifyFailureText('getaddrinfo ENOTFOUND www.okx.com')).toBe('dns-error');
    expect(classifyFailureText('all good')).toBeNull();
    expect(classifyFailureText('runtime output')).toBeNull();
  });
});
