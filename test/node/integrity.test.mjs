// dist/integrity.json (written by `npm run build`): a sha384 for every file
// of dist/, each right. `npm test` builds before it runs these.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {distFiles, sri} from '../../scripts/integrity.mjs';

const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));

test('lists every file of dist/ and nothing else', () => {
  assert.deepEqual(Object.keys(integrity.files).sort(), distFiles());
  assert.ok(distFiles().includes('koske-widgets.iife.js'));
});

test('gives each file the sha384 of its bytes, as <script integrity> wants it', () => {
  assert.equal(integrity.algorithm, 'sha384');
  for (const [file, hash] of Object.entries(integrity.files)) {
    assert.match(hash, /^sha384-[A-Za-z0-9+/]{64}$/, file);
    assert.equal(hash, sri(readFileSync(`dist/${file}`)), file);
  }
});

test("names the package's version", () => {
  assert.equal(integrity.version, JSON.parse(readFileSync('package.json', 'utf8')).version);
});
