// Chromium for the WordPress tests (playwright-core driving Debian's
// chromium): signing in as a user, visiting a page while recording what a
// reader would notice (console errors, dialogs, requests to other origins),
// and reading the widgets on it once they have rendered.
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../../scripts/browsers.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {Awaited<ReturnType<typeof import('./harness.mjs').startWordPress>>} Site */

/**
 * The block editor's global `wp`, as far as the tests and the screenshots use it.
 * @typedef {object} WordPressGlobals
 * @property {{getBlockType(name: string): unknown, createBlock(name: string, attributes?: Record<string, unknown>): {clientId: string}}} blocks
 * @property {{select(store: string): EditorSelectors, dispatch(store: string): EditorActions}} data
 */
/**
 * The selectors of the stores `core/edit-post` and `core/block-editor` that are used.
 * @typedef {{isFeatureActive(feature: string): boolean, getSelectedBlock(): {attributes: Record<string, unknown>}}} EditorSelectors
 */
/**
 * The actions of the stores `core/edit-post` and `core/block-editor` that are used.
 * @typedef {object} EditorActions
 * @property {(feature: string) => void} toggleFeature
 * @property {(blocks: {clientId: string}) => void} insertBlocks
 * @property {(clientId: string) => void} selectBlock
 * @property {(name: string) => void} openGeneralSidebar
 */
/** @typedef {typeof window & {wp: WordPressGlobals}} EditorWindow the block editor's window */

export const tags = ['koske-org-card', 'koske-municipality-list', 'koske-contact-block'];

export const launch = () => chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});

/**
 * Browser contexts signed in on `site`, one per login, made on first use:
 * `session(login)`.
 * @param {Browser} browser
 * @param {Site} site
 * @returns {(login: string) => Promise<BrowserContext>}
 */
export function sessions(browser, site) {
  /** @type {Map<string, BrowserContext>} */
  const contexts = new Map();
  return async (login) => {
    if (!contexts.has(login)) contexts.set(login, await signIn(browser, site, login));
    return /** @type {BrowserContext} */ (contexts.get(login));
  };
}

/**
 * A browser context signed in as `login` through wp-login.php, as a person would.
 * @param {Browser} browser
 * @param {Site} site
 * @param {string} login one of `site.users`
 */
export async function signIn(browser, site, login) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/wp-login.php`);
  await page.fill('#user_login', site.users[login].login);
  await page.fill('#user_pass', site.users[login].password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  await page.close();
  return context;
}

/**
 * Opens `url` in `context`, recording from the first byte: console errors and
 * uncaught exceptions, dialogs (an `alert()` would mean script ran), and every
 * request to an origin other than the site's.
 * @param {BrowserContext} context
 * @param {string} url
 */
export async function visit(context, url) {
  const page = await context.newPage();
  /** @type {{errors: string[], dialogs: string[], elsewhere: string[]}} */
  const seen = {errors: [], dialogs: [], elsewhere: []};
  const origin = new URL(url).origin;
  page.on('console', (message) => message.type() === 'error' && seen.errors.push(message.text()));
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  page.on('dialog', (dialog) => (seen.dialogs.push(dialog.message()), dialog.dismiss()));
  page.on('request', (request) => /^https?:/.test(request.url()) && !request.url().startsWith(origin) && seen.elsewhere.push(request.url()));
  const response = await page.goto(url);
  return {page, response, ...seen};
}

/**
 * The widgets on the page once each has loaded or failed: its tag, the
 * language it speaks, its state and its shadow root's text (spaces folded).
 * Waits up to `timeout` ms.
 * @param {Page} page
 * @param {number} [timeout]
 */
export async function readWidgets(page, timeout = 10_000) {
  // As a reader scrolls past each: lazy widgets load only near the viewport.
  for (const widget of await page.$$(tags.join(','))) await widget.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (selector) => [...document.querySelectorAll(selector)].every((el) => el.shadowRoot && !el.hasAttribute('aria-busy') && el.shadowRoot.querySelector('[part~="base"], [part~="error"]')),
    tags.join(','),
    {timeout},
  );
  return page.evaluate((selector) => {
    /** @param {Node} node */
    const text = (node) => /** @type {string} */ (node.textContent).replace(/\s+/g, ' ').trim();
    // Each has its shadow root by now (waited for above).
    return [...document.querySelectorAll(selector)].map((el) => ({
      tag: el.localName,
      lang: el.getAttribute('lang'),
      state: /** @type {ShadowRoot} */ (el.shadowRoot).querySelector('[part~="error"]') ? 'error' : 'loaded',
      text: text(/** @type {ShadowRoot} */ (el.shadowRoot)),
    }));
  }, tags.join(','));
}

/**
 * What `tag` shows for `data` in `lang` (with `attributes`), rendered on the
 * same page by the same script: what a widget placed through WordPress must
 * show too.
 * @param {Page} page
 * @param {string} tag
 * @param {unknown} data a document, as the element's `data`
 * @param {string} lang
 * @param {Record<string, string>} [attributes]
 * @returns {Promise<string>}
 */
export async function reference(page, tag, data, lang, attributes = {}) {
  return page.evaluate(
    async ({tag, data, lang, attributes}) => {
      const el = /** @type {HTMLElement & {data: unknown, updateComplete: Promise<boolean>}} */ (document.createElement(tag));
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.lang = lang;
      el.data = data;
      const loaded = new Promise((resolve) => el.addEventListener('koske-load', resolve, {once: true}));
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      const text = /** @type {string} */ (/** @type {ShadowRoot} */ (el.shadowRoot).textContent).replace(/\s+/g, ' ').trim();
      el.remove();
      return text;
    },
    {tag, data, lang, attributes},
  );
}

/**
 * Uploads `text` as the file `name` to the media library of the site at
 * `base`, signed in by `context`, the way the block editor's wp.apiFetch does:
 * the login cookie, a REST nonce, and `_locale=user` with a JSON Accept header
 * (so the answer is in the user's own language). Resolves to {status, body}.
 * @param {BrowserContext} context
 * @param {string} base
 * @param {string} name
 * @param {string} text
 */
export async function uploadMedia(context, base, name, text) {
  const nonce = await (await context.request.get(`${base}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
  const response = await context.request.post(`${base}/?rest_route=/wp/v2/media&_locale=user`, {
    headers: {'X-WP-Nonce': nonce, accept: 'application/json, */*;q=0.1'},
    multipart: {file: {name, mimeType: 'application/json', buffer: Buffer.from(text)}},
  });
  return {status: response.status(), body: await response.json()};
}
