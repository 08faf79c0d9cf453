/**
 * Bilingual text for everything the doctor reports. The library returns ids + params; these
 * templates render them. `{name}` is replaced by the param; a param value listed in VALUES
 * (e.g. ref:server) is translated first.
 */
import type { Lang, Params } from './types.ts';
import { fillTemplate } from './text.ts';
import { pickLang } from '../text.ts';

export interface Text {
  en: string;
  zh: string;
}

export const UI: Record<string, Text> = {
  title: { en: 'Error Doctor', zh: '错误诊断' },
  codesFound: { en: '{count} OKX code(s) found.', zh: '找到 {count} 个 OKX 错误码。' },
  message: { en: 'Message in the paste', zh: '粘贴内容中的错误信息' },
  catalogMessage: { en: 'Meaning', zh: '含义' },
  causes: { en: 'Likely causes', zh: '可能的原因' },
  noCauses: { en: 'No known cause list for this code yet; read its page.', zh: '这个错误码还没有整理出原因列表，请查看它的页面。' },
  noCausesUnknown: { en: 'OKX’s published code list (as crawled for this site) does not have this code, so there is no page or cause list for it. Check the code was copied whole, and read the msg that came with it.', zh: '本站收录的 OKX 公开错误码列表中没有这个错误码，所以没有对应的页面和原因列表。请确认错误码复制完整，并阅读随它返回的 msg。' },
  fix: { en: 'Fix', zh: '解决办法' },
  codePage: { en: 'Code page', zh: '错误码页面' },
  tool: { en: 'Tool', zh: '工具' },
  equivalents: { en: 'Equivalent codes', zh: '对应错误码' },
  alsoMatches: { en: 'Same message also used by', zh: '同一错误信息也属于' },
  noticed: { en: 'Also noticed', zh: '另外注意到' },
  facts: { en: 'Read from the paste', zh: '从粘贴内容中读到' },
  score: { en: 'score', zh: '评分' },
  line: { en: 'line', zh: '第 {line} 行' },
  unknownCode: { en: 'not in the catalog', zh: '不在错误码目录中' },
};

export const SOURCES: Record<string, Text> = {
  item: { en: 'per-order item (sCode)', zh: '批量结果中的单项（sCode）' },
  envelope: { en: 'response envelope', zh: '响应外层' },
  field: { en: 'response field', zh: '响应字段' },
  'ws-event': { en: 'WebSocket event', zh: 'WebSocket 事件' },
  oneliner: { en: 'one-line error', zh: '单行错误信息' },
  prose: { en: 'log text', zh: '日志文字' },
  bare: { en: 'the code alone', zh: '只有错误码' },
  message: { en: 'message text only (no code in the paste)', zh: '仅凭错误信息（粘贴内容中没有错误码）' },
};

export const KINDS: Record<string, Text> = {
  codes: { en: 'OKX error code found.', zh: '找到了 OKX 错误码。' },
  success: { en: 'This paste shows a success answer from OKX, not an error.', zh: '这段内容是 OKX 的成功响应，不是错误。' },
  'http-status': { en: 'No OKX error code, only an HTTP error status.', zh: '没有 OKX 错误码，只有 HTTP 错误状态。' },
  network: { en: 'No OKX answer: the request failed on the network before OKX replied.', zh: '没有收到 OKX 的响应：请求在 OKX 回复之前就在网络层失败了。' },
  'library-bug': { en: 'No OKX code: the error comes from the client library (a failure in its own code, a known case it reports, or a successful answer raised as an error).', zh: '没有 OKX 错误码：错误来自客户端库（它自身代码的故障、它会报告的已知情况，或把成功的返回当成了错误）。' },
  'ws-dropped': { en: 'No OKX code: a WebSocket connection that keeps dropping.', zh: '没有 OKX 错误码：WebSocket 连接反复断开。' },
  'hidden-reason': { en: 'No OKX code: the program printed the error object without its contents, so OKX’s answer is hidden.', zh: '没有 OKX 错误码：程序打印错误对象时没有输出其内容，OKX 的返回被隐藏了。' },
  'client-error': { en: 'The client library refused to send the request; OKX never saw it.', zh: '客户端库拒绝发送请求，OKX 根本没有收到。' },
  'nothing-found': { en: 'Nothing OKX-specific found in this paste.', zh: '在这段内容中没有找到与 OKX 相关的错误。' },
  empty: { en: 'The paste is empty.', zh: '粘贴内容为空。' },
  binary: { en: 'This looks like binary data, not text. Paste the error text or log instead.', zh: '这看起来是二进制数据而不是文本。请粘贴错误信息或日志。' },
  'too-large': { en: 'The paste is too large to read here. Paste the lines around the error.', zh: '粘贴内容太大，无法在这里读取。请只粘贴错误附近的几行。' },
};

