// Builds dist/: koske-widgets.js with the chunks it loads when needed (a
// language's messages, an element's renderer), one file per element (which
// share one chunk), the classic script with everything inside, and the JSON
// Schema of the data format.
import {readFileSync, rmSync} from 'node:fs';
import {resolve} from 'node:path';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {minifyCss, registryBesideTheScript, stripTranslatorNotes} from './scripts/rollup-plugins.mjs';

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

/**
 * Which chunk a module goes to. Languages and each element's renderer load
 * only when needed (dynamic imports), each as one file: a module that only
 * one of them, or only one entry, needs goes with it; what several need goes
 * into `core`, so a renderer never waits for a helper chunk of its own. With
 * `entryInCore`, the entry itself is in `core`: one file for the whole page.
 */
const chunkFor = (input, core, entryInCore) => {
  const entryNames = new Map(Object.entries(input).map(([name, file]) => [resolve(file), name]));
  return (id, {getModuleInfo}) => {
    const needers = new Set();
    const seen = new Set();
    const visit = (module) => {
      if (seen.has(module)) return;
      seen.add(module);
      const info = getModuleInfo(module);
      if (info.isEntry) return void needers.add(entryInCore ? core : entryNames.get(module));
      // Only ever imported dynamically: it starts a chunk of its own.
      if (info.importers.length === 0) return void needers.add(module);
      info.importers.forEach(visit);
    };
    visit(id);
    if (needers.size > 1) return core;
    // Needed by one entry: in its chunk; by one dynamic import: rollup's own chunk for it.
    const [needer] = needers;
    return needer === core || [...entryNames.values()].includes(needer) ? needer : undefined;
  };
};

const esm = (input, core, entryInCore) => ({
  input,
  treeshake,
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: chunkFor(input, core, entryInCore),
  },
  plugins: plugins(),
});

export default [
  // All three elements in one file: every shared chunk would be one more
  // request and one more compression window, so the only chunks are what
  // loads later (languages, renderers).
  {...esm({'koske-widgets': 'src/index.ts'}, 'koske-widgets', true), plugins: [...plugins(), schema()]},
  // One file per element, its renderer inside; what they share is one chunk.
  esm({
    'koske-org-card': 'src/entries/org-card.ts',
    'koske-municipality-list': 'src/entries/municipality-list.ts',
    'koske-contact-block': 'src/entries/contact-block.ts',
  }, 'widget-base', false),
  // For the command line: the widgets' reading of a document and its JSON-LD.
  esm({'koske-widgets-tools': 'src/tools.ts'}, 'koske-widgets-tools', true),
  // The registry as a file of its own, for the classic script (which imports it from beside itself).
  esm({'koske-widgets-registry': 'src/data/registry-lookup.ts'}, 'koske-widgets-registry', true),
  {
    input: 'src/index.ts',
    treeshake,
    output: {
      file: 'dist/koske-widgets.iife.js',
      format: 'iife',
      name: 'KoskeWidgets',
      // A classic script cannot load chunks: every language and renderer is inside.
      inlineDynamicImports: true,
    },
    plugins: [registryBesideTheScript(), ...plugins()],
  },
];
