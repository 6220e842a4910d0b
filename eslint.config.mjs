// ESLint over every script of the repository: the widgets (src), their tests,
// the command line (bin, cli), the build and test scripts, the demo and the
// benchmark. Type-aware rules for TypeScript; Lit's and custom elements' own
// rules for the elements. Formatting is Prettier's (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
// @ts-expect-error -- TS7016: eslint-plugin-lit-a11y ships no types, and there is no @types package for it.
import litA11y from 'eslint-plugin-lit-a11y';
import {configs as wcConfigs} from 'eslint-plugin-wc';

export default tseslint.config(
  // The framework apps are type-checked by their own toolchains (npm run test:frameworks), with their own dependencies.
  {ignores: ['tmp/', 'dist/', 'src/generated/', 'node_modules/', 'reports/', '.stryker-tmp/', 'custom-elements.json', 'test/visual/', 'test/__snapshots__/', 'test/frameworks/']},
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {globals: {...globals.node}},
  },
  // The browser's JavaScript: the demo, the benchmark's pages, the test pages.
  {
    files: ['demo/**/*.js', 'bench/**/*.js', 'test/pages/**/*.js'],
    languageOptions: {globals: {...globals.browser}},
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname}},
    rules: {
      // Template literals with numbers are how messages are built.
      '@typescript-eslint/restrict-template-expressions': ['error', {allowNumber: true}],
      // `return ignore(path, why)`: a reader says "nothing, and why" in one line; the value is undefined on purpose.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // The global event maps extend the DOM's, adding ours: an interface with one `extends` and no members.
      '@typescript-eslint/no-empty-object-type': ['error', {allowInterfaces: 'with-single-extends'}],
      // A caller's abort reason is passed on as the caller gave it.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', {allowThrowingUnknown: true}],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended'], litA11y.configs.recommended],
    languageOptions: {globals: {...globals.browser}},
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: {globals: {...globals.browser, ...globals.mocha}},
    rules: {
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise (for its DOM
      // snapshots); a plain `expect(x).to.equal(y)` returns nothing to await.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {allowForKnownSafeCalls: [{from: 'file', path: 'node_modules/@open-wc/semantic-dom-diff/chai-dom-diff-plugin.d.ts', name: ['equal', 'Equal']}]},
      ],
      // A test that finds nothing where it expects an element fails at once, which is what it is for.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // find<E>() and get<E>() type what they find as querySelector<E>() does.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      // Chai's assertions are properties: `expect(x).to.be.true` is an expression that asserts.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  // Node's scripts that hand functions to a browser page (page.evaluate), and the WordPress
  // editor's script on WordPress's globals.
  {
    files: ['test/wordpress/browser.mjs', 'test/wordpress/plugin.test.mjs', 'scripts/screenshots*.mjs', 'bench/run.mjs'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    files: ['wordpress/editor/**/*.js'],
    languageOptions: {globals: {...globals.browser, wp: 'readonly'}},
  },
);
