/**
 * Human text for every finding, hunter variant and parse note, in English and
 * Chinese. `{name}` is replaced from the finding's params; enum-like values
 * (part names, styles, yes/no, rule names) are translated through WORDS.
 */
import type { FindingParams } from './types.ts';
import { formatFrom, type MessageTable } from './format.ts';
import { pickLang } from '../text.ts';

import type { Lang } from './format.ts';
export type { Lang, MessageTable } from './format.ts';
export { formatFrom } from './format.ts';
export interface Bilingual {
  en: string;
  zh: string;
}

export const FINDING_MESSAGES: Record<string, Bilingual> = {
  // Timestamp (REST)
  'timestamp-empty': {
    en: 'The timestamp is empty. It goes in the OK-ACCESS-TIMESTAMP header and at the start of the prehash.',
    zh: '时间戳为空。它要放在 OK-ACCESS-TIMESTAMP 请求头里，也是待签名字符串的开头。',
  },
  'timestamp-epoch-millis': {
    en: '{value} looks like Unix milliseconds. REST needs ISO 8601 UTC with milliseconds, e.g. 2020-12-08T09:08:57.715Z (JavaScript: new Date().toISOString()).',
    zh: '{value} 看起来是 Unix 毫秒时间戳。REST 接口要求带毫秒的 ISO 8601 UTC 时间，例如 2020-12-08T09:08:57.715Z（JavaScript：new Date().toISOString()）。',
  },
  'timestamp-epoch-seconds': {
    en: '{value} looks like Unix seconds, the WebSocket login format. REST needs ISO 8601 UTC with milliseconds, e.g. 2020-12-08T09:08:57.715Z.',
    zh: '{value} 看起来是 Unix 秒，这是 WebSocket 登录用的格式。REST 接口要求带毫秒的 ISO 8601 UTC 时间，例如 2020-12-08T09:08:57.715Z。',
  },
  'timestamp-not-iso': {
    en: '{value} is not an ISO 8601 timestamp. Use UTC in the form YYYY-MM-DDTHH:mm:ss.sssZ, e.g. 2020-12-08T09:08:57.715Z.',
    zh: '{value} 不是 ISO 8601 时间戳。请使用 UTC 时间，格式为 YYYY-MM-DDTHH:mm:ss.sssZ，例如 2020-12-08T09:08:57.715Z。',
  },
  'timestamp-invalid-date': {
    en: '{value} has the right shape but is not a real date or time (month, day, hour, minute or second out of range).',
    zh: '{value} 格式正确，但不是有效的日期或时间（月、日、时、分或秒超出范围）。',
  },
  'timestamp-separator': {
    en: 'Join date and time with an upper-case T and end with an upper-case Z (found: {found}).',
    zh: '日期和时间之间要用大写 T，结尾要用大写 Z（发现的是：{found}）。',
  },
  'timestamp-fraction-digits': {
    en: 'The timestamp has {digits} fractional digits; OKX wants exactly 3 (milliseconds), e.g. .715. Python isoformat() gives 6; dropping the milliseconds gives 0. OKX has not confirmed which error this returns; 50112 is expected.',
    zh: '时间戳的小数部分有 {digits} 位，OKX 要求正好 3 位（毫秒），例如 .715。Python 的 isoformat() 会给出 6 位，去掉毫秒则是 0 位。OKX 没有确认这种情况返回哪个错误码，预计是 50112。',
  },
  'timestamp-no-zone': {
    en: "The timestamp does not end in Z, so it does not say it is UTC. Python: datetime.now(timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3] + 'Z'.",
    zh: "时间戳结尾没有 Z，无法表明是 UTC 时间。Python 写法：datetime.now(timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3] + 'Z'。",
  },
  'timestamp-offset': {
    en: 'The timestamp carries the offset {offset} instead of Z. OKX documents UTC with a Z suffix: convert to UTC and write Z. Whether OKX answers 50102 or 50112 to this form is not confirmed.',
    zh: '时间戳带的是时区偏移 {offset}，而不是 Z。OKX 文档要求以 Z 结尾的 UTC 时间：请先转换成 UTC 再写 Z。OKX 对这种格式返回 50102 还是 50112 尚未确认。',
  },
  'timestamp-skew': {
    en: 'The timestamp is {seconds} s away from the current time. OKX rejects requests more than 30 s away from server time. Sync the clock, or take the time from GET /api/v5/public/time.',
    zh: '时间戳与当前时间相差 {seconds} 秒。与服务器时间相差超过 30 秒的请求会被 OKX 拒绝。请同步系统时钟，或通过 GET /api/v5/public/time 获取服务器时间。',
  },
  'timestamp-timezone-shift': {
    en: 'The timestamp is off by about {offset}, a whole time-zone offset: local time was probably written with a Z. Format the time in UTC (JavaScript: toISOString(); Python: datetime.now(timezone.utc)). Changing the machine’s time zone does not fix this.',
    zh: '时间戳大约偏差了 {offset}，正好是一个时区的差值：很可能把本地时间当成 UTC 并加上了 Z。请用 UTC 格式化时间（JavaScript：toISOString()；Python：datetime.now(timezone.utc)）。改机器的时区解决不了这个问题。',
  },
  // Timestamp (WebSocket login)
  'ws-timestamp-millis': {
    en: '{value} looks like Unix milliseconds. WebSocket login needs Unix seconds, e.g. "1538054050"; milliseconds have been seen to give 60006.',
    zh: '{value} 看起来是 Unix 毫秒。WebSocket 登录需要 Unix 秒，例如 "1538054050"；已有用户发送毫秒后收到 60006。',
  },
  'ws-timestamp-fractional': {
    en: '{value} has a fraction. The official SDKs send whole seconds; OKX has not confirmed whether a fraction is accepted. Round down: Math.floor(Date.now() / 1000).',
    zh: '{value} 带有小数。官方 SDK 发送的都是整数秒；OKX 没有确认是否接受小数。请向下取整：Math.floor(Date.now() / 1000)。',
  },
  'ws-timestamp-iso': {
    en: '{value} is an ISO time, the REST format. WebSocket login needs Unix seconds as a string, e.g. "1538054050".',
    zh: '{value} 是 ISO 时间，那是 REST 的格式。WebSocket 登录需要字符串形式的 Unix 秒，例如 "1538054050"。',
  },
  'ws-timestamp-not-seconds': {
    en: '{value} is not Unix seconds. WebSocket login needs the Unix time in seconds as a string, e.g. "1538054050".',
    zh: '{value} 不是 Unix 秒。WebSocket 登录需要字符串形式的 Unix 秒，例如 "1538054050"。',
  },
  // Method
  'method-empty': {
    en: 'The method is empty. Use GET or POST, in upper case.',
    zh: '请求方法为空。请使用大写的 GET 或 POST。',
  },
  'method-not-uppercase': {
    en: 'The method {method} must be upper case in the prehash: {upper}. The signature shown here uses {upper}.',
    zh: '待签名字符串里的请求方法 {method} 必须大写：{upper}。这里显示的签名用的是 {upper}。',
  },
  'method-unexpected': {
    en: '{method} is not GET or POST. The OKX v5 REST endpoints use GET or POST; check the endpoint’s page in the docs.',
    zh: '{method} 不是 GET 或 POST。OKX v5 REST 接口使用 GET 或 POST，请查看该接口的文档。',
  },
  // Path and query
  'path-empty': {
    en: 'The request path is empty. It starts with /api/v5/, e.g. /api/v5/account/balance.',
    zh: '请求路径为空。路径以 /api/v5/ 开头，例如 /api/v5/account/balance。',
  },
  'path-has-host': {
    en: 'The request path includes {host}. Sign only the path and query, e.g. /api/v5/account/balance?ccy=BTC.',
    zh: '请求路径里包含了 {host}。只签名路径和查询字符串，例如 /api/v5/account/balance?ccy=BTC。',
  },
  'path-no-leading-slash': {
    en: 'The request path {path} must start with /, e.g. /api/v5/account/balance.',
    zh: '请求路径 {path} 必须以 / 开头，例如 /api/v5/account/balance。',
  },
  'path-missing-api-v5': {
    en: 'The request path {path} does not start with /api/v5/. Sign the full path as sent, /api/v5 included. Paths such as /api/spot/v3/ belong to the legacy OKEx v3 API.',
    zh: '请求路径 {path} 不是以 /api/v5/ 开头。请签名实际发送的完整路径，包括 /api/v5。/api/spot/v3/ 这类路径属于旧版 OKEx v3 API。',
  },
  'path-has-fragment': {
    en: 'The path contains #. HTTP clients do not send the fragment after #, so the server never sees it. Sign only what is sent.',
    zh: '路径里有 #。HTTP 客户端不会发送 # 之后的片段，服务器收不到它。只签名实际发送的内容。',
  },
  'path-differs-from-sent': {
    en: 'The signed path {signed} differs from the path sent, {sent}. OKX checks the signature against the path it receives.',
    zh: '签名用的路径 {signed} 与实际发送的路径 {sent} 不同。OKX 按它收到的路径校验签名。',
  },
  'query-empty': {
    en: 'The path ends in a bare ?. Many HTTP clients drop it when sending, so the signed and sent paths differ. Leave out the ? when there is no query.',
    zh: '路径以单独的 ? 结尾。很多 HTTP 客户端发送时会去掉它，导致签名的路径和发送的路径不一致。没有查询参数时不要加 ?。',
  },
  'query-missing': {
    en: 'The URL sent has the query {sent}, but the signed path has none. For GET, the query string is part of requestPath and must be signed.',
    zh: '实际发送的 URL 带有查询字符串 {sent}，但签名的路径里没有。GET 请求的查询字符串属于 requestPath，必须一起签名。',
  },
  'query-not-sent': {
    en: 'The signed path has the query {signed}, but the URL sent has none.',
    zh: '签名的路径带有查询字符串 {signed}，但实际发送的 URL 里没有。',
  },
  'query-order-differs': {
    en: 'The query was signed as {signed} but sent as {sent}: same parameters, different order. Sign the query exactly as it appears in the URL.',
    zh: '查询字符串签名时是 {signed}，发送时却是 {sent}：参数相同，顺序不同。请按 URL 里的原样签名。',
  },
  'query-encoding-differs': {
    en: 'The query was signed as {signed} but sent as {sent}: the same values, encoded differently. Sign the exact characters that appear in the URL.',
    zh: '查询字符串签名时是 {signed}，发送时却是 {sent}：值相同，但编码方式不同。请按 URL 里的原样字符签名。',
  },
  'query-differs-from-sent': {
    en: 'The signed query {signed} differs from the query sent, {sent}.',
    zh: '签名的查询字符串 {signed} 与实际发送的 {sent} 不同。',
  },
  'get-with-body': {
    en: 'This GET request has a body. GET parameters belong in the query string of requestPath. Most HTTP clients send no body on GET, so the signature would cover bytes the server never receives.',
    zh: '这个 GET 请求带有请求体。GET 参数应放在 requestPath 的查询字符串里。大多数 HTTP 客户端不会为 GET 发送请求体，签名就包含了服务器收不到的内容。',
  },
  'post-with-query': {
    en: 'This POST request has a query string. It is signed as part of requestPath, which works if it is sent too; POST parameters normally go in the JSON body.',
    zh: '这个 POST 请求带有查询字符串。它作为 requestPath 的一部分参与签名，只要实际也发送了就没问题；不过 POST 参数通常放在 JSON 请求体里。',
  },
  'post-empty-body': {
    en: 'This POST request has no body. If your code sends {} (python-okx does), sign {} too; if it sends nothing, sign nothing. Endpoints that need parameters answer 50000 to an empty body.',
    zh: '这个 POST 请求没有请求体。如果你的代码发送的是 {}（python-okx 就是这样），签名里也要有 {}；如果什么都不发送，就什么都不签。需要参数的接口收到空请求体会返回 50000。',
  },
  // Body
  'body-not-json': {
    en: 'The body is not valid JSON. OKX request bodies must be JSON, sent with Content-Type: application/json.',
    zh: '请求体不是合法的 JSON。OKX 的请求体必须是 JSON，并带上 Content-Type: application/json。',
  },
  'body-form-encoded': {
    en: 'The body looks form-encoded (a=1&b=2). OKX wants a JSON body such as {"a":"1","b":"2"} with Content-Type: application/json.',
    zh: '请求体看起来是表单编码（a=1&b=2）。OKX 需要 JSON 请求体，例如 {"a":"1","b":"2"}，并带上 Content-Type: application/json。',
  },
  'body-python-repr': {
    en: "The body looks like a Python dict printed with str() (single quotes, True or None). Use json.dumps(params) and send that same string.",
    zh: '请求体看起来是用 str() 打印出来的 Python 字典（单引号、True 或 None）。请用 json.dumps(params)，并发送同一个字符串。',
  },
  'body-not-object': {
    en: 'The body is valid JSON, but a {type} rather than an object or array.',
    zh: '请求体是合法的 JSON，但它是 {type}，不是对象或数组。',
  },
  'body-json-style': {
    en: 'The body is {style} JSON. Compact ({"a":"1"}) and spaced ({"a": "1"}, Python json.dumps) bodies give different signatures. Both are valid as long as the body sent is byte-identical to the body signed.',
    zh: '请求体是{style} JSON。紧凑写法（{"a":"1"}）和带空格写法（{"a": "1"}，Python json.dumps 默认）得到的签名不同。只要发送的请求体与签名的请求体逐字节一致，两种都有效。',
  },
  'body-non-ascii': {
    en: 'The body contains non-ASCII text. The signature covers its UTF-8 bytes. Python json.dumps escapes it as \\uXXXX by default (ensure_ascii=True), which changes the bytes: sign and send the same string.',
    zh: '请求体包含非 ASCII 字符。签名覆盖的是它的 UTF-8 字节。Python 的 json.dumps 默认会把它转义成 \\uXXXX（ensure_ascii=True），字节就变了：签名和发送必须用同一个字符串。',
  },
  'body-differs-from-sent': {
    en: 'The signed body differs from the body sent (same JSON data: {sameJson}). The signature covers bytes, so send exactly the string you signed; e.g. do not sign json.dumps(d) and then send requests.post(json=d).',
    zh: '签名的请求体与实际发送的不同（JSON 数据是否相同：{sameJson}）。签名覆盖的是字节，所以要原样发送签名时用的字符串；例如不要签名 json.dumps(d)，却用 requests.post(json=d) 发送。',
  },
  // Characters
  'char-edge-whitespace': {
    en: 'The {part} has whitespace at the {where}. It is invisible but changes the signature. Trim it.',
    zh: '{part}的{where}有空白字符。它看不见，却会改变签名。请去掉。',
  },
  'char-newline': {
    en: 'The {part} contains a line break at position {position}. It usually comes from reading a file or copying a whole line. Remove it.',
    zh: '{part}在第 {position} 个字符处有换行符，通常来自读取文件或复制了整行。请删除。',
  },
  'char-inner-space': {
    en: 'The {part} contains a space at position {position}.',
    zh: '{part}在第 {position} 个字符处有空格。',
  },
  'char-fullwidth': {
    en: 'The {part} contains the full-width character “{char}” ({codepoint}) at position {position}; use the ASCII “{ascii}”. This happens when a Chinese input method is on.',
    zh: '{part}在第 {position} 个字符处有全角字符“{char}”（{codepoint}），应改为半角的“{ascii}”。这通常是中文输入法没有切换造成的。',
  },
  'char-zero-width': {
    en: 'The {part} contains an invisible zero-width character ({codepoint}) at position {position}, usually copied from a web page or chat. Delete it or retype the value.',
    zh: '{part}在第 {position} 个字符处有一个看不见的零宽字符（{codepoint}），通常是从网页或聊天软件复制带来的。请删除，或重新输入。',
  },
  'char-bom': {
    en: 'The {part} starts with a byte-order mark (U+FEFF), usually from a file saved as “UTF-8 with BOM”. Remove it.',
    zh: '{part}以字节顺序标记（U+FEFF，BOM）开头，通常来自保存为“UTF-8 with BOM”的文件。请删除。',
  },
  'char-nbsp': {
    en: 'The {part} contains a non-breaking space ({codepoint}) at position {position}, usually copied from a web page or document. Remove it.',
    zh: '{part}在第 {position} 个字符处有不换行空格（{codepoint}），通常是从网页或文档复制带来的。请删除。',
  },
  'char-unicode-space': {
    en: 'The {part} contains a Unicode space ({codepoint}) at position {position}. Remove it.',
    zh: '{part}在第 {position} 个字符处有 Unicode 空格（{codepoint}）。请删除。',
  },
  'char-smart-quote': {
    en: 'The {part} contains the curly quote {char} ({codepoint}) at position {position}; use the straight quote {ascii}. Word processors and chat apps replace quotes.',
    zh: '{part}在第 {position} 个字符处有弯引号 {char}（{codepoint}），应改为直引号 {ascii}。文字处理软件和聊天软件会自动替换引号。',
  },
  'char-control': {
    en: 'The {part} contains the control character {codepoint} at position {position}. Remove it.',
    zh: '{part}在第 {position} 个字符处有控制字符 {codepoint}。请删除。',
  },
  // Keys
  'key-empty': {
    en: 'The {part} is empty (only whitespace: {whitespaceOnly}). An unset environment variable or config value is the usual cause.',
    zh: '{part}为空（仅含空白：{whitespaceOnly}）。通常是环境变量或配置项没有设置。',
  },
  'key-placeholder': {
    en: 'The {part} looks like a placeholder or a variable name, not a real value. Check that the variable is set and actually read.',
    zh: '{part}看起来是占位符或变量名，而不是真实的值。请检查变量是否已设置并被正确读取。',
  },
  'key-null-string': {
    en: 'The {part} is the text "{value}": a missing config value was turned into a string (e.g. str(nan) from pandas, or None). Load the real value.',
    zh: '{part}是文本 "{value}"：缺失的配置值被转换成了字符串（例如 pandas 的 str(nan)，或 None）。请读取真实的值。',
  },
  'key-masked': {
    en: 'The {part} contains ****: it was copied from a masked display. Use the full value you saved when the key was created; if it is lost, create a new key.',
    zh: '{part}里有 ****：这是从打码显示处复制的。请使用创建 API Key 时保存的完整值；如果已经丢失，请新建一个 API Key。',
  },
  'key-wrapped-quotes': {
    en: 'The {part} is wrapped in {quote} quotes that were copied with it. The quotes become part of the value; remove them.',
    zh: '{part}被 {quote} 引号包住了，引号是一起复制进来的，会变成值的一部分。请去掉。',
  },
  'key-shell-expansion': {
    en: 'The {part} contains {char}. A shell expands $name and `...` in unquoted or double-quoted values, so your program gets a different value. Use single quotes, or load it from a file.',
    zh: '{part}里有 {char}。在不加引号或使用双引号时，shell 会展开 $name 和 `...`，程序拿到的值就变了。请使用单引号，或从文件读取。',
  },
  'key-with-label': {
    en: 'The {part} includes the label {label}. Paste only the value after it.',
    zh: '{part}里带上了名称 {label}。只粘贴它后面的值。',
  },
  'key-duplicate': {
    en: 'The {part} is identical to the {other}. One of them was pasted into the wrong field.',
    zh: '{part}与{other}完全相同，其中一个粘贴错了位置。',
  },
  'api-key-looks-like-secret': {
    en: 'The API key field holds 32 hex characters, the shape of a secret key; API keys look like 8-4-4-4-12 lower-case hex. The fields may be swapped.',
    zh: 'API Key 一栏是 32 个十六进制字符，这是 SecretKey 的样子；API Key 的样子是 8-4-4-4-12 的小写十六进制。两个字段可能填反了。',
  },
  'api-key-uppercase': {
    en: 'The API key has upper-case letters. Every OKX example shows lower case; paste it exactly as OKX shows it.',
    zh: 'API Key 里有大写字母。OKX 的所有示例都是小写；请按 OKX 显示的原样粘贴。',
  },
  'api-key-shape': {
    en: 'The API key is not shaped like 8-4-4-4-12 lower-case hex (length {length}). Every OKX example and masked key has that shape, but OKX does not document it as a rule, so this is only a warning.',
    zh: 'API Key 不是 8-4-4-4-12 小写十六进制的形式（长度 {length}）。OKX 的所有示例和打码显示的 Key 都是这个形式，但 OKX 没有把它写成规则，所以这里只是提醒。',
  },
  'secret-looks-like-api-key': {
    en: 'The secret key field holds a UUID, the shape of an API key. The fields may be swapped.',
    zh: 'SecretKey 一栏是 UUID，这是 API Key 的样子。两个字段可能填反了。',
  },
  'secret-looks-like-signature': {
    en: 'The secret key field holds 44 Base64 characters, the shape of a signature (OK-ACCESS-SIGN), not of a secret key.',
    zh: 'SecretKey 一栏是 44 个 Base64 字符，这是签名（OK-ACCESS-SIGN）的样子，不是 SecretKey。',
  },
  'secret-looks-like-passphrase': {
    en: 'The secret key field holds something shaped like a passphrase (8 to 32 characters with upper case, lower case, digit and symbol). Signing with the passphrase instead of the secret gives 50113.',
    zh: 'SecretKey 一栏的内容像是 Passphrase（8 到 32 位，含大小写字母、数字和符号）。用 Passphrase 代替 SecretKey 签名会得到 50113。',
  },
  'secret-lowercase': {
    en: 'The secret key is lower-case hex, while OKX’s example secret is upper case. The HMAC uses the exact characters: paste it exactly as OKX showed it.',
    zh: 'SecretKey 是小写十六进制，而 OKX 文档示例是大写。HMAC 使用的是原样字符：请按 OKX 显示的原样粘贴。',
  },
  'secret-shape': {
    en: 'The secret key is not 32 hex characters (length {length}). OKX’s example and other known secrets have that shape, but OKX does not document it as a rule, so this is only a warning.',
    zh: 'SecretKey 不是 32 个十六进制字符（长度 {length}）。OKX 的示例和已知的 SecretKey 都是这个形式，但 OKX 没有把它写成规则，所以这里只是提醒。',
  },
  'passphrase-looks-like-api-key': {
    en: 'The passphrase field holds a UUID, the shape of an API key. The fields may be swapped.',
    zh: 'Passphrase 一栏是 UUID，这是 API Key 的样子。两个字段可能填反了。',
  },
  'passphrase-looks-like-secret': {
    en: 'The passphrase field holds 32 hex characters, the shape of a secret key. The fields may be swapped.',
    zh: 'Passphrase 一栏是 32 个十六进制字符，这是 SecretKey 的样子。两个字段可能填反了。',
  },
  'passphrase-rule': {
    en: 'The passphrase lacks: {missing}. For keys created through the API, OKX requires 8 to 32 characters with at least one upper-case letter, lower-case letter, digit and special character; the website form’s rule is not confirmed. A passphrase that breaks the rule may not be the one set when the key was created.',
    zh: 'Passphrase 缺少：{missing}。通过 API 创建的 Key，OKX 要求 Passphrase 为 8 到 32 位，且至少包含一个大写字母、一个小写字母、一个数字和一个特殊字符；网页端创建时的规则尚未确认。不符合这条规则的 Passphrase，可能不是创建 Key 时设置的那个。',
  },
};

