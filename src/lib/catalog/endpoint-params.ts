/**
 * OKX v5 REST endpoint parameters and their formats, read from OKX's docs (the markdown of a public
 * crawl: one file per endpoint, with front matter `anchor_id`, a `#### HTTP Request` line and a
 * `#### Request Parameters` table `Parameter | Type | Required | Description`).
 *
 * A parameter is classified only from what the docs say (its Type column and its description);
 * when the docs leave the format unclear the parameter is left out. The importer
 * (scripts/endpoint-params-import.ts) writes the rows to content/catalog/endpoint-params.tsv.
 * Runs on trusted docs text only (never on a paste), line by line.
 */
import { stripEnd } from '../text.ts';

export const PARAM_FORMATS = ['ms', 'int', 'decimal', 'bool', 'csv', 'array', 'strings', 'enum'] as const;
export type ParamFormat = (typeof PARAM_FORMATS)[number];

/** One row of endpoint-params.tsv. `param` `*` is the request body itself (batch endpoints: a JSON array). */
export interface EndpointParam {
  method: 'GET' | 'POST';
  path: string;
  param: string;
  format: ParamFormat;
  /** csv: max items; int: max value; array (body): max items; enum: values separated by `|`; ms/decimal/bool/strings: '' . */
  detail: string;
  /** The docs anchor: https://www.okx.com/docs-v5/en/#<anchor> (zh: /docs-v5/zh/#<anchor>). */
  anchor: string;
}

export interface EndpointDoc {
  method: 'GET' | 'POST';
  path: string;
  anchor: string;
  params: EndpointParam[];
}

interface RawParam {
  name: string;
  type: string;
  desc: string;
}

const ROW_TYPES = /^(?:string|boolean|integer|int|number|object|array|array of (?:strings|objects|string|object))\.?$/i;

/** The English part of a crawl file: the Chinese translation follows a `---` rule and a new H1. */
function englishPart(md: string): string {
  const h1 = md.search(/^# /m);
  if (h1 < 0) return md;
  const cut = md.slice(h1).search(/\n---[ \t]*\n+# /);
  return cut >= 0 ? md.slice(0, h1 + cut) : md;
}

function section(lines: string[], heading: RegExp): string[] {
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return [];
  const out: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^#{1,4} /.test(l) || /^> /.test(l) && !/^> [A-Za-z]\w* \|/.test(l)) break;
    out.push(l);
  }
  return out;
}

/** Table rows of a `Parameter | Type | Required | Description` table, continuation lines joined to the description. */
function tableRows(lines: string[], columns: 3 | 4): RawParam[] {
  const out: RawParam[] = [];
  let header = false;
  for (const raw of lines) {
    const l = stripEnd(raw, ' \t');
    if (!header) {
      if (/^\**Parameters?\**[ \t]*\|/i.test(l)) header = true;
      continue;
    }
    if (/^-{2,}\|/.test(l)) continue;
    const parts = l.split(' | ');
    const name = (parts[0] ?? '').replace(/^>[ \t]*/, '').trim();
    const nested = /^>/.test(parts[0] ?? '');
    if (parts.length >= columns && /^[A-Za-z][\w.]*$/.test(name) && ROW_TYPES.test((parts[1] ?? '').trim())) {
      out.push({ name: nested ? `>${name}` : name, type: parts[1]!.trim().replace(/\.$/, ''), desc: parts.slice(columns - 1).join(' | ').trim() });
    } else if (out.length > 0) {
      out[out.length - 1]!.desc += '\n' + l.trim();
    }
  }
  return out;
}

const MS_TEXT = /unix timestamp[^.\n]{0,40}milli ?seconds?|timestamp[^.\n]{0,30}in milliseconds|millisecond format|unix timestamp in ms\b/i;
const MS_EXAMPLE = /e\.g\.?[ \t]*`?1\d{12}`?(?!\d)/;
const CSV_TEXT = /separat\w*[ \t]+(?:them[ \t]+)?(?:with|by)[ \t]+(?:a[ \t]+)?commas?|comma[- ]separated|separate(?:d)?[ \t]+with[ \t]+commas?/i;

function csvMax(desc: string): string {
  const m = /no more than[ \t]+(\d{1,4})|up to[ \t]+(\d{1,4})[ \t]+\w|maximum (?:of )?(\d{1,4})[ \t]+\w|support up to (\d{1,4})/i.exec(desc);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '') : '';
}

/**
 * Values of an enum, when the docs list them unambiguously: every continuation line of the
 * description is `` `value`: meaning `` (or just `` `a` `b` ``), or the first line ends with the
 * values (`Order side, \`buy\` \`sell\``). Descriptions that give examples (`e.g.`) are not enums.
 */
