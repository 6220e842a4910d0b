// Benchmark (not a test: `npm test` never runs it): first paint of a page with
// the three elements (the seed, in Finnish), rendered in the browser or on the
// server. Both pages carry the data as each element's JSON child and load
// dist/koske-widgets.js as a module at the end of <body>:
//
//   client  the elements hold only their JSON child; the module renders them.
//   server  each element is koske-widgets/ssr's renderToString() output: its
//           declarative shadow root already shows the content, and the module
//           takes it over.
//
// The pages are rendered once at startup and served by the repository's
// static server (scripts/static-server.mjs). The method is bench/run.mjs's:
// headless Chromium (puppeteer), a fresh browser context and page per run with
// the cache disabled, the two variants alternated run by run (A B A B …) after
// warm-up rounds that are not counted; medians, quartiles and min–max. Each
// network condition is a session of its own: loopback, then latency added to
// every response (CDP Network.emulateNetworkConditions), since the server's
// page needs one round trip before its content and the client's three (the
// page, the module, the renderers' chunks).
//
//   node bench/ssr-first-paint.mjs                  15 runs per variant, 2 warm-up rounds
//   RUNS=5 WARMUP=1 node bench/ssr-first-paint.mjs  quicker, noisier
//   NETWORK=loopback,latency                        a subset of the conditions
//   LATENCY=150                                     the added latency, in ms
//   BENCH_JSON=out.json                             also writes every summary as JSON

