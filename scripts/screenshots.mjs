// Screenshots of the three widgets for the README and docs/screenshots/:
// every element (and the list with its map) × variant (full, compact) × palette
// (light, dark) × language (fi, en), 32 PNGs named like org-card-full-light-fi.png.
//
// Each shot is a page served over HTTP from a small read-only server on a free
// loopback port, loading /dist/koske-widgets.js and the seed with `src`, the
// way a webmaster's page does. Run `npm run screenshots` (builds dist/ first).
import {mkdir, readdir, rm, stat} from 'node:fs/promises';
import {join} from 'node:path';
import puppeteer from 'puppeteer';
import {chromiumArgs, chromiumPath} from './browsers.mjs';
import {root, startStaticServer} from './static-server.mjs';
const outDir = join(root, 'docs', 'screenshots');
const seed = '/demo/documents/yhdessa-ei-olla-yksin.json';

/** Each shot's element, by the name its files start with: the tag, and its attributes besides src and variant. */
const elements = {
  'org-card': {tag: 'koske-org-card', attributes: ''},
  'municipality-list': {tag: 'koske-municipality-list', attributes: ''},
  'municipality-list-map': {tag: 'koske-municipality-list', attributes: ' map'},
  'contact-block': {tag: 'koske-contact-block', attributes: ''},
};
/** @type {Record<string, number>} */
const variants = {full: 720, compact: 320}; // the element's width in CSS px
/** @type {Record<string, string>} */
const palettes = {light: '#f4f5f7', dark: '#111214'}; // the page around it
const languages = ['fi', 'en'];
const padding = 16; // px of page background around the element

/**
 * The page for one shot: the embed as documented, pinned palette, fixed width.
 * @param {{tag: string, attributes: string, variant: string, palette: string, lang: string}} shot
 */
function shotPage({tag, attributes, variant, palette, lang}) {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>${tag} ${variant} ${palette} ${lang}</title>
    <style>
      html, body { margin: 0; background: ${palettes[palette]}; font-family: system-ui, sans-serif; }
      #shot { display: inline-block; padding: ${padding}px; background: ${palettes[palette]}; }
      #shot > * { width: ${variants[variant]}px; color-scheme: ${palette}; }
    </style>
    <script>
      // Before the widget script, so no event is missed.
      window.koskeSettled = new Promise((resolve, reject) => {
        document.addEventListener('koske-load', () => resolve(), {once: true});
        document.addEventListener('koske-error', (event) => reject(new Error('koske-error: ' + JSON.stringify(event.detail))), {once: true});
      });
    </script>
    <script type="module" src="/dist/koske-widgets.js"></script>
  </head>
  <body>
    <div id="shot"><${tag} src="${seed}" variant="${variant}"${attributes}></${tag}></div>
  </body>
</html>
`;
}

/**
 * The generated page of one shot, at /__shot?element=…&variant=…&palette=…&lang=… (`element` a key of `elements`).
 * @param {URL} url
 * @returns {Promise<import('./static-server.mjs').Answer | undefined>}
 */
async function shotRoute(url) {
  if (url.pathname !== '/__shot') return undefined;
  const [element, variant, palette, lang] = ['element', 'variant', 'palette', 'lang'].map((key) => url.searchParams.get(key) ?? '');
  if (!Object.hasOwn(elements, element) || !(variant in variants) || !(palette in palettes) || !languages.includes(lang)) return {status: 400};
  return {html: shotPage({...elements[/** @type {keyof typeof elements} */ (element)], variant, palette, lang})};
}

/**
 * Waits for koske-load (or fails on koske-error or after 15 s, saying what the element shows).
 * @param {import('puppeteer').Page} page
 * @param {string} what the shot, for the messages
 */
async function settle(page, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no koske-load in 15 s`)), 15_000);
  });
  try {
    // The shot's page sets koskeSettled before the widget script (shotPage).
    await Promise.race([page.evaluate(() => /** @type {Window & {koskeSettled?: Promise<void>}} */ (window).koskeSettled), timeout]);
  } catch (error) {
    const shown = await page.evaluate(() => document.querySelector('#shot > *')?.shadowRoot?.innerHTML.slice(0, 500)).catch(() => '?');
    throw new Error(`${/** @type {Error} */ (error).message}\nThe element shows: ${shown}`);
  } finally {
    clearTimeout(timer);
  }
}

async function main() {
  try {
    await stat(join(root, 'dist', 'koske-widgets.js'));
  } catch {
    throw new Error('dist/koske-widgets.js is missing: run `npm run build` first (or `npm run screenshots`, which does).');
  }
  await mkdir(outDir, {recursive: true});
  // Only our own PNGs are replaced; anything else in the folder stays.
  for (const name of await readdir(outDir)) {
    if (/^(org-card|municipality-list|contact-block)-.*\.png$/.test(name)) await rm(join(outDir, name));
  }

  const {server, base} = await startStaticServer(shotRoute);
  const browser = await puppeteer.launch({executablePath: chromiumPath(), args: chromiumArgs, headless: true});
  let total = 0;
  let count = 0;
  try {
    const page = await browser.newPage();
    await page.setViewport({width: 1000, height: 800, deviceScaleFactor: 1});
    await page.emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
    page.on('pageerror', (error) => console.error(`page error: ${/** @type {Error} */ (error).message}`));
    page.on('requestfailed', (request) => console.error(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    for (const [short, {tag}] of Object.entries(elements)) {
      for (const variant of Object.keys(variants)) {
        for (const palette of Object.keys(palettes)) {
          for (const lang of languages) {
            const query = new URLSearchParams({element: short, variant, palette, lang});
            await page.goto(`${base}/__shot?${query}`, {waitUntil: 'load'});
            await settle(page, `${tag} ${variant} ${palette} ${lang}`);
            await page.evaluate(async () => {
              await document.fonts.ready;
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            });
            const shot = await page.$('#shot');
            const name = `${short}-${variant}-${palette}-${lang}.png`;
            const file = join(outDir, name);
            // The page always has #shot.
            await /** @type {import('puppeteer').ElementHandle<Element>} */ (shot).screenshot({path: file});
            const {size} = await stat(file);
            total += size;
            count++;
            console.log(`docs/screenshots/${name}  ${(size / 1024).toFixed(1)} KiB`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
  console.log(`${count} screenshots, ${(total / 1024).toFixed(1)} KiB in all`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
