// The package as published: what `npm pack` puts in it, publint's and
// arethetypeswrong's verdicts, and the types an app sees. `npm test` builds
// dist/ before these run.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {dirname, join} from 'node:path';
import {promisify} from 'node:util';
import {publint} from 'publint';

const run = promisify(execFile);
/** @param {string} name */
const bin = (name) => `node_modules/.bin/${name}`;

test('npm pack ships the built files, the manifest, the command line and the docs, and nothing else', async () => {
  const {stdout} = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
  const files = /** @type {Array<{files: Array<{path: string}>}>} */ (JSON.parse(stdout))[0].files.map(({path}) => path);
  for (const expected of [
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'SECURITY.md',
    'custom-elements.json',
    'bin/koske-widgets.mjs',
    'cli/snippet.js',
    'cli/ptv/adapter.js',
    'dist/koske-widgets-library.js',
    'dist/koske-widgets.js',
    'dist/koske-widgets.iife.js',
    'dist/koske-org-card.js',
    'dist/koske-municipality-list.js',
    'dist/koske-contact-block.js',
    'dist/koske-widgets.schema.json',
    'dist/integrity.json',
    'dist/types/index.d.ts',
    'dist/types/entries/contact-block.d.ts',
  ]) {
    assert.ok(files.includes(expected), `${expected} is in the package`);
  }
  const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  for (const file of Object.keys(integrity.files)) assert.ok(files.includes(`dist/${file}`), `dist/${file} is in the package`);
  const stray = files.filter((file) => !/^(package\.json|README\.md|CHANGELOG\.md|SECURITY\.md|custom-elements\.json|bin\/|cli\/|dist\/)/.test(file));
  assert.deepEqual(stray, [], 'no sources, tests, demo or benchmarks');
});

test('publint finds nothing to fix', async () => {
  const {messages} = await publint({pkgDir: '.', level: 'suggestion', strict: true, pack: 'npm'});
  assert.deepEqual(
    messages.map(({code, path}) => `${code} at ${path.join('.')}`),
    [],
  );
});

test('arethetypeswrong: every export resolves to its types, for ESM in Node and in bundlers', async () => {
  // ESM only: CommonJS (require) is not supported, as the browser files are modules.
  const result = await run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'json']).catch((failure) => failure);
  /** @type {{analysis?: {problems?: Array<{resolutionKind: string}>}}} */
  const report = JSON.parse(result.stdout);
  const problems = (report.analysis?.problems ?? []).filter((problem) => !['node10', 'node16-cjs'].includes(problem.resolutionKind));
  assert.deepEqual(problems, []);
});

test('an app is typed: querySelector gives the element class, koske-error and koske-load listeners get their events', async () => {
  // tsc on test/types/consumer.ts, which imports the package by its name; its @ts-expect-error lines must stay errors.
  const result = await run(bin('tsc'), ['-p', 'test/types']).catch((failure) => failure);
  assert.equal(`${result.stdout ?? ''}${result.stderr ?? ''}`.trim(), '');
});

test("the types of the package's entries import only the package itself and what it depends on or names as a peer", () => {
  const {dependencies = {}, peerDependencies = {}, exports} = JSON.parse(readFileSync('package.json', 'utf8'));
  const known = new Set(['koske-widgets', ...Object.keys(dependencies), ...Object.keys(peerDependencies)]);
  /** @type {string[]} */
  const unknown = [];
  const seen = new Set();
  /** @param {string} file a .d.ts of dist/types, and every one it imports */
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*['"]([^'"]+)['"]/g)) {
      if (specifier.startsWith('.')) {
        visit(join(dirname(file), specifier.replace(/\.js$/, '.d.ts')));
        continue;
      }
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      if (!known.has(name)) unknown.push(`${file}: ${specifier}`);
    }
  };
  for (const conditions of Object.values(exports)) if (typeof conditions === 'object' && conditions.types) visit(conditions.types.replace(/^\.\//, ''));
  // An app has only these: anything else is \`any\` under skipLibCheck, and an error without it.
  assert.ok(seen.size > 10, `the walk found the entries' types (${seen.size} files)`);
  assert.deepEqual(unknown, []);
});

for (const [framework, what] of Object.entries({
  react: "React 19's plain tags (koske-widgets/react) and the wrapper components",
  preact: "Preact's tags (koske-widgets/preact)",
  solid: "Solid's tags, with prop: and on: (koske-widgets/solid)",
  vue: "Vue's registry of components (koske-widgets/vue)",
})) {
  test(`a ${framework} app is typed: ${what}, attributes, properties and events by their classes`, async () => {
    const result = await run(bin('tsc'), ['-p', `test/types/${framework}`]).catch((failure) => failure);
    assert.equal(`${result.stdout ?? ''}${result.stderr ?? ''}`.trim(), '');
  });
}
