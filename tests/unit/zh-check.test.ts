import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/cli/catalog-fs.ts';
import { v5RowSchema } from '../../src/lib/catalog/schema.ts';
import {
  CODE_MARK,
  checkMessageZh,
  checkProse,
  checkTitle,
  markCode,
  stripStop,
  tightZh,
  englishRuns,
  forbiddenTerms,
  guideLinkLabels,
  guideNameStem,
  guideNames,
  guideOfHref,
  halfWidth,
  punctSpace,
  ranges,
  type Finding,
} from '../../src/lib/zh/check.ts';
import { frontMatterTitle, parseGlossary, GLOSSARY_HEADER } from '../../src/lib/zh/glossary.ts';
import { pageText } from '../../src/lib/zh/html.ts';
import { PROPER_NAMES } from '../../src/lib/zh/names.ts';
import { zhCn as zh } from '../../src/i18n/zh-cn.ts';
import { TOOLS } from '../../src/data/tools.ts';

const glossaryText = readFileSync(new URL('../../content/glossary.zh.tsv', import.meta.url), 'utf8');
const glossary = parseGlossary(glossaryText);
const cat = loadCatalog();
const rules = (fs: Finding[]) => fs.map((f) => f.rule);
const term = (concept: string) => glossary.find((g) => g.concept === concept)!.term;
const zhGuides = new URL('../../content/guides/zh-cn/', import.meta.url);
const guideTitles = Object.fromEntries(
  readdirSync(zhGuides).filter((f) => f.endsWith('.mdx')).map((f) => [f.slice(0, -4), frontMatterTitle(readFileSync(new URL(f, zhGuides), 'utf8'))!]),
);
const names = guideNames(glossary, guideTitles);

describe('glossary table', () => {
  it('parses, and every row names OKX term and source', () => {
    expect(glossary.length).toBeGreaterThan(20);
    expect(term('main account')).toBe('主账户');
    expect(term('contract value')).toBe('合约面值');
  });

  it('rejects a row whose allowed form contains no forbidden form, and a row without source', () => {
    const head = GLOSSARY_HEADER.join('\t');
    expect(() => parseGlossary(`${head}\nx\t待签名字符串\t签名字符串\t签名\tall\t\tdocs\n`)).toThrow(/allowed/);
    expect(() => parseGlossary(`${head}\nx\t主账户\t母账户\t\tall\t\t\n`)).toThrow(/source/);
    expect(() => parseGlossary(`${head}\nx\t主账户\t母账户\t\tsome\t\tdocs\n`)).toThrow(/scope/);
  });
});

