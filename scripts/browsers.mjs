// The browsers the tests run in, found on this machine or, as root on Debian,
// installed with apt: Chromium ($CHROME_PATH, an installed Chrome or Chromium,
// else Debian's chromium), Firefox ESR, and WebKitGTK's WebDriver with Xvfb.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

/**
 * Installs Debian packages when running as root on Debian; otherwise says what is missing.
 * @param {string[]} packages
 * @param {string} what the program that is missing, for the messages
 */
export function aptInstall(packages, what) {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`${what} not found. Install it (Debian: apt-get install ${packages.join(' ')}).`);
  }
  console.log(`${what} not found: installing ${packages.join(', ')} with apt-get.`);
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {stdio: 'inherit', env});
}

const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];

export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const found = chromiumCandidates.find((path) => existsSync(path));
  if (found) return found;
  aptInstall(['chromium'], 'Chrome or Chromium (or set CHROME_PATH)');
  return '/usr/bin/chromium';
}

export function firefoxPath() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  if (!existsSync('/usr/bin/firefox-esr')) aptInstall(['firefox-esr'], 'Firefox ESR (or set FIREFOX_PATH)');
  return '/usr/bin/firefox-esr';
}

/** WebKitGTK's MiniBrowser, driven by WebKitWebDriver, which needs an X display (Xvfb). */
export const webkit = {
  driver: '/usr/bin/WebKitWebDriver',
  xvfb: '/usr/bin/Xvfb',
  miniBrowser: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ensure() {
    if (!existsSync(this.driver) || !existsSync(this.xvfb)) aptInstall(['webkit2gtk-driver', 'xvfb'], 'WebKitWebDriver and Xvfb');
  },
};

/** Flags for headless Chromium on servers and CI, as root, without network noise. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
