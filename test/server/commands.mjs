// Test-runner commands the tests call with executeServerCommand(): browser
// settings a page cannot change for itself.

/** @typedef {ReturnType<import('@web/test-runner-chrome').ChromeLauncher['getPage']>} Page a page of a Puppeteer-driven browser */
/** @typedef {Awaited<ReturnType<Page['createCDPSession']>>} CDPSession */

/**
 * The DevTools session of each page that emulation goes through (kept: closing it would undo its overrides).
 * @type {WeakMap<Page, CDPSession>}
 */
const sessions = new WeakMap();

/**
 * `koske-emulate-media` sets the page's emulated media in one go:
 * `{colorScheme?, reducedMotion?, forcedColors?, media?}`; a field left out is
 * reset, so `{}` undoes every emulation. One command for all of them because
 * Chromium replaces the whole list of emulated media features on each call:
 * emulating `forced-colors` after `prefers-color-scheme` with two calls would
 * drop the colour scheme (the built-in `emulateMedia` of
 * @web/test-runner-commands has that problem with `media` and features).
 *
 * Answers `{applied: true}`, or `{applied: false, reason}` where the engine
 * cannot emulate (Firefox driven over WebDriver BiDi, WebKit over WebDriver
 * classic): the tests skip rather than believe an emulation that did not
 * happen, and they check with `matchMedia` in the page that it did.
 * @param {{payload?: unknown, session: import('@web/test-runner').BasicTestSession}} args
 */
async function emulateMedia({payload, session}) {
  const {colorScheme, reducedMotion, forcedColors, media} = /** @type {{colorScheme?: string, reducedMotion?: string, forcedColors?: string, media?: string}} */ (payload ?? {});
  if (session.browser.type !== 'puppeteer') {
    return {applied: false, reason: `a ${session.browser.type} session has no media emulation`};
  }
  // Puppeteer's launchers (Chrome's and Firefox's) give each session's page.
  const page = /** @type {{getPage(sessionId: string): Page}} */ (/** @type {unknown} */ (session.browser)).getPage(session.id);
  const features = [];
  if (colorScheme) features.push({name: 'prefers-color-scheme', value: colorScheme});
  if (reducedMotion) features.push({name: 'prefers-reduced-motion', value: reducedMotion});
  if (forcedColors) features.push({name: 'forced-colors', value: forcedColors});
  try {
    // Straight to the DevTools protocol: Puppeteer's emulateMediaFeatures refuses
    // forced-colors, and its type and feature calls each clear what the other set.
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    await /** @type {CDPSession} */ (sessions.get(page)).send('Emulation.setEmulatedMedia', {media: media ?? '', features});
  } catch (error) {
    sessions.delete(page);
    return {applied: false, reason: `${session.browser.name} cannot emulate media here (${error instanceof Error ? error.message || error.name : error})`};
  }
  return {applied: true};
}

/** @type {import('@web/test-runner').TestRunnerPlugin[]} */
export const commandPlugins = [
  {
    name: 'koske-media-commands',
    async executeCommand({command, payload, session}) {
      if (command === 'koske-emulate-media') return emulateMedia({payload, session});
      return undefined;
    },
  },
];