export const VARIANT_MESSAGES: Record<string, Bilingual> = {
  'signature-bytes-repr': {
    en: "Your signature is a Python bytes literal b'...'. Call .decode() on the result of base64.b64encode() before putting it in a header or JSON.",
    zh: "你的签名是 Python 的 bytes 字面量 b'...'。放进请求头或 JSON 之前，先对 base64.b64encode() 的结果调用 .decode()。",
  },
  'hex-digest': {
    en: "Your code outputs the HMAC as hex. OKX wants Base64 of the raw 32-byte digest (Python: base64.b64encode(h.digest()); Node: .digest('base64')).",
    zh: "你的代码输出的是十六进制的 HMAC。OKX 要的是 32 字节原始摘要的 Base64（Python：base64.b64encode(h.digest())；Node：.digest('base64')）。",
  },
  'base64-of-hex': {
    en: "Your code Base64-encodes the hex text of the digest. Encode the raw bytes instead (PHP: hash_hmac('sha256', $prehash, $secret, true); Python: .digest(), not .hexdigest()).",
    zh: "你的代码对摘要的十六进制文本做了 Base64。应对原始字节做 Base64（PHP：hash_hmac('sha256', $prehash, $secret, true)；Python：用 .digest()，不要用 .hexdigest()）。",
  },
  base64url: {
    en: 'Your code uses URL-safe or unpadded Base64. Use standard Base64 with + and / and = padding (Go: base64.StdEncoding).',
    zh: '你的代码用的是 URL 安全或去掉填充的 Base64。请使用标准 Base64：字符集含 + 和 /，末尾用 = 填充（Go：base64.StdEncoding）。',
  },
  'lowercase-method': {
    en: 'Your code signs the method in lower case. Use GET or POST in upper case.',
    zh: '你的代码签名时请求方法是小写。请使用大写的 GET 或 POST。',
  },
  'method-omitted': {
    en: 'Your code leaves the method out of the prehash. It is timestamp + METHOD + requestPath + body.',
    zh: '你的代码在待签名字符串里漏掉了请求方法。正确的拼接是 timestamp + METHOD + requestPath + body。',
  },
  'missing-query': {
    en: 'Your code signs the path without the query string. For GET, requestPath includes ?query exactly as sent.',
    zh: '你的代码签名时没有带查询字符串。GET 请求的 requestPath 要包含 ?query，并与实际发送的完全一致。',
  },
  'query-reordered': {
    en: 'Your code signs the query parameters in a different order ({detail}) from the URL sent. Build the query string once and use it for both.',
    zh: '你的代码签名时查询参数的顺序（{detail}）与实际发送的 URL 不同。请只构造一次查询字符串，URL 和签名共用它。',
  },
  'query-encoding': {
    en: 'Your code signs the query encoded differently ({detail}) from the URL sent. Build the query string once and use the same string for the URL and the prehash.',
    zh: '你的代码签名时查询字符串的编码（{detail}）与实际发送的 URL 不同。请只构造一次查询字符串，URL 和待签名字符串共用它。',
  },
  'query-as-body': {
    en: 'Your code signs the GET parameters as a JSON body. For GET, parameters are part of requestPath (?a=1&b=2) and the body is empty.',
    zh: '你的代码把 GET 参数当成 JSON 请求体签名了。GET 请求的参数属于 requestPath（?a=1&b=2），请求体为空。',
  },
  'path-with-host': {
    en: 'Your code signs the full URL with the host ({detail}). Sign only the path and query.',
    zh: '你的代码签名时带上了域名（{detail}）。只签名路径和查询字符串。',
  },
  'path-without-api-prefix': {
    en: 'Your code signs the path without /api/v5. Sign the full path as sent.',
    zh: '你的代码签名的路径缺少 /api/v5。请签名实际发送的完整路径。',
  },
  'body-omitted': {
    en: 'Your code signs without the body. For POST, append the exact JSON body string that is sent.',
    zh: '你的代码签名时漏掉了请求体。POST 请求要在末尾拼上实际发送的 JSON 字符串。',
  },
  'empty-object-body': {
    en: 'Your code signs {} as the body, which is not the body given here. python-okx signs and sends {} for a POST without parameters; sign exactly the body you send.',
    zh: '你的代码签名时用的请求体是 {}，与这里给出的请求体不同。python-okx 在没有参数的 POST 里会签名并发送 {}；请签名实际发送的请求体。',
  },
  'body-spaces': {
    en: "Your code signs the body with spaces after : and , (Python json.dumps default), but the body here is not spaced. Sign and send the same string, e.g. json.dumps(params, separators=(',', ':')) for both.",
    zh: "你的代码签名的请求体在 : 和 , 后面带空格（Python json.dumps 的默认格式），而这里的请求体不带。签名和发送请用同一个字符串，例如两处都用 json.dumps(params, separators=(',', ':'))。",
  },
  'body-compact': {
    en: 'Your code signs a compact body ({"a":"1"}), but the body here is spaced. Sign and send the same string.',
    zh: '你的代码签名的是紧凑格式的请求体（{"a":"1"}），而这里的请求体带空格。签名和发送请用同一个字符串。',
  },
  'body-ascii-escaped': {
    en: 'Your code signs the body with non-ASCII characters escaped as \\uXXXX (json.dumps ensure_ascii), but the body here has them unescaped. Sign and send the same string.',
    zh: '你的代码签名的请求体把非 ASCII 字符转义成了 \\uXXXX（json.dumps 的 ensure_ascii），而这里的请求体没有转义。签名和发送请用同一个字符串。',
  },
  'timestamp-seconds': {
    en: 'Your code signs Unix seconds instead of the timestamp given here. Sign exactly the OK-ACCESS-TIMESTAMP value.',
    zh: '你的代码签名用的是 Unix 秒，而不是这里给出的时间戳。请原样签名 OK-ACCESS-TIMESTAMP 的值。',
  },
  'timestamp-millis': {
    en: 'Your code signs Unix milliseconds instead of the timestamp given here. Sign exactly the value you send.',
    zh: '你的代码签名用的是 Unix 毫秒，而不是这里给出的时间戳。请原样签名你发送的值。',
  },
  'timestamp-iso': {
    en: 'Your code signs an ISO time instead of the timestamp given here. WebSocket login signs Unix seconds, the same value as the timestamp field of the login message.',
    zh: '你的代码签名用的是 ISO 时间，而不是这里给出的时间戳。WebSocket 登录签名的是 Unix 秒，与登录消息里的 timestamp 字段相同。',
  },
  'timestamp-format': {
    en: 'Your code signs the timestamp in another format ({detail}) than the one given here. Format it once and use the same string for the header and the prehash.',
    zh: '你的代码签名用的时间戳格式（{detail}）与这里给出的不同。请只格式化一次，请求头和待签名字符串共用同一个字符串。',
  },
  'timestamp-recomputed': {
    en: 'Your code signs a timestamp {detail} away from the one given here: it reads the clock twice. Read it once and use that string for both.',
    zh: '你的代码签名用的时间戳与这里给出的相差 {detail}：它读取了两次时钟。请只读取一次，两处共用这个字符串。',
  },
  'timezone-as-utc': {
    en: 'Your code signs local time written as UTC (offset {detail}). Use UTC for both the signed string and the header.',
    zh: '你的代码把本地时间当成 UTC 签名了（偏移 {detail}）。签名和请求头都要使用 UTC 时间。',
  },
  'secret-trimmed': {
    en: 'Your code signs with the secret trimmed, but the secret given here has extra whitespace or invisible characters. The secret from OKX has none; fix the copy you pasted here.',
    zh: '你的代码签名用的 SecretKey 是去掉空白的，而这里给出的 SecretKey 带有多余的空白或不可见字符。OKX 的 SecretKey 不含这些字符，请修正你粘贴到这里的值。',
  },
  'secret-with-newline': {
    en: "Your code's secret ends with a line break, typically read from a file or input(). Strip it (Python: .strip(); Node: .trim()).",
    zh: '你的代码里的 SecretKey 末尾有换行符，通常来自读取文件或 input()。请去掉（Python：.strip()；Node：.trim()）。',
  },
  'secret-with-space': {
    en: "Your code's secret has a space at the start or end. Trim it.",
    zh: '你的代码里的 SecretKey 开头或结尾有空格。请去掉。',
  },
  'secret-with-quotes': {
    en: "Your code's secret includes quote characters, typically from a config file read literally. Remove them.",
    zh: '你的代码里的 SecretKey 带有引号，通常是配置文件被原样读取造成的。请去掉。',
  },
  'secret-hex-decoded': {
    en: "Your code hex-decodes the secret before the HMAC. Use the secret string's UTF-8 bytes as they are.",
    zh: '你的代码在计算 HMAC 之前把 SecretKey 当十六进制解码了。请直接使用 SecretKey 字符串的 UTF-8 字节。',
  },
  'secret-base64-decoded': {
    en: "Your code Base64-decodes the secret before the HMAC. Use the secret string's UTF-8 bytes as they are.",
    zh: '你的代码在计算 HMAC 之前把 SecretKey 当 Base64 解码了。请直接使用 SecretKey 字符串的 UTF-8 字节。',
  },
  'passphrase-as-secret': {
    en: 'Your code signs with the passphrase instead of the secret key. Check the argument order of your client’s constructor.',
    zh: '你的代码用 Passphrase 代替 SecretKey 做了签名。请检查客户端构造函数的参数顺序。',
  },
  'api-key-as-secret': {
    en: 'Your code signs with the API key instead of the secret key. Check the argument order of your client’s constructor.',
    zh: '你的代码用 API Key 代替 SecretKey 做了签名。请检查客户端构造函数的参数顺序。',
  },
  'hunt-match': {
    en: 'Your signature is correct for these inputs. If OKX still answers 50113, the request sent differs from these inputs: compare the URL, body and headers actually sent.',
    zh: '对这些输入来说，你的签名是正确的。如果 OKX 仍然返回 50113，说明实际发送的请求与这些输入不同：请核对实际发送的 URL、请求体和请求头。',
  },
  'hunt-no-match': {
    en: 'None of the {count} known mistakes reproduces your signature. Check the secret first, then compare your prehash with the one shown here character by character.',
    zh: '已知的 {count} 种错误都无法复现你的签名。请先检查 SecretKey，再把你的待签名字符串与这里显示的逐字比对。',
  },
};

