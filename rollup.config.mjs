// Builds dist/: the ES module with its language chunks, the classic script
// with every language inside, and the JSON Schema of the data format.
import {readFileSync, rmSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {minifyCss, stripTranslatorNotes} from './scripts/rollup-plugins.mjs';

// Start from an empty dist/, so no stale chunk of an earlier build is published.
rmSync('dist', {recursive: true, force: true});

const plugins = () => [
  // Without the `development` condition this resolves Lit's production build.
  nodeResolve({browser: true}),
  minifyCss(),
  esbuild({tsconfig: './tsconfig.json', target: 'es2022'}),
  stripTranslatorNotes(),
  terser({format: {comments: false}, compress: {passes: 2}}),
];

/** Ships the data format's JSON Schema beside the scripts. */
const schema = () => ({
  name: 'koske-schema',
  generateBundle() {
    this.emitFile({type: 'asset', fileName: 'koske-widgets.schema.json', source: readFileSync('src/data/schema.json')});
  },
});

// @lit/localize's index pulls in its whole runtime, whose top-level code
// (a hash table for ids we never generate) would stay for its side effects.
// None of its modules has side effects we need.
const treeshake = {moduleSideEffects: (id) => !id.includes('/node_modules/@lit/localize/')};

const esm = (input) => ({
  input,
  treeshake,
  preserveEntrySignatures: 'allow-extension',
  output: {dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js'},
  plugins: plugins(),
});

export default [
  // All three elements in one file: every shared chunk would be one more
  // request and one more compression window, so it has none but the languages.
  {...esm({'koske-widgets': 'src/index.ts'}), plugins: [...plugins(), schema()]},
  // One file per element: a page with only the contact block loads less.
  // Code they share goes to chunks.
  esm({
    'koske-org-card': 'src/entries/org-card.ts',
    'koske-municipality-list': 'src/entries/municipality-list.ts',
    'koske-contact-block': 'src/entries/contact-block.ts',
  }),
  {
    input: 'src/index.ts',
    treeshake,
    output: {
      file: 'dist/koske-widgets.iife.js',
      format: 'iife',
      name: 'KoskeWidgets',
      // A classic script cannot load chunks: every language is inside.
      inlineDynamicImports: true,
    },
    plugins: plugins(),
  },
];
