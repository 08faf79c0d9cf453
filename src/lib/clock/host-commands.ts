/**
 * Copy-paste commands that measure a bot host's clock against OKX server time.
 *
 * OUTPUT FORMAT (version 1). Every command prints exactly three lines, in this order:
 *
 *   okx-clock v1 [src=<tag> ]t0=<local Unix ms just before the request>
 *   okx-clock v1 [src=<tag> ]ts=<what the time endpoint returned, on one line>
 *   okx-clock v1 [src=<tag> ]t1=<local Unix ms just after the answer>
 *
 * - `src=<tag>` ([A-Za-z0-9._-], max 32) is optional; it tells runs on different machines apart
 *   (host vs container). Lines without it belong to the untagged source.
 * - `ts=` carries the raw response with CR/LF removed: the JSON body
 *   `{"code":"0","msg":"","data":[{"ts":"1597026383085"}]}` (curl, wget, Python), the bare ms
 *   digits (PowerShell, which parses JSON itself), or the fetch error text
 *   (`curl: (6) Could not resolve host: …`, `error: …`), so the parser can say what went wrong.
 * - Hosts whose clock cannot print milliseconds (busybox `date` without python3/perl) print
 *   `t0s=` / `t1s=` with whole Unix seconds instead; the parser widens the uncertainty by 1 s.
 * Users may paste several runs, from several sources, with prompts, echoed commands, CRLF and
 * other noise around them: host-parse.ts handles that.
 *
 * Every builder throws on a URL that is not isSafeUrl() or on an invalid tag / container name,
 * so nothing typed by a user can end up as shell code.
 */
import { isSafeUrl, timeUrl } from './hosts.ts';
import type { ClockMessageId } from './messages.ts';

export const OUTPUT_MARKER = 'okx-clock v1';

export type HostCommandId = 'powershell' | 'bash' | 'macos' | 'python' | 'posix' | 'docker-exec' | 'docker-run' | 'kubectl-exec';
export type HostShell = 'powershell' | 'bash' | 'zsh' | 'sh';
/** Same ids as the site's OS tabs (src/components/os.ts). */
export type HostOsId = 'windows' | 'centos7' | 'centos-stream' | 'ubuntu' | 'macos' | 'docker' | 'wsl';

export interface CommandOptions {
  /** Optional src= tag printed on every line. */
  tag?: string;
}

export interface HostCommand {
  id: HostCommandId;
  /** Shell the command is written for. */
  shell: HostShell;
  command: string;
  /** src= tag the command prints, or null. */
  tag: string | null;
  labelId: ClockMessageId;
  noteIds: ClockMessageId[];
}

const TAG_RE = /^[A-Za-z0-9._-]{1,32}$/;
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
/** Placeholder used when no container / pod name is given: valid, obviously to be replaced. */
export const CONTAINER_PLACEHOLDER = 'YOUR_CONTAINER';
export const POD_PLACEHOLDER = 'YOUR_POD';

function checkUrl(url: string): string {
  if (!isSafeUrl(url)) throw new Error(`unsafe or invalid URL for a shell command: ${url}`);
  return url;
}

function prefix(tag: string | undefined): string {
  if (tag === undefined || tag === '') return OUTPUT_MARKER + ' ';
  if (!TAG_RE.test(tag)) throw new Error(`invalid src tag: ${tag}`);
  return `${OUTPUT_MARKER} src=${tag} `;
}

function checkName(name: string, what: string): string {
  if (!NAME_RE.test(name)) throw new Error(`invalid ${what} name: ${name}`);
  return name;
}

/** Windows PowerShell 5.1 and PowerShell 7 (Windows 10/11, Server 2016+). TLS 1.2 forced for 5.1. */
export function powershellCommand(url: string = timeUrl(), opts: CommandOptions = {}): string {
  const p = prefix(opts.tag);
  return [
    '[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor 3072',
    `$u = '${checkUrl(url)}'`,
    '$t0 = [DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds()',
    "try { $r = Invoke-RestMethod -Uri $u -TimeoutSec 10; $ts = @($r.data)[0].ts; if (-not $ts) { $ts = $r | ConvertTo-Json -Compress -Depth 5 } } catch { $ts = ('error: ' + $_.Exception.Message + ' ' + $_.ErrorDetails.Message) -replace '\\s+', ' ' }",
    '$t1 = [DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds()',
    `"${p}t0=$t0"`,
    `"${p}ts=$ts"`,
    `"${p}t1=$t1"`,
  ].join('; ');
}

