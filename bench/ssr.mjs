// Benchmark (not a test: `npm test` never runs it): server rendering's
// throughput and memory in Node, through koske-widgets/ssr (dist/server/ssr.js,
// as a host's server imports it). A round renders 1,000 elements of the seed
// one after another, round-robin over the three tags × four languages × two
// variants, holding every result; renderToString and renderToStream (consumed
// to a string) alternate round by round, after warm-up rounds of each that are
// not counted. One element at a time is how one request of a server renders:
// the work is synchronous JavaScript, so awaiting several at once on one thread
// would interleave them, not add throughput.
//
// Wall clock and the process's CPU time are both given: on a shared machine
// another process's load stretches the first more than the second.
//
// Memory, per round, from process.memoryUsage() after a full garbage collection:
// before the round, while holding the 1,000 results, and after letting them go.
//
//   node --expose-gc bench/ssr.mjs                 15 rounds of each, 2 warm-up rounds
//   RUNS=5 WARMUP=1 node --expose-gc bench/ssr.mjs quicker, noisier
//   ELEMENTS=1000                                  elements per round
//   BENCH_JSON=out.json                            also writes every summary as JSON
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {renderToStream, renderToString} from 'koske-widgets/ssr';
import {summary} from './statistics.mjs';

const RUNS = Number(process.env.RUNS) || 15;
const WARMUP = process.env.WARMUP === undefined ? 2 : Number(process.env.WARMUP);
const ELEMENTS = Number(process.env.ELEMENTS) || 1000;

const root = fileURLToPath(new URL('..', import.meta.url));
const tags = /** @type {const} */ (['koske-org-card', 'koske-municipality-list', 'koske-contact-block']);
const languages = ['fi', 'sv', 'en', 'de'];
const variants = /** @type {const} */ (['full', 'compact']);

/** @typedef {import('koske-widgets/ssr').RenderRequest} RenderRequest */
/** @typedef {import('./statistics.mjs').Summary} Summary */
/** @typedef {{heapUsed: number, rss: number}} Memory */
/**
 * One counted round.
 * @typedef {object} Round
 * @property {number} ms rendering the round's elements, wall clock
 * @property {number} perSecond elements per second
 * @property {number} cpuMs the process's CPU time (user + system, all threads) while rendering
 * @property {number} perCpuSecond elements per second of that CPU time
 * @property {Record<string, number>} byTag ms per element of each tag, on average
 * @property {number} bytes UTF-8 bytes of HTML produced
 * @property {number} chars UTF-16 code units of HTML produced
 * @property {Memory} before after a GC, before rendering
 * @property {Memory} holding after a GC, every result of the round still referenced
 * @property {Memory} after after a GC, the results let go
 */

// ---- statistics (as in bench/run.mjs) ----------------------------------------

/**
 * @param {number} x
 * @param {number} [digits]
 */
const f = (x, digits = 1) => x.toFixed(digits);
/** @param {number} bytes */
const mib = (bytes) => `${f(bytes / 2 ** 20, 2)} MiB`;
/** @param {Summary} s */
const fmtMiB = (s) => `${mib(s.median)} (IQR ${f(s.q1 / 2 ** 20, 2)}–${f(s.q3 / 2 ** 20, 2)})`;

// ---- rendering ---------------------------------------------------------------

/**
 * The round's requests: element i gets the i-th of the 24 combinations, the
 * tag changing fastest, so that consecutive elements never share all three.
 * @param {unknown} data
 * @returns {RenderRequest[]}
 */
function requests(data) {
  /** @type {RenderRequest[]} */
  const combinations = [];
  for (const variant of variants) for (const lang of languages) for (const element of tags) combinations.push({element, data, lang, variant});
  return Array.from({length: ELEMENTS}, (_, i) => combinations[i % combinations.length]);
}

/**
 * renderToStream read to its end and decoded once, as a server that buffers a
 * streamed page would; the stream pushes UTF-8 Buffers.
 * @param {RenderRequest} request
 */
async function streamToString(request) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of renderToStream(request)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** @type {Record<'string' | 'stream', (request: RenderRequest) => Promise<string>>} */
const renderers = {string: renderToString, stream: streamToString};

/** @returns {Memory} */
function memory() {
  // Twice: what the first collection finalizes (weak references, finalization registries) the second frees.
  gc();
  gc();
  const {heapUsed, rss} = process.memoryUsage();
  return {heapUsed, rss};
}

/**
 * @param {(request: RenderRequest) => Promise<string>} render
 * @param {RenderRequest[]} round
 * @returns {Promise<Round>}
 */
async function measure(render, round) {
  const before = memory();
  /** @type {string[]} */
  const results = [];
  /** @type {Record<string, number>} */
  const byTag = Object.fromEntries(tags.map((tag) => [tag, 0]));
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const request of round) {
    const start = performance.now();
    results.push(await render(request));
    byTag[request.element] += performance.now() - start;
  }
  const ms = performance.now() - started;
  const {user, system} = process.cpuUsage(cpu);
  const cpuMs = (user + system) / 1000;
  // Before counting the bytes: Buffer.byteLength() flattens a string that
  // renderToString built by concatenation, which would change what is held.
  const holding = memory();
  let bytes = 0;
  let chars = 0;
  for (const html of results) {
    bytes += Buffer.byteLength(html);
    chars += html.length;
  }
  results.length = 0;
  const after = memory();
  for (const tag of tags) byTag[tag] /= round.filter((request) => request.element === tag).length;
  return {ms, perSecond: (round.length / ms) * 1000, cpuMs, perCpuSecond: (round.length / cpuMs) * 1000, byTag, bytes, chars, before, holding, after};
}