export const FINDINGS: Record<string, Text> = {
  'secret-in-paste': {
    en: 'The paste contains credentials ({fields}). They are masked here ({masked}), but treat them as leaked: delete the API key on OKX and create a new one.',
    zh: '粘贴内容里包含凭证（{fields}）。这里已经打码（{masked}），但请当作已泄露处理：在 OKX 上删除这个 API Key 并重新创建。',
  },
  'utf16-decoded': { en: 'The text was UTF-16 read as UTF-8; it was decoded before reading.', zh: '这段文字是被当作 UTF-8 读取的 UTF-16 文本，已先解码再读取。' },
  'mojibake-repaired': { en: 'The text was garbled (UTF-8 shown as Latin-1); it was repaired before reading.', zh: '文字出现了乱码（UTF-8 被当作 Latin-1 显示），已先修复再读取。' },
  'login-success': { en: 'WebSocket login succeeded (event login, code 0).', zh: 'WebSocket 登录成功（event 为 login，code 为 0）。' },
  'request-success': { en: 'The request succeeded (code 0).', zh: '请求成功（code 为 0）。' },
  'envelope-only': {
    en: 'Only the envelope code {code} is shown. The real reason of each order is in data[].sCode / data[].sMsg, which this paste does not include: log the raw response body.',
    zh: '这里只显示了外层错误码 {code}。每个订单的真实原因在 data[].sCode / data[].sMsg 里，而这段内容没有包含它们：请记录完整的原始响应体。',
  },
  'items-ok-ignored': { en: '{count} item(s) with sCode 0 succeeded and were left out.', zh: '有 {count} 个 sCode 为 0 的单项已成功，未列出。' },
  'multiple-codes': { en: 'The paste holds {count} different codes; the most specific comes first.', zh: '这段内容包含 {count} 个不同的错误码，最具体的排在最前。' },
  'http-status': { en: 'HTTP status {status} in the paste.', zh: '粘贴内容中有 HTTP 状态码 {status}。' },
  'html-page': { en: 'An HTML error page came back instead of JSON: a gateway or maintenance page.', zh: '返回的是 HTML 错误页面而不是 JSON：通常是网关页面或维护页面。' },
  'network-error': { en: 'Network error: {kind}.', zh: '网络错误：{kind}。' },
  'ccxt-missing-credential': { en: 'ccxt stopped before sending: the "{credential}" credential is not set.', zh: 'ccxt 在发送前就停止了：没有设置 “{credential}” 凭证。' },
  'legacy-api-used': { en: 'You are on the retired OKEx {api} API ({codes}): it no longer answers. Move to the v5 API; the v5 equivalent is {equivalents}. The causes listed are the reasons that code had.', zh: '你用的是已下线的 OKEx {api} API（{codes}），它已不再响应。请迁移到 v5 API；对应的 v5 错误码是 {equivalents}。列出的原因是这个错误码本身的原因。' },
  'client-library-bug': { en: 'The error comes from the client library {library} (seen as “{frame}”), not from OKX: update it to its latest version, and if it persists report it to the library with this paste.', zh: '这个错误来自客户端库 {library}（粘贴内容中的 “{frame}”），不是 OKX 返回的：请把它升级到最新版本；如果仍然出错，带上这段内容向该库报告。' },
  'legacy-api-no-equivalent': { en: 'You are on the retired OKEx {api} API ({codes}): it no longer answers. Move to the v5 API (this code has no direct v5 equivalent). The causes listed are the reasons that code had.', zh: '你用的是已下线的 OKEx {api} API（{codes}），它已不再响应。请迁移到 v5 API（这个错误码没有直接对应的 v5 错误码）。列出的原因是这个错误码本身的原因。' },
  'unknown-code': { en: 'Code {code} is not in the catalog; the causes are a guess from its range.', zh: '错误码 {code} 不在目录中，原因只是根据号段推测的。' },
  'other-exchange': { en: 'This is an answer from {name} ({host}), not from OKX; this site explains OKX errors only. See {name}’s own API documentation.', zh: '这是 {name}（{host}）的返回，不是 OKX 的；本站只讲 OKX 的报错，请查阅 {name} 自己的 API 文档。' },
  'negative-code': {
    en: 'Code {code} is negative, and every code in OKX’s documentation is 0 or positive. Exchanges such as {exchanges} answer with negative codes: this answer most likely comes from another exchange, not from OKX. See that exchange’s own API documentation.',
    zh: '错误码 {code} 是负数，而 OKX 文档中的错误码都是 0 或正数。{exchanges} 等交易所使用负数错误码：这条返回很可能来自其他交易所，而不是 OKX。请查阅该交易所自己的 API 文档。',
  },
  'nothing-okx': {
    en: 'No OKX code, message, HTTP status or network error was recognised. Paste the raw response body or the full error line.',
    zh: '没有识别出 OKX 错误码、错误信息、HTTP 状态或网络错误。请粘贴原始响应体或完整的错误行。',
  },
  'param-format': { en: '`{param}` = `{value}` ({problem}): {method} {path} needs {need} — OKX docs: https://www.okx.com/docs-v5/en/#{anchor}', zh: '`{param}` = `{value}`（{problem}）：{method} {path} 要求{need}。OKX 文档：https://www.okx.com/docs-v5/zh/#{anchor}' },
  'param-enum': { en: '`{param}` = `{value}`: {method} {path} accepts only {values} — OKX docs: https://www.okx.com/docs-v5/en/#{anchor}', zh: '`{param}` = `{value}`：{method} {path} 只接受 {values}。OKX 文档：https://www.okx.com/docs-v5/zh/#{anchor}' },
  'param-too-many': { en: '`{param}` holds {count} items: {method} {path} takes at most {max}, as {need} — OKX docs: https://www.okx.com/docs-v5/en/#{anchor}', zh: '`{param}` 有 {count} 项：{method} {path} 最多接受 {max} 项，格式是{need}。OKX 文档：https://www.okx.com/docs-v5/zh/#{anchor}' },
  'param-over-max': { en: '`{param}` = `{value}`: {method} {path} allows at most {max} — OKX docs: https://www.okx.com/docs-v5/en/#{anchor}', zh: '`{param}` = `{value}`：{method} {path} 最大只允许 {max}。OKX 文档：https://www.okx.com/docs-v5/zh/#{anchor}' },
  'param-body-too-many': { en: 'The request body holds {count} items: {method} {path} takes at most {max} per request — OKX docs: https://www.okx.com/docs-v5/en/#{anchor}', zh: '请求体有 {count} 项：{method} {path} 每次最多接受 {max} 项。OKX 文档：https://www.okx.com/docs-v5/zh/#{anchor}' },
  'param-body-not-list': { en: 'The request body is one object `{value}`: {method} {path} takes its parameters as a JSON array of objects, even for a single item — OKX docs: https://www.okx.com/docs-v5/en/#{anchor}', zh: '请求体是单个对象 `{value}`：{method} {path} 的参数要以 JSON 对象数组的形式传递，只有一项也一样。OKX 文档：https://www.okx.com/docs-v5/zh/#{anchor}' },
  'param-json-number': { en: '`{param}` is sent as the JSON number {value}; OKX’s docs list `{param}` of {method} {path} as a String: send "{value}" — OKX docs: https://www.okx.com/docs-v5/en/#{anchor}', zh: '`{param}` 以 JSON 数字 {value} 发送；OKX 文档中 {method} {path} 的 `{param}` 类型是 String，请发送 `"{value}"`。OKX 文档：https://www.okx.com/docs-v5/zh/#{anchor}' },
  'param-named': { en: 'OKX names `{param}`: on {method} {path} it needs {need} — OKX docs: https://www.okx.com/docs-v5/en/#{anchor}', zh: 'OKX 指出的参数是 `{param}`：{method} {path} 的这个参数要求{need}。OKX 文档：https://www.okx.com/docs-v5/zh/#{anchor}' },
  'param-named-enum': { en: 'OKX names `{param}`: on {method} {path} it takes only {values} — OKX docs: https://www.okx.com/docs-v5/en/#{anchor}', zh: 'OKX 指出的参数是 `{param}`：{method} {path} 的这个参数只接受 {values}。OKX 文档：https://www.okx.com/docs-v5/zh/#{anchor}' },
  'internal-error': { en: 'The doctor hit an internal problem reading this paste.', zh: '诊断工具在读取这段内容时遇到了内部问题。' },
};