export const PARSE_MESSAGES: Record<string, Bilingual> = {
  'parse-empty': { en: 'Nothing was pasted.', zh: '没有粘贴任何内容。' },
  'parse-too-long': { en: 'The paste is too long to be one request.', zh: '粘贴的内容太长，不像是一个请求。' },
  'parse-unrecognized': {
    en: 'This does not look like a curl command, a raw HTTP request or OK-ACCESS-* headers.',
    zh: '这看起来不是 curl 命令、原始 HTTP 请求，也不是 OK-ACCESS-* 请求头。',
  },
  'parse-passphrase-seen': {
    en: 'The paste contains your passphrase. It was not kept; do not share it publicly.',
    zh: '粘贴的内容里有你的 Passphrase。这里没有保存它；请不要公开分享。',
  },
  'parse-variable-value': {
    en: 'The header {header} holds {value}, a variable that was not expanded; it was ignored.',
    zh: '请求头 {header} 的值是 {value}，这是一个没有展开的变量，已忽略。',
  },
  'parse-signature-bytes': {
    en: "The signature was printed as a Python bytes value b'...'; the b'' was removed.",
    zh: "签名是以 Python bytes 形式 b'...' 打印的，已去掉 b''。",
  },
  'parse-body-from-file': {
    en: 'The body is read from the file {file}; paste the file’s content as the body.',
    zh: '请求体是从文件 {file} 读取的，请把文件内容粘贴为请求体。',
  },
  'parse-no-url': { en: 'The curl command has no URL.', zh: '这条 curl 命令里没有 URL。' },
  'parse-unterminated-quote': {
    en: 'A quote is not closed; the end of the paste may be cut off.',
    zh: '有引号没有闭合，粘贴的内容可能被截断了。',
  },
};

