/**
 * Every human-readable text of the clock check, by id, in English and Chinese.
 * Placeholders: {offset} {unc} {rtt} {pct} {zone} {code} {a} {b} {diff}.
 */
import type { ClockErrorId } from './response.ts';
import type { ClockVerdict, VerdictMessageId } from './verdict.ts';

import { clockFormat, clockLang, explainVerdictWith, type ClockTable } from './format.ts';
import { pickLang } from '../text.ts';
export { clockFormat, clockLang, explainVerdictWith, formatDuration, type ClockTable } from './format.ts';
import type { ClockLang } from './format.ts';
export type { ClockLang } from './format.ts';

export type CommandLabelId =
  | 'cmd-powershell'
  | 'cmd-bash'
  | 'cmd-macos'
  | 'cmd-python'
  | 'cmd-docker-exec'
  | 'cmd-host-compare'
  | 'cmd-docker-run'
  | 'cmd-kubectl-exec';

export type NoteId =
  | 'note-powershell'
  | 'note-centos7'
  | 'note-python'
  | 'note-wsl'
  | 'note-macos'
  | 'note-docker-shared-clock'
  | 'note-busybox'
  | 'note-docker-windows'
  | 'note-docker-compare'
  | 'note-docker-desktop'
  | 'note-run-twice'
  | 'sources-agree'
  | 'sources-differ';

export type ClockMessageId = VerdictMessageId | ClockErrorId | CommandLabelId | NoteId;

