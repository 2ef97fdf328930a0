// Part of `npm test`: the browser tests drive Debian's chromium through playwright-core. On a fresh
// Debian/Ubuntu machine where we are root, install it (and a Korean font for the screenshots);
// otherwise say how.
const fs = require('fs');
const { execSync } = require('child_process');

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
if (candidates.some((p) => fs.existsSync(p))) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
function hasCommand(name) {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore', shell: '/bin/bash' });
    return true;
  } catch {
    return false;
  }
}
const hasApt = hasCommand('apt-get');
if (isRoot && hasApt) {
  console.log('Installing Debian chromium for the browser tests (apt-get)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-nanum', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  process.exit(0);
}
console.error('The browser tests need Chromium: `sudo apt-get install chromium` (or set CHROMIUM_PATH to a Chromium binary).');
process.exit(1);
