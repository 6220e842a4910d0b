// Writes dist/integrity.json: the Subresource Integrity hash (sha384) of
// every file in dist/, for <script integrity="…"> and for checking a copy on
// a CDN. Run by `npm run build`, after rollup; test/node/package.test.mjs
// recomputes every hash.
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';

const dist = 'dist';
const output = 'integrity.json';

/**
 * Every file under `directory`, with its path.
 * @param {string} directory
 * @returns {string[]}
 */
const walk = (directory) =>
  readdirSync(directory, {withFileTypes: true}).flatMap((entry) => (entry.isDirectory() ? walk(join(directory, entry.name)) : [join(directory, entry.name)]));

/** Every file of dist/ but this one's output, relative to dist/ with forward slashes, sorted. */
export const distFiles = () =>
  walk(dist)
    .map((file) => relative(dist, file).split('\\').join('/'))
    .filter((file) => file !== output)
    .sort();

/**
 * @param {string | NodeJS.ArrayBufferView} bytes
 * @returns {string}
 */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
  const hashes = Object.fromEntries(distFiles().map((file) => [file, sri(readFileSync(join(dist, file)))]));
  writeFileSync(join(dist, output), `${JSON.stringify({version, algorithm: 'sha384', files: hashes}, null, 2)}\n`);
  console.log(`${dist}/${output}: ${Object.keys(hashes).length} files`);
}
