// The registry of every Finnish municipality and region (src/generated/registry.ts)
// is generated from open-data/ by scripts/generate-registry.mjs: it must be
// complete and right for the names people will check.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {registrySource} from '../../scripts/generate-registry.mjs';

const generated = registrySource();
/** @param {string} name */
const table = (name) =>
  new Map(
    /** @type {string} */ (JSON.parse(/** @type {RegExpExecArray} */ (new RegExp(`export const ${name} = (".*");`).exec(generated))[1]))
      .split(';')
      .map((entry) => [entry.slice(0, entry.indexOf(' ')), entry.slice(entry.indexOf(' ') + 1).split('|')]),
  );
const municipalities = table('municipalities');
const regions = table('regions');

test('has all 309 municipalities of 2021 and the 19 regions, codes with their leading zeros', () => {
  assert.equal(municipalities.size, 309);
  assert.equal(regions.size, 19);
  assert.ok([...municipalities.keys()].every((code) => /^\d{3}$/.test(code)));
  assert.ok([...regions.keys()].every((code) => /^\d{2}$/.test(code)));
  assert.deepEqual(municipalities.get('005'), ['Alajärvi']);
});

test('names municipalities in Finnish, and in Swedish where that differs', () => {
  assert.deepEqual(municipalities.get('091'), ['Helsinki', 'Helsingfors']);
  assert.deepEqual(municipalities.get('853'), ['Turku', 'Åbo']);
  assert.deepEqual(municipalities.get('478'), ['Maarianhamina', 'Mariehamn']);
  assert.deepEqual(municipalities.get('179'), ['Jyväskylä']);
  assert.deepEqual(municipalities.get('992'), ['Äänekoski']);
});

test('names the regions in Finnish, Swedish, English and German, Åland by its Statistics Finland code 21', () => {
  assert.deepEqual(regions.get('13'), ['Keski-Suomi', 'Mellersta Finland', 'Central Finland', 'Mittelfinnland']);
  assert.deepEqual(regions.get('01'), ['Uusimaa', 'Nyland', 'Uusimaa', 'Uusimaa']);
  assert.deepEqual(regions.get('21'), ['Ahvenanmaa', 'Åland', 'Åland', 'Åland']);
  assert.equal(regions.has('20'), false);
});

test('agrees with the seed: the 14 municipalities of Central Finland in the shared data', () => {
  const seed = JSON.parse(readFileSync('demo/documents/yhdessa-ei-olla-yksin.json', 'utf8'));
  for (const {code, name} of seed.municipalities) {
    assert.equal(municipalities.get(code)?.[0], typeof name === 'string' ? name : name.fi, code);
  }
});

test('lists every municipality with its region for the data editor, the seed’s 14 all in Central Finland', async () => {
  const {registryMunicipalities, registryRegions} = await import('../../dist/koske-widgets-library.js');
  const listed = registryMunicipalities();
  const regionCodes = new Set(registryRegions().map(({code}) => code));
  assert.equal(listed.length, 309);
  assert.equal(regionCodes.size, 19);
  for (const {code, region} of listed) assert.ok(regionCodes.has(region), `${code} is in a region of the registry`);
  const seed = JSON.parse(readFileSync('demo/documents/yhdessa-ei-olla-yksin.json', 'utf8'));
  const regionOf = new Map(listed.map(({code, region}) => [code, region]));
  assert.deepEqual(new Set(seed.municipalities.map((/** @type {{code: string}} */ {code}) => regionOf.get(code))), new Set(['13']));
  assert.equal(regionOf.get('478'), '21', 'Maarianhamina in Åland');
  assert.deepEqual(
    [...(listed.find(({code}) => code === '091')?.name ?? [])],
    [
      ['fi', 'Helsinki'],
      ['sv', 'Helsingfors'],
    ],
  );
});