export const EVIDENCE: Record<string, Text> = {
  'ts-offset-whole-hours': {
    en: 'The request timestamp is {hours} h {direction} {ref}: a whole number of hours (or of half or quarter hours, as in India or Nepal), the mark of local time sent as UTC.',
    zh: '请求时间戳比{ref}{direction} {hours} 小时：恰好是整数小时（或像印度、尼泊尔那样多出半小时、一刻钟），这正是把本地时间当作 UTC 发送的特征。',
  },
  'ts-offset': {
    en: 'The request timestamp is {seconds} s {direction} {ref}, outside the 30 s window.',
    zh: '请求时间戳比{ref}{direction} {seconds} 秒，超出了 30 秒的时间窗口。',
  },
  'ts-in-window': {
    en: 'The request timestamp is within {seconds} s of OKX server time, so the clock itself looks right.',
    zh: '请求时间戳与 OKX 服务器时间只差 {seconds} 秒，时钟本身看起来没问题。',
  },
  'ts-format': { en: 'OK-ACCESS-TIMESTAMP is "{value}": {format}.', zh: 'OK-ACCESS-TIMESTAMP 是 “{value}”：{format}。' },
  'ts-format-ok': { en: 'OK-ACCESS-TIMESTAMP "{value}" has the right format.', zh: 'OK-ACCESS-TIMESTAMP “{value}” 的格式正确。' },
  'ws-ts-format': { en: 'The WebSocket login timestamp is "{value}": {format}.', zh: 'WebSocket 登录时间戳是 “{value}”：{format}。' },
  'ws-ts-format-ok': { en: 'The WebSocket login timestamp "{value}" is in whole seconds, as required.', zh: 'WebSocket 登录时间戳 “{value}” 是整数秒，符合要求。' },
  'clock-hint': { en: 'The paste mentions "{word}", a common place for clock drift.', zh: '粘贴内容提到了 “{word}”，这是时钟容易漂移的环境。' },
  'host-global': { en: 'Requests go to {host}, the global host; EEA and US keys do not exist there.', zh: '请求发往全球站主机 {host}；EEA 和美国站的 key 在那里不存在。' },
  'exchange-id-global': { en: 'The ccxt exchange id is "{id}" (global), not myokx or okxus.', zh: 'ccxt 交易所 id 是 “{id}”（全球站），而不是 myokx 或 okxus。' },
  'host-regional': { en: 'A regional host or profile ({host}) is used; if your account was opened on www.okx.com, that is the wrong region.', zh: '使用了地区站点或配置（{host}）；如果你的账户是在 www.okx.com 注册的，这就是地区用错了。' },
  'simulated-header': { en: 'x-simulated-trading is {value} (1 = demo trading).', zh: 'x-simulated-trading 的值是 {value}（1 表示模拟盘）。' },
  'python-okx-flag': { en: 'python-okx flag is "{flag}" ("1" = demo, the default; "0" = live).', zh: 'python-okx 的 flag 是 “{flag}”（“1” 是模拟盘，也是默认值；“0” 是实盘）。' },
  'demo-ws-host': { en: 'The demo WebSocket host {host} is used.', zh: '使用了模拟盘 WebSocket 主机 {host}。' },
  'sandbox-mode': { en: 'Sandbox/demo mode is switched on in the client.', zh: '客户端开启了沙盒（模拟盘）模式。' },
  'demo-unsupported-endpoint': { en: '{path} is called in demo trading, where it is not available.', zh: '在模拟盘中调用了 {path}，而模拟盘不支持这个接口。' },
  'library-signs': { en: '{library} builds the signature itself, so a hand-made signing bug is unlikely; the credentials are the suspects.', zh: '{library} 会自己生成签名，手写签名出错的可能性不大；问题多半出在凭证上。' },
  'sign-hex': { en: 'The signature is {length} hex characters: a hex digest, but OKX wants Base64 (44 characters ending in =).', zh: '签名是 {length} 个十六进制字符，也就是 hex 摘要；但 OKX 要求 Base64（44 个字符，以 = 结尾）。' },
  'sign-shape-ok': { en: 'The signature has the right shape (Base64, {length} characters).', zh: '签名格式正确（Base64，{length} 个字符）。' },
  'sign-shape': { en: 'The signature is {length} characters long; a Base64 HMAC-SHA256 is 44.', zh: '签名长度是 {length} 个字符；Base64 编码的 HMAC-SHA256 应为 44 个字符。' },
  'hex-digest': { en: 'The code uses a hex digest; OKX wants the Base64 of the raw HMAC bytes.', zh: '代码用了 hex 摘要；OKX 要求的是原始 HMAC 字节的 Base64。' },
  'secret-decoded': { en: 'The secret is decoded (Base64/hex) before HMAC; OKX uses it as a plain string.', zh: '代码在计算 HMAC 之前先对 SecretKey 做了 Base64 或 hex 解码；OKX 要求直接把它当作普通字符串使用。' },
  'body-resent-as-json': { en: 'The body is signed as a string but sent with json=, which serialises it again (different bytes).', zh: '请求体按字符串签名，却用 json= 发送，会被重新序列化（字节不同）。' },
  'prehash-lowercase-method': { en: 'The signed string has a lower-case HTTP method; it must be GET/POST.', zh: '待签名字符串中的 HTTP 方法是小写；必须是 GET/POST。' },
  'prehash-has-host': { en: 'The signed string contains the host; sign only the path (/api/v5/…).', zh: '待签名字符串里包含了主机名；只应签路径（/api/v5/…）。' },
  'prehash-no-api-prefix': { en: 'The signed path lacks the /api/v5 prefix.', zh: '签名的路径缺少 /api/v5 前缀。' },
  'prehash-missing-query': { en: 'The URL has a query string that the signed string leaves out.', zh: 'URL 里有查询字符串，但待签名字符串里没有。' },
  'secret-whitespace': { en: '{field} contains whitespace or a line break.', zh: '{field} 里有空格或换行。' },
  'secret-fullwidth': { en: '{field} contains full-width characters.', zh: '{field} 里有全角字符。' },
  'secret-zero-width': { en: '{field} contains invisible zero-width characters.', zh: '{field} 里有看不见的零宽字符。' },
  'key-shape': { en: '{field} is {length} characters; OKX API keys are 36-character UUIDs.', zh: '{field} 长度是 {length} 个字符；OKX 的 API key 是 36 个字符的 UUID。' },
  'credential-shape-swapped': { en: '{field} looks like a different credential (a secret or key shape), so fields may be swapped.', zh: '{field} 看起来像另一种凭证（SecretKey 或 API Key 的格式），字段可能填反了。' },
  'credential-empty': { en: '{field} is empty or "{value}".', zh: '{field} 为空或是 “{value}”。' },
  'ccxt-passphrase-key': { en: 'The ccxt config sets "passphrase", but ccxt reads the OKX passphrase from "password".', zh: 'ccxt 配置里写的是 “passphrase”，但 ccxt 从 “password” 读取 OKX 的 passphrase。' },
  'ip-seen': { en: 'OKX saw the request from {ip}.', zh: 'OKX 看到的请求来源 IP 是 {ip}。' },
  'ip-v6': { en: '{ip} is IPv6: a whitelist with only IPv4 addresses does not match it.', zh: '{ip} 是 IPv6 地址：只填了 IPv4 的白名单匹配不到它。' },
  'param-name': { en: 'The parameter named in the error is {name}.', zh: '错误中提到的参数是 {name}。' },
  'ws-channel-endpoint': { en: 'Channel {channel} is subscribed on {path}, but it lives on /ws/v5/business.', zh: '频道 {channel} 是在 {path} 上订阅的，但它属于 /ws/v5/business。' },
  'no-login-ack': { en: 'Private channel {channel} is used with no login in the paste.', zh: '使用了私有频道 {channel}，但粘贴内容中没有登录。' },
  'ws-reconnect': { en: 'The paste shows a reconnect; each new connection needs a fresh login.', zh: '粘贴内容中有重连；每个新连接都需要重新登录。' },
  'envelope-only': { en: 'Only code {code} is shown, without data[].sCode.', zh: '只显示了 code {code}，没有 data[].sCode。' },
  'http-status': { en: 'HTTP status {status}.', zh: 'HTTP 状态码 {status}。' },
  'maintenance-notice': { en: 'The paste mentions maintenance or an upgrade.', zh: '粘贴内容提到了维护或升级。' },
  'html-page': { en: 'An HTML error page came back.', zh: '返回的是 HTML 错误页面。' },
  'crossed-credential-var': { en: '{field} is read from {source}: the secret, passphrase or key look swapped in the configuration.', zh: '{field} 读取的是 {source}：配置中的 SecretKey、Passphrase 或 API Key 看起来互换了。' },
  'idle-days': { en: 'The paste says it sat unused for about {days} days: keys with trade or withdraw permission and no IP binding expire after 14 days without authenticated use.', zh: '粘贴内容提到大约 {days} 天没有使用：具有交易或提币权限且未绑定 IP 的 API Key，闲置 14 天（没有需要鉴权的调用）后会被自动删除（即过期）。' },
  'clock-said-ok': { en: 'The paste says the clock is right. If so, a timestamp in local time (with a Z) or in the wrong format is the likelier cause; measure the offset to be sure.', zh: '粘贴内容说时间是对的。如果属实，更可能是把本地时间（带 Z）当作 UTC 发送，或时间戳格式不对；请测一下偏差再确认。' },
  'prehash-epoch': { en: 'The printed prehash starts with an epoch number ({format}); REST signs the ISO 8601 UTC timestamp with milliseconds, the same string sent in OK-ACCESS-TIMESTAMP.', zh: '打印出来的 prehash 以纪元数字开头（{format}）；REST 签名用的是带毫秒的 ISO 8601 UTC 时间戳，也就是 OK-ACCESS-TIMESTAMP 里发送的同一个字符串。' },
  'ws-login-reused': { en: 'The same login frame (same timestamp) is sent again after a reconnect: its timestamp is long expired. Build a fresh login for every connection.', zh: '重连后又发送了同一条登录消息（时间戳相同）：这个时间戳早已过期。每次连接都要重新生成登录消息。' },
  'number-not-string': { en: '{name} is sent as a JSON number; OKX expects numbers as strings ("{name}":"1.5").', zh: '{name} 以 JSON 数字发送；OKX 要求数值以字符串传递（"{name}":"1.5"）。' },
  'prehash-ws-api-prefix': { en: 'The login prehash uses /api/v5/users/self/verify; WebSocket login signs timestamp + GET + /users/self/verify, without /api/v5.', zh: '登录的 prehash 用了 /api/v5/users/self/verify；WebSocket 登录签名的是 timestamp + GET + /users/self/verify，不带 /api/v5。' },
  'secret-length-33': { en: 'The secret is printed as 33 characters long; an OKX secret has 32, so a stray character came with it (often \\r from a Windows file, or a newline).', zh: '打印出的 SecretKey 长度是 33；OKX 的 SecretKey 是 32 个字符，说明多带了一个字符（常见的是 Windows 文件里的 \\r 或换行符）。' },
  'local-time-with-z': { en: 'The code takes local wall-clock time (datetime.now(), DateTime.Now, LocalDateTime.now()) and appends Z: that labels local time as UTC, off by your time-zone offset.', zh: '代码取的是本地时间（datetime.now()、DateTime.Now、LocalDateTime.now()），再加上 Z：这会把本地时间标成 UTC，差值正好是你的时区偏移。' },
  'ms-timestamp-code': { en: 'The code makes a millisecond timestamp (UnixMilli(), Date.now(), currentTimeMillis()); WebSocket login wants Unix seconds.', zh: '代码生成的是毫秒时间戳（UnixMilli()、Date.now()、currentTimeMillis()）；WebSocket 登录要求 Unix 秒。' },
  'ws-drop-said': { en: 'The paste says the WebSocket connection drops (“{text}”): OKX closes a connection that receives no data for 30 seconds.', zh: '粘贴内容说 WebSocket 连接会断开（“{text}”）：连接 30 秒内没有收到数据，OKX 就会关闭它。' },
  'object-printed': { en: 'The error was printed as {text}: its code and message were lost. Log the raw response body (or JSON.stringify the error).', zh: '错误被打印成 {text}，其中的错误码和信息丢失了。请记录原始响应体（或对错误对象做 JSON.stringify）。' },
  'secret-shell-dollar': { en: 'The {field} value contains $ or % that the shell expands (bash and PowerShell: $name outside single quotes; cmd set: %1, %name%), so the program gets a different value. Use single quotes, or escape % as %% in a batch file.', zh: '{field} 的值含有会被 shell 展开的 $ 或 %（bash 和 PowerShell 中单引号以外的 $name；cmd 的 set 中的 %1、%name%），程序拿到的就不是原值了。请改用单引号，批处理文件中把 % 写成 %%。' },
  'reduce-only': { en: 'The order is reduce-only: the position it reduces may already be gone.', zh: '这是只减仓订单：要减的仓位可能已经不存在了。' },
  'library-frame': { en: 'The failure is inside {library}: its code (“{frame}”) is in the paste, and no OKX error code is.', zh: '故障发生在 {library} 内部：粘贴内容中有它的代码（“{frame}”），却没有 OKX 错误码。' },
  'library-signature': { en: '{library} prints “{text}” in a known case, reported and explained in its issue tracker.', zh: '{library} 输出 “{text}” 是已知情况，其问题追踪中已有报告和解释。' },
  'library-exception': { en: '{library} threw “{text}”, a programming error in the client, not an answer from OKX.', zh: '{library} 抛出了 “{text}”，这是客户端的程序错误，而不是 OKX 的返回。' },
  'success-raised': { en: 'OKX answered with HTTP 200 (success), yet {library} reported it as an error: the wrapper failed to read a successful answer.', zh: 'OKX 返回的是 HTTP 200（成功），{library} 却把它当成错误：是封装层没能正确解析成功的返回。' },
  'library-retired-endpoint': { en: '{library} calls a retired OKEx endpoint: this version of the library is out of date; update it.', zh: '{library} 调用的是已下线的 OKEx 接口：这个版本的库已经过时，请升级。' },
  'legacy-code': { en: 'This is an OKEx {api} code: that API is retired.', zh: '这是 OKEx {api} 的错误码：这个 API 已经下线。' },
  'v3-path': { en: 'The request path {path} is a v3 path.', zh: '请求路径 {path} 是 v3 路径。' },
  'v1-path': { en: 'The request path {path} is a v1 path.', zh: '请求路径 {path} 是 v1 路径。' },
  'param-malformed': { en: '`{name}` = `{value}`: per OKX’s docs, {path} needs {need}.', zh: '`{name}` = `{value}`：按 OKX 文档，{path} 要求{need}。' },
  'network-error': { en: 'Network error: {kind}.', zh: '网络错误：{kind}。' },
  'ccxt-missing-credential': { en: 'ccxt reports the "{credential}" credential is missing.', zh: 'ccxt 提示缺少 “{credential}” 凭证。' },
};

