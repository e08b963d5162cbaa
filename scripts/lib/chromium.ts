/**
 * Debian's Chromium driven by playwright-core: no browser download, ever.
 * CI installs the package with apt when it is missing (.ci/run).
 */
import fs from 'node:fs';
import {chromium, type Browser} from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * No sandbox because tests run as root in a container; the rest keeps the
 * browser from phoning home or doing background work that would add noise
 * to timings on a 2-core machine.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({executablePath: chromiumPath, args: chromiumArgs, headless: true});
}
