// Screenshots of the three widgets for the README and docs/screenshots/:
// every element × variant (full, compact) × palette (light, dark) × language
// (fi, en), 24 PNGs named like org-card-full-light-fi.png.
//
// Each shot is a page served over HTTP from a small read-only server on a free
// loopback port, loading /dist/koske-widgets.js and the seed with `src`, the
// way a webmaster's page does. Run `npm run screenshots` (builds dist/ first).
import {createReadStream} from 'node:fs';
import {mkdir, readdir, rm, stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer';
import {chromiumArgs, chromiumPath} from './browsers.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, 'docs', 'screenshots');
const seed = '/demo/data/yhdessa-ei-olla-yksin.json';

const elements = {'org-card': 'koske-org-card', 'municipality-list': 'koske-municipality-list', 'contact-block': 'koske-contact-block'};
const variants = {full: 720, compact: 320}; // the element's width in CSS px
const palettes = {light: '#f4f5f7', dark: '#111214'}; // the page around it
const languages = ['fi', 'en'];
const padding = 16; // px of page background around the element

/** The page for one shot: the embed as documented, pinned palette, fixed width. */
function shotPage({tag, variant, palette, lang}) {
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
    <div id="shot"><${tag} src="${seed}" variant="${variant}"></${tag}></div>
  </body>
</html>
`;
}

const types = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8'};

/** Serves the repository read-only (GET and HEAD), plus the generated shot pages under /__shot. */
function startServer() {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, {allow: 'GET, HEAD'}).end();
      return;
    }
    if (url.pathname === '/__shot') {
      const [tag, variant, palette, lang] = ['tag', 'variant', 'palette', 'lang'].map((key) => url.searchParams.get(key) ?? '');
      if (!Object.values(elements).includes(tag) || !(variant in variants) || !(palette in palettes) || !languages.includes(lang)) {
        response.writeHead(400).end();
        return;
      }
      response.writeHead(200, {'content-type': types['.html'], 'cache-control': 'no-store'}).end(shotPage({tag, variant, palette, lang}));
      return;
    }
    const file = resolve(root, '.' + decodeURIComponent(url.pathname));
    const parts = relative(root, file).split(sep);
    // Inside the repository only; no dot-files (.git …) and no node_modules.
    if (!file.startsWith(root + sep) || parts.some((part) => part.startsWith('.') || part === 'node_modules')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-length': info.size});
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise(server));
  });
}

/** Waits for koske-load (or fails on koske-error or after 15 s, saying what the element shows). */
async function settle(page, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no koske-load in 15 s`)), 15_000);
  });
  try {
    await Promise.race([page.evaluate(() => window.koskeSettled), timeout]);
  } catch (error) {
    const shown = await page.evaluate(() => document.querySelector('#shot > *')?.shadowRoot?.innerHTML.slice(0, 500)).catch(() => '?');
    throw new Error(`${error.message}\nThe element shows: ${shown}`);
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

  const server = await startServer();
  const {port} = server.address();
  const browser = await puppeteer.launch({executablePath: chromiumPath(), args: chromiumArgs, headless: true});
  let total = 0;
  let count = 0;
  try {
    const page = await browser.newPage();
    await page.setViewport({width: 1000, height: 800, deviceScaleFactor: 1});
    await page.emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    page.on('requestfailed', (request) => console.error(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    for (const [short, tag] of Object.entries(elements)) {
      for (const variant of Object.keys(variants)) {
        for (const palette of Object.keys(palettes)) {
          for (const lang of languages) {
            const query = new URLSearchParams({tag, variant, palette, lang});
            await page.goto(`http://127.0.0.1:${port}/__shot?${query}`, {waitUntil: 'load'});
            await settle(page, `${tag} ${variant} ${palette} ${lang}`);
            await page.evaluate(async () => {
              await document.fonts.ready;
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            });
            const shot = await page.$('#shot');
            const name = `${short}-${variant}-${palette}-${lang}.png`;
            const file = join(outDir, name);
            await shot.screenshot({path: file});
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