export const CLOCK_MESSAGES: Record<ClockMessageId, { en: string; zh: string }> = {
  // verdicts
  'verdict-ok': {
    en: 'Your clock differs from OKX time by {offset} (±{unc}), {pct} of the 30-second window. This clock is not what causes 50102, 60006 or 30008.',
    zh: '你的时钟与 OKX 时间相差 {offset}（±{unc}），只用掉 30 秒窗口的 {pct}。50102、60006 或 30008 不是这台机器的时钟造成的。',
  },
  'verdict-noisy': {
    en: 'The measurement is too uncertain (±{unc}, round trip {rtt}) to rule out a clock problem. Run the command again a few times and paste all the output.',
    zh: '这次测量误差太大（±{unc}，往返耗时 {rtt}），无法排除时钟问题。请再运行几次命令，把全部输出一起粘贴进来。',
  },
  'verdict-near-edge-behind': {
    en: 'Your clock is {offset} behind OKX (±{unc}), {pct} of the 30-second window. Requests still pass, but network delay or a little more drift will push them over the limit, and OKX will answer 50102 (REST) or 60006 (WebSocket login). Turn on time synchronisation now.',
    zh: '你的时钟比 OKX 慢 {offset}（±{unc}），已用掉 30 秒窗口的 {pct}。请求暂时还能通过，但再加上网络延迟或继续漂移就会超限，OKX 会返回 50102（REST）或 60006（WebSocket 登录）。现在就开启时间同步。',
  },
  'verdict-near-edge-ahead': {
    en: 'Your clock is {offset} ahead of OKX (±{unc}), {pct} of the 30-second window. Requests still pass, but a little more drift will take them over the limit. OKX does not document which error a timestamp from the future gets (most likely 50102, possibly 50112). Turn on time synchronisation now.',
    zh: '你的时钟比 OKX 快 {offset}（±{unc}），已用掉 30 秒窗口的 {pct}。请求暂时还能通过，但再漂移一点就会超限。时间戳超前时 OKX 返回哪个错误码，官方没有写明（多半是 50102，也可能是 50112）。现在就开启时间同步。',
  },
  'verdict-expired-behind': {
    en: 'Your clock is {offset} behind OKX (±{unc}): outside the 30-second window. OKX rejects every signed request: 50102 on REST, 60006 on WebSocket login, 30008 on the old v3 API. Synchronise this machine’s clock (NTP); changing the time zone does not help.',
    zh: '你的时钟比 OKX 慢 {offset}（±{unc}），超出了 30 秒窗口。OKX 会拒绝每一个签名请求：REST 返回 50102，WebSocket 登录返回 60006，旧版 v3 API 返回 30008。请同步这台机器的时钟（NTP）；改时区没有用。',
  },
  'verdict-expired-ahead': {
    en: 'Your clock is {offset} ahead of OKX (±{unc}): outside the 30-second window, so its timestamps lie in OKX’s future. OKX does not document which error that gets (most likely 50102 on REST and 60006 on WebSocket login, possibly 50112). Synchronise this machine’s clock (NTP); changing the time zone does not help.',
    zh: '你的时钟比 OKX 快 {offset}（±{unc}），超出了 30 秒窗口，它生成的时间戳在 OKX 看来是“未来”的时间。这种情况返回哪个错误码，OKX 官方没有写明（多半是 REST 的 50102 和 WebSocket 登录的 60006，也可能是 50112）。请同步这台机器的时钟（NTP）；改时区没有用。',
  },
  'verdict-timezone': {
    en: 'The gap is {offset}, almost exactly the UTC offset of time zone {zone}. That is not drift: local wall-clock time ({zone}) is being treated as UTC, either by the machine (clock set to local time while its time zone says UTC) or by code that formats local time with a “Z”. Set the time zone correctly and let NTP set the clock, or build the timestamp from UTC; do not just shift the clock by hand.',
    zh: '相差 {offset}，几乎正好等于 {zone} 时区与 UTC 的时差。这不是时钟漂移，而是把本地时间（{zone}）当成了 UTC：要么机器的时钟被调成了本地时间、系统时区却是 UTC，要么代码给本地时间加上了 “Z”。请正确设置时区并让 NTP 校准时钟，或者用 UTC 生成时间戳；不要只是手动把时钟拨回去。',
  },
  // errors
  'no-samples': {
    en: 'No okx-clock output found. Paste the full output of the command: three lines that start with “okx-clock v1”.',
    zh: '没有找到 okx-clock 的输出。请粘贴命令的完整输出：三行以 “okx-clock v1” 开头的内容。',
  },
  'incomplete-sample': {
    en: 'A run is incomplete: its t0, ts and t1 lines must all be pasted.',
    zh: '有一次运行的输出不完整：t0、ts、t1 三行都要粘贴。',
  },
  'implausible-time': {
    en: 'The times in the output are not Unix milliseconds, or t1 is earlier than t0. Paste the output unchanged.',
    zh: '输出里的时间不是 Unix 毫秒时间戳，或者 t1 早于 t0。请原样粘贴输出。',
  },
  'ts-missing': {
    en: 'The server answered, but without data[0].ts. Check that the URL ends in /api/v5/public/time.',
    zh: '服务器有响应，但里面没有 data[0].ts。请确认网址以 /api/v5/public/time 结尾。',
  },
  'bad-json': {
    en: 'The response is not valid JSON (perhaps cut off). Run the command again.',
    zh: '响应不是有效的 JSON（可能被截断了）。请再运行一次命令。',
  },
  'html-response': {
    en: 'An HTML page came back instead of JSON: a block page, proxy, captive portal or firewall answered, not OKX. Check the proxy settings and whether OKX can be reached from this network and region.',
    zh: '返回的是 HTML 网页而不是 JSON：回答的不是 OKX，而是拦截页、代理、网络认证页或防火墙。请检查代理设置，以及这个网络和地区能否访问 OKX。',
  },
  'rate-limited': {
    en: 'OKX answered 50011 / HTTP 429: rate limit (this endpoint allows 10 requests per 2 seconds per IP). Wait a few seconds and run the command again; a bot on the same IP may be using up the limit.',
    zh: 'OKX 返回了 50011 / HTTP 429：触发限速（这个接口每个 IP 每 2 秒最多 10 次）。等几秒再运行；同一 IP 上的机器人可能正在用掉这个额度。',
  },
  'okx-error': {
    en: 'OKX answered with error code {code} instead of the time.',
    zh: 'OKX 返回了错误码 {code}，而不是服务器时间。',
  },
  'dns-error': {
    en: 'The host name could not be resolved (DNS). Check its spelling, the DNS settings, and whether this network blocks okx.com.',
    zh: '无法解析主机名（DNS）。请检查主机名拼写、DNS 设置，以及当前网络是否屏蔽了 okx.com。',
  },
  'connect-error': {
    en: 'The connection was refused or reset before OKX answered: a firewall, proxy or network block. This is a network problem, not a clock problem.',
    zh: '连接在 OKX 回答之前就被拒绝或重置：可能是防火墙、代理或网络封锁。这是网络问题，不是时钟问题。',
  },
  timeout: {
    en: 'The request timed out. Check the network, proxy and firewall; OKX may be unreachable from here.',
    zh: '请求超时。请检查网络、代理和防火墙；从这里可能访问不到 OKX。',
  },
  'tls-error': {
    en: 'The HTTPS (TLS) connection failed: outdated CA certificates, a proxy intercepting HTTPS, or TLS 1.2 switched off (old Windows PowerShell 5.1). A clock that is months or years off also breaks certificate checks.',
    zh: 'HTTPS（TLS）连接失败：可能是系统的 CA 证书过旧、代理拦截了 HTTPS，或者没有启用 TLS 1.2（旧版 Windows PowerShell 5.1）。时钟差了几个月甚至几年，也会让证书校验失败。',
  },
  'http-error': {
    en: 'The server answered with an HTTP error and no usable body.',
    zh: '服务器返回了 HTTP 错误，没有可用的响应内容。',
  },
  'fetch-error': {
    en: 'The request failed before OKX answered; the error text is in the output.',
    zh: '请求在 OKX 回答之前就失败了；错误信息在输出里。',
  },
  'no-fetch-tool': {
    en: 'curl (or wget, python3) is not installed here. Use the Python command, install curl, or use the command for another shell.',
    zh: '这里没有安装 curl（或 wget、python3）。请改用 Python 命令、安装 curl，或者换用其他 shell 的命令。',
  },
  'container-error': {
    en: 'docker or kubectl could not run the command: check the container or pod name (docker ps, kubectl get pods) and that the daemon is running.',
    zh: 'docker 或 kubectl 没能执行命令：请检查容器或 Pod 名称（docker ps、kubectl get pods），以及守护进程是否在运行。',
  },
  'empty-response': {
    en: 'The response was empty.',
    zh: '响应为空。',
  },
  'unrecognized-response': {
    en: 'The response is neither OKX’s time nor a known error.',
    zh: '响应既不是 OKX 的服务器时间，也不是已知的错误信息。',
  },
  // command labels
  'cmd-powershell': { en: 'PowerShell', zh: 'PowerShell' },
  'cmd-bash': { en: 'bash + curl', zh: 'bash + curl' },
  'cmd-macos': { en: 'Terminal (zsh)', zh: '终端（zsh）' },
  'cmd-python': { en: 'Python, without curl', zh: 'Python（不需要 curl）' },
  'cmd-docker-exec': { en: 'Inside the bot’s container', zh: '在机器人所在的容器里' },
  'cmd-host-compare': { en: 'On the Docker host, to compare', zh: '在 Docker 宿主机上运行，用来对比' },
  'cmd-docker-run': { en: 'In a fresh alpine container', zh: '在一个临时的 alpine 容器里' },
  'cmd-kubectl-exec': { en: 'Inside a Kubernetes pod', zh: '在 Kubernetes Pod 里' },
  // notes
  'note-powershell': {
    en: 'Paste into PowerShell, not cmd.exe. Works in Windows PowerShell 5.1 and PowerShell 7.',
    zh: '请在 PowerShell 中运行（不要用 cmd.exe）。Windows PowerShell 5.1 和 PowerShell 7 都可以。',
  },
  'note-centos7': {
    en: 'CentOS 7 is end-of-life, but its curl and date are fine for this check.',
    zh: 'CentOS 7 已停止维护，但它自带的 curl 和 date 足够完成这项检查。',
  },
  'note-python': {
    en: 'For hosts without curl. Works with Python 3 (and 2.7). The command spans several lines: paste it whole.',
    zh: '适用于没有 curl 的机器，Python 3 和 2.7 均可运行。命令有多行，请整段粘贴。',
  },
  'note-wsl': {
    en: 'WSL2 runs its own Linux clock, which can fall behind after Windows sleeps or hibernates. Run both commands and paste both outputs to compare WSL with Windows.',
    zh: 'WSL2 有自己的 Linux 时钟，Windows 睡眠或休眠之后可能落后。请两条命令都运行，把两段输出一起粘贴，对比 WSL 和 Windows。',
  },
  'note-macos': {
    en: 'macOS date cannot print milliseconds, so the command reads the clock with perl, which comes with macOS.',
    zh: 'macOS 的 date 无法输出毫秒，所以命令改用 macOS 自带的 perl 读取时钟。',
  },
  'note-docker-shared-clock': {
    en: 'A container has no clock of its own: it reads the host kernel’s clock. If the container is off by as much as the host, fix the host’s time sync; changing /etc/localtime or TZ only changes the time zone.',
    zh: '容器没有自己的时钟，读取的是宿主机内核的时钟。如果容器与宿主机的偏差相同，应修复宿主机的时间同步；改 /etc/localtime 或 TZ 只会改变时区。',
  },
  'note-busybox': {
    en: 'In alpine / busybox images date cannot print milliseconds; the script then uses python3 or perl, or else whole seconds (lines t0s= / t1s=, ±1 s, still enough for the 30-second window).',
    zh: '在 alpine / busybox 镜像里 date 无法输出毫秒，脚本会改用 python3 或 perl；两者都没有时改用整秒（输出 t0s= / t1s=，误差 ±1 秒，用于判断是否超出 30 秒窗口已经足够）。',
  },
  'note-docker-windows': {
    en: 'Run docker commands in a Linux or macOS shell, or in WSL: PowerShell and cmd.exe mangle the quotes.',
    zh: '请在 Linux、macOS 的 shell 或 WSL 里运行 docker 命令：PowerShell 和 cmd.exe 会弄乱引号。',
  },
  'note-docker-compare': {
    en: 'Run this on the machine that runs Docker, then paste both outputs together: src= tells host and container apart.',
    zh: '在运行 Docker 的那台机器上执行，然后把两段输出一起粘贴：宿主机和容器的输出用 src= 区分。',
  },
  'note-docker-desktop': {
    en: 'On Docker Desktop (macOS, Windows) containers run in a Linux VM whose clock can fall behind after the computer sleeps. If this result differs from your computer’s own, restart Docker Desktop.',
    zh: '在 Docker Desktop（macOS、Windows）上，容器运行在一个 Linux 虚拟机里，电脑睡眠后它的时钟可能落后。如果这里的结果和电脑本身的不一致，请重启 Docker Desktop。',
  },
  'note-run-twice': {
    en: 'Run the command two or three times and paste all the output: the fastest run gives the most precise result.',
    zh: '把命令运行两三次，粘贴全部输出：往返最快的那次结果最准确。',
  },
  'sources-agree': {
    en: '{a} and {b} agree within the measurement error: they read the same clock.',
    zh: '{a} 和 {b} 在测量误差范围内一致：它们读的是同一个时钟。',
  },
  'sources-differ': {
    en: '{a} and {b} differ by {diff}: they do not read the same clock.',
    zh: '{a} 和 {b} 相差 {diff}：它们读的不是同一个时钟。',
  },
};

/** Accepts the site's locale ids too ('zh-cn' → 'zh'). */

/** All messages of one language: small enough to hand to an island as a prop. */
export function clockMessageTable(lang: ClockLang | string): ClockTable {
  const l = clockLang(lang);
  return { lang: l, msgs: pickLang(CLOCK_MESSAGES, l) };
}

/** Text of a message with {placeholders} filled in; unknown placeholders stay as they are. */
export function clockMessage(id: ClockMessageId, lang: ClockLang | string, params: Record<string, string | number> = {}): string {
  return clockFormat({ lang: clockLang(lang), msgs: { [id]: CLOCK_MESSAGES[id][clockLang(lang)] } }, id, params);
}

/** The verdict as one sentence or paragraph in the given language. */
export function explainVerdict(
  estimate: { offsetMs: number; uncertaintyMs: number; rttMs: number },
  verdict: ClockVerdict,
  lang: ClockLang | string,
): string {
  return explainVerdictWith(clockMessageTable(lang), estimate, verdict);
}