export const FACTS: Record<string, Text> = {
  host: { en: 'host {host} ({region})', zh: '主机 {host}（{region}）' },
  'ws-path': { en: 'WebSocket path {path}', zh: 'WebSocket 路径 {path}' },
  'rest-path': { en: 'REST path {path}', zh: 'REST 路径 {path}' },
  'v3-path': { en: 'v3 path {path}', zh: 'v3 路径 {path}' },
  'v1-path': { en: 'v1 path {path}', zh: 'v1 路径 {path}' },
  'simulated-header': { en: 'x-simulated-trading: {value}', zh: 'x-simulated-trading: {value}' },
  'python-okx-flag': { en: 'python-okx flag "{flag}"', zh: 'python-okx flag 为 “{flag}”' },
  sandbox: { en: 'sandbox/demo mode on', zh: '开启了沙盒（模拟盘）模式' },
  'exchange-id': { en: 'exchange id {id}', zh: '交易所 id {id}' },
  library: { en: 'library {label}', zh: '库 {label}' },
  'request-timestamp': { en: 'OK-ACCESS-TIMESTAMP {value} ({format})', zh: 'OK-ACCESS-TIMESTAMP {value}（{format}）' },
  'ws-login-timestamp': { en: 'WebSocket login timestamp {value} ({format})', zh: 'WebSocket 登录时间戳 {value}（{format}）' },
  'clock-offset': { en: 'request time − {ref}: {seconds} s', zh: '请求时间 − {ref}：{seconds} 秒' },
  ip: { en: 'IP {ip}', zh: 'IP {ip}' },
  param: { en: 'parameter {name}', zh: '参数 {name}' },
  channel: { en: 'channel {channel}', zh: '频道 {channel}' },
};