function printfLine(p: string, quote: "'" | '"'): string {
  return `printf ${quote}${p}t0=%s\\n${p}ts=%s\\n${p}t1=%s\\n${quote} "$t0" "$b" "$t1"`;
}

/** bash/sh + curl + GNU date (CentOS 7, CentOS Stream/Rocky/Alma 8–9, Ubuntu/Debian, WSL). */
export function bashCommand(url: string = timeUrl(), opts: CommandOptions = {}): string {
  const p = prefix(opts.tag);
  return [
    `u='${checkUrl(url)}'`,
    't0=$(date +%s%3N)',
    `b=$(curl -sS -m 10 "$u" 2>&1 | tr -d '\\r\\n')`,
    't1=$(date +%s%3N)',
    printfLine(p, "'"),
  ].join('; ');
}

/** macOS zsh/bash: BSD date has no %N, so read the clock with perl's Time::HiRes (shipped with macOS). */
export function macosCommand(url: string = timeUrl(), opts: CommandOptions = {}): string {
  const p = prefix(opts.tag);
  return [
    `u='${checkUrl(url)}'`,
    `okxms() { perl -MTime::HiRes=time -e 'printf("%d\\n", time()*1000)'; }`,
    't0=$(okxms)',
    `b=$(curl -sS -m 10 "$u" 2>&1 | tr -d '\\r\\n')`,
    't1=$(okxms)',
    printfLine(p, "'"),
  ].join('; ');
}

export interface PythonOptions extends CommandOptions {
  /** Interpreter name: python3 (default) or python. */
  python?: 'python3' | 'python';
}

/** Python 3 (or 2.7) with urllib only: for hosts without curl. Written for POSIX shells. */
export function pythonCommand(url: string = timeUrl(), opts: PythonOptions = {}): string {
  const p = prefix(opts.tag);
  const py = opts.python ?? 'python3';
  const code = [
    'import time',
    'try:',
    ' from urllib.request import urlopen',
    'except ImportError:',
    ' from urllib2 import urlopen',
    `u="${checkUrl(url)}"`,
    't0=int(time.time()*1000)',
    'try:',
    ' b=urlopen(u,timeout=10).read().decode("utf-8","replace")',
    'except Exception as e:',
    ' b="error: %s %s"%(e,getattr(e,"read",lambda:b"")().decode("utf-8","replace"))',
    't1=int(time.time()*1000)',
    `print("${p}t0=%d\\n${p}ts=%s\\n${p}t1=%d"%(t0," ".join(b.split()),t1))`,
  ].join('\n');
  return `${py} -c '${code}'`;
}

/**
 * A POSIX sh script (dash, ash/busybox, bash) that needs nothing but a shell: curl, else wget,
 * else python3 for the request; `date +%s%3N`, else python3, else perl, else whole seconds for the
 * clock. Contains no single quote, so it can be wrapped in sh -c '…'.
 */
export function posixScript(url: string = timeUrl(), opts: CommandOptions = {}): string {
  const p = prefix(opts.tag);
  return [
    `u="${checkUrl(url)}"`,
    'okxk() { case $n in ""|*[!0-9]*) return 1;; esac; [ ${#n} -eq 13 ]; }',
    'okxm() { n=$(date +%s%3N 2>/dev/null); okxk || n=$(python3 -c "import time;print(int(time.time()*1000))" 2>/dev/null); okxk || n=$(perl -MTime::HiRes=time -e "print int(time*1000)" 2>/dev/null); if okxk; then echo "$1=$n"; else echo "$1s=$(date +%s)"; fi; }',
    'okxg() { if command -v curl >/dev/null 2>&1; then curl -sS -m 10 "$u" 2>&1; elif command -v wget >/dev/null 2>&1; then wget -q -T 10 -O - "$u" 2>&1; elif command -v python3 >/dev/null 2>&1; then python3 -c "import sys,urllib.request as r;sys.stdout.write(r.urlopen(sys.argv[1],timeout=10).read().decode())" "$u" 2>&1 | tail -n 1; else echo "error: no curl, wget or python3"; fi; }',
    'a=$(okxm t0)',
    'b=$(okxg | tr -d "\\r\\n")',
    'c=$(okxm t1)',
    `printf "${p}%s\\n${p}ts=%s\\n${p}%s\\n" "$a" "$b" "$c"`,
  ].join('; ');
}

