// The WordPress plugin's PHP schema walker (wordpress/includes/class-schema-validator.php)
// against schemaProblems() (src/data/validate.ts, the schema part of the command line's and the
// configurator's validator): for every document of a corpus (the seed, the test server's
// documents, hand-written documents for each keyword and sentence, and a few hundred random
// mutations of the seed), both must
// give the same problems, with the same paths, keywords and English sentences. PHP runs once, for
// the whole corpus (test/wordpress/validate.php). Run: node --test test/wordpress/schema.test.mjs
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {isDeepStrictEqual} from 'node:util';
import fc from 'fast-check';
import {schemaProblems} from '../../dist/koske-widgets-library.js';
import {fixtures} from '../server/fixtures.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schemaText = readFileSync(join(root, 'src/data/schema.json'), 'utf8');
const schema = JSON.parse(schemaText);
const seedText = readFileSync(join(root, 'demo/documents/yhdessa-ei-olla-yksin.json'), 'utf8');
const seed = JSON.parse(seedText);
const validatorFile = join(root, 'wordpress/includes/class-schema-validator.php');

/**
 * Runs PHP with `args`, feeding it `input`; a missing php says so instead of ENOENT.
 * @param {string[]} args
 * @param {string} [input]
 */
function php(args, input) {
  try {
    return execFileSync('php', args, {cwd: root, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024});
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') throw new Error('php is not on PATH: these tests need the PHP 8.1+ command line (Debian: apt-get install php-cli)');
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The corpus: {source, text}, each document as JSON text (PHP must see `2017.0` as written).

/**
 * The seed with `change` applied to a deep copy of it, as JSON text.
 * @template T the part of the seed the change touches
 * @param {(document: T) => void} change
 */
const seedWith = (change) => {
  const copy = structuredClone(seed);
  change(copy);
  return JSON.stringify(copy);
};

/** The documents the test server answers with (test/server/fixtures.mjs), through its middleware. */
async function serverDocuments() {
  const routes = ['seed.json', 'no-name', 'cookies', 'named/Yhdistys%20ry', 'named/%C3%84%C3%A4ni', 'by-code/x', 'count/none', 'body/null', 'body/string', 'body/number', 'body/empty', 'invalid-json', 'html'];
  /** @type {Array<{source: string, text: string}>} */
  const documents = [];
  for (const [route, cookie] of [...routes.map((route) => [route, '']), ['cookies', 'a=b']]) {
    /** @type {{path: string, query: object, get: () => string, set(): void, status: number, body: unknown}} */
    const ctx = {path: `/fixtures/${route}`, query: {}, get: () => cookie, set() {}, status: 404, body: undefined};
    // A stand-in for Koa's context with the fields these routes use.
    await fixtures(/** @type {import('koa').ParameterizedContext} */ (/** @type {unknown} */ (ctx)), async () => {});
    if (typeof ctx.body !== 'string') continue;
    try {
      JSON.parse(ctx.body);
    } catch {
      continue; // not JSON (broken on purpose, or HTML): no document to check
    }
    documents.push({source: `test/server/fixtures.mjs /fixtures/${route}${cookie && ' (with a cookie)'}`, text: ctx.body});
  }
  // /fixtures/padded/: the seed with an unknown field, as padded() builds it.
  documents.push({source: 'test/server/fixtures.mjs /fixtures/padded/', text: `${JSON.stringify(seed).slice(0, -1)},"padding":"${'x'.repeat(1000)}"}`});
  return documents;
}

/**
 * Data documents under test/node/fixtures (the PTV answers there are another format).
 * @param {string} [dir]
 * @returns {Array<{source: string, text: string}>}
 */
function nodeFixtureDocuments(dir = join(root, 'test/node/fixtures')) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'ptv' ? [] : nodeFixtureDocuments(file);
    return entry.name.endsWith('.json') ? [{source: relative(root, file), text: readFileSync(file, 'utf8')}] : [];
  });
}

