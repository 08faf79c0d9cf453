/**
 * Codes written in prose or one-liners: `错误码：51008`, `error code 50113`, `Error 50102`,
 * `50101: APIKey does not match current environment`, `[50102] Timestamp request expired`,
 * `50113 - Invalid Sign`. Only catalog codes count, so numbers in prose do not become codes.
 */
import { gated, placesOf, type WordPlaces } from '../gate.ts';
import { LineIndex } from '../lines.ts';
import { tokenize } from '../match.ts';
import type { DoctorCatalog } from '../types.ts';
import { classifyCode, type Hit, type LegacyContext } from './hit.ts';

const PROSE_RE = gated(
  /(?:error[ _-]?code|err(?:or)?[ _]?(?:no|num|code)|errno|code|error|err|fail(?:ed|ure)?|错误码|错误代码|错误编号|返回码|状态码|代码|编码|失败|异常|报错|出错)[^\d\n]{0,12}?(?<![\d.])(\d{5}(?:_\d{1,5})?|40\d\d)(?!\d|\.\d|\s?(?:ms|s\b|sec|秒|毫秒|%))/gi,
  ['err', 'code', 'fail', '错误码', '错误代码', '错误编号', '返回码', '状态码', '代码', '编码', '失败', '异常', '报错', '出错'],
  { every: true, starts: true },
);

/**
 * The whole paste is one code, maybe quoted or with a question mark: `50102`, `"51008_1000"`, `60009？`.
 * Matched against the trimmed paste (String#trim removes exactly what \s matches), so no \s* run sits
 * at either end; the two inner \s* are each next to a class without whitespace: linear.
 */
const BARE_RE = /^[#"'`“”‘’(（[【]*\s*(\d{4,5}(?:_\d{1,5})?)\s*[)）\]】"'`“”‘’?？!！.。,，:：]*$/;

/**
 * Chinese questions name the code with a verb or put the meaning right after it: `提币报 58207`,
 * `返回 50101`, `50113 签名错误怎么办`. Units after a number (元, 次, 秒, 张 …) mean it is not a code.
 */
const ZH_VERB_RE = gated(/(?:报|返回|提示|出现|遇到|收到|得到|显示)[ \t]*(?:[:：][ \t]*)?(?<![\d.])(\d{4,5}(?:_\d{1,5})?)(?![\d.])/g, 'cjk', { every: true });
const ZH_AFTER_RE = gated(/(?<![\w.])(\d{4,5}(?:_\d{1,5})?)(?![\d.])[ \t]*(?=[\u4e00-\u9fff])(?![ \t]*(?:元|块|个|次|秒|毫秒|分钟|分|小时|天|周|张|笔|条|美元|刀|年|月|日|号|台|倍|人|行|字|万|千|百|多|左右|以上|以下|点))/g, 'cjk', { every: true });

/**
 * A WebSocket close frame printed raw: the close code is its first two bytes, big-endian
 * (websocket-client: `opcode=8 data=b'\\x0f\\xa4No data received in 30s.'` → 4004), or Python
 * websockets' `received 4004 (private use)`. Bounded repeats only: linear.
 */
const CLOSE_FRAME_RE = gated(/opcode=8[^\n]{0,40}?data=b['"]\\x([0-9a-f]{2})\\x([0-9a-f]{2})([^'"\n]{0,120})|\b(?:received|sent)[ \t]+(4\d{3})[ \t]+\(private use\)[ \t]*([^;\n]{0,120})/gi, ['opcode=8', '(private use)'], { every: true });

const ONELINER_RE = /(?:^|[\s[(|>"'`])(\d{5}(?:_\d{1,5})?)\]?[ \t]*(?::|\)|\]|[ \t]-|[ \t]–|[ \t]—)[ \t]*([A-Za-z][^\n]{2,200})/gm;

/** Does `text` start like one of the code's messages? (≥ half of the message's first words present.) */
function resembles(text: string, messages: string[]): boolean {
  const t = new Set(tokenize(text).words.slice(0, 24));
  for (const m of messages) {
    const w = tokenize(m.replace(/\{\w*\}/g, ' ')).words.slice(0, 8);
    if (w.length === 0) continue;
    const have = w.filter((x) => t.has(x)).length;
    if (have * 2 >= w.length && have >= Math.min(2, w.length)) return true;
  }
  return false;
}

/** `places`: where the gated expressions' words are (gate.ts), when read already in the paste's pass over words. */
export function scanProse(text: string, cat: DoctorCatalog, ctx?: LegacyContext, places: WordPlaces = placesOf(text, new LineIndex(text))): Hit[] {
  const hits: Hit[] = [];
  const trimmed = text.trim();
  const bare = BARE_RE.exec(trimmed);
  if (bare) {
    const c = classifyCode(bare[1]!, 'scode', cat);
    if (c && c.kind === 'code') {
      const lead = text.length - text.trimStart().length;
      hits.push({ code: c.code, api: c.api, known: c.known, source: 'bare', tier: 2, pos: lead + bare[0].indexOf(bare[1]!), message: null, alsoMatches: [] });
      return hits;
    }
  }
  ONELINER_RE.lastIndex = 0;
  for (let m = ONELINER_RE.exec(text); m; m = ONELINER_RE.exec(text)) {
    const c = classifyCode(m[1]!, 'prose', cat, ctx);
    if (!c || c.kind !== 'code') continue;
    const entry = cat.get(c.code);
    const rest = m[2]!.trim();
    if (!entry || !resembles(rest, entry.messages)) continue;
    hits.push({
      code: c.code,
      api: c.api,
      known: true,
      source: 'oneliner',
      tier: 2,
      pos: m.index + m[0].indexOf(m[1]!),
      message: rest.length > 300 ? rest.slice(0, 300) + '…' : rest,
      alsoMatches: [],
    });
  }
  places.each(CLOSE_FRAME_RE, (m) => {
    const code = m[4] ?? String(parseInt(m[1]! + m[2]!, 16));
    const c = classifyCode(code, 'prose', cat, ctx);
    if (!c || c.kind !== 'code') return;
    const message = (m[3] ?? m[5] ?? '').trim();
    hits.push({ code: c.code, api: c.api, known: c.known, source: 'prose', tier: 2, pos: m.index, message: message || null, alsoMatches: [] });
  });
  for (const g of [PROSE_RE, ZH_VERB_RE, ZH_AFTER_RE]) {
    places.each(g, (m) => {
      const c = classifyCode(m[1]!, 'prose', cat, ctx);
      if (!c || c.kind !== 'code') return;
      hits.push({
        code: c.code,
        api: c.api,
        known: c.known,
        source: 'prose',
        tier: 2,
        pos: m.index + m[0].lastIndexOf(m[1]!),
        message: null,
        alsoMatches: [],
      });
    });
  }
  return hits;
}
