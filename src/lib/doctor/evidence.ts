/**
 * Facts read from a (secret-masked) paste: hosts and regions, demo switches, library and exchange
 * id, timestamps, IPs, parameter names, websocket channels and a few signing habits. Rules in
 * rank.ts turn them into evidence for or against each cause. All patterns are linear.
 */
import { readClock, type ClockFacts } from './clock.ts';
import type { CredentialRef, EmptyCredential, SecretFact } from './secrets.ts';
import { gated, placesOf, type Gated, type WordPlaces } from './gate.ts';
import { LineIndex } from './lines.ts';
import type { Fact } from './types.ts';

export type Region = 'global' | 'aws' | 'eea' | 'us' | 'legacy';

export interface HostFact {
  host: string;
  region: Region;
  ws: boolean;
  demo: boolean;
}

export interface PasteFacts {
  hosts: HostFact[];
  wsPaths: string[];
  restPaths: string[];
  v3Path: string | null;
  v1Path: string | null;
  simulatedHeader: string | null;
  pythonOkxFlag: string | null;
  sandbox: boolean;
  exchangeIds: string[];
  libraries: { name: string; version: string | null }[];
  clock: ClockFacts;
  ip: string | null;
  params: string[];
  channels: string[];
  loginSent: boolean;
  reconnect: boolean;
  jsonKwarg: boolean;
  hexDigest: boolean;
  secretDecoded: boolean;
  prehash: string[];
  reduceOnly: boolean;
  maintenance: boolean;
  /** A credential field read from a variable named for another credential (apiSecret ← OKX_PASSPHRASE). */
  crossedVar: { field: string; source: string } | null;
  /** Another exchange's API host in the paste (api.binance.com): its errors are not OKX's. */
  otherExchange: { name: string; host: string } | null;
  /** Code that makes a millisecond timestamp (UnixMilli(), currentTimeMillis(), Date.now() not divided). */
  msTimestampCode: boolean;
  /** The same WebSocket login timestamp sent in two login frames: a cached login replayed after a reconnect. */
  loginReused: boolean;
  /** sz/px/… sent as JSON numbers; OKX wants strings. */
  numberParams: string[];
  /** A printed secret length of 33 (OKX secrets are 32 characters): one stray character came with it. */
  secretLength33: boolean;
  /** The paste says the clock is right ("服务器时间是对的", "my clock is synced"). */
  clockSaidOk: boolean;
  /** A printed REST prehash that starts with an epoch number: 'ms' (13 digits) or 's' (10 digits). */
  prehashEpoch: 'ms' | 's' | null;
  /** A credential shown masked by the user but with a trailing \r, \n or space inside its quotes. */
  maskedWhitespace: string[];
  /** Hand-written HMAC code in the paste (createHmac, hmac.new, hmac.New, Mac.getInstance, hash_hmac). */
  handSigning: boolean;
  /** Local wall-clock time given a Z (datetime.now() … + "Z", DateTime.Now … "Z"). */
  localTimeWithZ: boolean;
  /** Days the paste says the bot or key sat unused ("停了三周", "idle for 3 weeks"), when it says so. */
  idleDays: number | null;
  clockHint: string | null;
  secrets: SecretFact[];
  empty: EmptyCredential[];
}

const HOST_RE = gated(/(?:okx|okex)\.(?:com|ac|cab)(?![a-z0-9-])/gi, ['okx.', 'okex.'], { every: true });

function regionOf(label: string, domain: string): { region: Region; ws: boolean; demo: boolean } | null {
  if (domain.startsWith('okex')) return { region: 'legacy', ws: label.startsWith('ws') || label.startsWith('real'), demo: false };
  switch (label) {
    case '':
    case 'www':
    case 'openapi':
      return { region: 'global', ws: false, demo: false };
    case 'aws':
      return { region: 'aws', ws: false, demo: false };
    case 'my':
    case 'eea':
      return { region: 'eea', ws: false, demo: false };
    case 'app':
    case 'us':
      return { region: 'us', ws: false, demo: false };
    case 'ws':
      return { region: 'global', ws: true, demo: false };
    case 'wspap':
      return { region: 'global', ws: true, demo: true };
    case 'wsaws':
      return { region: 'aws', ws: true, demo: false };
    case 'wseea':
      return { region: 'eea', ws: true, demo: false };
    case 'wseeapap':
      return { region: 'eea', ws: true, demo: true };
    case 'wsus':
      return { region: 'us', ws: true, demo: false };
    case 'wsuspap':
      return { region: 'us', ws: true, demo: true };
    default:
      return null;
  }
}

