// bin/koske-widgets.mjs end to end: each test runs the real command in a
// child process and checks its exit status, stdout and stderr. `npm test`
// builds dist/ before it runs these.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin/koske-widgets.mjs');
const seed = join(root, 'demo/documents/yhdessa-ei-olla-yksin.json');
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const integrity = () => JSON.parse(readFileSync(join(root, 'dist/integrity.json'), 'utf8')).files['koske-widgets.iife.js'];
const cdnScript = () =>
  `<script src="https://cdn.jsdelivr.net/npm/koske-widgets@${version}/dist/koske-widgets.iife.js" integrity="${integrity()}" crossorigin="anonymous"></script>`;

/**
 * Runs the command with `args` (from `cwd`, feeding `input` to its stdin).
 * @param {string[]} args
 * @param {{cwd?: string, input?: string, script?: string}} [options]
 * @returns {Promise<{code: number, stdout: string, stderr: string}>}
 */
function run(args, {cwd = root, input, script = cli} = {}) {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [script, ...args], {cwd, encoding: 'utf8'}, (error, stdout, stderr) => {
      // A command that ran and failed: its exit status.
      resolve({code: error ? /** @type {number} */ (error.code) : 0, stdout, stderr});
    });
    /** @type {import('node:stream').Writable} */ (child.stdin).end(input ?? '');
  });
}

/** @param {string} text */
const lines = (text) => text.split('\n').filter(Boolean);

/** @type {string} */
let dir;
/**
 * @param {string} name
 * @param {string} text
 */
const fixture = (name, text) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

// One of each kind of mistake a webmaster makes by hand.
const faulty = {
  version: 3,
  lang: 'finnish',
  period: {start: 17},
  region: {code: '13', name: {}},
  municipalities: [{code: '179', name: 'Jyväskylä'}, {code: '20', name: 'Akaa', website: 'www.akaa.fi'}, {name: {fi: 'Joutsa', sv: 5}}],
  address: {street: 'Matarankatu 4', postalCode: 40100, country: 'FIN'},
  contact: {email: 'info(at)koske.fi'},
  links: [{type: 'myspace', url: 'https://example.org'}],
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'koske-cli-'));
});

after(() => {
  rmSync(dir, {recursive: true, force: true});
});