// The functions handed to page.evaluate() run in the page, on its globals.
/* global window, requestAnimationFrame */
import {readFile, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {brotliCompressSync, constants as zlib} from 'node:zlib';
import {renderToString} from 'koske-widgets/ssr';
import puppeteer from 'puppeteer';
import {chromiumArgs, chromiumPath} from '../scripts/browsers.mjs';
import {root, startStaticServer} from '../scripts/static-server.mjs';
import {summary} from './statistics.mjs';

const RUNS = Number(process.env.RUNS) || 15;
const WARMUP = process.env.WARMUP === undefined ? 2 : Number(process.env.WARMUP);
const LATENCY = Number(process.env.LATENCY) || 150;
const NETWORK = new Set((process.env.NETWORK || 'loopback,latency').split(','));

const tags = /** @type {const} */ (['koske-org-card', 'koske-municipality-list', 'koske-contact-block']);
const seedPath = join(root, 'demo', 'documents', 'yhdessa-ei-olla-yksin.json');

/** @typedef {import('./statistics.mjs').Summary} Summary */
/**
 * What the pages record, in ms since navigation start (`performance.now()`).
 * @typedef {object} PaintMarks
 * @property {number} [fcp] the first-contentful-paint entry's startTime
 * @property {number} [lcp] the last largest-contentful-paint entry's startTime
 * @property {number} [parsed] every element parsed, then layout and a frame
 * @property {number} [loaded] every element fired koske-load, then layout and a frame
 */
/**
 * What the pages put on `window` for this script.
 * @typedef {object} PaintGlobals
 * @property {PaintMarks} benchMarks
 * @property {Promise<{error?: unknown}>} benchDone resolves at `loaded`, or at a widget's koske-error
 */
/** @typedef {typeof window & PaintGlobals} PaintWindow */

// ---- the pages -------------------------------------------------------------

// Set up in <head>, before anything can paint. "Done" is bench/run.mjs's: every
// widget fired koske-load, then forced layout, then a requestAnimationFrame
// callback. The page holds nothing but the widgets, so the first contentful
// paint is the first paint of a widget's text (the browser-rendered elements'
// loading skeleton is bars without text, which does not count as content).
const recorder = `<script>
      (() => {
        const marks = (window.benchMarks = {});
        let left = ${tags.length};
        let done;
        window.benchDone = new Promise((resolve) => (done = resolve));
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
        }).observe({type: 'paint', buffered: true});
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) marks.lcp = entry.startTime;
        }).observe({type: 'largest-contentful-paint', buffered: true});
        document.addEventListener('koske-load', () => {
          if (--left > 0) return;
          document.body.offsetHeight;
          requestAnimationFrame(() => {
            marks.loaded = performance.now();
            done({});
          });
        });
        document.addEventListener('koske-error', (event) => done({error: {'koske-error': event.detail}}));
      })();
    </script>`;

// After the elements and before the module: for the server-rendered page, the
// moment all of its content is in the document (each declarative root is
// attached when the parser closes its <template>), laid out and in a frame.
const parsedMark = `<script>
      document.body.offsetHeight;
      requestAnimationFrame(() => (window.benchMarks.parsed = performance.now()));
    </script>`;

/**
 * @param {string} title
 * @param {string[]} elements each element's HTML
 */
const page = (title, elements) => `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>${title}</title>
    <style>
      html, body { margin: 0; font-family: system-ui, sans-serif; } ${tags.join(', ')} { display: block; width: 720px; }
    </style>
    ${recorder}
  </head>
  <body>
    ${elements.join('\n    ')}
    ${parsedMark}
    <script type="module" src="/dist/koske-widgets.js"></script>
  </body>
</html>
`;

/**
 * Both pages from the seed: the browser-rendered one with the same JSON child
 * as renderToString writes (its text, `<` escaped the same way), so that the
 * pages differ only by the declarative shadow roots (and the `lang="fi"
 * variant="full"` that renderToString writes, which are the defaults here).
 */
async function pages() {
  const seed = JSON.parse(await readFile(seedPath, 'utf8'));
  const json = JSON.stringify(seed).replace(/</g, '\\u003c');
  const client = page(
    'bench: rendered in the browser',
    tags.map((tag) => `<${tag}><script type="application/json">${json}</script></${tag}>`),
  );
  const server = page('bench: rendered on the server', await Promise.all(tags.map((element) => renderToString({element, data: seed, lang: 'fi'}))));
  return {client, server};
}

// ---- statistics (summary() is bench/statistics.mjs) ----------------------------

/**
 * @param {number} x
 * @param {number} [digits]
 */
const f = (x, digits = 1) => x.toFixed(digits);
/** @param {Summary} s */
const fmtMs = (s) => `${f(s.median).padStart(6)} ms (IQR ${f(s.q1)}–${f(s.q3)}, min–max ${f(s.min)}–${f(s.max)})`;
/**
 * Ratio of the medians (runs are not paired, so no per-run ratio).
 * @param {Summary} a
 * @param {Summary} b
 */
const ratio = (a, b) => a.median / b.median;

// ---- running -----------------------------------------------------------------

/** @type {import('puppeteer').Browser} */
let browser;
/** @type {string} */
let base;

/**
 * One run: a fresh browser context and page with the cache disabled (and the
 * latency, if any), closed afterwards; a page error or console warning fails it.
 * @param {string} path
 * @param {number} latency added to every response, in ms; 0 for none
 * @returns {Promise<PaintMarks>}
 */
async function measure(path, latency) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({width: 1280, height: 800, deviceScaleFactor: 1});
    await tab.setCacheEnabled(false);
    // -1: no limit on throughput; only the round trips get longer.
    if (latency) await tab.emulateNetworkConditions({download: -1, upload: -1, latency});
    /** @type {string[]} */
    const errors = [];
    tab.on('pageerror', (error) => errors.push(/** @type {Error} */ (error).message));
    tab.on('console', (message) => message.type() === 'warn' && errors.push(message.text()));
    await tab.goto(`${base}${path}`);
    // A module or chunk missing (dist/ being rebuilt) means no koske-load: fail in seconds, not at the protocol's timeout.
    const done = await tab.evaluate(() =>
      Promise.race([
        /** @type {PaintWindow} */ (window).benchDone,
        new Promise((resolve) => setTimeout(() => resolve({error: 'no koske-load from each element within 20 s'}), 20_000)),
      ]),
    );
    if (done.error) throw new Error(`${path}: ${JSON.stringify(done.error)}`);
    await tab.waitForFunction(() => {
      const marks = /** @type {PaintWindow} */ (window).benchMarks;
      return marks.fcp !== undefined && marks.parsed !== undefined;
    });
    // Paint entries are queued when the frame is presented, after its
    // requestAnimationFrame: two more frames let the last LCP candidate in.
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
    const marks = await tab.evaluate(() => /** @type {PaintWindow} */ (window).benchMarks);
    if (errors.length) throw new Error(`${path}: page reported: ${errors.join('; ')}`);
    return marks;
  } finally {
    await context.close();
  }
}

/**
 * @param {PaintMarks} marks
 * @param {keyof PaintMarks} name
 */
function mark(marks, name) {
  const value = marks[name];
  if (value === undefined) throw new Error(`the page recorded no ${name}`);
  return value;
}

/**
 * One session: the two pages alternated (client, server, client, server …),
 * WARMUP rounds not counted, then RUNS rounds. Time to full content: for the
 * client page, when every element has rendered (koske-load); for the server
 * page, when every element is parsed, since its content is in the HTML.
 * @param {string} label
 * @param {number} latency
 */