describe('Chinese text rules: each catches a bad sample and passes the good one', () => {
  it('forbidden-term: a forbidden form, not its allowed longer form, not inside quotes of OKX text or code', () => {
    expect(rules(forbiddenTerms('请在母账户中操作。', glossary))).toEqual(['forbidden-term']);
    expect(forbiddenTerms('请在主账户中操作。', glossary)).toEqual([]);
    expect(forbiddenTerms('把待签名字符串打印出来。', glossary)).toEqual([]);
    expect(rules(forbiddenTerms('把签名字符串打印出来。', glossary))).toEqual(['forbidden-term']);
    expect(forbiddenTerms('OKX 写的是“请在母账户中操作”。', glossary)).toEqual([]);
    expect(rules(forbiddenTerms('打开 Key 检查。', glossary))).toEqual(['forbidden-term']);
    expect(forbiddenTerms('打开 API Key 检查。', glossary)).toEqual([]);
    const f = forbiddenTerms('第一句。该交易机器人不支持当前产品。第三句。', glossary)[0]!;
    expect(f.sentence).toBe('该交易机器人不支持当前产品。');
  });

  it('forbidden-term with okx scope: only where OKX own Chinese of the row uses the term', () => {
    expect(rules(forbiddenTerms('充值数量必须在限额范围内', glossary, '充币数量需要在限额范围内'))).toEqual(['forbidden-term']);
    expect(forbiddenTerms('充值地址不存在', glossary, '充值地址不存在')).toEqual([]);
    expect(forbiddenTerms('充值地址不存在', glossary)).toEqual([]);
    expect(rules(forbiddenTerms('币种 {ccy} 不支持质押', glossary, '币种 {ccy} 不支持抵押'))).toEqual(['forbidden-term']);
  });

  it('punct-space: a space after full-width punctuation before a link, bold text or code', () => {
    expect(rules(punctSpace('无跟踪脚本。 隐私与安全'))).toEqual(['punct-space']);
    expect(rules(punctSpace(`实际情况： ${CODE_MARK} 返回`))).toEqual(['punct-space']);
    expect(rules(punctSpace('请求时间戳已过期。\u00a0含义'))).toEqual(['punct-space']);
    expect(punctSpace('无跟踪脚本。隐私与安全')).toEqual([]);
    expect(punctSpace('第一段。\n第二段')).toEqual([]);
    expect(punctSpace('签名无效（Invalid Sign） 50113')).toEqual([]);
  });

  it('english: an English sentence in Chinese prose, not a proper name or a short label', () => {
    expect(rules(englishRuns('来源：OKEx v3 docs table as kept in ccxt。'))).toEqual(['english']);
    expect(rules(englishRuns('旧措辞：older wording before about 2023。'))).toEqual(['english']);
    expect(englishRuns('用 Docker Desktop 的虚拟机，或 WSL2。')).toEqual([]);
    expect(englishRuns('打开 Windows Subsystem for Linux 设置。', PROPER_NAMES)).toEqual([]);
    expect(rules(englishRuns('打开 Windows Subsystem for Linux 设置。'))).toEqual(['english']);
    expect(englishRuns('OKX API v5 文档 · 错误码 · REST API / 公共 / 通用类')).toEqual([]);
    expect(englishRuns(`错误信息是 ${CODE_MARK}，不是“Order failed for the user”`)).toEqual([]);
  });

  it('range: ~ and a spaced hyphen between numbers or placeholders; ～ passes', () => {
    expect(rules(ranges('加仓金额应在 {parameter1} - {parameter2} 范围内'))).toEqual(['range']);
    expect(rules(ranges('数量应在 {param0}~{param1} 之间'))).toEqual(['range']);
    expect(ranges('数量应在 {param0}～{param1} 之间')).toEqual([]);
    expect(ranges('日期 2026-08-22，路径 a - b')).toEqual([]);
  });

  it('half-width: , ; : between Chinese characters', () => {
    expect(rules(halfWidth('不确定, 不确定'))).toEqual(['half-width']);
    expect(halfWidth('不确定，不确定；a, b')).toEqual([]);
  });

  it('title: no 。 and one separator', () => {
    expect(rules(checkTitle('OKX 错误码 50102：请求时间戳已过期。 · OKX API 报错排查'))).toEqual(['title']);
    expect(rules(checkTitle('签名检查 | OKX API 报错排查'))).toEqual(['title']);
    expect(checkTitle('OKX 错误码 51357：时区范围 {timezone1} - {timezone2} · OKX API 报错排查')).toEqual([]);
    expect(checkTitle('OKX 错误码 50102：请求时间戳过期 · OKX API 报错排查')).toEqual([]);
  });

  it('message_zh policy: final 。, camelCase field outside code, range sign', () => {
    expect(rules(checkMessageZh('请求时间戳已过期。'))).toEqual(['final-stop']);
    expect(rules(checkMessageZh('instId 无效'))).toEqual(['field-code']);
    expect(rules(checkMessageZh('加仓金额应在 {parameter1} - {parameter2} 范围内'))).toEqual(['range']);
    expect(checkMessageZh('`instId` {instId} 无效。请重试')).toEqual([]);
  });

  it('the zod schema refuses a message_zh with a final 。', () => {
    const row = {
      code: '50102', http_status: '401', message: 'Timestamp request expired.', message_zh: '请求时间戳已过期。', message_okx_zh: '',
      ccxt_exception: '', ccxt_match: '', category: 'timestamp', docs_section: 'REST API / Public / API Class',
      source: 'okx-docs-v5@2026-08-22', note: '', note_zh: '', added: '', removed: '',
    };
    expect(v5RowSchema.safeParse(row).success).toBe(false);
    expect(v5RowSchema.safeParse({ ...row, message_zh: '请求时间戳已过期' }).success).toBe(true);
  });
});