describe('koske-widgets validate', () => {
  test('the seed document is valid: exit 0, one line', async () => {
    const {code, stdout, stderr} = await run(['validate', 'demo/documents/yhdessa-ei-olla-yksin.json']);
    assert.equal(code, 0);
    assert.equal(stdout, 'demo/documents/yhdessa-ei-olla-yksin.json: valid\n');
    assert.equal(stderr, '');
  });

  test('finds the package files beside the script, whatever the working directory', async () => {
    const {code, stdout} = await run(['validate', seed], {cwd: dir});
    assert.equal(code, 0);
    assert.equal(stdout, `${seed}: valid\n`);
  });

  test('prints each problem with its path and exits 1', async () => {
    const file = fixture('faulty.json', JSON.stringify(faulty, null, 2));
    const {code, stdout, stderr} = await run(['validate', file]);
    assert.equal(code, 1);
    assert.equal(stderr, '');
    assert.deepEqual(lines(stdout), [
      `${file}: name: the required field name is missing`,
      `${file}: version: should be one of: 1, 2`,
      `${file}: lang: should be a language code, such as fi, sv or en`,
      `${file}: period.start: should be from 1000 to 9999`,
      `${file}: region.name: is empty`,
      `${file}: municipalities[1].code: should be a three-digit code as text, such as "020" or "179"`,
      `${file}: municipalities[1].website: should be a web address starting with https:// or http://`,
      `${file}: municipalities[2].code: the required field code is missing`,
      `${file}: municipalities[2].name.sv: should be text`,
      `${file}: address.postalCode: should be text`,
      `${file}: address.country: should be a two-letter country code, such as "FI"`,
      `${file}: contact.email: is not an e-mail address`,
      `${file}: links[0].type: should be one of: website, facebook, twitter, instagram`,
    ]);
  });

  test('--lang fi and --lang sv give the messages in Finnish and Swedish', async () => {
    const file = fixture('two.json', JSON.stringify({municipalities: [{code: '20', name: 'Akaa'}]}));
    const fi = await run(['validate', '--lang', 'fi', file]);
    assert.equal(fi.code, 1);
    assert.deepEqual(lines(fi.stdout), [
      `${file}: name: puuttuu pakollinen kenttä name`,
      `${file}: municipalities[0].code: pitää olla kolminumeroinen koodi tekstinä, esim. "020" tai "179"`,
    ]);
    const sv = await run(['validate', file, '--lang=sv']);
    assert.equal(sv.code, 1);
    assert.deepEqual(lines(sv.stdout), [
      `${file}: name: det obligatoriska fältet name saknas`,
      `${file}: municipalities[0].code: ska vara en tresiffrig kod som text, t.ex. "020" eller "179"`,
    ]);
  });

  test('a file that is not JSON: exit 1 and where the mistake is', async () => {
    const file = fixture('broken.json', '{\n  "name": "KOSKE",\n  "lang": "fi",\n}\n');
    const {code, stdout} = await run(['validate', file]);
    assert.equal(code, 1);
    assert.equal(stdout, `${file}: not valid JSON: Expected double-quoted property name at line 4, column 1\n`);
  });

  test('an empty file and a missing file are each said plainly', async () => {
    const empty = fixture('empty.json', '');
    const missing = join(dir, 'missing.json');
    const {code, stdout, stderr} = await run(['validate', empty, missing]);
    assert.equal(code, 1);
    assert.deepEqual(lines(stdout), [`${empty}: not valid JSON: the file is empty`, `${missing}: cannot read: no such file`]);
    assert.equal(stderr, '');
  });

  test('several files: one verdict each, exit 1 when any fails', async () => {
    const good = fixture('good.json', '\ufeff{"name": {"fi": "Koske", "sv": "Koske"}}');
    const bad = fixture('no-name.json', '{"version": 1}');
    const {code, stdout} = await run(['validate', good, bad, good]);
    assert.equal(code, 1);
    assert.deepEqual(lines(stdout), [`${good}: valid`, `${bad}: name: the required field name is missing`, `${good}: valid`]);
  });

  test('- reads the document from standard input', async () => {
    const valid = await run(['validate', '-'], {input: readFileSync(seed, 'utf8')});
    assert.equal(valid.code, 0);
    assert.equal(valid.stdout, '(stdin): valid\n');
    const invalid = await run(['validate', '--lang', 'fi', '-'], {input: '{"contact": {"email": "koske"}}'});
    assert.equal(invalid.code, 1);
    assert.deepEqual(lines(invalid.stdout), ['(stdin): name: puuttuu pakollinen kenttä name', '(stdin): contact.email: ei ole sähköpostiosoite']);
  });

  test('wrong usage exits 2 with the reason and the usage on stderr', async () => {
    for (const [args, reason] of /** @type {Array<[string[], string]>} */ ([
      [['validate'], 'koske-widgets: validate needs at least one file (- reads standard input)'],
      [['validate', '--lang', 'de', seed], 'koske-widgets: --lang must be fi, sv or en, not "de"'],
      [['validate', '--strict', seed], 'koske-widgets: unknown option --strict'],
    ])) {
      const {code, stdout, stderr} = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.equal(lines(stderr)[0], reason);
      assert.match(stderr, /^ {2}koske-widgets validate \[--lang fi\|sv\|en\] <file\.json>\.\.\.$/m);
      assert.doesNotMatch(stderr, /\n {4}at /, 'no stack trace');
    }
  });
});

