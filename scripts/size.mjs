// Bytes a page downloads for each way of embedding: every entry file with
// everything it imports statically (what loads before anything renders),
// each language chunk (loaded when an element needs it), and the classic
// script. Sizes raw, gzip -9 and brotli 11.
import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const dist = 'dist';
const brotli = (bytes) => brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const gzip = (bytes) => gzipSync(bytes, {level: 9}).length;

/** The file and every file it imports statically, each once. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Minified static imports: import{…}from"./x.js" or import"./x.js" (not import("…")).
  for (const [, path] of code.matchAll(/import\s*(?:[\w${},\s*]+from\s*)?["']([^"']+)["']/g)) {
    staticClosure(join(dirname(file), path), seen);
  }
  return seen;
}

function measure(files) {
  const each = files.map((file) => readFileSync(file));
  // Each file travels on its own, so compressed sizes add up per file.
  return {files, raw: each.reduce((sum, bytes) => sum + bytes.length, 0), gzip: each.reduce((sum, bytes) => sum + gzip(bytes), 0), brotli: each.reduce((sum, bytes) => sum + brotli(bytes), 0)};
}

export function sizes() {
  const entries = ['koske-widgets.js', 'koske-org-card.js', 'koske-municipality-list.js', 'koske-contact-block.js'];
  const rows = entries.map((name) => ({name, ...measure([...staticClosure(join(dist, name))])}));
  for (const name of readdirSync(join(dist, 'chunks')).filter((file) => /^(en|sv|de)-/.test(file))) {
    rows.push({name: `chunks/${name}`, ...measure([join(dist, 'chunks', name)])});
  }
  rows.push({name: 'koske-widgets.iife.js', ...measure([join(dist, 'koske-widgets.iife.js')])});
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('file (with its static imports)            files      raw    gzip  brotli');
  for (const row of sizes()) {
    console.log(`${row.name.padEnd(42)} ${String(row.files.length).padStart(5)} ${String(row.raw).padStart(8)} ${String(row.gzip).padStart(7)} ${String(row.brotli).padStart(7)}`);
  }
  console.log(`(files: ${relative('.', dist)}/; compressed sizes are summed per file, as each travels on its own)`);
}
