#!/usr/bin/env node
/**
 * A tiny local stand-in for OKX's `GET /api/v5/public/time`, for tests and manual checks.
 *
 *   node scripts/mock-okx-time.mjs [port]        (port 0 or none = random; prints "port=N url=URL")
 *   env: SKEW_MS          server clock = Date.now() + SKEW_MS (45000 = OKX 45 s ahead of this machine)
 *        DELAY_MS         total response delay, split half before / half after reading the clock
 *        DELAY_BEFORE_MS  delay between receiving the request and reading the clock
 *        DELAY_AFTER_MS   delay between reading the clock and sending the answer
 *        RESPOND          ok | html | rate-limit | http-429 | bad-json | no-ts   (default ok)
 *
 * In-process: `const m = await startMockServer({ skewMs: 45000 }); … m.url … await m.close();`
 * Responses carry `access-control-allow-origin: *`, so browser tests can call it too.
 */
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

/**
 * @typedef {'ok' | 'html' | 'rate-limit' | 'http-429' | 'bad-json' | 'no-ts'} MockRespond
 * @typedef {object} MockOptions
 * @property {number} [skewMs] Added to Date.now() to make the served ts (positive = server ahead).
 * @property {number} [delayBeforeMs] Wait before reading the clock.
 * @property {number} [delayAfterMs] Wait after reading the clock, before answering.
 * @property {MockRespond} [respond] What to answer (default 'ok').
 * @property {string} [host] Interface to bind (default 127.0.0.1).
 * @property {number} [port] Port (default 0 = random).
 * @typedef {object} MockServer
 * @property {number} port
 * @property {string} origin e.g. http://127.0.0.1:12345
 * @property {string} url origin + /api/v5/public/time
 * @property {() => number} requests Number of time requests served so far.
 * @property {(o: Omit<MockOptions, 'host' | 'port'>) => void} set Change options while running.
 * @property {() => Promise<void>} close
 */

export const TIME_PATH = '/api/v5/public/time';

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * @param {MockOptions} [options]
 * @returns {Promise<MockServer>}
 */
export async function startMockServer(options = {}) {
  const o = {
    skewMs: options.skewMs ?? 0,
    delayBeforeMs: options.delayBeforeMs ?? 0,
    delayAfterMs: options.delayAfterMs ?? 0,
    /** @type {MockRespond} */
    respond: options.respond ?? 'ok',
  };
  let served = 0;
  const server = createServer(async (req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET, OPTIONS' };
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    if (path !== TIME_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { ...cors, 'content-type': 'application/json' }).end('{"msg":"Not Found","code":"404"}');
      return;
    }
    served++;
    await sleep(o.delayBeforeMs);
    const ts = Date.now() + o.skewMs;
    await sleep(o.delayAfterMs);
    const json = { ...cors, 'content-type': 'application/json' };
    switch (o.respond) {
      case 'html':
        res.writeHead(403, { ...cors, 'content-type': 'text/html' }).end('<!DOCTYPE html>\n<html>\n<head><title>Access denied</title></head>\n<body>blocked</body>\n</html>\n');
        return;
      case 'rate-limit':
        res.writeHead(200, json).end('{"msg":"Too Many Requests","code":"50011"}');
        return;
      case 'http-429':
        res.writeHead(429, json).end('{"msg":"Too Many Requests","code":"50011"}');
        return;
      case 'bad-json':
        res.writeHead(200, json).end(`{"code":"0","msg":"","data":[{"ts":"${ts}"`);
        return;
      case 'no-ts':
        res.writeHead(200, json).end('{"code":"0","msg":"","data":[]}');
        return;
      default:
        res.writeHead(200, json).end(JSON.stringify({ code: '0', msg: '', data: [{ ts: String(ts) }] }));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(undefined));
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const host = options.host ?? '127.0.0.1';
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    port,
    origin,
    url: origin + TIME_PATH,
    requests: () => served,
    set: (p) => Object.assign(o, Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

/** @param {string | undefined} v */
const num = (v) => (v === undefined || v === '' ? undefined : Number(v));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const env = process.env;
  const total = num(env.DELAY_MS) ?? 0;
  const respond = /** @type {MockRespond} */ (env.RESPOND || 'ok');
  const m = await startMockServer({
    port: num(process.argv[2]) ?? 0,
    skewMs: num(env.SKEW_MS) ?? 0,
    delayBeforeMs: num(env.DELAY_BEFORE_MS) ?? total / 2,
    delayAfterMs: num(env.DELAY_AFTER_MS) ?? total / 2,
    respond,
  });
  process.stdout.write(`port=${m.port} url=${m.url}\n`);
  const stop = () => m.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
