// The data editor speaks Finnish, Swedish and English: each language has every
// text the Finnish one has, none empty, and each message takes the same values.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {strings, uiLanguages} from '../../demo/editor/strings.js';

/**
 * Every leaf of a strings object, by its path: text, or a message's number of values.
 * @param {unknown} value
 * @param {string} path
 * @returns {Array<[string, string | number]>}
 */
const leaves = (value, path = '') =>
  typeof value === 'function'
    ? [[path, value.length]]
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`))
      : [[path, String(value)]];

const finnish = new Map(leaves(strings.fi));

for (const language of uiLanguages) {
  test(`the editor's ${language} texts are complete`, () => {
    const own = new Map(leaves(strings[language]));
    assert.deepEqual([...own.keys()].sort(), [...finnish.keys()].sort());
    for (const [path, value] of own) {
      if (typeof value === 'number') assert.equal(value, finnish.get(path), `${path} takes what the Finnish message takes`);
      else assert.notEqual(value.trim(), '', `${path} is empty`);
    }
  });
}

test('the Swedish and English texts are translations, not Finnish left in', () => {
  for (const language of ['sv', 'en']) {
    const own = new Map(leaves(strings[/** @type {'sv' | 'en'} */ (language)]));
    const same = [...own].filter(([path, value]) => typeof value === 'string' && value.length > 12 && value === finnish.get(path)).map(([path]) => path);
    // The interface's language picker names itself in all three.
    assert.deepEqual(same, ['.uiLanguage'], language);
  }
});