async function session(label, latency) {
  /** @type {Record<'client' | 'server', () => Promise<Record<string, number>>>} */
  const variants = {
    client: async () => {
      const marks = await measure('/bench/ssr-client', latency);
      return {fcp: mark(marks, 'fcp'), lcp: mark(marks, 'lcp'), full: mark(marks, 'loaded')};
    },
    server: async () => {
      const marks = await measure('/bench/ssr-server', latency);
      return {fcp: mark(marks, 'fcp'), lcp: mark(marks, 'lcp'), full: mark(marks, 'parsed'), takeover: mark(marks, 'loaded')};
    },
  };
  /** @type {Record<string, Record<string, number[]>>} */
  const samples = {client: {}, server: {}};
  for (let round = 0; round < WARMUP + RUNS; round++) {
    for (const name of /** @type {const} */ (['client', 'server'])) {
      const result = await variants[name]();
      if (round < WARMUP) continue;
      for (const [metric, value] of Object.entries(result)) (samples[name][metric] ??= []).push(value);
    }
    process.stdout.write(`\r${label}: round ${round + 1}/${WARMUP + RUNS}${round < WARMUP ? ' (warm-up)' : ''}   `);
  }
  process.stdout.write('\n');
  /** @param {Record<string, number[]>} metrics */
  const summarize = (metrics) => Object.fromEntries(Object.entries(metrics).map(([metric, values]) => [metric, summary(values)]));
  const client = summarize(samples.client);
  const server = summarize(samples.server);
  return {
    label,
    latency,
    client,
    server,
    ratios: {fcp: ratio(server.fcp, client.fcp), full: ratio(server.full, client.full), lcp: ratio(server.lcp, client.lcp), takeover: ratio(server.takeover, client.full)},
  };
}

// ---- main --------------------------------------------------------------------

async function main() {
  try {
    await stat(join(root, 'dist', 'koske-widgets.js'));
    await stat(join(root, 'dist', 'server', 'ssr.js'));
  } catch {
    throw new Error('dist/ is not built (or is being rebuilt): run `npm run build`, or wait for it, then run this again.');
  }
  const html = await pages();
  /** @param {string} text */
  const bytes = (text) => ({raw: Buffer.byteLength(text), brotli: brotliCompressSync(text, {params: {[zlib.BROTLI_PARAM_QUALITY]: 11}}).length});
  const {server, base: serverBase} = await startStaticServer(async (url) => {
    if (url.pathname === '/bench/ssr-client') return {html: html.client};
    if (url.pathname === '/bench/ssr-server') return {html: html.server};
    return undefined;
  });
  base = serverBase;
  browser = await puppeteer.launch({executablePath: chromiumPath(), args: chromiumArgs, headless: true});
  const started = Date.now();
  /** @type {Awaited<ReturnType<typeof session>>[]} */
  const sessions = [];
  const report = {
    runs: RUNS,
    warmup: WARMUP,
    chromium: await browser.version(),
    node: process.version,
    pageBytes: {client: bytes(html.client), server: bytes(html.server)},
    sessions,
  };
  try {
    if (NETWORK.has('loopback')) sessions.push(await session('loopback', 0));
    if (NETWORK.has('latency')) sessions.push(await session(`+${LATENCY} ms per response`, LATENCY));
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }

  const {client, server: rendered} = report.pageBytes;
  console.log(`\n${report.chromium}, Node ${report.node}; ${RUNS} runs per variant after ${WARMUP} warm-up rounds, alternated; cache disabled; median (IQR, min–max)`);
  console.log(`page HTML: client ${client.raw} B (brotli ${client.brotli} B), server ${rendered.raw} B (brotli ${rendered.brotli} B), served uncompressed\n`);
  for (const s of sessions) {
    console.log(`${s.label}, ms since navigation start`);
    console.log(`   client  first contentful paint ${fmtMs(s.client.fcp)}`);
    console.log(`           largest contentful     ${fmtMs(s.client.lcp)}`);
    console.log(`           full content (loaded)  ${fmtMs(s.client.full)}`);
    console.log(`   server  first contentful paint ${fmtMs(s.server.fcp)}`);
    console.log(`           largest contentful     ${fmtMs(s.server.lcp)}`);
    console.log(`           full content (parsed)  ${fmtMs(s.server.full)}`);
    console.log(`           takeover done (loaded) ${fmtMs(s.server.takeover)}`);
    console.log(
      `   ratio server/client (medians): FCP ${f(s.ratios.fcp, 2)}×, full content ${f(s.ratios.full, 2)}×, LCP ${f(s.ratios.lcp, 2)}×; takeover/client loaded ${f(s.ratios.takeover, 2)}×\n`,
    );
  }
  console.log(`took ${f((Date.now() - started) / 1000, 0)} s`);
  if (process.env.BENCH_JSON) {
    const {writeFile} = await import('node:fs/promises');
    await writeFile(process.env.BENCH_JSON, JSON.stringify(report, null, 2));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