/** @param {object} fields */
const named = (fields) => JSON.stringify({name: 'Yhdistys', ...fields});
/** @param {object} fields */
const link = (fields) => named({links: [{type: 'website', url: 'https://koskeverkko.fi', ...fields}]});
/** @param {unknown} address */
const email = (address) => named({contact: {email: address}});
/** @param {unknown} address */
const url = (address) => link({url: address});

/** Hand-written documents, for every keyword and every sentence of schemaProblems(). */
const handWritten = [
  // The document as a whole, and `name`
  '{}', 'null', '42', '"Yhdessä ei olla yksin"', '[]', 'true', '[{"name": "x"}]',
  '{"name": ""}', '{"name": {}}', '{"name": []}', '{"name": 5}', '{"name": null}', '{"name": true}', '{"name": ["fi", "x"]}',
  '{"name": {"fi": 5}}', '{"name": {"fi": "x", "sv": null}}', '{"name": {"fi": {"fi": "x"}}}', '{"name": {"fi": []}}',
  '{"name": {"FI": "x"}}', '{"name": {"fi-": "x"}}', '{"name": {"": "x"}}', '{"name": {"": 5}}', '{"name": {"se-FI": "x", "sma": "y"}}',
  '{"name": {"a/b": 1, "~x": 2, "#h": "3", "ä ö": "x", "0": 1, "10": 2, "01": 3, "4294967295": 4, "4294967294": 5}}',
  '{"name": {"b": 1, "2": 2, "a": 3, "1": 4}}', '{"name": {"__proto__": 5}}', '{"name": {"fi\\n": "x"}}', '{"name": {"fi": "x", "fi": 5}}',
  '{"name": 5, "name": "x"}', '{"name": "x", "name": 5}', '{"Name": "x"}',
  // version, lang, shortName
  named({version: 3}), named({version: 2}), named({version: 1}), '{"name": "x", "version": 1.0}', named({version: '1'}), named({version: null}), named({version: [1]}),
  named({lang: 'FI'}), named({lang: 'fin'}), named({lang: 'se-FI'}), named({lang: 'fi_FI'}), named({lang: 5}), named({lang: ''}), named({lang: 'fi\n'}),
  named({shortName: {}}), named({shortName: {sv: 'x', en: 3}}),
  // administrator, funders (namedBody, webUrl)
  named({administrator: 'KOSKE'}), named({administrator: {}}), named({administrator: {shortName: 'KOSKE'}}), named({administrator: {name: {}}}),
  named({administrator: {name: 'x', url: 'koskeverkko.fi'}}), named({administrator: {name: 'x', url: 'https://kos ke.fi'}}),
  named({administrator: {name: 'x', shortName: {fi: 'x'}}}), named({administrator: {name: 'x', url: 'https://jyväskylä.fi'}}), named({administrator: {name: 'x', url: 5}}),
  named({funders: {}}), named({funders: [{shortName: 'STEA'}]}), named({funders: ['STEA']}), named({funders: [null, {name: 5}]}), named({funders: []}),
  // period, year
  named({period: {end: 2019}}), named({period: {start: 2017.5}}), '{"name": "x", "period": {"start": 2017.0, "end": 2019.00}}', named({period: {start: 999}}),
  named({period: {start: 10000}}), named({period: {start: '2017'}}), named({period: {start: -2017}}), '{"name": "x", "period": {"start": 1e400}}',
  '{"name": "x", "period": {"start": -1E400}}', '{"name": "x", "period": {"start": 2.017e3, "end": 1E3}}', named({period: {start: 1000, end: 9999}}),
  '{"name": "x", "period": {"start": 12345678901234567890}}', '{"name": "x", "period": {"start": -0, "end": 0.0}}', named({period: {start: 999.5}}),
  named({period: {start: 2017, end: null}}), named({period: '2017–2019'}), named({period: []}), named({period: {}}),
  // description, themes, keywords, targetGroups, audience, ageGroup, sector, languages
  named({description: []}), named({themes: 'x'}), named({themes: [{}]}), named({themes: [5, 'ok', {fi: 1}]}), named({keywords: [['a']]}),
  named({targetGroups: {}}), named({audience: 5}), named({ageGroup: {}}), named({sector: null}),
  named({languages: ['fi', 'FI', 'english', 5, 'se-FI', 'fi-']}), named({languages: 'fi'}), named({languages: [null]}),
  // region: a code or an object
  named({region: 13}), named({region: '13'}), named({region: '1'}), named({region: '013'}), named({region: {code: '13'}}), named({region: {code: 13, name: 'x'}}),
  named({region: {name: 'Keski-Suomi'}}), named({region: {}}), named({region: []}), named({region: {code: '13', name: {}}}), named({region: {code: '13', name: {fi: 5}}}),
  named({region: 'K'}), named({region: null}), named({region: {code: '１３', name: 'x'}}), named({region: '13\n'}),
  // municipalities: codes or objects
  named({municipalities: ['179', '91', 179, {code: '179'}, {name: 'Joutsa'}, {code: '179', name: 'x', website: 'www.joutsa.fi'}, {}, null, {code: 'abc', name: 5}]}),
  named({municipalities: '179'}), named({municipalities: {code: '179'}}), named({municipalities: [{code: '179', name: 'x', website: 'https://x.fi/ä'}]}),
  named({municipalities: [{code: '179', name: {}, website: 'http://'}]}), named({municipalities: [[]]}),
  // address
  named({address: {}}), named({address: 'Matarankatu 4'}), named({address: {street: 4}}), named({address: {street: 'x', postalCode: 40100}}),
  named({address: {street: 'x', country: 'fi'}}), named({address: {street: 'x', country: 'FIN'}}), named({address: {street: 'x', country: 'Fi'}}),
  named({address: {street: 'x', country: 'ÄÖ'}}), named({address: {street: 'x', extra: {}}}), named({address: {street: {fi: 'x', sv: 1}}}),
  named({address: {street: 'x', locality: [], country: 5}}), named({address: {street: 'x', postalCode: '401'}}), named({address: {street: 'x', postalCode: '40100 Jyväskylä'}}),
  // contact: e-mail (the WHATWG, RFC 5321 and cfworker readings), phone, homeMunicipality
  named({contact: 'x'}), named({contact: []}), email('info@jyväskylä.fi'), email('a%b@example.com'), email('not an address'), email('a@b'),
  email('a..b@example.com'), email('.a@example.com'), email('a.@example.com'), email('"a b"@example.com'), email('"a\\"b"@example.com'), email('""@example.com'),
  email('a@[127.0.0.1]'), email('a@[127.0.0.01]'), email('a@[IPv6:::1]'), email('a@[ipv6:2001:db8::1]'), email('a@[IPv6:1::2:3:4:5:6:7]'), email('a@[300.1.1.1]'),
  email('a@[IPv6:::ffff:1.2.3.4]'), email('a@[IPv6:fe80::1%eth0]'), email('a@[example.com]'), email('a@[1.2.3]'),
  email('a@-example.com'), email('a@example-.com'), email('a@example..com'), email('a@example.com.'), email('@example.com'), email('a@'), email('a@@example.com'),
  email(`${'a'.repeat(64)}@example.com`), email(`${'a'.repeat(65)}@example.com`), email(`a@${'b'.repeat(63)}.fi`), email(`a@${'b'.repeat(64)}.fi`),
  email(`a@${Array(63).fill('abc').join('.')}`), email(`a@${Array(64).fill('abc').join('.')}`), email('a b@example.com'), email('info@koske.fi\n'),
  email('Info@Koske.FI'), email('a@b_c.fi'), email('a@xn--jyvskyl-7wae.fi'), email('a@1.2.3.4'), email('first.last+tag@sub.example.co.uk'), email(5), email(''),
  email('a@b@example.com'), email('"a@b"@example.com'), email('ä@example.com'), email('a@example.com '), email('<a@example.com>'),
  named({contact: {phone: 358}}), named({contact: {homeMunicipality: '179'}}), named({contact: {homeMunicipality: 179}}), named({contact: {homeMunicipality: '1790'}}),
  named({contact: {homeMunicipality: {code: '179'}}}), named({contact: {homeMunicipality: {code: '179', name: 'Jyväskylä'}}}),
  named({contact: {homeMunicipality: {code: '179', name: 'x', website: 'https://x.fi'}}}), named({contact: {homeMunicipality: {name: {}}}}),
  named({contact: {homeMunicipality: {code: 179, name: {fi: 'x', 'sv-': 'y'}}}}), named({contact: {homeMunicipality: null}}),
  // links: type, url (webUrl: pattern and format), label
  link({type: 'tiktok'}), link({type: 5}), link({type: 'Website'}), named({links: [{type: 'website'}]}), named({links: [{url: 'https://x.fi'}]}),
  named({links: [{}]}), named({links: {}}), named({links: [null, 'https://x.fi']}), link({label: {}}), link({label: 5}), link({label: {fi: 'x', en: ['y']}}),
  url('http://[::1]:8080/a?b#c'), url('https://example.com:8080/path?q=1&r=%20#frag'), url('https://'), url('http://exa mple.com'), url('https://example.com/%zz'),
  url('https://example.com/a|b'), url('HTTPS://EXAMPLE.COM'), url('https://例え.jp'), url('https://user:pw@example.com/'), url('http://1.2.3.4/'), url('http://[v1.fe]/'),
  url('http://[::1'), url('http://[1::2::3]/'), url('http://[fe80::1%25eth0]/'), url('https://example.com/"quoted"'), url('https://example.com/a b'), url('https://example.com\n'),
  url('https://example.com/#a#b'), url('https://example.com/?q=ä'), url('https://example.com/~user/(x)'), url('https://xn--jyvskyl-7wae.fi/'), url('ftp://example.com/'),
  url('//example.com'), url('https:example.com'), url('https://exa_mple.com:/'), url(''), url(5), url('https://example.com/<script>'),
  // version 2: phones, e-mails, addresses, hours and coordinates, right and wrong
  named({contact: {phones: [{number: '0800 123 456', label: 'Neuvonta', kind: 'sms', charge: 'free'}, {number: '014 123 456', charge: 'chargeable', kind: 'pager'}], emails: [{address: 'a@b.fi', label: 'Kirjaamo'}, {}]}}),
  named({addresses: [{kind: 'postal', postOfficeBox: 'PL 35'}, {kind: 'home'}, {street: 'Katu 1', coordinates: {latitude: 6974202.9, longitude: '25'}}]}),
  named({hours: {weekly: {monday: [{opens: '09:00', closes: '15:00'}], funday: [], tuesday: [{opens: '25:00', closes: '9.00'}]}, exceptions: [{from: '2026-12-24', closed: false}, {from: '2026-02-30', closed: true}, {to: '2026-12-31'}]}}),
  // unknown fields, several faults at once
  named({foo: {bar: 1}, padding: 'x'}),
  JSON.stringify({name: {}, version: 2, lang: 'FI', period: {start: 2017.5, end: '2019'}, region: 13, municipalities: ['1', {}], address: {}, contact: {email: 'x'}, links: [{type: 'tiktok'}]}),
  // the seed, changed
  seedWith((/** @type {{name?: unknown}} */ d) => delete d.name),
  seedWith((/** @type {{municipalities: Array<{code: unknown}>}} */ d) => (d.municipalities[3].code = 850)),
  seedWith((/** @type {{contact: {email: unknown}}} */ d) => (d.contact.email = 'sirpa.pekkarinen@koske')),
  seedWith((/** @type {{name: Record<string, unknown>}} */ d) => (d.name.FI = d.name.fi)),
  seedWith((/** @type {{region: unknown}} */ d) => (d.region = 13)),
  seedWith((/** @type {{links: Array<{type: unknown}>}} */ d) => (d.links[0].type = 'tiktok')),
  seedWith((/** @type {{municipalities: Array<{name?: unknown}>}} */ d) => delete d.municipalities[0].name),
  seedWith((/** @type {{period: {start: unknown}}} */ d) => (d.period.start = 2017.5)),
  seedWith((/** @type {{address: {street: unknown}}} */ d) => (d.address.street = {})),
  seedWith((/** @type {{contact: {homeMunicipality: unknown}}} */ d) => (d.contact.homeMunicipality = {code: '179'})),
  seedWith((/** @type {{themes: unknown[]}} */ d) => (d.themes[2] = {fi: 1})),
  // Locations are compared part by part: themes[1]'s fault must not hide behind themes[10]'s.
  named({themes: ['a', 5, 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', {}]}), named({themes: ['a', 5, 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 7]}),
].map((text, index) => ({source: `hand-written #${index}`, text}));

// Random mutations of the seed (and of small documents), made by fast-check with a fixed seed.
const RAW = '\u0001raw:'; // a string that stands for a JSON number written as it is (2017.0, 1e400)
const rawNumber = fc.constantFrom('2017.0', '2017.50', '1E3', '-0', '-0.0', '1e400', '12345678901234567890', '9999.000001', '0.1e4');
const interestingString = fc.constantFrom(
  '', 'fi', 'FI', 'se-FI', 'x-', '13', '013', '179', '1790', 'https://koskeverkko.fi', 'http://', 'koskeverkko.fi', 'https://a b', 'info@koske.fi',
  'info@jyväskylä.fi', 'a%b@example.com', 'website', 'tiktok', 'FIN', 'ÄÖ', '\n', '2017',
);
const key = fc.oneof(fc.constantFrom('fi', 'sv', 'en', 'de', 'se-FI', 'FI', '', '0', '12', 'a/b', '~', 'name', 'code', 'start'), fc.string(), fc.string({unit: 'grapheme', maxLength: 4}));
const localized = fc.dictionary(key, fc.oneof(fc.string(), interestingString, fc.jsonValue({maxDepth: 1})), {maxKeys: 4});
const value = fc.oneof(
  fc.jsonValue({maxDepth: 2}),
  interestingString,
  fc.string({unit: 'grapheme', maxLength: 8}),
  localized,
  rawNumber.map((number) => RAW + number),
  fc.constantFrom({}, [], null, 0, 1, 2, 13, 179, 999, 1000, 2017, 9999, 10000, 2017.5, -1, true, 'x'),
);

/**
 * Every place in `node`, as lists of keys: [], ['name'], ['municipalities', 0, 'code'], …
 * @param {unknown} node
 * @param {Array<string | number>} [at]
 * @returns {Array<Array<string | number>>}
 */
function places(node, at = []) {
  if (node === null || typeof node !== 'object') return [at];
  return [at, ...Object.keys(node).flatMap((k) => places(/** @type {Record<string, unknown>} */ (node)[k], [...at, Array.isArray(node) ? Number(k) : k]))];
}

const fieldNames = Object.keys(schema.properties).concat('code', 'name', 'website', 'street', 'start', 'end', 'email', 'homeMunicipality', 'type', 'url', 'label');
const mutation = fc.oneof(
  fc.record({op: fc.constant('set'), pick: fc.nat(), value}),
  fc.record({op: fc.constant('delete'), pick: fc.nat()}),
  fc.record({op: fc.constant('add'), pick: fc.nat(), key: fc.oneof(fc.constantFrom(...fieldNames), key), value}),
);

/**
 * `base` with the mutations applied, as JSON text (raw numbers written in place).
 * @param {unknown} base
 * @param {Array<{op: string, pick: number, key?: string, value?: unknown}>} mutations `key` for `add`, `value` for `set` and `add`
 */
function mutate(base, mutations) {
  let document = structuredClone(base);
  for (const {op, pick, key: name, value: newValue} of mutations) {
    const all = places(document);
    const where = all[pick % all.length];
    if (where.length === 0) {
      if (op === 'set') document = structuredClone(newValue);
      continue;
    }
    // Every place but the whole is inside an object or a list, at a key or (in a list) an index.
    const parent = /** @type {Record<string | number, unknown>} */ (where.slice(0, -1).reduce((node, k) => /** @type {Record<string | number, unknown>} */ (node)[k], document));
    const last = /** @type {string | number} */ (where.at(-1));
    if (op === 'set') parent[last] = structuredClone(newValue);
    else if (op === 'delete') Array.isArray(parent) ? parent.splice(/** @type {number} */ (last), 1) : delete parent[last];
    else {
      const target = parent[last];
      if (target && typeof target === 'object' && !Array.isArray(target)) /** @type {Record<string, unknown>} */ (target)[/** @type {string} */ (name)] = structuredClone(newValue);
      else if (Array.isArray(target)) target.push(structuredClone(newValue));
    }
  }
  return JSON.stringify(document).replace(/"\\u0001raw:([^"]*)"/g, '$1');
}

const small = {name: 'x', period: {start: 2017}, region: '13', municipalities: ['179', {code: '172', name: 'Joutsa'}], contact: {email: 'a@b.fi', homeMunicipality: '179'}, links: [{type: 'website', url: 'https://x.fi'}]};
const randomDocuments = [
  ...fc.sample(fc.array(mutation, {minLength: 1, maxLength: 3}), {seed: 2017, numRuns: 300}).map((m) => mutate(seed, m)),
  ...fc.sample(fc.array(mutation, {minLength: 1, maxLength: 4}), {seed: 2019, numRuns: 200}).map((m) => mutate(small, m)),
  ...fc.sample(fc.jsonValue({maxDepth: 3}), {seed: 13, numRuns: 50}).map((v) => JSON.stringify(v)),
]
  // PHP cannot make an object property of a key that starts with NUL; such documents are left out.
  .filter((text) => !text.includes('"\\u0000'))
  .map((text, index) => ({source: `random #${index}`, text}));

// ---------------------------------------------------------------------------------------------

describe('the PHP schema walker agrees with schemaProblems()', () => {
  /** @type {Array<{source: string, text: string}>} */
  let corpus;
  /** @type {unknown[]} */
  let fromPhp;
  before(async () => {
    corpus = [{source: 'demo/documents/yhdessa-ei-olla-yksin.json (the seed)', text: seedText}, ...(await serverDocuments()), ...nodeFixtureDocuments(), ...handWritten, ...randomDocuments];
    fromPhp = JSON.parse(php([join(root, 'test/wordpress/validate.php')], JSON.stringify(corpus.map(({text}) => text))));
    assert.equal(fromPhp.length, corpus.length, 'one answer from PHP per document');
  });

  /**
   * Asserts PHP's and schemaProblems()'s problems are equal for every document from `group`.
   * @param {RegExp} group
   */
  function agree(group) {
    const documents = corpus.map((entry, index) => ({...entry, index})).filter(({source}) => group.test(source));
    assert.ok(documents.length > 0, `documents for ${group}`);
    const differ = documents.filter(({text, index}) => !isDeepStrictEqual(fromPhp[index], schemaProblems(JSON.parse(text), schema, 'en')));
    for (const {source, text, index} of differ.slice(0, 1)) {
      assert.deepStrictEqual(
        fromPhp[index],
        schemaProblems(JSON.parse(text), schema, 'en'),
        `${differ.length} of ${documents.length} documents differ; the first, ${source}:\n${text}\nPHP (actual) and schemaProblems() (expected) say:`,
      );
    }
  }

  test('the seed, the test server\'s documents and any data fixtures', () => agree(/^(demo|test)\//));
  test('hand-written documents for each keyword and sentence', () => agree(/^hand-written/));
  test('random mutations of the seed and of small documents (fast-check, fixed seed)', () => agree(/^random/));

  test('the corpus reaches every keyword and sentence of schemaProblems() that this schema can give', () => {
    const said = corpus.flatMap(({text}) => schemaProblems(JSON.parse(text), schema, 'en'));
    const keywords = new Set(said.map((problem) => problem.keyword));
    for (const keyword of ['required', 'type', 'const', 'enum', 'pattern', 'minProperties', 'minimum', 'maximum', 'propertyNames']) {
      assert.ok(keywords.has(keyword), `a problem with ${keyword}`);
    }
    const messages = new Set(said.map((problem) => problem.message));
    for (const message of [
      'the required field name is missing', 'should be text', 'should be an object', 'should be a list', 'should be a whole number',
      'should be text, or text per language code, e.g. {"fi": "…", "sv": "…"}', 'should be one of: 1, 2', 'should be one of: website, facebook, twitter, instagram',
      'should be a language code, such as fi, sv or en', 'should be a web address starting with https:// or http://',
      'should be a two-digit code as text, such as "13"', 'should be a three-digit code as text, such as "020" or "179"', 'should be a postal code, such as "40100"',
      'should be a two-letter country code, such as "FI"', 'is not an e-mail address',
      'is not a phone number: only digits, spaces, hyphens and brackets, such as 040 653 7220 or +358 40 653 7220', 'is empty', 'should be from 1000 to 9999', 'is not valid',
    ]) {
      assert.ok(messages.has(message), `a problem saying "${message}"`);
    }
    assert.ok(corpus.length >= 600, `corpus of ${corpus.length} documents`);
  });
});

/**
 * A schema's subschemas by name, whose keywords a test changes.
 * @typedef {{properties: Record<string, Record<string, unknown>>, $defs: Record<string, Record<string, unknown>>}} SchemaParts
 */

describe('the PHP schema walker refuses what it does not implement', () => {
  /**
   * For each schema text: "accepted", or "refused: " and the DomainException's message.
   * @param {string[]} schemas
   * @returns {string[]}
   */
  const construct = (schemas) =>
    JSON.parse(
      php(
        ['-r', `require ${JSON.stringify(validatorFile)}; echo json_encode(array_map(function ($text) { try { new Koske_Widgets\\Schema_Validator(json_decode($text, false)); return 'accepted'; } catch (DomainException $e) { return 'refused: ' . $e->getMessage(); } }, json_decode(stream_get_contents(STDIN), true)));`],
        JSON.stringify(schemas),
      ),
    );
  /**
   * The shipped schema with `change` applied to a copy, as JSON text.
   * @template T the part of the schema the change touches
   * @param {(schema: T) => void} change
   */
  const changed = (change) => {
    const copy = structuredClone(schema);
    change(copy);
    return JSON.stringify(copy);
  };

  test('accepts the shipped schema', () => {
    assert.deepEqual(construct([schemaText]), ['accepted']);
  });

  test('refuses a schema with a keyword it does not know, naming the keyword', () => {
    const answers = construct([
      changed((/** @type {SchemaParts} */ s) => (s.properties.funders.uniqueItems = true)),
      changed((/** @type {SchemaParts} */ s) => (s.$defs.year.multipleOf = 1)),
      changed((/** @type {{$defs: {localizedText: {oneOf: Array<Record<string, unknown>>}}}} */ s) => (s.$defs.localizedText.oneOf[1].additionalProperties = {type: 'string', maxLength: 200})),
      changed((/** @type {Record<string, unknown>} */ s) => (s.unevaluatedProperties = false)),
    ]);
    ['uniqueItems', 'multipleOf', 'maxLength', 'unevaluatedProperties'].forEach((keyword, index) => {
      assert.match(answers[index], new RegExp(`^refused: .*\\b${keyword}\\b`), keyword);
    });
  });

  test('refuses values of known keywords it does not implement', () => {
    const answers = construct([
      changed((/** @type {{properties: {contact: SchemaParts}}} */ s) => (s.properties.contact.properties.phone.format = 'date')),
      changed((/** @type {SchemaParts} */ s) => (s.properties.name.$ref = 'https://example.com/other.json')),
      changed((/** @type {SchemaParts} */ s) => (s.properties.name.$ref = '#/$defs/nothing')),
      changed((/** @type {SchemaParts} */ s) => (s.properties.address.additionalProperties = false)),
      changed((/** @type {SchemaParts} */ s) => (s.properties.funders.items = [{type: 'object'}])),
      changed((/** @type {SchemaParts} */ s) => (s.$defs.year.type = 'whole')),
      changed((/** @type {SchemaParts} */ s) => (s.$defs.regionCode.pattern = '^[0-9]{2}(')),
    ]);
    for (const answer of answers) assert.match(answer, /^refused: /);
  });
});

describe('the PHP schema walker speaks through WordPress i18n', () => {
  /** @param {string} prelude PHP to run first */
  const sentence = (prelude) =>
    php(['-r', `${prelude} require ${JSON.stringify(validatorFile)}; echo Koske_Widgets\\Schema_Validator::message(['path' => 'address.street', 'keyword' => 'required', 'params' => ['field' => 'street']]);`]);

  test("uses WordPress's __() when it is defined, with the plugin's text domain", () => {
    assert.equal(sentence('function __(string $text, string $domain = "default"): string { return "[$domain] " . strtr($text, ["field" => "kenttä"]); }'), '[koske-widgets] the required kenttä street is missing');
  });

  test('without WordPress, defines no global function and says the English sentence', () => {
    assert.equal(sentence(''), 'the required field street is missing');
    assert.equal(php(['-r', `require ${JSON.stringify(validatorFile)}; echo json_encode([function_exists('__'), function_exists('Koske_Widgets\\__')]);`]), '[false,true]');
  });
});

// The cases a webmaster was told "valid" or "invalid" for against what the widgets then showed
// (issue 13): decided once, in src/data/rules.ts, and WordPress's upload check says the same.
describe('the decided cases: WordPress refuses and accepts what the widgets do', () => {
  const accepted = [email('info@jyväskylä.fi'), named({address: {street: 'x', country: 'se'}}), named({languages: ['FI']}), '{"name": {"SV": "Tillsammans"}}'];
  const refused = [
    [email('a%b@example.com'), 'contact.email', 'is not an e-mail address'],
    [named({contact: {phone: 'call 040 653 7220'}}), 'contact.phone', 'is not a phone number: only digits, spaces, hyphens and brackets, such as 040 653 7220 or +358 40 653 7220'],
  ];
  /** @type {unknown[]} */
  let fromPhp;
  before(() => {
    fromPhp = JSON.parse(php([join(root, 'test/wordpress/validate.php')], JSON.stringify([...accepted, ...refused.map(([text]) => text)])));
  });
  test('internationalised e-mail domains, and codes and language tags in any case, are accepted', () => {
    accepted.forEach((text, index) => {
      assert.deepEqual(schemaProblems(JSON.parse(text), schema, 'en'), [], `schemaProblems() accepts ${text}`);
      assert.deepEqual(fromPhp[index], [], `PHP accepts ${text}`);
    });
  });
  test('an e-mail address with % and a phone number with words are refused, with the same sentence', () => {
    refused.forEach(([text, path, message], index) => {
      const expected = [{path, keyword: 'pattern', message}];
      assert.deepEqual(schemaProblems(JSON.parse(text), schema, 'en'), expected, `schemaProblems() on ${text}`);
      assert.deepEqual(fromPhp[accepted.length + index], expected, `PHP on ${text}`);
    });
  });
});