function readHosts(text: string, places: WordPlaces): HostFact[] {
  const out: HostFact[] = [];
  places.each(HOST_RE, (m) => {
    let s = m.index;
    while (s > 0 && m.index - s < 60 && /[a-z0-9.-]/i.test(text[s - 1]!)) s--;
    const host = text.slice(s, m.index + m[0].length).replace(/^[.-]+/, '').toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (/^(?::\d+)?\/(?:docs|help|[a-z]{2}(?:-[a-z]{2})?\/help|support)/i.test(after)) return false;
    const labels = host.split('.');
    const domain = labels.slice(-2).join('.');
    const label = labels.length > 2 ? labels[labels.length - 3]! : '';
    const r = regionOf(label, domain);
    if (!r) return false;
    if (!out.some((h) => h.host === host)) out.push({ host, ...r });
    return out.length >= 8;
  });
  return out;
}

/** Two WebSocket login frames carrying the same timestamp (a cached login replayed). */
function loginReused(places: WordPlaces): boolean {
  const seen = new Set<string>();
  let reused = false;
  let n = 0;
  places.each(F.loginTs, (m) => {
    if (seen.has(m[1]!)) return (reused = true);
    seen.add(m[1]!);
    return ++n >= 50;
  });
  return reused;
}

/** ccxt's ids of OKX: followed by a blank, and in quotes (the words of the expressions below). */
const OKX_IDS = ['okx', 'okex', 'okex5', 'myokx', 'okxus'];
export const ID_BLANK = OKX_IDS.flatMap((id) => [`${id} `, `${id}\t`]);
const ID_QUOTED = OKX_IDS.flatMap((id) => [`"${id}"`, `'${id}'`]);

