import { stripEnd } from '../text.ts';
/**
 * Copy-paste commands for the single-file CLI on each system: download, check the SHA-256,
 * diagnose a log, watch a running bot. Pure: the page passes the file's URL and hash from the build.
 */
export const CLI_OSES = ['linux', 'macos', 'windows', 'docker'] as const;
export type CliOs = (typeof CLI_OSES)[number];
export type CliStep = 'download' | 'verify' | 'diagnose' | 'watch';

export interface CliCommand {
  step: CliStep;
  shell: 'sh' | 'powershell';
  command: string;
}

export const CLI_FILE = 'okx-doctor.mjs';

/** The file's URL on a site origin ("https://example.com" or with a trailing slash). */
export function cliUrl(site: string): string {
  return `${stripEnd(site, '/')}/cli/${CLI_FILE}`;
}

export function cliCommands(os: CliOs, url: string, sha256: string): CliCommand[] {
  const f = CLI_FILE;
  const sh = (step: CliStep, command: string): CliCommand => ({ step, shell: 'sh', command });
  switch (os) {
    case 'linux':
      return [
        sh('download', `curl -fsSLO ${url}`),
        sh('verify', `echo "${sha256}  ${f}" | sha256sum -c -`),
        sh('diagnose', `node ${f} diagnose < bot.log`),
        sh('watch', `node ${f} watch bot.log`),
      ];
    case 'macos':
      return [
        sh('download', `curl -fsSLO ${url}`),
        sh('verify', `echo "${sha256}  ${f}" | shasum -a 256 -c -`),
        sh('diagnose', `node ${f} diagnose < bot.log`),
        sh('watch', `node ${f} watch bot.log`),
      ];
    case 'windows': {
      const ps = (step: CliStep, command: string): CliCommand => ({ step, shell: 'powershell', command });
      return [
        ps('download', `Invoke-WebRequest -Uri ${url} -OutFile ${f}`),
        ps('verify', `(Get-FileHash ${f} -Algorithm SHA256).Hash -eq '${sha256.toUpperCase()}'`),
        // PowerShell has no `<`; cmd passes the log's bytes unchanged (PowerShell 5.1's pipe would re-encode them).
        ps('diagnose', `cmd /c "node ${f} diagnose < bot.log"`),
        ps('watch', `node ${f} watch bot.log`),
      ];
    }
    case 'docker':
      return [
        sh('download', `curl -fsSLO ${url}`),
        sh('verify', `echo "${sha256}  ${f}" | sha256sum -c -`),
        sh('diagnose', `docker run --rm -i -v "$PWD:/w" node:20-alpine node /w/${f} diagnose < bot.log`),
        sh('watch', `docker run --rm -it -v "$PWD:/w" node:20-alpine node /w/${f} watch /w/bot.log`),
      ];
  }
}
