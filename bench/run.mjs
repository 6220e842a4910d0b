// The benchmark harness (not a test: `npm test` never runs it). `npm run bench`
// builds dist/ and runs this: a read-only static server on a loopback port
// serves the repository, headless Chromium (puppeteer) loads the pages in
// bench/, and the compared variants alternate run by run (A B A B …), each
// run in a fresh browser context and page, after warm-up runs that are not
// counted. Prints medians and spread; BENCHMARKS.md says what the numbers mean.
//
//   node bench/run.mjs                 all four benchmarks
//   RUNS=5 WARMUP=1 node bench/run.mjs quicker, noisier
//   ONLY=cards,embeds,cold,cls         a subset
import {stat} from 'node:fs/promises';
import {join} from 'node:path';
import puppeteer from 'puppeteer';
import {chromiumArgs, chromiumPath} from '../scripts/browsers.mjs';
import {root, startStaticServer} from '../scripts/static-server.mjs';
import {summary} from './statistics.mjs';
const RUNS = Number(process.env.RUNS) || 15;
const WARMUP = process.env.WARMUP === undefined ? 2 : Number(process.env.WARMUP);
const ONLY = new Set((process.env.ONLY || 'cards,embeds,cold,cls').split(','));
const CLS_RUNS = Number(process.env.CLS_RUNS) || 5;

/** @typedef {import('puppeteer').Page} Page */
/** @typedef {import('./statistics.mjs').Summary} Summary */
/** @typedef {{ms: number, height: number, nodes: number}} StageRun one timed run of bench/cards.html */
/** @typedef {{value: number, at: number, sources: Array<{node: string, from: number[], to: number[]}>}} Shift a layout shift, as bench/cls.html records it */
/** @typedef {{loading: Record<string, number>, loaded: Record<string, number>}} Heights each element's height (by tag) while loading and once loaded */
/**
 * What the pages in bench/ put on `window` for this harness.
 * @typedef {object} BenchGlobals
 * @property {{
 *   ready(): Promise<void>,
 *   capture(): Promise<{markup: string, css: string, styleElements: number, height: number}>,
 *   prepareFloor(css: string, markup: string): void,
 *   widgets(n: number): Promise<StageRun>,
 *   floor(n: number): Promise<StageRun>,
 * }} bench bench/cards.html's timed steps
 * @property {Promise<{ms: number, error?: unknown}>} benchDone the others' end: its time, or a widget's koske-error
 * @property {Shift[]} benchShifts bench/cls.html
 * @property {number} benchFirstLoad bench/cls.html
 * @property {Heights} benchHeights bench/cls.html
 */
/** @typedef {typeof window & BenchGlobals} BenchWindow */

/**
 * /__delay/<ms>/<path>: the same file, answered after ms.
 * @param {URL} url
 * @returns {Promise<import('../scripts/static-server.mjs').Answer | undefined>}
 */
async function delayRoute(url) {
  const delayed = /^\/__delay\/(\d{1,5})(\/.*)$/.exec(url.pathname);
  if (!delayed) return undefined;
  await new Promise((r) => setTimeout(r, Number(delayed[1])));
  return {path: delayed[2]};
}

// ---- statistics ----------------------------------------------------------

/**
 * @param {number} x
 * @param {number} [digits]
 */
const f = (x, digits = 1) => x.toFixed(digits);
/** @param {Summary} s */
const fmtMs = (s) => `${f(s.median)} ms (IQR ${f(s.q1)}–${f(s.q3)}, min–max ${f(s.min)}–${f(s.max)})`;
/** @param {Summary} s */
const fmtMiB = (s) => `${f(s.median / 2 ** 20, 2)} MiB (IQR ${f(s.q1 / 2 ** 20, 2)}–${f(s.q3 / 2 ** 20, 2)}, min–max ${f(s.min / 2 ** 20, 2)}–${f(s.max / 2 ** 20, 2)})`;

// ---- running -------------------------------------------------------------

/** @type {import('puppeteer').Browser} */
let browser;
/** @type {string} */
let base;

/**
 * One run: a fresh browser context and page, closed afterwards.
 * @template T
 * @param {(page: Page) => Promise<T>} fn
 * @param {{cache?: boolean, viewport?: {width: number, height: number}}} [options]
 * @returns {Promise<T>}
 */