/** Translated param values: key is `name:value`. */
export const VALUES: Record<string, Text> = {
  'ref:server': { en: 'OKX server time', zh: 'OKX 服务器时间' },
  'ref:log': { en: 'the log line’s clock', zh: '日志行的时间' },
  'ref:log-naive': { en: 'the log line’s clock (no time zone shown)', zh: '日志行的时间（未标时区）' },
  'direction:ahead': { en: 'ahead of', zh: '快' },
  'direction:behind': { en: 'behind', zh: '慢' },
  'format:ok': { en: 'format OK', zh: '格式正确' },
  'format:epoch-ms': { en: 'Unix milliseconds, but REST wants ISO 8601', zh: '这是 Unix 毫秒，但 REST 要求 ISO 8601' },
  'format:epoch-seconds': { en: 'Unix seconds, but REST wants ISO 8601', zh: '这是 Unix 秒，但 REST 要求 ISO 8601' },
  'format:no-millis': { en: 'no milliseconds', zh: '缺少毫秒' },
  'format:fraction-digits': { en: 'not exactly 3 fractional digits', zh: '小数部分不是恰好 3 位' },
  'format:no-zone': { en: 'no Z at the end', zh: '末尾缺少 Z' },
  'format:offset-suffix': { en: 'a time-zone offset instead of Z', zh: '用了时区偏移而不是 Z' },
  'format:unparsable': { en: 'not a timestamp OKX can read', zh: 'OKX 无法识别的时间戳' },
  'format:millis': { en: 'milliseconds, but WS login wants seconds', zh: '这是毫秒，但 WebSocket 登录要求秒' },
  'format:iso': { en: 'ISO text, but WS login wants Unix seconds', zh: '这是 ISO 文本，但 WebSocket 登录要求 Unix 秒' },
  'format:fraction': { en: 'fractional seconds; send whole seconds', zh: '带小数的秒；请发送整数秒' },
  'region:global': { en: 'global', zh: '全球站' },
  'region:aws': { en: 'AWS, global', zh: 'AWS 全球站' },
  'region:eea': { en: 'EEA', zh: 'EEA 欧洲站' },
  'region:us': { en: 'US', zh: '美国站' },
  'region:legacy': { en: 'old okex.com domain', zh: '旧的 okex.com 域名' },
  'need:ms': { en: 'a Unix timestamp in milliseconds (e.g. 1597026383085)', zh: '以毫秒为单位的 Unix 时间戳（如 `1597026383085`）' },
  'need:int': { en: 'a whole number', zh: '整数' },
  'need:decimal': { en: 'a number written as a string (e.g. "0.01")', zh: '以字符串表示的数字（如 `"0.01"`）' },
  'need:bool': { en: 'true or false', zh: '`true` 或 `false`' },
  'need:csv': { en: 'one comma-separated string (e.g. BTC-USDT,ETH-USDT), not a list or a repeated key', zh: '一个以逗号分隔的字符串（如 `BTC-USDT,ETH-USDT`），而不是列表或重复的参数' },
  'need:array': { en: 'a JSON array of objects', zh: 'JSON 对象数组' },
  'need:strings': { en: 'a JSON array of strings (e.g. ["BTC","ETH"])', zh: '由字符串组成的 JSON 数组（如 `["BTC","ETH"]`）' },
  'need:enum': { en: 'one of the values the docs list', zh: '文档列出的取值之一' },
  'problem:date': { en: 'a date, not a timestamp', zh: '这是日期，不是时间戳' },
  'problem:seconds': { en: 'Unix seconds', zh: '这是 Unix 秒' },
  'problem:not-ms': { en: 'not a millisecond timestamp', zh: '不是毫秒时间戳' },
  'problem:not-number': { en: 'not a number', zh: '不是数字' },
  'problem:not-whole': { en: 'not a whole number', zh: '不是整数' },
  'problem:not-bool': { en: 'not true or false', zh: '不是 `true` 或 `false`' },
  'problem:list': { en: 'a list', zh: '这是列表' },
  'problem:repeated': { en: 'the key is repeated', zh: '参数名重复出现' },
  'problem:not-list': { en: 'not an array', zh: '不是数组' },
  'problem:comma-text': { en: 'a comma-separated string', zh: '这是逗号分隔的字符串' },
  'kind:connection-reset': { en: 'connection reset', zh: '连接被重置' },
  'kind:timeout': { en: 'timeout', zh: '超时' },
  'kind:dns': { en: 'DNS lookup failed', zh: 'DNS 解析失败' },
  'kind:tls': { en: 'TLS/SSL failure', zh: 'TLS/SSL 错误' },
  'kind:connect': { en: 'could not connect', zh: '无法连接' },
};

export { spaceCjk } from '../text.ts';

export function t(table: Record<string, Text>, id: string, lang: Lang, params: Params = {}): string {
  return fillTemplate(table[id]?.[lang] ?? id, lang, params, (k) => VALUES[k]?.[lang]);
}

/** Every doctor text in one language, for a page to hand to the browser (format with dt() in text.ts). */
export function doctorText(lang: Lang): import('./text.ts').DoctorText {
  const pick = (t: Record<string, Text>) => pickLang(t, lang);
  return {
    lang,
    tables: {
      UI: pick(UI), SOURCES: pick(SOURCES), KINDS: pick(KINDS), FINDINGS: pick(FINDINGS),
      EVIDENCE: pick(EVIDENCE), FACTS: pick(FACTS), VALUES: pick(VALUES),
    },
  };
}
