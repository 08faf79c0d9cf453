/**
 * Web Worker entry of the Error Doctor (started by the doctor island through worker-client.ts):
 * receives the compact catalog once, then pastes with sequence ids, and answers each with its
 * diagnosis. Runs the same library as the page and the CLI.
 */
import { diagnose, fromCompact } from './index.ts';
import type { DoctorCatalog } from './types.ts';
import type { FromWorker, ToWorker } from './worker-client.ts';

const scope = globalThis as unknown as { onmessage: ((e: { data: ToWorker }) => void) | null; postMessage(m: FromWorker): void };
let cat: DoctorCatalog | null = null;

scope.onmessage = ({ data }) => {
  if (data.type === 'catalog') {
    cat = fromCompact(data.json);
    diagnose('{"code":"50113"}', cat); // builds the message matcher now, not on the first paste
    scope.postMessage({ id: 0, ready: true });
    return;
  }
  if (!cat) return scope.postMessage({ id: data.id, error: 'no catalog' });
  scope.postMessage({ id: data.id, d: diagnose(data.paste, cat, data.carried ? { carried: data.carried } : {}) });
};