async function withPage(fn, {cache = true, viewport = {width: 1280, height: 800}} = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({...viewport, deviceScaleFactor: 1});
    await page.setCacheEnabled(cache);
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(/** @type {Error} */ (error).message));
    page.on('console', (message) => message.type() === 'warn' && errors.push(message.text()));
    const result = await fn(page);
    if (errors.length) throw new Error(`page reported: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Alternates the variants run by run (A B A B …): WARMUP rounds not
 * counted, then RUNS rounds. `variants` maps a name to a function(page-run)
 * that returns {name: number, …}; returns name -> metric -> summary.
 * @param {string} label
 * @param {Record<string, () => Promise<Record<string, number>>>} variants
 * @param {number} [rounds]
 * @returns {Promise<Record<string, Record<string, Summary>>>}
 */
async function alternate(label, variants, rounds = RUNS) {
  const names = Object.keys(variants);
  /** @type {Record<string, Record<string, number[]>>} */
  const samples = Object.fromEntries(names.map((n) => [n, {}]));
  for (let round = 0; round < WARMUP + rounds; round++) {
    for (const name of names) {
      const result = await variants[name]();
      if (round < WARMUP) continue;
      for (const [metric, value] of Object.entries(result)) (samples[name][metric] ??= []).push(value);
    }
    process.stdout.write(`\r${label}: round ${round + 1}/${WARMUP + rounds}${round < WARMUP ? ' (warm-up)' : ''}   `);
  }
  process.stdout.write('\n');
  return Object.fromEntries(names.map((n) => [n, Object.fromEntries(Object.entries(samples[n]).map(([m, v]) => [m, summary(v)]))]));
}

/**
 * Ratio of the medians (runs are not paired, so no per-run ratio).
 * @param {Summary} a
 * @param {Summary} b
 */
const ratio = (a, b) => a.median / b.median;

// ---- 1. 200 cards vs the template-clone floor ------------------------------

async function benchCards() {
  const N = 200;
  const capture = await withPage(async (page) => {
    await page.goto(`${base}/bench/cards.html`);
    await page.waitForFunction(() => /** @type {BenchWindow} */ (window).bench);
    await page.evaluate(() => /** @type {BenchWindow} */ (window).bench.ready());
    return page.evaluate(() => /** @type {BenchWindow} */ (window).bench.capture());
  });
  /** @param {Page} page */
  const open = async (page) => {
    await page.goto(`${base}/bench/cards.html`);
    await page.waitForFunction(() => /** @type {BenchWindow} */ (window).bench);
    await page.evaluate(() => /** @type {BenchWindow} */ (window).bench.ready());
  };
  const results = await alternate('1. 200 org cards', {
    widgets: () =>
      withPage(async (page) => {
        await open(page);
        const r = await page.evaluate((n) => /** @type {BenchWindow} */ (window).bench.widgets(n), N);
        return {ms: r.ms, height: r.height, nodes: r.nodes};
      }),
    floor: () =>
      withPage(async (page) => {
        await open(page);
        await page.evaluate((css, markup) => /** @type {BenchWindow} */ (window).bench.prepareFloor(css, markup), capture.css, capture.markup);
        const r = await page.evaluate((n) => /** @type {BenchWindow} */ (window).bench.floor(n), N);
        return {ms: r.ms, height: r.height, nodes: r.nodes};
      }),
  });
  return {
    N,
    capture: {markupChars: capture.markup.length, cssChars: capture.css.length, styleElements: capture.styleElements, cardHeight: capture.height},
    results,
    ratio: ratio(results.widgets.ms, results.floor.ms),
  };
}

// ---- 2. 10 embeds: widgets vs iframes --------------------------------------

async function benchEmbeds() {
  /** @param {string} mode */
  const run = (mode) => () =>
    withPage(
      async (page) => {
        await page.goto(`${base}/bench/embeds.html?mode=${mode}`);
        const r = await page.evaluate(() => /** @type {BenchWindow} */ (window).benchDone);
        if (r.error) throw new Error(`embeds ${mode}: koske-error ${JSON.stringify(r.error)}`);
        const session = await page.createCDPSession();
        await session.send('HeapProfiler.collectGarbage');
        await session.detach();
        // Chromium reports every metric.
        const m = /** @type {Required<import('puppeteer').Metrics>} */ (await page.metrics());
        return {ms: r.ms, heap: m.JSHeapUsedSize, nodes: m.Nodes, documents: m.Documents, frames: m.Frames};
      },
      {cache: false},
    );
  const results = await alternate('2. 10 embeds', {widgets: run('widgets'), iframes: run('iframes')});
  return {results, timeRatio: ratio(results.iframes.ms, results.widgets.ms), heapRatio: ratio(results.iframes.heap, results.widgets.heap)};
}

// ---- 3. cold load with 1, 10, 100 widgets ----------------------------------

async function benchCold() {
  /** @param {number} n */
  const run = (n) => () =>
    withPage(
      async (page) => {
        await page.goto(`${base}/bench/cold.html?n=${n}`);
        const r = await page.evaluate(() => /** @type {BenchWindow} */ (window).benchDone);
        if (r.error) throw new Error(`cold ${n}: koske-error ${JSON.stringify(r.error)}`);
        return {ms: r.ms};
      },
      {cache: false},
    );
  const results = await alternate('3. cold load', {1: run(1), 10: run(10), 100: run(100)});
  return {results};
}

// ---- 4. layout shift -------------------------------------------------------

async function benchCls() {
  // The defaults first; then the same with the page reserving each widget's
  // loaded height (measured in the default runs), as a page that knows its
  // layout does: --koske-loading-height, and that height before the script runs.
  const configs = [
    {variant: 'full', viewport: {width: 1280, height: 800}},
    {variant: 'full', viewport: {width: 1280, height: 3000}},
    {variant: 'compact', viewport: {width: 1280, height: 800}},
    {variant: 'full', viewport: {width: 1280, height: 800}, reserve: true},
    {variant: 'full', viewport: {width: 1280, height: 3000}, reserve: true},
    {variant: 'compact', viewport: {width: 1280, height: 800}, reserve: true},
  ];
  const tags = ['koske-org-card', 'koske-municipality-list', 'koske-contact-block'];
  /** @type {Record<string, Record<string, number>>} */
  const loadedHeights = {};
  const out = [];
  for (const config of configs) {
    /** @type {{total: number[], upgrade: number[], loaded: number[]}} */
    const values = {total: [], upgrade: [], loaded: []};
    /** @type {Map<string, number>} */
    const shifts = new Map();
    /** @type {Heights | undefined} */
    let heights;
    const reserve = config.reserve ? `&reserve=${tags.map((tag) => loadedHeights[config.variant][tag]).join(',')}` : '';
    for (let i = 0; i < CLS_RUNS; i++) {
      const r = await withPage(
        async (page) => {
          await page.goto(`${base}/bench/cls.html?variant=${config.variant}&delay=300${reserve}`);
          const done = await page.evaluate(() => /** @type {BenchWindow} */ (window).benchDone);
          if (done.error) throw new Error(`cls: koske-error ${JSON.stringify(done.error)}`);
          return page.evaluate(() => ({
            entries: /** @type {BenchWindow} */ (window).benchShifts,
            firstLoad: /** @type {BenchWindow} */ (window).benchFirstLoad,
            heights: /** @type {BenchWindow} */ (window).benchHeights,
          }));
        },
        {cache: false, viewport: config.viewport},
      );
      heights = r.heights;
      // Before the first koske-load: the upgrade (empty element -> loading skeleton); after: loading -> loaded.
      /** @param {Shift[]} entries */
      const sum = (entries) => entries.reduce((total, e) => total + e.value, 0);
      values.total.push(sum(r.entries));
      values.upgrade.push(sum(r.entries.filter((e) => e.at < r.firstLoad)));
      values.loaded.push(sum(r.entries.filter((e) => e.at >= r.firstLoad)));
      for (const entry of r.entries) {
        const phase = entry.at < r.firstLoad ? 'upgrade' : 'loaded';
        for (const s of entry.sources) {
          const key = `[${phase}] ${s.node}: y ${Math.round(s.from[0])}→${Math.round(s.to[0])}, h ${Math.round(s.from[1])}→${Math.round(s.to[1])}`;
          shifts.set(key, (shifts.get(key) ?? 0) + 1);
        }
      }
    }
    // Set by the runs above (CLS_RUNS is at least 1).
    loadedHeights[config.variant] ??= /** @type {Heights} */ (heights).loaded;
    out.push({
      ...config,
      heights: /** @type {Heights} */ (heights),
      cls: summary(values.total),
      clsUpgrade: summary(values.upgrade),
      clsLoaded: summary(values.loaded),
      shifts: [...shifts].map(([k, count]) => `${k} (${count}/${CLS_RUNS} runs)`),
    });
    process.stdout.write(`4. layout shift: ${config.variant} ${config.viewport.width}×${config.viewport.height}${config.reserve ? ' reserved' : ''} done\n`);
  }
  return out;
}

// ---- main ------------------------------------------------------------------

async function main() {
  try {
    await stat(join(root, 'dist', 'koske-widgets.js'));
  } catch {
    throw new Error('dist/koske-widgets.js is missing: run `npm run bench` (builds first).');
  }
  const {server, base: serverBase} = await startStaticServer(delayRoute);
  base = serverBase;
  browser = await puppeteer.launch({executablePath: chromiumPath(), args: chromiumArgs, headless: true});
  const started = Date.now();
  /**
   * @type {{runs: number, warmup: number, chromium: string, node: string,
   *   cards?: Awaited<ReturnType<typeof benchCards>>, embeds?: Awaited<ReturnType<typeof benchEmbeds>>,
   *   cold?: Awaited<ReturnType<typeof benchCold>>, cls?: Awaited<ReturnType<typeof benchCls>>}}
   */
  const report = {runs: RUNS, warmup: WARMUP, chromium: await browser.version(), node: process.version};
  try {
    if (ONLY.has('cards')) report.cards = await benchCards();
    if (ONLY.has('embeds')) report.embeds = await benchEmbeds();
    if (ONLY.has('cold')) report.cold = await benchCold();
    if (ONLY.has('cls')) report.cls = await benchCls();
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }

  console.log(`\n${report.chromium}, Node ${report.node}; ${RUNS} runs per variant after ${WARMUP} warm-up rounds, alternated; median (IQR, min–max)\n`);
  if (report.cards) {
    const {N, results, ratio: r, capture} = report.cards;
    console.log(`1. ${N} <koske-org-card> with data, until all koske-load + layout + frame`);
    console.log(`   widgets  ${fmtMs(results.widgets.ms)}`);
    console.log(
      `   floor    ${fmtMs(results.floor.ms)}   (clone of one <template> parsed from ${capture.markupChars} chars + one shared adopted sheet of ${capture.cssChars} chars per shadow root)`,
    );
    console.log(`   ratio widgets/floor (medians) ${f(r, 2)}×   aim ≤ 1.15×`);
    console.log(
      `   stage height widgets ${results.widgets.height.median} px, floor ${results.floor.height.median} px; shadow DOM nodes widgets ${results.widgets.nodes.median}, floor ${results.floor.nodes.median} (same markup laid out the same)`,
    );
  }
  if (report.embeds) {
    const {results, timeRatio, heapRatio} = report.embeds;
    console.log(`2. 10 embeds, from navigation start until every embed rendered + frame; JS heap after GC (cache disabled)`);
    for (const k of ['widgets', 'iframes']) {
      console.log(
        `   ${k.padEnd(8)} ${fmtMs(results[k].ms)}; heap ${fmtMiB(results[k].heap)}; DOM nodes ${results[k].nodes.median}, documents ${results[k].documents.median}, frames ${results[k].frames.median}`,
      );
    }
    console.log(`   ratio iframes/widgets: time ${f(timeRatio, 2)}×, JS heap ${f(heapRatio, 2)}×`);
  }
  if (report.cold) {
    console.log(`3. cold load (cache disabled), from navigation start until all koske-load + layout + frame`);
    for (const [n, s] of Object.entries(report.cold.results)) console.log(`   ${String(n).padStart(3)} widgets  ${fmtMs(s.ms)}`);
  }
  if (report.cls) {
    console.log(`4. cumulative layout shift, 3 widgets loading from src with 300 ms delay, text below (${CLS_RUNS} runs each)`);
    for (const c of report.cls) {
      console.log(
        `   ${c.variant.padEnd(7)} viewport ${c.viewport.width}×${c.viewport.height}${c.reserve ? ', page reserves the loaded heights' : ''}: CLS median ${f(c.cls.median, 4)} (min–max ${f(c.cls.min, 4)}–${f(c.cls.max, 4)}); of it upgrade (empty→loading) ${f(c.clsUpgrade.median, 4)}, loading→loaded ${f(c.clsLoaded.median, 4)}`,
      );
      console.log(`      heights loading ${JSON.stringify(c.heights.loading)} loaded ${JSON.stringify(c.heights.loaded)}`);
      for (const s of c.shifts) console.log(`      shifted: ${s}`);
    }
  }
  console.log(`\ntook ${f((Date.now() - started) / 1000, 0)} s`);
  if (process.env.BENCH_JSON) {
    const {writeFile} = await import('node:fs/promises');
    await writeFile(process.env.BENCH_JSON, JSON.stringify(report, null, 2));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
