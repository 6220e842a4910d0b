// The data editor's changes to a document (demo/editor/document.js): one
// field changes and nothing else, new keys go where the schema lists them,
// emptied objects and lists go, and texts keep their language.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {append, getIn, languagesOf, move, pathText, removeAt, setIn, textIn, texts, withDocumentLanguage, withText} from '../../demo/editor/document.js';

const schema = JSON.parse(readFileSync(new URL('../../src/data/schema.json', import.meta.url), 'utf8'));
const seed = JSON.parse(readFileSync(new URL('../../demo/documents/yhdessa-ei-olla-yksin.json', import.meta.url), 'utf8'));

test('a path is written as the format’s messages write it', () => {
  assert.equal(pathText(['contact', 'phones', 0, 'number']), 'contact.phones[0].number');
  assert.equal(pathText([]), '(document)');
});

test('setting a field changes that field alone, and the document given stays as it was', () => {
  const before = structuredClone(seed);
  const after = /** @type {any} */ (setIn(schema, seed, ['administrator', 'url'], 'https://www.koske.fi'));
  assert.deepEqual(seed, before);
  assert.equal(after.administrator.url, 'https://www.koske.fi');
  assert.deepEqual({...after, administrator: seed.administrator}, seed);
  assert.deepEqual(Object.keys(after), Object.keys(seed));
});

test('a new key goes where the schema lists it, not at the end', () => {
  const document = /** @type {any} */ (setIn(schema, {version: 2, name: 'X', links: []}, ['shortName'], 'Y'));
  assert.deepEqual(Object.keys(document), ['version', 'name', 'shortName', 'links']);
  const phone = /** @type {any} */ (setIn(schema, {contact: {phones: [{number: '040 1', charge: 'free'}]}}, ['contact', 'phones', 0, 'label'], 'Neuvonta'));
  assert.deepEqual(Object.keys(phone.contact.phones[0]), ['number', 'label', 'charge']);
});

test('emptying the last field of an object removes the object; a list item stays until removed', () => {
  assert.deepEqual(setIn(schema, {name: 'X', administrator: {url: 'https://a.fi'}}, ['administrator', 'url'], undefined), {name: 'X'});
  assert.deepEqual(setIn(schema, {name: 'X', funders: [{url: 'https://a.fi'}]}, ['funders', 0, 'url'], undefined), {name: 'X', funders: [{}]});
  assert.deepEqual(removeAt(schema, {name: 'X', contact: {phones: [{number: '1'}]}}, ['contact', 'phones'], 0), {name: 'X'});
});

test('list items are added at the end and moved without changing anything else', () => {
  const document = append(schema, {name: 'X'}, ['links'], {type: 'website'});
  assert.deepEqual(document, {name: 'X', links: [{type: 'website'}]});
  const three = {name: 'X', links: [1, 2, 3]};
  assert.deepEqual(getIn(move(schema, three, ['links'], 2, 0), ['links']), [3, 1, 2]);
  assert.equal(move(schema, three, ['links'], 0, -1), three, 'no move past the top');
  assert.equal(move(schema, three, ['links'], 2, 3), three, 'no move past the end');
});

test('a text stays plain while only the document’s language is written, and becomes texts by language with a second', () => {
  assert.equal(withText(undefined, 'fi', 'Joutsa', 'fi'), 'Joutsa');
  assert.deepEqual(withText('Joutsa', 'sv', 'Joutsa sv', 'fi'), {fi: 'Joutsa', sv: 'Joutsa sv'});
  assert.deepEqual(withText(undefined, 'sv', 'Hej', 'fi'), {sv: 'Hej'});
  assert.deepEqual(withText('', 'sv', 'Hej', 'fi'), {sv: 'Hej'}, 'an empty new item is no Finnish text');
  assert.deepEqual(withText({fi: 'A', sv: 'B'}, 'sv', '', 'fi'), {fi: 'A'}, 'an object stays an object');
  assert.equal(withText('A', 'fi', '', 'fi'), undefined);
  assert.equal(textIn('A', 'fi', 'fi'), 'A');
  assert.equal(textIn('A', 'sv', 'fi'), '');
  assert.equal(textIn({sv: 'B'}, 'sv', 'fi'), 'B');
});

test('every text of the seed is found by the schema, and no code, URL or number is taken for one', () => {
  const found = texts(schema, seed).map(({path}) => pathText(path));
  for (const path of [
    'name',
    'shortName',
    'administrator.name',
    'funders[0].name',
    'description',
    'themes[0]',
    'targetGroups[0]',
    'region.name',
    'municipalities[0].name',
    'address.extra',
    'address.locality',
    'links[0].label',
  ]) {
    assert.ok(found.includes(path), path);
  }
  // A body's short name (`administrator.shortName`) is one string in every language; the document's own is a text.
  for (const path of found) assert.doesNotMatch(path, /url|code|website|postalCode|period|\.shortName$|languages|country/i);
  assert.deepEqual(languagesOf(schema, seed), ['fi', 'sv', 'en', 'de']);
});

test('changing the document’s language keeps each plain text in the language it was written in', () => {
  const changed = /** @type {any} */ (withDocumentLanguage(schema, {lang: 'fi', name: 'Nimi', links: [{type: 'website', url: 'https://a.fi', label: 'Sivu'}]}, 'sv'));
  assert.deepEqual(changed, {lang: 'sv', name: {fi: 'Nimi'}, links: [{type: 'website', url: 'https://a.fi', label: {fi: 'Sivu'}}]});
});