const EXCHANGE_ID_RES = [
  gated(/\b(myokx|okxus|okex5)\b/gi, ['myokx', 'okxus', 'okex5'], { every: true }),
  gated(/(?<![\w.-])(okx|okex|okex5|myokx|okxus)[ \t]+(?:\{|\[|GET|POST|DELETE|PUT)/g, ID_BLANK, { every: true }),
  gated(/ccxt(?:\.async_support|\.pro)?\.(okx|okex5?|myokx|okxus)\b/g, ['ccxt.okx', 'ccxt.okex', 'ccxt.myokx', 'ccxt.async_support.', 'ccxt.pro.'], { every: true }),
  gated(/(?:exchange_?id|exchangeId|exchange|["']name["']|["']id["'])["']?[ \t]*[:=][ \t]*["'](okx|okex5?|myokx|okxus)["']/gi, ID_QUOTED, { every: true }),
];

function readExchangeIds(places: WordPlaces): string[] {
  const out: string[] = [];
  for (const g of EXCHANGE_ID_RES) for (const id of distinct(places, g)) if (!out.includes(id.toLowerCase())) out.push(id.toLowerCase());
  return out;
}

/**
 * Env-var names (OKX_API_SECRET) or the credential words themselves (passphrase, secret_key).
 * Bounded input: tested on a reference read by the secret scanner (at most 160 characters) and on
 * the last name in it; the two runs around SECRET|PASS|KEY could trade characters on a long one.
 */
const CRED_NAME = /^(?:[A-Z][A-Z0-9]*_)*[A-Z0-9]*(?:SECRET|PASS|KEY)[A-Z0-9_]*$|^(?:api_?)?(?:secret(?:_?key)?|pass(?:_?phrase)?|password|key)$/i;
/** Where code keeps credentials: env, config objects, self/this; a call or an index also marks code. */
const CODE_HEAD = /^(?:\$|%|(?:process|os|env|ENV|config|cfg|conf|settings|self|this|import|creds?|credentials|options|opts|args|keys|secrets)\b|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*[[(])/;

/**
 * `apiSecret: process.env.OKX_API_PASSPHRASE`, `secret_key = os.getenv("OKX_PASSPHRASE")`: a credential
 * field read from a name that belongs to another credential (the scanner keeps such names, never values).
 */
function crossedRef(refs: CredentialRef[]): { field: string; source: string } | null {
  for (const r of refs) {
    // The last name in the expression (process.env.X, os.getenv("X"), cfg.secrets.X → X).
    const last = r.source.match(/[A-Za-z_][\w-]*/g)?.pop() ?? '';
    // Shown on screen, so only what is surely a name in code, never something that could be a value.
    if (!CRED_NAME.test(last) || !(CODE_HEAD.test(r.source) || CRED_NAME.test(r.source))) continue;
    // What that name says it holds; SECRET_KEY is a secret.
    const named = /secret/i.test(last) ? 'secret' : /pass/i.test(last) ? 'passphrase' : /key/i.test(last) ? 'key' : null;
    if (r.kind !== 'sign' && named !== null && named !== r.kind) return { field: r.field, source: r.source };
  }
  return null;
}

/**
 * Other exchanges and services whose errors show up in OKX users' logs, by host or client library:
 * the expression, the name, and the words one of which every match holds (gate.ts).
 */
export const OTHER_EXCHANGES: [RegExp, string, string[]][] = [
  [/\b(?:[a-z]+\.)?binance\.(?:com|us|vision)\b|BinanceAPIException/i, 'Binance', ['binance']],
  [/\bapi\.bybit\.com\b|\bbybit\.com\/v5\b|\bpybit\b/i, 'Bybit', ['bybit', 'pybit']],
  [/\bpymexc\b|MexcAPIError/, 'MEXC', ['pymexc', 'mexcapierror']],
  [/\bapi\.telegram\.org\b|"ok"[ \t]*:[ \t]*false[ \t]*,[ \t]*"error_code"/i, 'Telegram', ['api.telegram.org', '"error_code"']],
  [/\.weixin\.qq\.com\b|WxErrorException/i, 'WeChat', ['.weixin.qq.com', 'wxerrorexception']],
  [/\bopen\.(?:feishu\.cn|larksuite\.com)\b/i, 'Feishu', ['open.feishu.cn', 'open.larksuite.com']],
  [/\boapi\.dingtalk\.com\b/i, 'DingTalk', ['oapi.dingtalk.com']],
  [/aliyunsdkcore|\.aliyuncs\.com\b/i, 'Alibaba Cloud', ['aliyunsdkcore', '.aliyuncs.com']],
  [/\.tencentcloudapi\.com\b|tencentcloud\.common/i, 'Tencent Cloud', ['.tencentcloudapi.com', 'tencentcloud.common']],
  [/\bapi\.github\.com\b/i, 'GitHub', ['api.github.com']],
  [/\bslack\.com\/api\b/i, 'Slack', ['slack.com/api']],
  [/\bdiscord(?:app)?\.com\b|\bgateway\.discord\.gg\b/i, 'Discord', ['discord']],
  [/\bapi\.gateio\.ws\b|\bapi\.gate\.io\b/i, 'Gate', ['api.gateio.ws', 'api.gate.io']],
  [/\bapi(?:-futures)?\.kucoin\.com\b/i, 'KuCoin', ['kucoin.com']],
  [/\bapi\.bitget\.com\b/i, 'Bitget', ['api.bitget.com']],
  [/\bapi\.(?:huobi\.pro|htx\.com)\b/i, 'HTX', ['api.huobi.pro', 'api.htx.com']],
  [/\bapi\.mexc\.com\b/i, 'MEXC', ['api.mexc.com']],
  [/\bapi\.kraken\.com\b/i, 'Kraken', ['api.kraken.com']],
  [/\bapi(?:\.exchange)?\.coinbase\.com\b/i, 'Coinbase', ['coinbase.com']],
  [/\b(?:www|test)\.deribit\.com\b/i, 'Deribit', ['deribit.com']],
];

const NUM_ZH: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 几: 3, 半: 0.5 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365, 天: 1, 日: 1, 周: 7, 星期: 7, 礼拜: 7, 月: 30, 个月: 30, 年: 365 };
const WORD_NUM: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, several: 3, 'a few': 3, 'a couple of': 2 };

function zhNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? NUM_ZH[m[1]]! : 1) * 10 + (m[2] ? NUM_ZH[m[2]]! : 0);
  return NUM_ZH[s[0]!] ?? 0;
}

/** How long the paste says things sat unused, in days (the 14-day expiry of keys without an IP binding). */
function readIdleDays(text: string, places: WordPlaces): number | null {
  const en = places.first(F.idleEn);
  if (en) return (/^\d+$/.test(en[1]!) ? Number(en[1]) : WORD_NUM[en[1]!.toLowerCase()] ?? 1) * UNIT_DAYS[en[2]!.toLowerCase()]!;
  const zh = /(?:停|没跑|没用|未使用|没有使用|闲置|没运行|未运行|没有运行|关了|没开)[^。\n]{0,12}?(\d{1,3}|[一二两三四五六七八九十几半]{1,3})[ \t]*(个月|天|日|周|星期|礼拜|月|年)/.exec(text)
    ?? /(\d{1,3}|[一二两三四五六七八九十几半]{1,3})[ \t]*(个月|天|日|周|星期|礼拜|月|年)(?:多|左右)?[ \t]*(?:都)?(?:没跑|没用|没有用|没运行|没有运行|未使用|没登录|闲置)/.exec(text);
  if (zh) return Math.round(zhNumber(zh[1]!) * UNIT_DAYS[zh[2]!]!);
  return null;
}

function readPrehash(places: WordPlaces, urls: string[]): string[] {
  const out: string[] = [];
  places.each(F.prehash, (m) => {
    const method = m[1]!;
    // Bounded input: m[2] is at most 300 characters (\S{1,300} above).
    const rest = m[2]!.replace(/["',)\]]+$/, '');
    if (method !== method.toUpperCase()) out.push('prehash-lowercase-method');
    if (/^https?:|^[a-z0-9.-]+\.(?:com|ac)/i.test(rest)) out.push('prehash-has-host');
    else if (rest.startsWith('/api/v5/users/self/verify')) out.push('prehash-ws-api-prefix');
    else if (!rest.startsWith('/api/v5') && !rest.startsWith('/users/self/verify') && !rest.startsWith('/api/')) out.push('prehash-no-api-prefix');
    const path = rest.split(/[?{]/)[0]!;
    if (!rest.includes('?') && method.toUpperCase() === 'GET' && urls.some((u) => u.startsWith(path + '?'))) out.push('prehash-missing-query');
    return out.length >= 4;
  });
  if (places.has(F.prehashWs)) out.push('prehash-ws-api-prefix');
  return [...new Set(out)];
}

/** v3 parameter errors name the parameter before the phrase: `"instrument_id" is an invalid parameter`. */
function v3Params(text: string, places: WordPlaces): string[] {
  const out: string[] = [];
  places.each(F.paramV3, (m) => {
    let s = m.index;
    while (s > 0 && m.index - s < 40 && /\w/.test(text[s - 1]!)) s--;
    const name = text.slice(s, m.index);
    if (/^[A-Za-z_]\w*$/.test(name) && !out.includes(name)) out.push(name);
    return out.length >= 8;
  });
  return out;
}

/**
 * The fact patterns, each with the words one of which every match holds (gate.ts): a pattern is
 * searched from the line of its first word, and not at all in a paste without any.
 */
const F = {
  restPath: gated(/\/api\/v5\/[A-Za-z0-9/_-]{1,120}/g, ['/api/v5/'], { every: true }),
  url: gated(/\/api\/v5\/[A-Za-z0-9/_-]{1,120}(?:\?[^\s"'<>]{0,300})?/g, ['/api/v5/'], { every: true }),
  flag: gated(/\bflag[ \t]*[:=][ \t]*["']?([01])\b/, ['flag']),
  flagArg: gated(/API\([^)\n]{0,400}?,[ \t]*(?:True|False)[ \t]*,[ \t]*["']([01])["']/, ['api(']),
  sim: gated(/x-simulated-trading(?:\\?["'])?[ \t]*[:=][ \t]*\\?["']?(\d)/i, ['x-simulated-trading']),
  v3: gated(/\/api\/(?:spot|futures|swap|account|general|margin|option|index|ett)\/v3\/[\w/-]{0,80}/i, ['/v3/']),
  v1: gated(/\/(?:api\/)?v1\/[\w/-]{1,80}\.do\b/, ['v1/']),
  ip: gated(/Your IP ([0-9a-fA-F:.]{3,45}) is not included/i, ['your ip ']),
  ipAddress: gated(/through the IP address \(?([0-9a-fA-F:.]{3,45}?)\)?(?=[\s"',.]|$)/i, ['through the ip address']),
  hint: gated(/\b(docker|container|WSL2?|VirtualBox|VMware|hibernat\w*|suspend\w*|dual[- ]boot|ntpd?|chronyd?|w32tm|timedatectl)\b/i, ['docker', 'container', 'wsl', 'virtualbox', 'vmware', 'hibernat', 'suspend', 'dual', 'ntp', 'chrony', 'w32tm', 'timedatectl']),
  wsPath: gated(/\/ws\/v5\/(public|private|business)\b/g, ['/ws/v5/'], { every: true }),
  sandbox: gated(/set_?sandbox_?mode\([ \t]*true[ \t]*\)|["']?sandbox["']?[ \t]*[:=][ \t]*true|demoTrading["']?[ \t]*[:=][ \t]*true|\bdemo["']?[ \t]*[:=][ \t]*true|--sandbox/i, ['sandbox', 'demo']),
  param: gated(/\bParameter[ \t]+([A-Za-z_][\w.]{0,40})[ \t]+(?:error|can ?not be empty|cannot be empty)/gi, ['parameter'], { every: true }),
  // Chinese logs and SDK messages: 参数 posSide 错误 / 参数posSide有误 / 参数 instId 不能为空
  paramZh: gated(/参数[ \t]*[“"'`]?([A-Za-z_][\w.]{0,40})[”"'`]?[ \t]*(?:错误|有误|不正确|无效|非法|不能为空|为空)/g, ['参数'], { every: true }),
  // v3 parameter errors name the parameter before the phrase: `"instrument_id" is an invalid parameter`.
  // A match starts at a quote or at the first blank of a run (never inside one), so each run of
  // blanks is read once, not once per blank in it.
  paramV3: gated(/(?:["']|(?<![ \t]))[ \t]+(?:parameter cannot be blank|parameter value error|is an invalid parameter)/gi, ['parameter cannot be blank', 'parameter value error', 'is an invalid parameter'], { every: true }),
  channel: gated(/["']?channel["']?[ \t]*:[ \t]*["']([\w-]{1,40})["']/g, ['channel'], { every: true }),
  loginSent: gated(/["']?op["']?[ \t]*:[ \t]*["']login["']/, ['login']),
  loginTs: gated(/["']?op["']?[ \t]*:[ \t]*["']login["'][^\n]{0,400}?["']timestamp["'][ \t]*:[ \t]*["']?(\d{10}(?:\.\d+)?)/g, ['login'], { every: true }),
  reconnect: gated(/re-?connect|重连|断线/i, ['reconnect', 're-connect', '重连', '断线']),
  jsonPost: gated(/requests\.(?:post|request|put)\([^)\n]{0,300}?\bjson[ \t]*=/, ['requests.post(', 'requests.request(', 'requests.put(']),
  jsonVar: gated(/\bjson[ \t]*=[ \t]*(?:params|body|data|payload)\b/, ['json']),
  hexDigest: gated(/hexdigest\(\)|digest\([ \t]*["']hex["'][ \t]*\)|\.hex\(\)|HexEncode|toHexString|encode_hex/, ['hexdigest()', 'digest(', '.hex()', 'hexencode', 'tohexstring', 'encode_hex']),
  secretDecoded: gated(/(?:b64decode|fromhex|DecodeString|getDecoder\(\)\.decode|FromBase64String|base64_decode)\([^)\n]{0,60}secret|Buffer\.from\([ \t]*(?:this\.)?(?=\w*secret)\w+[ \t]*,[ \t]*["'](?:base64|hex)["']/i, ['b64decode(', 'fromhex(', 'decodestring(', 'getdecoder().decode(', 'frombase64string(', 'base64_decode(', 'buffer.from(']),
  numberParam: gated(/["'](sz|px|tpTriggerPx|slTriggerPx|lever|amt)["'][ \t]*:[ \t]*(?=-?\d)/g, ['sz', 'px', 'lever', 'amt'], { every: true }),
  secretLength33: gated(/secret[^\n]{0,40}?\b(?:length|len|Length)\b[^\d\n]{0,12}33\b/i, ['len']),
  clockSaidOk: gated(/(?:时间|时钟)(?:是|都|也|已经)?(?:对的|正确|准确|准的|没问题|同步了|已同步|同步过)|(?:clock|time)[ \t]+(?:is|was|are)[ \t]+(?:correct|right|accurate|fine|in sync|synced|synchronized)|(?:clock|time)[ \t]+(?:is[ \t]+)?synced|\bsynced[ \t]+(?:the[ \t]+|my[ \t]+)?(?:clock|time)\b/i, ['对的', '正确', '准确', '准的', '没问题', '同步了', '已同步', '同步过', 'correct', 'right', 'accurate', 'fine', 'in sync', 'synced', 'synchronized']),
  // The character before the number is looked at, not taken: a match never starts on the line before.
  prehashEpoch: gated(/(?<![^\s'"=:])(\d{13}|\d{10})(?:GET|POST|DELETE|PUT)\/api\/v5\//, ['/api/v5/']),
  handSigning: gated(/createHmac\(|\bhmac\.new\(|\bhmac\.New\(|Mac\.getInstance\(|\bhash_hmac\(|new HMACSHA256\(|OpenSSL::HMAC|\bHMAC\.new\(/, ['createhmac(', 'hmac.new(', 'mac.getinstance(', 'hash_hmac(', 'new hmacsha256(', 'openssl::hmac']),
  reduceOnly: gated(/reduce_?only["']?[ \t]*[:=][ \t]*["']?true/i, ['reduce']),
  maintenance: gated(/maintenance|service upgrade|upgrad(?:e|ing)|维护|升级/i, ['maintenance', 'service upgrade', 'upgrad', '维护', '升级']),
  msTimestampCode: gated(/\bUnixMilli\(\)|currentTimeMillis\(\)|\bDate\.now\(\)(?![ \t]*\/[ \t]*1000)|\bnew Date\(\)\.getTime\(\)(?![ \t]*\/[ \t]*1000)|time\.time\(\)[ \t]*\*[ \t]*1000|ToUnixTimeMilliseconds\(\)/, ['unixmilli()', 'currenttimemillis()', 'date.now()', 'new date().gettime()', 'time.time()', 'tounixtimemilliseconds()']),
  localTimeWithZ: gated(/getTimezoneOffset\(\)[ \t]*\*[ \t]*60(?:000|_000|e3|[ \t]*\*[ \t]*1000)[^\n]{0,40}?toISOString\(\)|\bdatetime(?:\.datetime)?\.now\([ \t]*\)[^\n]{0,100}?(?:["']Z["']|Z["'])|\bDateTime(?:\.|\]::)Now\b[^\n]{0,80}?Z["']|\bGet-Date\b(?![^\n]*-AsUTC)[^\n]{0,60}?-Format[ \t]+["'][^"'\n]{0,40}Z["']|\bLocalDateTime\.now\([ \t]*\)[^\n]{0,100}?Z["']|\btime\.Now\(\)\.Format\([^)\n]{0,60}Z["']\)(?![^\n]*UTC)/, ['gettimezoneoffset()', 'datetime', 'get-date', 'time.now().format(']),
  idleEn: gated(/\b(?:unused|idle|not used|inactive|stopped|paused|offline|turned off|switched off|didn'?t run|hasn'?t run|not running)\b[^.\n]{0,30}?\b(\d{1,3}|an?|one|two|three|four|five|six|several|a few|a couple of)[ \t]+(day|week|month|year)s?\b/i, ['unused', 'idle', 'not used', 'inactive', 'stopped', 'paused', 'offline', 'turned off', 'switched off', 'didn', 'hasn', 'not running']),
  // The method right after the seconds (a digit or Z).
  prehash: gated(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?(GET|POST|DELETE|PUT|get|post|Get|Post)(\S{1,300})/g, [...'0123456789z'].flatMap((c) => ['get', 'post', 'delete', 'put'].map((m) => c + m)), { every: true }),
  // WebSocket login prehash: Unix seconds + GET + /users/self/verify, printed with /api/v5 by mistake.
  prehashWs: gated(/(?<![^\s'"=:])\d{10}(?:\.\d+)?GET\/api\/v5\/users\/self\/verify/, ['get/api/v5/users/self/verify']),
};

/** The distinct values of a group over every match (at most `max`). */
function distinct(places: WordPlaces, g: Gated, group = 1, max = 8): string[] {
  const out: string[] = [];
  places.each(g, (m) => {
    const v = m[group]!;
    if (!out.includes(v)) out.push(v);
    return out.length >= max;
  });
  return out;
}

/** `places`: where the gated patterns' words are (gate.ts), when read already in the paste's pass over words. */
export function readFacts(
  text: string,
  secrets: SecretFact[],
  empty: EmptyCredential[],
  refs: CredentialRef[] = [],
  hints: { field: string }[] = [],
  places: WordPlaces = placesOf(text, new LineIndex(text)),
): PasteFacts {
  const restPaths = distinct(places, F.restPath, 0);
  const urls = distinct(places, F.url, 0, 20);
  const flag = places.first(F.flag) ?? places.first(F.flagArg);
  const sim = places.first(F.sim);
  const v3 = places.first(F.v3);
  const v1 = places.first(F.v1);
  const ip = places.first(F.ip) ?? places.first(F.ipAddress);
  const hint = places.first(F.hint);
  const epoch = places.first(F.prehashEpoch);
  return {
    hosts: readHosts(text, places),
    wsPaths: distinct(places, F.wsPath),
    restPaths,
    v3Path: v3 ? v3[0] : null,
    v1Path: v1 ? v1[0] : null,
    simulatedHeader: sim ? sim[1]! : null,
    pythonOkxFlag: flag ? flag[1]! : null,
    sandbox: places.has(F.sandbox),
    exchangeIds: readExchangeIds(places),
    // Filled by diagnose() from libraries.tsv (library.ts).
    libraries: [],
    clock: readClock(text, places),
    ip: ip ? ip[1]! : null,
    params: [...distinct(places, F.param), ...distinct(places, F.paramZh), ...v3Params(text, places)].filter((p, i, a) => a.indexOf(p) === i),
    channels: distinct(places, F.channel),
    loginSent: places.has(F.loginSent),
    reconnect: places.has(F.reconnect),
    jsonKwarg: places.has(F.jsonPost) || places.has(F.jsonVar),
    hexDigest: places.has(F.hexDigest),
    secretDecoded: places.has(F.secretDecoded),
    loginReused: loginReused(places),
    numberParams: distinct(places, F.numberParam).slice(0, 3),
    secretLength33: places.has(F.secretLength33),
    clockSaidOk: places.has(F.clockSaidOk),
    prehashEpoch: epoch ? (epoch[1]!.length === 13 ? 'ms' : 's') : null,
    maskedWhitespace: hints.map((h) => h.field),
    handSigning: places.has(F.handSigning),
    prehash: readPrehash(places, urls),
    reduceOnly: places.has(F.reduceOnly),
    maintenance: places.has(F.maintenance),
    crossedVar: crossedRef(refs),
    // Read with the other hosts' positions in extract.ts (one pass per pattern), set by diagnose().
    otherExchange: null,
    msTimestampCode: places.has(F.msTimestampCode),
    localTimeWithZ: places.has(F.localTimeWithZ),
    idleDays: readIdleDays(text, places),
    clockHint: hint ? hint[1]! : null,
    secrets,
    empty,
  };
}

/** The facts worth showing, as ids + params (render with FACTS in messages.ts). */
export function listFacts(f: PasteFacts): Fact[] {
  const out: Fact[] = [];
  for (const h of f.hosts) out.push({ id: 'host', params: { host: h.host, region: h.region } });
  for (const p of f.wsPaths) out.push({ id: 'ws-path', params: { path: `/ws/v5/${p}` } });
  for (const p of f.restPaths.slice(0, 3)) out.push({ id: 'rest-path', params: { path: p } });
  if (f.v3Path) out.push({ id: 'v3-path', params: { path: f.v3Path } });
  if (f.v1Path) out.push({ id: 'v1-path', params: { path: f.v1Path } });
  if (f.simulatedHeader !== null) out.push({ id: 'simulated-header', params: { value: f.simulatedHeader } });
  if (f.pythonOkxFlag !== null) out.push({ id: 'python-okx-flag', params: { flag: f.pythonOkxFlag } });
  if (f.sandbox) out.push({ id: 'sandbox', params: {} });
  for (const id of f.exchangeIds) out.push({ id: 'exchange-id', params: { id } });
  for (const l of f.libraries) out.push({ id: 'library', params: { name: l.name, version: l.version ?? '', label: l.version ? `${l.name} ${l.version}` : l.name } });
  if (f.clock.rest) out.push({ id: 'request-timestamp', params: { value: f.clock.rest.value, format: f.clock.rest.format } });
  if (f.clock.ws) out.push({ id: 'ws-login-timestamp', params: { value: f.clock.ws.value, format: f.clock.ws.format } });
  if (f.clock.offset) out.push({ id: 'clock-offset', params: { seconds: f.clock.offset.seconds, ref: f.clock.offset.ref } });
  if (f.ip) out.push({ id: 'ip', params: { ip: f.ip } });
  for (const p of f.params) out.push({ id: 'param', params: { name: p } });
  for (const c of f.channels.slice(0, 5)) out.push({ id: 'channel', params: { channel: c } });
  return out;
}