describe('koske-widgets snippet', () => {
  test('--src with every option: the exact snippet, pinned to the version, with the integrity hash', async () => {
    const {code, stdout, stderr} = await run([
      'snippet',
      '--src',
      'https://example.org/data/koske.json',
      '--lang',
      'sv',
      '--element',
      'koske-contact-block',
      '--element',
      'koske-org-card',
      '--element',
      'koske-municipality-list',
      '--heading-level',
      '3',
      '--variant',
      'compact',
      '--structured-data',
      '--map',
      '--open-now',
    ]);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.deepEqual(stdout.split('\n'), [
      cdnScript(),
      '<koske-org-card src="https://example.org/data/koske.json" lang="sv" heading-level="3" variant="compact" structured-data></koske-org-card>',
      '<koske-municipality-list src="https://example.org/data/koske.json" lang="sv" heading-level="3" variant="compact" map></koske-municipality-list>',
      '<koske-contact-block src="https://example.org/data/koske.json" lang="sv" heading-level="3" variant="compact" open-now></koske-contact-block>',
      '',
    ]);
  });

  test('the script line is the package version on jsDelivr with the hash of dist/integrity.json', async () => {
    const {stdout} = await run(['snippet', '--src', '/data/org.json']);
    const [script] = lines(stdout);
    assert.equal(
      script,
      `<script src="https://cdn.jsdelivr.net/npm/koske-widgets@${version}/dist/koske-widgets.iife.js" integrity="${integrity()}" crossorigin="anonymous"></script>`,
    );
    assert.match(integrity(), /^sha384-[A-Za-z0-9+/]{64}$/);
  });

  test('without options: all three elements, in page order, and no default attributes', async () => {
    const {code, stdout} = await run(['snippet', '--src', '/data/org.json', '--variant', 'full', '--heading-level', '2'], {cwd: dir});
    assert.equal(code, 0);
    assert.deepEqual(lines(stdout), [
      cdnScript(),
      '<koske-org-card src="/data/org.json"></koske-org-card>',
      '<koske-municipality-list src="/data/org.json"></koske-municipality-list>',
      '<koske-contact-block src="/data/org.json"></koske-contact-block>',
    ]);
  });

  test('--base points the script at a self-hosted dist/, with or without the final slash', async () => {
    for (const base of ['https://static.example.fi/koske-widgets/0.1/', 'https://static.example.fi/koske-widgets/0.1']) {
      const {code, stdout} = await run(['snippet', '--src', '/org.json', '--element', 'koske-municipality-list', '--base', base]);
      assert.equal(code, 0);
      assert.deepEqual(lines(stdout), [
        `<script src="https://static.example.fi/koske-widgets/0.1/koske-widgets.iife.js" integrity="${integrity()}" crossorigin="anonymous"></script>`,
        '<koske-municipality-list src="/org.json"></koske-municipality-list>',
      ]);
    }
  });

  test('the colour options become --koske-* properties on each element', async () => {
    const {code, stdout} = await run([
      'snippet',
      '--src',
      '/org.json',
      '--element',
      'koske-org-card',
      '--accent',
      '#c00',
      '--text',
      'currentColor',
      '--background',
      'transparent',
      '--border',
      '#ccc',
    ]);
    assert.equal(code, 0);
    assert.equal(
      lines(stdout)[1],
      '<koske-org-card src="/org.json" style="--koske-accent: #c00; --koske-text: currentColor; --koske-background: transparent; --koske-border: #ccc"></koske-org-card>',
    );
  });

  test('--src is written as an attribute, escaped', async () => {
    const {stdout} = await run(['snippet', '--src', '/org.json?a=1&b="2"', '--element', 'koske-contact-block']);
    assert.equal(lines(stdout)[1], '<koske-contact-block src="/org.json?a=1&amp;b=&quot;2&quot;"></koske-contact-block>');
  });

  test('--data writes the validated document into the element', async () => {
    const document = {name: {fi: 'Koske </script><script>alert(1)</script>'}, contact: {phone: '040 653 7220'}};
    const file = fixture('inline.json', JSON.stringify(document));
    const {code, stdout, stderr} = await run(['snippet', '--data', file, '--element', 'koske-contact-block', '--lang', 'en']);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.deepEqual(stdout.split('\n'), [
      cdnScript(),
      '<koske-contact-block lang="en">',
      '  <script type="application/json">',
      '    {',
      '      "name": {',
      '        "fi": "Koske \\u003c/script>\\u003cscript>alert(1)\\u003c/script>"',
      '      },',
      '      "contact": {',
      '        "phone": "040 653 7220"',
      '      }',
      '    }',
      '  </script>',
      '</koske-contact-block>',
      '',
    ]);
  });

  test('--data - reads the document from standard input', async () => {
    const {code, stdout} = await run(['snippet', '--data', '-', '--element', 'koske-org-card'], {input: '{"name": "KOSKE"}'});
    assert.equal(code, 0);
    assert.deepEqual(lines(stdout).slice(1), [
      '<koske-org-card>',
      '  <script type="application/json">',
      '    {',
      '      "name": "KOSKE"',
      '    }',
      '  </script>',
      '</koske-org-card>',
    ]);
  });

  test('--data refuses an invalid document: its problems on stderr, nothing on stdout, exit 1', async () => {
    const file = fixture('invalid-inline.json', JSON.stringify({municipalities: [{code: '179', name: 'Jyväskylä', website: 'jyvaskyla.fi'}]}));
    const {code, stdout, stderr} = await run(['snippet', '--data', file]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.deepEqual(lines(stderr), [
      `${file}: name: the required field name is missing`,
      `${file}: municipalities[0].website: should be a web address starting with https:// or http://`,
      `${file}: no snippet written; correct the data first`,
    ]);
  });

  test('--data refuses a file that is not JSON', async () => {
    const file = fixture('not-json.json', 'name: KOSKE\n');
    const {code, stdout, stderr} = await run(['snippet', '--data', file]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.deepEqual(lines(stderr), [`${file}: not valid JSON: Unexpected token 'a' at line 1, column 2`, `${file}: no snippet written; correct the data first`]);
  });

  test('wrong usage exits 2 with the reason and the usage on stderr, and prints no snippet', async () => {
    for (const [args, reason] of /** @type {Array<[string[], string]>} */ ([
      [[], 'koske-widgets: snippet needs --src URL (or --data file.json)'],
      [['--src'], 'koske-widgets: option --src needs a value'],
      [['--src', '/o.json', '--data', seed], 'koske-widgets: give --src or --data, not both'],
      [['--src', '/o.json', '--lang', 'se'], 'koske-widgets: --lang must be fi, sv, en or de, not "se" (leave it out to follow the page\'s language)'],
      [
        ['--src', '/o.json', '--element', 'koske-card'],
        'koske-widgets: unknown element "koske-card": --element must be koske-org-card, koske-municipality-list or koske-contact-block',
      ],
      [['--src', '/o.json', '--heading-level', '7'], 'koske-widgets: --heading-level must be a number from 1 to 6, not "7"'],
      [['--src', '/o.json', '--variant', 'tiny'], 'koske-widgets: --variant must be full or compact, not "tiny"'],
      [['--src', '/o.json', '--accent', 'red; display: none'], 'koske-widgets: --accent must be one CSS colour, such as #00589c, not "red; display: none"'],
      [['--src', '/o.json', '--integrity', 'sha384-x'], 'koske-widgets: unknown option --integrity'],
      [['--src', '/o.json', 'extra'], 'koske-widgets: unexpected argument extra'],
    ])) {
      const {code, stdout, stderr} = await run(['snippet', ...args]);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.equal(lines(stderr)[0], reason);
      assert.match(stderr, /^Run koske-widgets --help for the options\.$/m);
    }
  });
});

describe('koske-widgets', () => {
  test('--help prints the usage of both commands on stdout and exits 0', async () => {
    for (const args of [['--help'], ['-h'], ['snippet', '--help'], ['validate', '--help']]) {
      const {code, stdout, stderr} = await run(args);
      assert.equal(code, 0, args.join(' '));
      assert.equal(stderr, '');
      assert.match(
        stdout,
        /^Usage:\n {2}koske-widgets validate \[--lang fi\|sv\|en\] <file\.json>\.\.\.\n {2}koske-widgets snippet \(--src URL \| --data file\.json\) \[options\]\n/,
      );
      assert.match(stdout, /^ {2}--heading-level 1-6 /m);
    }
  });

  test('without a command: the usage on stdout, exit 2', async () => {
    const {code, stdout} = await run([]);
    assert.equal(code, 2);
    assert.match(stdout, /^Usage:\n/);
  });

  test('--version prints the package version', async () => {
    const {code, stdout} = await run(['--version']);
    assert.equal(code, 0);
    assert.equal(stdout, `${version}\n`);
  });

  test('an unknown command exits 2', async () => {
    const {code, stderr} = await run(['check', seed]);
    assert.equal(code, 2);
    assert.equal(lines(stderr)[0], 'koske-widgets: unknown command "check": use validate, snippet, from-ptv, jsonld or render');
  });

  test('runs as an executable of its own (shebang and executable bit), as npx runs it', async () => {
    assert.match(readFileSync(cli, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    assert.equal(statSync(cli).mode & 0o111, 0o111);
    const {stdout, code} = await new Promise((resolve) => {
      execFile(cli, ['validate', seed], {cwd: dir, encoding: 'utf8'}, (error, out) => resolve({code: error ? error.code : 0, stdout: out}));
    });
    assert.equal(code, 0);
    assert.equal(stdout, `${seed}: valid\n`);
  });

  describe('in a copy of the package', () => {
    /** @type {string} */
    let copy;
    before(() => {
      copy = join(dir, 'package');
      mkdirSync(copy);
      for (const path of ['bin', 'cli', 'package.json']) cpSync(join(root, path), join(copy, path), {recursive: true});
      symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    });

    test('without dist/ says to build it, exit 1', async () => {
      const validate = await run(['validate', seed], {script: join(copy, 'bin/koske-widgets.mjs'), cwd: dir});
      assert.equal(validate.code, 1);
      assert.equal(validate.stdout, '');
      assert.equal(
        validate.stderr,
        `koske-widgets: ${join(copy, 'dist/koske-widgets.schema.json')} is missing: the JSON Schema of the data format. In a copy of the repository, run \`npm run build\` first.\n`,
      );
      const snippet = await run(['snippet', '--src', '/o.json'], {script: join(copy, 'bin/koske-widgets.mjs'), cwd: dir});
      assert.equal(snippet.code, 1);
      assert.equal(
        snippet.stderr,
        `koske-widgets: ${join(copy, 'dist/integrity.json')} is missing: the integrity hashes of the built files. In a copy of the repository, run \`npm run build\` first.\n`,
      );
    });

    test('refuses a hash that does not match the built script', async () => {
      mkdirSync(join(copy, 'dist'), {recursive: true});
      cpSync(join(root, 'dist/integrity.json'), join(copy, 'dist/integrity.json'));
      writeFileSync(join(copy, 'dist/koske-widgets.iife.js'), '/* built again */\n');
      const {code, stdout, stderr} = await run(['snippet', '--src', '/o.json'], {script: join(copy, 'bin/koske-widgets.mjs'), cwd: dir});
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.equal(
        stderr,
        'koske-widgets: dist/integrity.json does not match dist/koske-widgets.iife.js (it was built again after the hashes were written); run `npm run build`.\n',
      );
    });
  });
});

describe('koske-widgets jsonld', () => {
  test('prints the JSON-LD the card adds to a page, in the language asked for', async () => {
    const {code, stdout, stderr} = await run(['jsonld', '--lang', 'sv', seed]);
    assert.equal(code, 0, stderr);
    const data = JSON.parse(stdout);
    assert.equal(data['@type'], 'Project');
    assert.equal(data.parentOrganization.name, 'Kompetenscentret inom det sociala området i Mellersta Finland');
    assert.deepEqual([data.foundingDate, data.dissolutionDate], ['2017', '2019']);
    assert.deepEqual(data.areaServed[0], {'@type': 'AdministrativeArea', name: 'Mellersta Finland', identifier: '13'});
    assert.equal(data.contactPoint.telephone, '+358406537220');
  });

  test('takes names given by code alone from the registry, reading standard input', async () => {
    const {code, stdout} = await run(['jsonld', '-'], {input: JSON.stringify({name: 'Koodeilla', region: '13', municipalities: ['091']})});
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), {
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Koodeilla',
      areaServed: [
        {'@type': 'AdministrativeArea', name: 'Keski-Suomi', identifier: '13'},
        {'@type': 'AdministrativeArea', name: 'Helsinki', identifier: '091'},
      ],
    });
  });

  test('refuses a document without a name (exit 1) and wrong usage (exit 2)', async () => {
    const nameless = await run(['jsonld', '-'], {input: '{"region": "13"}'});
    assert.equal(nameless.code, 1);
    assert.match(nameless.stderr, /the document has no usable name/);
    assert.equal((await run(['jsonld'])).code, 2);
    assert.equal((await run(['jsonld', '--lang', 'ru', seed])).code, 2);
  });
});
