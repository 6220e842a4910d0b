// Bytes a page downloads for each way of embedding, and the budgets they must
// keep. `node scripts/size.mjs` reports; `--check` also fails when a
// budget is exceeded (part of `npm test`). Brotli at quality 11 is what the
// budgets count; gzip -9 is reported beside it. Each file is compressed on its
// own, as each travels on its own.
import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const dist = 'dist';
const KiB = 1024;
/** @param {import('node:zlib').InputType} bytes */
const brotli = (bytes) => brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
/** @param {import('node:zlib').InputType} bytes */
const gzip = (bytes) => gzipSync(bytes, {level: 9}).length;

/**
 * Relative imports of a minified module: static ones (import … from "x") and dynamic ones (import("x")).
 * @param {string} file
 */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  /** @param {string} path */
  const resolve = (path) => join(dirname(file), path);
  return {
    static: [...code.matchAll(/import\s*(?:[\w${},\s*]+from\s*)?["'](\.[^"']+)["']/g)].map(([, path]) => resolve(path)),
    dynamic: [...code.matchAll(/import\(\s*["'](\.[^"']+)["']\s*\)/g)].map(([, path]) => resolve(path)),
  };
}

/**
 * The file and every file it imports statically, each once: what loads before anything renders.
 * @param {string} file
 * @param {Set<string>} [seen]
 * @returns {Set<string>}
 */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of importsOf(file).static) staticClosure(imported, seen);
  return seen;
}

/**
 * The chunks besides languages that `files` may load later, and those load in
 * turn: the renderers, the registry, the vCard and JSON-LD code.
 * @param {string[]} files
 */
function laterChunks(files) {
  /** @type {Set<string>} */
  const later = new Set();
  /**
   * @param {string} file
   * @returns {void}
   */
  const visit = (file) =>
    importsOf(file)
      .dynamic.filter((chunk) => !/\/(en|sv|de)-[^/]+\.js$/.test(chunk) && !later.has(chunk))
      .forEach((chunk) => (later.add(chunk), visit(chunk)));
  files.forEach(visit);
  return [...later];
}

/**
 * @param {string} name what the row counts
 * @param {string[]} files
 * @param {number} [budget] brotli bytes, if the row has a budget
 */
function measure(name, files, budget) {
  const each = files.map((file) => readFileSync(file));
  /** @param {(bytes: Buffer) => number} size */
  const sum = (size) => each.reduce((total, bytes) => total + size(bytes), 0);
  return {name, files: files.length, raw: sum((bytes) => bytes.length), gzip: sum(gzip), brotli: sum(brotli), budget};
}

function sizes() {
  const rows = [];
  const full = [...staticClosure(join(dist, 'koske-widgets.js'))];
  // 12 KiB, and 128 B for taking over server-rendered content and for telling a framework's
  // misuse ("[object Object]", no data), which every page now carries; and 128 B for what a
  // screen reader says (the shared one-phrase helpers, the contact block's heading-level,
  // hyphenation and the unread separators' CSS).
  rows.push(measure('koske-widgets.js + static imports', full, 12 * KiB + 256));
  const later = laterChunks(full);
  // The map's regions, each its own chunk (chunks/region-13-<hash>.js): counted with the map below.
  const regions = later.filter((chunk) => /\/region-\d+-[\w-]{8}\.js$/.test(chunk));
  for (const chunk of later.filter((file) => !regions.includes(file))) {
    // rollup names every chunk name-hash.js (rollup.config.mjs).
    const [, name, render] = /** @type {RegExpExecArray} */ (/([a-z-]+?)(\.render)?-[\w-]{8}\.js$/.exec(chunk));
    rows.push(measure(`  + ${name}${render ? ' renderer' : ''} (on first use)`, [chunk]));
  }
  // What `map` adds to a list: the map's code and the shapes of the region shown, or of all 19.
  const map = later.filter((chunk) => /\/map\.render-[\w-]{8}\.js$/.test(chunk));
  rows.push(measure('  + map of Keski-Suomi (map and region 13)', [...map, ...regions.filter((chunk) => /\/region-13-/.test(chunk))], 4 * KiB));
  rows.push(measure('  + map of all Finland (map and 19 regions)', [...map, ...regions], 25 * KiB));
  for (const element of ['org-card', 'municipality-list', 'contact-block']) {
    // The renderer and the parser are inside (the entry imports them): later come only a language and, for codes, the registry.
    rows.push(measure(`koske-${element}.js + static imports`, [...staticClosure(join(dist, `koske-${element}.js`))]));
  }
  for (const name of readdirSync(join(dist, 'chunks')).filter((file) => /^(en|sv|de)-/.test(file))) {
    rows.push(measure(`chunks/${name} (language, on first use)`, [join(dist, 'chunks', name)], 1.5 * KiB));
  }
  rows.push(measure('koske-widgets.iife.js (every language inside)', [join(dist, 'koske-widgets.iife.js')], 15 * KiB));
  // Its parts, each checked against the hash inside it: what a page needs only sometimes.
  for (const part of readdirSync(join(dist, 'classic')).filter((file) => !file.startsWith('map-region-'))) {
    rows.push(measure(`  + classic/${part} (on first use)`, [join(dist, 'classic', part)]));
  }
  const classicRegions = readdirSync(join(dist, 'classic')).filter((file) => file.startsWith('map-region-'));
  rows.push(
    measure(
      '  + classic/map-region-*.js (19 regions)',
      classicRegions.map((file) => join(dist, 'classic', file)),
    ),
  );
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = sizes();
  const width = Math.max(...rows.map((row) => row.name.length));
  /**
   * @param {number} value
   * @param {number} size width
   */
  const cell = (value, size) => String(value).padStart(size);
  console.log(`${'bytes'.padEnd(width)} files      raw    gzip  brotli  budget`);
  for (const row of rows) {
    const budget = row.budget ? `${cell(row.budget, 7)} ${row.brotli <= row.budget ? 'ok' : 'OVER'}` : '';
    console.log(`${row.name.padEnd(width)} ${cell(row.files, 5)} ${cell(row.raw, 8)} ${cell(row.gzip, 7)} ${cell(row.brotli, 7)} ${budget}`);
  }
  const over = rows.filter((row) => row.budget && row.brotli > row.budget);
  if (process.argv.includes('--check') && over.length > 0) {
    console.error(`\nOver budget (brotli 11): ${over.map((row) => `${row.name.trim()} ${row.brotli} > ${row.budget}`).join('; ')}`);
    process.exit(1);
  }
}