describe('guide names in link labels (one name per guide: its title or the glossary short form)', () => {
  it('reads a guide title from front matter, quoted or not', () => {
    expect(frontMatterTitle('---\ntitle: "从 OKEx v3 迁移到 OKX v5"\ndescription: x\n---\n正文')).toBe('从 OKEx v3 迁移到 OKX v5');
    expect(frontMatterTitle('---\ntitle: WebSocket：登录、地址、保活与重连\n---\n')).toBe('WebSocket：登录、地址、保活与重连');
    expect(frontMatterTitle('正文\ntitle: x')).toBeUndefined();
    expect(guideTitles['websocket']).toBe('WebSocket：登录、地址、保活与重连');
  });

  it('each guide has its title and, where the glossary records one, one short form', () => {
    expect(names.get('websocket')).toEqual(['WebSocket：登录、地址、保活与重连', term('guide: websocket')]);
    expect(names.get('ip-permissions-expiry')).toEqual(['IP 白名单、API Key 权限与过期', term('guide: ip-permissions-expiry')]);
    expect(names.get('v3-to-v5')).toEqual(['从 OKEx v3 迁移到 OKX v5']);
    expect(() => guideNames(glossary, { websocket: 'x' })).toThrow(/no guide/);
  });

  it('a label may carry 完整指南： before and one parenthesis after the name', () => {
    expect(guideNameStem('完整指南：签名无效（50113、60007）')).toBe('签名无效');
    expect(guideNameStem('时间戳过期（重试时要重新签名）')).toBe('时间戳过期');
    expect(guideNameStem('WebSocket：登录、地址、保活与重连')).toBe('WebSocket：登录、地址、保活与重连');
  });

  it('only a link to a guide page itself is checked, not a section link or another page', () => {
    expect(guideOfHref('/guides/websocket/')).toBe('websocket');
    expect(guideOfHref('/guides/websocket/#fix')).toBeUndefined();
    expect(guideOfHref('/guides/')).toBeUndefined();
    expect(guideOfHref('/errors/50102/')).toBeUndefined();
    expect(guideOfHref('/en/guides/websocket/')).toBeUndefined();
  });

  it('reports each short variant the review found, and passes the one name', () => {
    const bad = [
      ['/guides/websocket/', 'WebSocket 登录与频道'], ['/guides/websocket/', 'WebSocket'],
      ['/guides/ip-permissions-expiry/', 'IP 白名单、权限与过期'],
      ['/guides/v3-to-v5/', '从 OKEx v3 迁移到 v5'], ['/guides/v3-to-v5/', '从 v3 迁移到 v5'], ['/guides/v3-to-v5/', 'v3 迁移到 v5'],
      ['/guides/timestamp-expired/', '时间戳问题'], ['/guides/no-such-guide/', '时间戳过期'],
    ].map(([href, label]) => ({ href: href!, label: label! }));
    const found = guideLinkLabels(bad, names);
    expect(rules(found)).toEqual(Array(bad.length).fill('guide-name'));
    expect(found[0]!.sentence).toBe('[WebSocket 登录与频道](/guides/websocket/)');
    const good = [
      ['/guides/websocket/', 'WebSocket：登录、地址、保活与重连'], ['/guides/websocket/', 'WebSocket 指南'],
      ['/guides/ip-permissions-expiry/', 'IP 白名单、API Key 权限与过期'], ['/guides/ip-permissions-expiry/', 'IP 白名单与权限'],
      ['/guides/v3-to-v5/', '从 OKEx v3 迁移到 OKX v5'], ['/guides/invalid-signature/', '完整指南：签名无效（50113、60007）'],
      ['/guides/v3-to-v5/#table', 'v3 → v5 错误码对照表'],
    ].map(([href, label]) => ({ href: href!, label: label! }));
    expect(guideLinkLabels(good, names)).toEqual([]);
  });

  it('every guide link in the zh MDX sources uses the one name (the build check sees the same on the pages)', () => {
    const bad: string[] = [];
    const dirs = ['guides', 'notes', 'pages'].map((d) => new URL(`../../content/${d}/zh-cn/`, import.meta.url));
    for (const dir of dirs) {
      for (const f of readdirSync(dir)) {
        const text = readFileSync(new URL(f, dir), 'utf8');
        const links = [...text.matchAll(/\[([^\]\n]+)\]\((\/guides\/[^)\s]*)\)/g)].map((m) => ({ href: m[2]!, label: m[1]!.split('`').join('') }));
        for (const x of guideLinkLabels(links, names)) bad.push(`${f}: ${x.match}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('page text extraction', () => {
  it('drops OKX verbatim cells, English and scripts; marks code; ends a line at block elements', () => {
    const html = '<html><head><title>A · B</title><meta name="description" content="说明。 含义"></head><body>'
      + '<p>正文。 <a href="/">链接</a></p><td class="okx-msg">母账户</td><span lang="en">Order failed for the user</span>'
      + '<p>用 <code>母账户</code> 字段</p><script>var 母账户 = 1;</script></body></html>';
    const t = pageText(html);
    expect(t.title).toBe('A · B');
    expect(t.description).toBe('说明。 含义');
    expect(t.prose).not.toContain('母账户');
    expect(t.prose).not.toContain('Order failed');
    expect(t.prose).toContain(`用 ${CODE_MARK} 字段`);
    expect(rules(checkProse(t.prose, glossary, PROPER_NAMES))).toEqual(['punct-space']);
    expect(t.links).toEqual([{ href: '/', label: '链接' }]);
  });

  it('collects each link with its label, code inside a label as a code mark', () => {
    const t = pageText('<p>见 <a href="/guides/websocket/">WebSocket\n 登录与频道</a> 与 <a href="/errors/50113/"><code>50113</code></a>。</p>');
    expect(t.links).toEqual([{ href: '/guides/websocket/', label: 'WebSocket 登录与频道' }, { href: '/errors/50113/', label: CODE_MARK }]);
    expect(rules(guideLinkLabels(t.links, names))).toEqual(['guide-name']);
  });
});

describe('the zh data follows the glossary and the punctuation policy', () => {
  it('every message_zh, note_zh and cause/fix text', () => {
    const bad: string[] = [];
    const check = (where: string, raw: string, okx?: string) => {
      const text = markCode(raw);
      for (const f of [...forbiddenTerms(text, glossary, okx), ...punctSpace(text), ...ranges(text), ...halfWidth(text), ...englishRuns(text, PROPER_NAMES)]) bad.push(`${where}: ${f.rule} ${f.match} — ${f.sentence}`);
    };
    for (const e of cat.codes.values()) {
      for (const v of e.variants) {
        check(`${e.code} message_zh`, v.messageZh, v.messageOkxZh);
        for (const f of checkMessageZh(v.messageZh)) bad.push(`${e.code} message_zh: ${f.rule} ${f.match}`);
        check(`${e.code} note_zh`, v.noteZh);
      }
    }
    for (const c of cat.causes.values()) {
      for (const [k, t] of [['title_zh', c.titleZh], ['meaning_zh', c.meaningZh], ['check_zh', c.checkZh]] as const) check(`${c.id} ${k}`, t);
      for (const f of c.fixes) check(`${f.id} text_zh`, f.textZh);
    }
    expect(bad).toEqual([]);
  });

  it('the Chinese inside the lib (doctor, signature and clock messages, the help request): glossary and punctuation', async () => {
    const doctor = await import('../../src/lib/doctor/messages.ts');
    const sign = await import('../../src/lib/sign/messages.ts');
    const { CLOCK_MESSAGES } = await import('../../src/lib/clock/messages.ts');
    const { MD } = await import('../../src/lib/doctor/share.ts');
    const tables: Record<string, Record<string, { zh: unknown }>> = {
      ...Object.fromEntries(['UI', 'SOURCES', 'KINDS', 'FINDINGS', 'EVIDENCE', 'FACTS', 'VALUES'].map((k) => [`doctor ${k}`, (doctor as unknown as Record<string, Record<string, { zh: unknown }>>)[k]!])),
      'sign FINDING_MESSAGES': sign.FINDING_MESSAGES,
      'sign VARIANT_MESSAGES': sign.VARIANT_MESSAGES,
      'sign PARSE_MESSAGES': sign.PARSE_MESSAGES,
      'sign WORDS': sign.WORDS,
      CLOCK_MESSAGES,
      'help request': Object.fromEntries(Object.entries(MD.zh).map(([k, v]) => [k, { zh: typeof v === 'function' ? v(20000) : v }])),
    };
    const bad: string[] = [];
    let n = 0;
    for (const [name, table] of Object.entries(tables)) {
      for (const [id, { zh: z }] of Object.entries(table)) {
        if (typeof z !== 'string') continue;
        n++;
        const text = markCode(z);
        for (const f of [...forbiddenTerms(text, glossary), ...punctSpace(text), ...halfWidth(text)]) bad.push(`${name}.${id}: ${f.rule} ${f.match} — ${f.sentence}`);
      }
    }
    expect(n).toBeGreaterThan(300);
    expect(bad).toEqual([]);
  });

  it('the UI dictionary: no forbidden term; each tool and family by its one glossary name', () => {
    const bad = Object.entries(zh).flatMap(([k, v]) => forbiddenTerms(v, glossary).map((f) => `${k}: ${f.match}`));
    expect(bad).toEqual([]);
    expect(zh['keys.short']).toBe(term('tool: key check'));
    expect(zh['sign.short']).toBe(term('tool: signature check'));
    expect(zh['clock.short']).toBe(term('tool: clock check'));
    expect(zh['doctor.short']).toBe(term('tool: error doctor'));
    expect(zh['doctor.tool.keys']).toBe(term('tool: key check'));
    expect(zh['family.auth']).toBe(term('family: auth'));
    expect(zh['family.bot']).toBe(term('family: bot'));
    for (const tool of TOOLS) if (tool.id !== 'cli') expect(Object.values(zh)).toContain(tool.title.zh);
    // The tool pages' links to their guide name the guide by its one name.
    const toolGuides = [['clock.guide', 'timestamp-expired'], ['sign.guide', 'invalid-signature'], ['keys.guide', 'key-passphrase-headers']] as const;
    expect(guideLinkLabels(toolGuides.map(([k, slug]) => ({ href: `/guides/${slug}/`, label: zh[k] })), names)).toEqual([]);
  });
});

describe('title and description helpers', () => {
  it('a title keeps the first sentence of a message, without 。', () => {
    expect(stripStop('你正在使用 v1 API Key，请调用 v1 接口。如需使用 v3 接口，请申请 v3 API Key')).toBe('你正在使用 v1 API Key，请调用 v1 接口');
    expect(stripStop('请求时间戳过期')).toBe('请求时间戳过期');
    expect(checkTitle(`OKX 错误码 50102：${stripStop('请求时间戳已过期。')} · OKX API 报错排查`)).toEqual([]);
  });

  it('a description quoting OKX text loses the space after full-width punctuation', () => {
    expect(tightZh('此备注名已存在。 请输入唯一的 API key 备注名称')).toBe('此备注名已存在。请输入唯一的 API key 备注名称');
    expect(punctSpace(tightZh('此备注名已存在。 请输入'))).toEqual([]);
  });
});
