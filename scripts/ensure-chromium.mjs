// Makes sure a Chromium for Playwright exists (Debian's package; browser downloads are impossible here),
// plus CJK fonts so screenshots of Chinese pages render. Installs with apt when missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
const haveFonts = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
if (found && haveFonts) {
  console.log(`[ensure-chromium] using ${found}`);
  process.exit(0);
}
if (process.env.SKIP_CHROMIUM_INSTALL) process.exit(found ? 0 : 1);
if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
  console.error('[ensure-chromium] no chromium and no apt-get: install Chromium and set CHROMIUM_PATH');
  process.exit(found ? 0 : 1);
}
const sudo = typeof process.getuid === 'function' && process.getuid() !== 0 ? 'sudo ' : '';
const pkgs = [found ? '' : 'chromium', haveFonts ? '' : 'fonts-noto-cjk'].filter(Boolean).join(' ');
const t0 = Date.now();
execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, { stdio: 'inherit' });
if (!candidates.some((p) => existsSync(p))) {
  console.error('[ensure-chromium] chromium is still missing after apt-get install');
  process.exit(1);
}
console.log(`[ensure-chromium] installed ${pkgs} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