// ---- main --------------------------------------------------------------------

/** @type {() => void} */
let gc;

async function main() {
  if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc: node --expose-gc bench/ssr.mjs');
  gc = globalThis.gc;
  const data = JSON.parse(await readFile(join(root, 'demo', 'documents', 'yhdessa-ei-olla-yksin.json'), 'utf8'));
  const round = requests(data);

  // The first call loads every renderer, language and the registry; timed on its own.
  const coldStarted = performance.now();
  const first = await renderToString(round[0]);
  const coldMs = performance.now() - coldStarted;
  // The two ways must give the same HTML, or they would not be compared fairly.
  for (const request of round.slice(0, 24)) {
    if ((await renderToString(request)) !== (await streamToString(request)))
      throw new Error(`renderToString and renderToStream differ for ${JSON.stringify({...request, data: undefined})}`);
  }

  /** @type {Record<'string' | 'stream', Round[]>} */
  const rounds = {string: [], stream: []};
  const started = Date.now();
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const way of /** @type {const} */ (['string', 'stream'])) {
      const result = await measure(renderers[way], round);
      if (i >= WARMUP) rounds[way].push(result);
    }
    process.stdout.write(`\rrounds: ${i + 1}/${WARMUP + RUNS}${i < WARMUP ? ' (warm-up)' : ''}   `);
  }
  process.stdout.write('\n');

  /** @param {Round[]} list */
  const summarize = (list) => ({
    perSecond: summary(list.map((r) => r.perSecond)),
    ms: summary(list.map((r) => r.ms)),
    perCpuSecond: summary(list.map((r) => r.perCpuSecond)),
    byTag: Object.fromEntries(tags.map((tag) => [tag, summary(list.map((r) => r.byTag[tag]))])),
    bytes: list[0].bytes,
    chars: list[0].chars,
    heapBefore: summary(list.map((r) => r.before.heapUsed)),
    heapHolding: summary(list.map((r) => r.holding.heapUsed)),
    heapAfter: summary(list.map((r) => r.after.heapUsed)),
    heapHeld: summary(list.map((r) => r.holding.heapUsed - r.before.heapUsed)),
    heapKept: summary(list.map((r) => r.after.heapUsed - r.before.heapUsed)),
    rssBefore: summary(list.map((r) => r.before.rss)),
    rssHolding: summary(list.map((r) => r.holding.rss)),
    rssAfter: summary(list.map((r) => r.after.rss)),
    firstHeapBefore: list[0].before.heapUsed,
    lastHeapAfter: list[list.length - 1].after.heapUsed,
  });
  const report = {
    node: process.version,
    elements: ELEMENTS,
    runs: RUNS,
    warmup: WARMUP,
    first: {ms: coldMs, chars: first.length},
    string: summarize(rounds.string),
    stream: summarize(rounds.stream),
  };

  console.log(`\nNode ${report.node}; ${ELEMENTS} elements per round (3 tags × 4 languages × 2 variants, round-robin), one at a time;`);
  console.log(`${RUNS} rounds of each way after ${WARMUP} warm-up rounds, alternated; median (IQR, min–max); memory after a full GC`);
  console.log(`first renderToString (loads renderers, languages, registry): ${f(coldMs)} ms\n`);
  for (const way of /** @type {const} */ (['string', 'stream'])) {
    const s = report[way];
    console.log(way === 'string' ? 'renderToString' : 'renderToStream, read to a string');
    console.log(
      `   ${f(s.perSecond.median, 0)} elements/s (IQR ${f(s.perSecond.q1, 0)}–${f(s.perSecond.q3, 0)}, min–max ${f(s.perSecond.min, 0)}–${f(s.perSecond.max, 0)}); ${f(s.ms.median)} ms per ${ELEMENTS}, ${f((s.ms.median / ELEMENTS) * 1000, 0)} µs per element`,
    );
    console.log(`   per CPU second (user + system, all threads): ${f(s.perCpuSecond.median, 0)} elements (IQR ${f(s.perCpuSecond.q1, 0)}–${f(s.perCpuSecond.q3, 0)})`);
    console.log(`   per element: ${tags.map((tag) => `${tag} ${f(s.byTag[tag].median * 1000, 0)} µs`).join(', ')}`);
    console.log(`   HTML ${s.bytes} bytes UTF-8 (${mib(s.bytes)}; ${s.chars} chars), ${f(s.bytes / ELEMENTS / 1024, 1)} KiB per element`);
    console.log(`   heapUsed before ${fmtMiB(s.heapBefore)}, holding ${fmtMiB(s.heapHolding)}, after ${fmtMiB(s.heapAfter)}`);
    console.log(`   heap held by the ${ELEMENTS} results ${fmtMiB(s.heapHeld)} (${f(s.heapHeld.median / s.chars, 2)} bytes per char); kept after letting go ${fmtMiB(s.heapKept)}`);
    console.log(`   rss before ${fmtMiB(s.rssBefore)}, holding ${fmtMiB(s.rssHolding)}, after ${fmtMiB(s.rssAfter)}`);
    console.log(`   heapUsed before the first counted round ${mib(s.firstHeapBefore)}, after the last ${mib(s.lastHeapAfter)}\n`);
  }
  console.log(
    `ratio stream/string (medians): throughput ${f(report.stream.perSecond.median / report.string.perSecond.median, 2)}×, heap held ${f(report.stream.heapHeld.median / report.string.heapHeld.median, 2)}×`,
  );
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