export interface ContainerOptions extends CommandOptions {
  /** Container (docker) or pod (kubectl) name; defaults to a placeholder. */
  name?: string;
}

/** Run the POSIX script inside an existing container: `docker exec NAME sh -c '…'`. Default tag "container". */
export function dockerExecCommand(url: string = timeUrl(), opts: ContainerOptions = {}): string {
  const name = checkName(opts.name ?? CONTAINER_PLACEHOLDER, 'container');
  return `docker exec ${name} sh -c '${posixScript(url, { tag: opts.tag ?? 'container' })}'`;
}

export interface DockerRunOptions extends CommandOptions {
  image?: 'alpine' | 'curlimages/curl';
}

/**
 * A throw-away container: it reads the same kernel clock as every container on that Docker host
 * (on Docker Desktop: the Linux VM's clock). Default image alpine (busybox wget), tag "docker".
 */
export function dockerRunCommand(url: string = timeUrl(), opts: DockerRunOptions = {}): string {
  const script = posixScript(url, { tag: opts.tag ?? 'docker' });
  if (opts.image === 'curlimages/curl') return `docker run --rm --entrypoint sh curlimages/curl -c '${script}'`;
  return `docker run --rm alpine sh -c '${script}'`;
}

export interface KubectlOptions extends ContainerOptions {
  namespace?: string;
}

/** Run the POSIX script in a Kubernetes pod. Default tag "pod". */
export function kubectlExecCommand(url: string = timeUrl(), opts: KubectlOptions = {}): string {
  const name = checkName(opts.name ?? POD_PLACEHOLDER, 'pod');
  const ns = opts.namespace ? ` -n ${checkName(opts.namespace, 'namespace')}` : '';
  return `kubectl exec${ns} ${name} -- sh -c '${posixScript(url, { tag: opts.tag ?? 'pod' })}'`;
}

export interface HostCommandsOptions {
  /** Container name for docker exec, pod name for kubectl exec. */
  container?: string;
  pod?: string;
  namespace?: string;
}

/** The commands to offer on one OS tab, most useful first. */
export function hostCommands(os: HostOsId, url: string = timeUrl(), opts: HostCommandsOptions = {}): HostCommand[] {
  const bash = (tag?: string, notes: ClockMessageId[] = []): HostCommand => ({
    id: 'bash',
    shell: 'bash',
    command: bashCommand(url, { tag }),
    tag: tag ?? null,
    labelId: tag === 'host' ? 'cmd-host-compare' : 'cmd-bash',
    noteIds: notes,
  });
  const python: HostCommand = { id: 'python', shell: 'bash', command: pythonCommand(url), tag: null, labelId: 'cmd-python', noteIds: ['note-python'] };
  const ps = (tag?: string, notes: ClockMessageId[] = ['note-powershell']): HostCommand => ({
    id: 'powershell',
    shell: 'powershell',
    command: powershellCommand(url, { tag }),
    tag: tag ?? null,
    labelId: 'cmd-powershell',
    noteIds: notes,
  });
  switch (os) {
    case 'windows':
      return [ps()];
    case 'centos7':
      return [bash(undefined, ['note-centos7']), python];
    case 'centos-stream':
    case 'ubuntu':
      return [bash(), python];
    case 'wsl':
      return [bash('wsl', ['note-wsl']), ps('windows', ['note-powershell', 'note-wsl'])];
    case 'macos':
      return [{ id: 'macos', shell: 'zsh', command: macosCommand(url), tag: null, labelId: 'cmd-macos', noteIds: ['note-macos'] }];
    case 'docker':
      return [
        {
          id: 'docker-exec',
          shell: 'bash',
          command: dockerExecCommand(url, { name: opts.container }),
          tag: 'container',
          labelId: 'cmd-docker-exec',
          noteIds: ['note-docker-shared-clock', 'note-busybox', 'note-docker-windows'],
        },
        bash('host', ['note-docker-compare']),
        {
          id: 'docker-run',
          shell: 'bash',
          command: dockerRunCommand(url),
          tag: 'docker',
          labelId: 'cmd-docker-run',
          noteIds: ['note-docker-desktop'],
        },
        {
          id: 'kubectl-exec',
          shell: 'bash',
          command: kubectlExecCommand(url, { name: opts.pod, namespace: opts.namespace }),
          tag: 'pod',
          labelId: 'cmd-kubectl-exec',
          noteIds: ['note-docker-shared-clock'],
        },
      ];
  }
}
