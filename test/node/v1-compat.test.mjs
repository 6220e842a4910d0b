// Version 1 of the format keeps working, and reads the same: each document in
// test/fixtures/v1/ renders, in every element, language and variant, what the
// markup in test/fixtures/v1/rendered.json shows. That file was written by the
// version-1 code (commit "v1 fixtures rendered before version 2") and is never
// rewritten: a difference here is a change readers of a version-1 document would
// see. What is compared is what readers get (the text, the links and the
// languages marked, in order), not the markup inside the shadow roots, which is
// no public API and changed on purpose for screen readers (issue 18).
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

/**
 * The other change made on purpose (README, "What a screen reader says"): the contact block has a
 * heading, which a screen reader user moving by headings finds it by.
 * @param {string} markup
 */
const withoutContactHeading = (markup) => markup.replace(/<h2 part="heading" id="heading">[^<]*<\/h2>/, '');

/**
 * What a reader gets of some markup: its text, each link's address and each language marked, in
 * order, whatever elements carry them.
 * @param {string} markup
 */
const readerGets = (markup) => ({
  text: markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim(),
  links: [...markup.matchAll(/href="([^"]*)"/g)].map(([, href]) => href),
  languages: [...markup.matchAll(/<[^>]* lang="([^"]*)"/g)].map(([, lang]) => lang),
});

for (const file of fixtures) {
  test(`${file} renders as it did in version 1`, async () => {
    const markup = await renderedMarkup(JSON.parse(readFileSync(new URL(file, directory), 'utf8')));
    for (const [key, expected] of Object.entries(before[file] ?? {})) {
      const now = key.startsWith('koske-contact-block') ? withoutContactHeading(markup[key] ?? '') : (markup[key] ?? '');
      assert.deepEqual(readerGets(now), readerGets(fixedServiceNumbers(expected)), `${file}: ${key}`);
    }
  });
}
