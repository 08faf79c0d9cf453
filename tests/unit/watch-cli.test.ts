/**
 * `watch` as a process on a real file: appends, a repeated error (deduped), a rotation by rename,
 * a truncation, a binary chunk, a secret in the log (never printed), and Ctrl-C (exit 0).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeDir, root } from './cli-helpers.ts';

const SECRET = 'Zq9Xw8Vu7Ts6Rq5Po4NmLk3J';
const line = (code: string, msg: string) => `2026-12-02 10:00:00 ERROR okx ${JSON.stringify({ code, msg, data: [] })}\n`;

function start(args: string[]) {
  const child = spawn(process.execPath, [join(root, 'src/cli/main.ts'), 'watch', ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Generous waits: each step is a child process reading a file; a loaded machine can take seconds per step.
  const until = async (what: () => boolean, label: string) => {
    const t0 = Date.now();
    while (!what()) {
      if (Date.now() - t0 > 45_000) throw new Error(`timed out waiting for ${label}\nstdout:\n${out}\nstderr:\n${err}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return { child, exited, until, out: () => out, err: () => err };
}

const codesOf = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { code: string }).code);

describe('watch FILE', () => {
  it('follows appends, rotation and truncation; dedupes; skips binary; masks; SIGINT exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'okx-watch-'));
    const log = join(dir, 'bot.log');
    writeFileSync(log, line('50102', 'Timestamp request expired').repeat(3)); // history: not reported
    const w = start([log, '--jsonl', '--interval', '50']);
    await w.until(() => w.err().includes('following'), 'start');

    appendFileSync(log, `POST /api/v5/trade/order OK-ACCESS-PASSPHRASE: ${SECRET}\n` + line('50113', 'Invalid Sign'));
    appendFileSync(log, line('50113', 'Invalid Sign') + line('50113', 'Invalid Sign'));
    appendFileSync(log, 'INFO all good, price 43000\n' + line('50102', 'Timestamp request expired').slice(0, 40));
    appendFileSync(log, line('50102', 'Timestamp request expired').slice(40));
    await w.until(() => codesOf(w.out()).length >= 2, 'two diagnoses');
    expect(codesOf(w.out())).toEqual(['50113', '50102']);
    const first = JSON.parse(w.out().split('\n')[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({ code: '50113', cause: expect.any(String), url: expect.stringMatching(/\/en\/errors\/50113\/$/) });
    expect(Object.keys(first)).toEqual(['time', 'code', 'cause', 'title', 'fix', 'url']);

    // rotation: rename and a new file under the same name
    renameSync(log, log + '.1');
    appendFileSync(log + '.1', line('50011', 'Too Many Requests')); // written to the old file just before the switch
    writeFileSync(log, line('51008', 'Order failed. Insufficient USDT balance in account'));
    await w.until(() => codesOf(w.out()).length >= 4, 'rotation');
    expect(codesOf(w.out()).slice(2).sort()).toEqual(['50011', '51008']);
    expect(w.err()).toContain('was replaced');

    // truncation: the file starts again, shorter than what was read
    writeFileSync(log, line('50111', 'Invalid OK-ACCESS-KEY').slice(0, 70) + '\n');
    writeFileSync(log, line('50111', 'Invalid OK-ACCESS-KEY').slice(0, 20));
    appendFileSync(log, line('50111', 'Invalid OK-ACCESS-KEY').slice(20));
    await w.until(() => codesOf(w.out()).includes('50111'), 'truncation');
    expect(w.err()).toContain('truncated');

    // a binary chunk is skipped with one notice; the next line is read
    appendFileSync(log, Buffer.from([0, 1, 2, 3, 0, 0, 10]));
    await w.until(() => w.err().includes('binary'), 'binary notice');
    appendFileSync(log, line('50104', 'Invalid OK-ACCESS-PASSPHRASE'));
    await w.until(() => codesOf(w.out()).includes('50104'), 'after binary');

    // the same code and cause again: still deduped after all that
    appendFileSync(log, line('50113', 'Invalid Sign'));
    await new Promise((r) => setTimeout(r, 300));
    expect(codesOf(w.out()).filter((c) => c === '50113')).toHaveLength(1);

    expect(w.out() + w.err()).not.toContain(SECRET);
    w.child.kill('SIGINT');
    expect(await w.exited).toBe(0);
    removeDir(dir);
  }, 150_000);

  it('waits for a file that is not there yet and reads it from its start when it appears', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'okx-watch-'));
    const log = join(dir, 'later.log');
    const w = start([log, '--jsonl', '--interval', '50']);
    await w.until(() => w.err().includes('waiting for'), 'waiting notice');
    writeFileSync(log, line('50113', 'Invalid Sign'));
    await w.until(() => codesOf(w.out()).includes('50113'), 'the new file');
    w.child.kill('SIGINT');
    expect(await w.exited).toBe(0);
    removeDir(dir);
  }, 100_000);

  it('reads standard input with -, prints text lines, ends at EOF; rejects bad options', async () => {
    const w = start(['-', '--window', '0']);
    w.child.stdin.end(line('50102', 'Timestamp request expired') + line('50102', 'Timestamp request expired') + '\u0000\u0001\u0002\n');
    expect(await w.exited).toBe(0);
    const lines = w.out().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^50102 clock-skew: .* https:\/\/\S+\/en\/errors\/50102\/$/);
    const bad = start(['--window', 'soon', 'x.log']);
    expect(await bad.exited).toBe(2);
    expect(bad.err()).toContain('--window must be a duration');
    const none = start([]);
    expect(await none.exited).toBe(2);
  }, 100_000);
});