/** Translations of enum-like param values. */
export const WORDS: Record<string, Bilingual> = {
  timestamp: { en: 'timestamp', zh: '时间戳' },
  method: { en: 'method', zh: '请求方法' },
  path: { en: 'request path', zh: '请求路径' },
  query: { en: 'query string', zh: '查询字符串' },
  body: { en: 'body', zh: '请求体' },
  secret: { en: 'secret key', zh: 'SecretKey' },
  apiKey: { en: 'API key', zh: 'API Key' },
  passphrase: { en: 'passphrase', zh: 'Passphrase' },
  sentUrl: { en: 'URL sent', zh: '发送的 URL' },
  start: { en: 'start', zh: '开头' },
  end: { en: 'end', zh: '结尾' },
  both: { en: 'start and end', zh: '开头和结尾' },
  space: { en: 'a space', zh: '空格' },
  compact: { en: 'compact', zh: '紧凑格式的' },
  spaced: { en: 'spaced (json.dumps style)', zh: '带空格（json.dumps 风格）的' },
  pretty: { en: 'pretty-printed (multi-line)', zh: '多行缩进格式的' },
  other: { en: 'irregularly spaced', zh: '空格不规则的' },
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  length: { en: 'length 8 to 32', zh: '长度 8 到 32 位' },
  upper: { en: 'an upper-case letter', zh: '大写字母' },
  lower: { en: 'a lower-case letter', zh: '小写字母' },
  digit: { en: 'a digit', zh: '数字' },
  special: { en: 'a special character', zh: '特殊字符' },
  string: { en: 'string', zh: '字符串' },
  number: { en: 'number', zh: '数字' },
  boolean: { en: 'boolean', zh: '布尔值' },
  null: { en: 'null', zh: 'null' },
};

/**
 * All texts of one language (templates and param words), small enough to hand to an island as a
 * prop, so a page ships only its own language. Format with formatFrom() from format.ts.
 */
export function messageTable(lang: Lang): MessageTable {
  const pick = (t: Record<string, Bilingual>) => pickLang(t, lang);
  return { lang, templates: { ...pick(PARSE_MESSAGES), ...pick(VARIANT_MESSAGES), ...pick(FINDING_MESSAGES) }, words: pick(WORDS) };
}

/** Text of a finding, variant or parse id in the given language; the id itself when unknown. */
export function formatMessage(id: string, lang: Lang, params: FindingParams = {}): string {
  return formatFrom(messageTable(lang), id, params);
}
