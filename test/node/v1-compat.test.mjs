// Version 1 of the format keeps working, and renders the same: each document in
// test/fixtures/v1/ renders, in every element, language and variant, the markup
// test/fixtures/v1/rendered.json holds. That file was written by the version-1
// code (commit "v1 fixtures rendered before version 2") and is never rewritten:
// a difference here is a change readers of a version-1 document would see.
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {test} from 'node:test';
import {renderedMarkup} from './rendered-markup.mjs';

const directory = new URL('../fixtures/v1/', import.meta.url);
/** @type {Record<string, Record<string, string>>} */
const before = JSON.parse(readFileSync(new URL('rendered.json', directory), 'utf8'));
const fixtures = readdirSync(directory).filter((file) => file.endsWith('.json') && file !== 'rendered.json');

test('every version-1 fixture has its markup from before version 2', () => {
  assert.deepEqual(fixtures.sort(), Object.keys(before).sort());
});

/**
 * The one change version 2 makes on purpose (README, "The data format"): a service number that can
 * only be dialled in Finland is linked and shown as it is dialled there, in every language.
 * @param {string} markup
 */
const fixedServiceNumbers = (markup) => markup.replaceAll('tel:+358800123456', 'tel:0800123456').replaceAll('+358 800 123 456', '0800 123 456');

for (const file of fixtures) {
  test(`${file} renders as it did in version 1`, async () => {
    const markup = await renderedMarkup(JSON.parse(readFileSync(new URL(file, directory), 'utf8')));
    for (const [key, expected] of Object.entries(before[file] ?? {})) assert.equal(markup[key], fixedServiceNumbers(expected), `${file}: ${key}`);
  });
}
