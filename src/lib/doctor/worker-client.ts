/**
 * The Error Doctor off the main thread: a Web Worker runs diagnose() (worker.ts) while the page keeps
 * typing and scrolling. One paste is diagnosed at a time; a paste that arrives meanwhile waits, and
 * only the newest waiting paste is sent next. Each request carries a sequence id, and an answer is
 * delivered only when it belongs to the latest paste: older ones resolve to null (superseded).
 * Framework-free and without browser globals (the worker is passed in), so it is unit-tested in Node.
 */
import type { ScanFacts } from './secrets.ts';
import type { Diagnosis } from './types.ts';

/** Messages to the worker: the compact catalog once, then pastes. */
/** `carried`: the secret facts a share link brought with its masked paste (diagnose's option). */
export type ToWorker = { type: 'catalog'; json: string } | { type: 'diagnose'; id: number; paste: string; carried?: ScanFacts };
/** Answers from the worker, by sequence id. */
export type FromWorker = { id: number; d: Diagnosis } | { id: number; error: string } | { id: 0; ready: true };

/** What the client needs of a Worker (a real one in the browser, a fake one in tests). */
export interface WorkerLike {
  postMessage(m: ToWorker): void;
  terminate(): void;
  onmessage: ((e: { data: FromWorker }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

/** Diagnose a paste; null when a newer paste was asked for before this one's answer came. */
export type Diagnoser = (paste: string, carried?: ScanFacts) => Promise<Diagnosis | null>;

/**
 * A diagnoser over `worker`, which is sent `catalogJson` first. If the worker fails (its script did
 * not load, or it crashed), it is dropped and every waiting and later paste goes to `fallback`
 * (diagnose() on the main thread). `onReady` is called once the worker has its catalog, or, when
 * the worker failed, once the fallback has loaded: from then on a paste needs no network.
 */
export function workerDiagnoser(worker: WorkerLike, catalogJson: string, fallback: () => Promise<(paste: string, carried?: ScanFacts) => Diagnosis>, onReady: () => void = () => undefined): Diagnoser {
  interface Job { id: number; paste: string; carried?: ScanFacts; done: (d: Diagnosis | null) => void; fail: (e: unknown) => void }
  let seq = 0;
  let inFlight: Job | null = null;
  let waiting: Job | null = null;
  let broken = false;

  const local = (job: Job) =>
    fallback().then((diagnose) => job.done(job.id === seq ? diagnose(job.paste, job.carried) : null), job.fail);

  const send = (job: Job) => {
    if (broken) return void local(job);
    inFlight = job;
    worker.postMessage({ type: 'diagnose', id: job.id, paste: job.paste, ...(job.carried && { carried: job.carried }) });
  };

  const next = () => {
    inFlight = null;
    const w = waiting;
    waiting = null;
    if (w) send(w);
  };

  let readyCalled = false;
  const ready = () => {
    if (readyCalled) return;
    readyCalled = true;
    onReady();
  };
  worker.onmessage = ({ data }) => {
    if ('ready' in data) return ready();
    const job = inFlight;
    if (!job || data.id !== job.id) return;
    if ('d' in data) job.done(job.id === seq ? data.d : null);
    else job.fail(new Error(data.error));
    next();
  };
  worker.onerror = () => {
    broken = true;
    worker.terminate();
    fallback().then(ready, ready);
    const job = inFlight;
    inFlight = null;
    if (job) void local(job);
    next();
  };
  worker.postMessage({ type: 'catalog', json: catalogJson });

  return (paste, carried) =>
    new Promise((done, fail) => {
      const job: Job = { id: ++seq, paste, carried, done, fail };
      if (inFlight) {
        waiting?.done(null); // superseded before it was sent
        waiting = job;
      } else send(job);
    });
}
