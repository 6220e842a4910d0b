// After `npm run build`, the repository served as plain static files (no dev
// server, no node_modules, no bare module specifiers resolved for it) runs the
// configurator and the data editor, so an organisation can host both next to
// its data. Driven in Chromium over real HTTP from scripts/static-server.mjs,
// which serves neither node_modules nor dot-files.
/* global document -- the functions given to page.waitForFunction run in the page */
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../../scripts/browsers.mjs';
import {startStaticServer} from '../../scripts/static-server.mjs';

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {import('node:http').Server} */
let server;
/** @type {string} */
let base;

before(async () => {
  ({server, base} = await startStaticServer());
  browser = await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
});
after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * A page of the demo, with every script error and failed request it meets.
 * @param {string} path
 */
async function open(path) {
  const page = await browser.newPage();
  /** @type {string[]} */
  const failures = [];
  page.on('pageerror', (error) => failures.push(`error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => failures.push(`failed: ${request.url()}`));
  await page.goto(`${base}${path}`);
  return {page, failures};
}

test('the configurator runs from static files and writes the pinned snippet', async () => {
  const {page, failures} = await open('/demo/configurator.html');
  await page.waitForFunction(() => /** @type {HTMLTextAreaElement} */ (document.querySelector('#snippet')).value.includes('integrity="sha384-'));
  await page.waitForFunction(() => document.querySelector('#preview koske-org-card')?.shadowRoot?.querySelector('[part="heading"]'));
  assert.deepEqual(failures, []);
  await page.close();
});

test('the data editor runs from static files: the seed, its check, the preview, and a PTV import by the command line’s adapter', async () => {
  const {page, failures} = await open('/demo/editor.html');
  await page.waitForSelector('html[data-ready]');
  await page.click('#start-seed');
  await page.waitForFunction(
    () =>
      document.querySelector('#preview koske-org-card')?.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim() ===
      'Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke',
  );
  await page.click('#check');
  await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'Tiedoissa ei ole virheitä.');
  page.once('dialog', (dialog) => dialog.accept());
  await page.setInputFiles('#open-ptv', new URL('fixtures/ptv/organization-koske.json', import.meta.url).pathname);
  await page.waitForFunction(() => /** @type {HTMLInputElement | null} */ (document.querySelector('#f-name--fi'))?.value === 'Keski-Suomen sosiaalialan osaamiskeskus');
  assert.deepEqual(failures, []);
  await page.close();
});
