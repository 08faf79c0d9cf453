/** The doctor's worker protocol: the worker entry answers pastes; the client shows only the latest. */
import { afterEach, describe, expect, it } from 'vitest';
import { diagnose, toCompact, type Diagnosis } from '../../src/lib/doctor/index.ts';
import { maskPaste } from '../../src/lib/doctor/share.ts';
import { workerDiagnoser, type FromWorker, type ToWorker, type WorkerLike } from '../../src/lib/doctor/worker-client.ts';
import { doctorCatalog as cat, fullCatalog } from '../fixtures/doctor/fixtures.ts';

const json = JSON.stringify(toCompact(fullCatalog));
const P1 = '{"code":"50102","msg":"Timestamp request expired"}';
const P2 = '{"code":"50113","msg":"Invalid Sign"}';
const P3 = '{"code":"50011","msg":"Too Many Requests"}';
const codes = (d: { codes: { code: string }[] } | null) => d?.codes.map((c) => c.code) ?? null;

/** A worker whose answers the test releases one at a time (what a busy worker looks like). */
class FakeWorker implements WorkerLike {
  onmessage: ((e: { data: FromWorker }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  sent: ToWorker[] = [];
  terminated = false;
  postMessage(m: ToWorker) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  pastes() {
    return this.sent.flatMap((m) => (m.type === 'diagnose' ? [m.paste] : []));
  }
  /** Answer the oldest unanswered paste, as the worker entry would. */
  answer(i: number) {
    const m = this.sent.filter((x) => x.type === 'diagnose')[i] as Extract<ToWorker, { type: 'diagnose' }>;
    this.onmessage!({ data: { id: m.id, d: diagnose(m.paste, cat) } });
  }
}

const neverLocal = () => Promise.reject(new Error('the main thread must not diagnose while the worker works'));
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('doctor worker client', () => {
  it('sends the catalog first, then one paste at a time, and returns its diagnosis', async () => {
    const w = new FakeWorker();
    const run = workerDiagnoser(w, json, neverLocal);
    expect(w.sent[0]).toEqual({ type: 'catalog', json });
    const a = run(P1);
    expect(w.pastes()).toEqual([P1]);
    w.answer(0);
    expect(codes(await a)).toEqual(['50102']);
  });

  it('a paste typed while the worker is busy waits; only the newest waiting one is sent; stale answers are null', async () => {
    const w = new FakeWorker();
    const run = workerDiagnoser(w, json, neverLocal);
    const a = run(P1);
    const b = run(P2);
    const c = run(P3);
    expect(w.pastes()).toEqual([P1]); // busy: nothing else sent yet
    expect(await b).toBeNull(); // superseded by P3 before it was sent
    w.answer(0);
    expect(await a).toBeNull(); // answered, but P3 is newer
    expect(w.pastes()).toEqual([P1, P3]);
    w.answer(1);
    expect(codes(await c)).toEqual(['50011']);
  });

  it('ignores an answer with an unknown id', async () => {
    const w = new FakeWorker();
    const run = workerDiagnoser(w, json, neverLocal);
    const a = run(P1);
    w.onmessage!({ data: { id: 999, d: diagnose(P2, cat) } });
    w.answer(0);
    expect(codes(await a)).toEqual(['50102']);
  });

  it('falls back to the main thread when the worker fails, for the paste in flight and later ones', async () => {
    const w = new FakeWorker();
    let localRuns = 0;
    const local = () => Promise.resolve((p: string) => (localRuns++, diagnose(p, cat)));
    const run = workerDiagnoser(w, json, local);
    const a = run(P1);
    w.onerror!(new Error('script failed to load'));
    expect(w.terminated).toBe(true);
    expect(codes(await a)).toEqual(['50102']);
    expect(codes(await run(P2))).toEqual(['50113']);
    expect(localRuns).toBe(2);
    expect(w.pastes()).toEqual([P1]);
  });

  it('says when a paste no longer needs the network: the worker has its catalog, or the fallback has loaded', async () => {
    const w = new FakeWorker();
    let ready = 0;
    workerDiagnoser(w, json, neverLocal, () => ready++);
    expect(ready).toBe(0);
    w.onmessage!({ data: { id: 0, ready: true } });
    w.onmessage!({ data: { id: 0, ready: true } });
    expect(ready).toBe(1);
    const broken = new FakeWorker();
    let loaded = false;
    let readyAfterFallback = false;
    workerDiagnoser(broken, json, () => Promise.resolve(((loaded = true), (p: string) => diagnose(p, cat))), () => (readyAfterFallback = loaded));
    broken.onerror!(new Error('script failed to load'));
    await flush();
    expect(readyAfterFallback).toBe(true);
  });

  it('rejects when the worker reports an error', async () => {
    const w = new FakeWorker();
    const run = workerDiagnoser(w, json, neverLocal);
    const a = run(P1);
    const m = w.sent[1] as Extract<ToWorker, { type: 'diagnose' }>;
    w.onmessage!({ data: { id: m.id, error: 'no catalog' } });
    await expect(a).rejects.toThrow('no catalog');
  });
});

describe('doctor worker entry', () => {
  const scope = globalThis as unknown as { onmessage: ((e: { data: ToWorker }) => void) | null; postMessage?: (m: FromWorker) => void };
  afterEach(() => {
    scope.onmessage = null;
    delete scope.postMessage;
  });

  it('answers each paste with the same diagnosis as the library, by id', async () => {
    const out: FromWorker[] = [];
    scope.postMessage = (m) => out.push(m);
    await import('../../src/lib/doctor/worker.ts');
    scope.onmessage!({ data: { type: 'diagnose', id: 1, paste: P1 } });
    expect(out).toEqual([{ id: 1, error: 'no catalog' }]);
    scope.onmessage!({ data: { type: 'catalog', json } });
    expect(out[1]).toEqual({ id: 0, ready: true });
    scope.onmessage!({ data: { type: 'diagnose', id: 2, paste: P2 } });
    await flush();
    expect(out[2]).toEqual({ id: 2, d: diagnose(P2, cat) });
    // What crosses to the page is plain data (structured clone keeps it whole).
    expect(structuredClone(out[2])).toEqual(out[2]);
    // A share link's masked paste with the facts it carried: the diagnosis of the original paste.
    const raw = `secret = "22582BD0CFF14C41EDBF1AB98506286D\\n"\n${P2}`;
    const shared = maskPaste(raw);
    scope.onmessage!({ data: { type: 'diagnose', id: 3, paste: shared.paste, carried: shared.scan } });
    await flush();
    const d = (out[3] as { d: Diagnosis }).d;
    expect(d.codes).toEqual(diagnose(raw, cat).codes);
    expect(d.codes[0]!.causes.flatMap((c) => c.evidence.map((e) => e.id))).toContain('secret-whitespace');
    expect(diagnose(shared.paste, cat).codes[0]!.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('secret-whitespace');
  });

  it('the client sends the carried facts with the paste, and to the fallback', async () => {
    const sent: ToWorker[] = [];
    const shared = maskPaste(`secret = "22582BD0CFF14C41EDBF1AB98506286D\\n"\n${P2}`);
    const broken: WorkerLike = { postMessage: (m) => void sent.push(m), terminate: () => undefined, onmessage: null, onerror: null };
    const calls: unknown[] = [];
    const dx = workerDiagnoser(broken, json, async () => (p, carried) => (calls.push(carried), diagnose(p, cat, carried ? { carried } : {})));
    const pending = dx(shared.paste, shared.scan);
    expect(sent[1]).toEqual({ type: 'diagnose', id: 1, paste: shared.paste, carried: shared.scan });
    broken.onerror!(new Error('crashed'));
    expect((await pending)!.codes[0]!.code).toBe('50113');
    expect(calls).toEqual([shared.scan]);
  });
});