function enumValues(desc: string): string[] | null {
  if (/e\.g\.|for example|such as|etc\b|deprecated|will be (?:removed|offline|retired|discontinued)|currently|not supported|multiple|separat/i.test(desc)) return null;
  const lines = desc.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const values: string[] = [];
  const first = /^[^`]{1,60},[ \t]*((?:`[\w-]{1,40}`[ \t]*){2,12})$/.exec(lines[0] ?? '');
  if (first) values.push(...[...first[1]!.matchAll(/`([\w-]{1,40})`/g)].map((m) => m[1]!));
  let listed = 0;
  let ended = false;
  for (const l of lines.slice(1)) {
    const v = /^`([\w-]{1,40})`[ \t]*[:：]/.exec(l);
    const bare = /^(?:`[\w-]{1,40}`[ \t]*){1,12}$/.test(l) ? [...l.matchAll(/`([\w-]{1,40})`/g)].map((m) => m[1]!) : null;
    // A value after a note that closed the list: the list is split, so not read as complete.
    if ((v || bare) && ended) return null;
    if (v) {
      values.push(v[1]!);
      listed++;
    } else if (bare) {
      values.push(...bare);
      listed++;
    } else if (/^(?:the )?default (?:is|value is)\b/i.test(l)) continue;
    else if (first) return null;
    else if (listed > 0) ended = true;
  }
  const uniq = [...new Set(values)];
  return uniq.length >= 2 ? uniq : null;
}

const NUMERIC_HEAD = /\b(?:price|quantity|amount|size|leverage|ratio)\b/i;
const NOT_NUMERIC = /\b(?:bar|period|type|currency|ccy|unit|mode|id|kind|side|source|limit|range|level|list|precision|direction|option|tier|status|whether|instrument)\b/i;

/** The format a documented parameter needs, or null when the docs leave it unclear. */
export function classifyParam(p: RawParam, msFields: Set<string>): { format: ParamFormat; detail: string } | null {
  const type = p.type.toLowerCase();
  const desc = p.desc;
  const head = desc.split('\n')[0] ?? '';
  if (type === 'boolean') return { format: 'bool', detail: '' };
  if (type === 'integer' || type === 'int') return { format: 'int', detail: '' };
  if (type === 'array of objects' || type === 'array of object') return { format: 'array', detail: '' };
  if (type === 'array of strings' || type === 'array of string') return { format: 'strings', detail: '' };
  if (type !== 'string') return null;
  if (MS_TEXT.test(desc) || MS_EXAMPLE.test(desc)) return { format: 'ms', detail: '' };
  // "Pagination of data to return records earlier than the requested `ts`": the response's ts, in milliseconds.
  const ref = /requested[ \t]+`?([A-Za-z]\w{0,20})`?/.exec(head);
  if (ref && msFields.has(ref[1]!) && /pagination|filter/i.test(head)) return { format: 'ms', detail: '' };
  if (CSV_TEXT.test(desc)) return { format: 'csv', detail: csvMax(desc) };
  if (/^number of results/i.test(head) || /^items per page/i.test(head)) {
    const max = /maximum (?:is )?`?(\d{1,5})`?|\[1,[ \t]*(\d{1,5})\]/i.exec(desc);
    return { format: 'int', detail: max ? (max[1] ?? max[2]!) : '' };
  }
  const values = enumValues(desc);
  if (values) return { format: 'enum', detail: values.join('|') };
  const first = head.split(/[.,(]/)[0] ?? '';
  if (NUMERIC_HEAD.test(first) && !NOT_NUMERIC.test(first)) return { format: 'decimal', detail: '' };
  return null;
}

/** One crawl file → the endpoint and its classified parameters, or null when the file is not one REST endpoint. */
export function parseEndpointDoc(md: string): EndpointDoc | null {
  const anchor = /^anchor_id:[ \t]*([\w-]{1,200})[ \t]*$/m.exec(md)?.[1];
  if (!anchor) return null;
  // A section page that gathers many endpoints (rest-api.md) is not one endpoint: each has its own file.
  if ((md.match(/^#### HTTP Request/gm) ?? []).length !== 1) return null;
  const en = englishPart(md);
  const requests = [...en.matchAll(/^#### HTTP Request[ \t]*\n+`(GET|POST)[ \t]+(\/api\/v5\/[\w/-]{1,120})/gm)];
  if (requests.length !== 1) return null;
  const method = requests[0]![1] as 'GET' | 'POST';
  const path = requests[0]![2]!;
  if ((en.match(/^#### Request Parameters/gim) ?? []).length > 1) return null;
  const lines = en.split('\n');
  const req = tableRows(section(lines, /^#### Request Parameters/i), 4);
  const res = tableRows(section(lines, /^#### Response Parameters/i), 3);
  const msFields = new Set(res.filter((r) => MS_TEXT.test(r.desc) || MS_EXAMPLE.test(r.desc)).map((r) => r.name.replace(/^>/, '')));
  const params: EndpointParam[] = [];
  const intro = en.slice(0, en.search(/^#### /m) >= 0 ? en.search(/^#### /m) : 0);
  if (/in the form of an array/i.test(intro)) {
    const max = /maximum (?:of )?(\d{1,4}) orders/i.exec(intro);
    params.push({ method, path, param: '*', format: 'array', detail: max ? max[1]! : '', anchor });
  }
  const seen = new Set<string>();
  for (const p of req) {
    // Fields of nested objects (`> tpTriggerPx`) are not top-level parameters: left out.
    if (p.name.startsWith('>') || seen.has(p.name)) continue;
    seen.add(p.name);
    const c = classifyParam(p, msFields);
    if (c) params.push({ method, path, param: p.name, format: c.format, detail: c.detail, anchor });
  }
  return { method, path, anchor, params };
}

export const ENDPOINT_PARAMS_HEADER = ['method', 'path', 'param', 'format', 'detail', 'anchor'] as const;

/** The TSV text of endpoint-params.tsv: endpoints sorted by path then method, parameters in docs order. */
export function toEndpointParamsTsv(docs: EndpointDoc[]): string {
  const byKey = new Map<string, EndpointDoc>();
  for (const d of docs) if (!byKey.has(`${d.path} ${d.method}`)) byKey.set(`${d.path} ${d.method}`, d);
  const keys = [...byKey.keys()].sort();
  const lines = [ENDPOINT_PARAMS_HEADER.join('\t')];
  for (const k of keys) for (const p of byKey.get(k)!.params) lines.push([p.method, p.path, p.param, p.format, p.detail, p.anchor].join('\t'));
  return lines.join('\n') + '\n';
}
