import { describe, expect, it } from 'vitest';
import { CLI_OSES, cliCommands, cliUrl } from '../../src/lib/cli/commands.ts';
import { codePageUrl } from '../../src/lib/site.ts';

const SHA = 'ab'.repeat(32);

describe('CLI page commands', () => {
  it('download from the canonical origin, check the hash, run diagnose and watch on every system', () => {
    const url = cliUrl('https://docs.example.org/');
    expect(url).toBe('https://docs.example.org/cli/okx-doctor.mjs');
    for (const os of CLI_OSES) {
      const c = cliCommands(os, url, SHA);
      expect(c.map((x) => x.step)).toEqual(['download', 'verify', 'diagnose', 'watch']);
      expect(c[0]!.command).toContain(url);
      expect(c[1]!.command.toLowerCase()).toContain(SHA);
    }
    expect(cliCommands('linux', url, SHA)[0]!.command).toBe(`curl -fsSLO ${url}`);
    expect(cliCommands('docker', url, SHA)[2]!.command).toBe('docker run --rm -i -v "$PWD:/w" node:20-alpine node /w/okx-doctor.mjs diagnose < bot.log');
    expect(cliCommands('windows', url, SHA).every((c) => c.shell === 'powershell')).toBe(true);
  });
  it('code page URLs: zh-CN at the root, English under /en', () => {
    expect(codePageUrl('https://a.example/', '50102', 'zh')).toBe('https://a.example/errors/50102/');
    expect(codePageUrl('https://a.example', '51008_1000', 'en')).toBe('https://a.example/en/errors/51008_1000/');
  });
});
