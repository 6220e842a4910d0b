// Builds dist/: koske-widgets.js with the chunks it loads when needed (a
// language's messages, an element's renderer, rarer needs), one file per
// element (which share one chunk), the classic script with every language
// inside and its parts in dist/classic/, the library for the command line, and the
// JSON Schema of the data format.
import {readFileSync, readdirSync, rmSync} from 'node:fs';
import {resolve} from 'node:path';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {classicParts, minifyTemplates, stripTranslatorNotes} from './scripts/rollup-plugins.mjs';

// Start from an empty dist/, so no stale chunk of an earlier build is published.
rmSync('dist', {recursive: true, force: true});

/**
 * Our plugins, with `onJavaScript` (plugins that read JavaScript, not TypeScript) after esbuild.
 * @param {...import('rollup').Plugin} onJavaScript
 * @returns {import('rollup').Plugin[]}
 */
const plugins = (...onJavaScript) => [
  // Without the `development` condition this resolves Lit's production build.
  nodeResolve({browser: true}),
  minifyTemplates(),
  esbuild({tsconfig: './tsconfig.json', target: 'es2022'}),
  stripTranslatorNotes(),
  ...onJavaScript,
  // pure_getters: no module here, ours or Lit's, reads a property for its side effects.
  // @rollup/plugin-terser's types say `export default` in CommonJS, which NodeNext reads as a
  // `default` property of the module; its ES module's default export is the function itself.
  /** @type {typeof terser.default} */ (/** @type {unknown} */ (terser))({format: {comments: false}, compress: {passes: 2, pure_getters: true}}),
];

/**
 * What a page needs only sometimes, which modules import as chunks. The
 * classic script loads each from a classic script of its own in
 * dist/classic/ (src/classic-parts.ts), checked against its hash.
 */
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const classic = classicParts(
  {
    orgCard: {module: 'src/elements/org-card/org-card.render.ts', file: 'classic/org-card.js'},
    municipalityList: {module: 'src/elements/municipality-list/municipality-list.render.ts', file: 'classic/municipality-list.js'},
    contactBlock: {module: 'src/elements/contact-block/contact-block.render.ts', file: 'classic/contact-block.js'},
    // For every document: the parser, with the format's rules (src/data/read.ts).
    parser: {module: 'src/data/parse.ts', file: 'classic/parser.js'},
    // For documents that name places by code alone.
    registry: {module: 'src/data/registry-lookup.ts', file: 'classic/registry.js'},
    // For documents with opening hours.
    hours: {module: 'src/elements/contact-block/hours.render.ts', file: 'classic/hours.js'},
    // When a reader saves the contact block's vCard.
    vcard: {module: 'src/elements/contact-block/save-vcard.ts', file: 'classic/vcard.js'},
    // For cards with `structured-data`.
    structuredData: {module: 'src/elements/org-card/structured-data.ts', file: 'classic/structured-data.js'},
    // For lists with `map`: the map, and the shapes of each region it shows.
    map: {module: 'src/elements/municipality-list/map.render.ts', file: 'classic/map.js'},
    ...Object.fromEntries(
      readdirSync('src/generated/map')
        .map((file) => /^region-(\d+)\.ts$/.exec(file)?.[1])
        .filter((region) => region !== undefined)
        .map((region) => [`mapRegion${region}`, {module: `src/generated/map/region-${region}.ts`, file: `classic/map-region-${region}.js`, loadedBy: 'map'}]),
    ),
  },
  `KoskeWidgetsParts_${version.replace(/\W/g, '_')}`,
);

/**
 * Ships the data format's JSON Schema beside the scripts.
 * @returns {import('rollup').Plugin}
 */
const schema = () => ({
  name: 'koske-schema',
  generateBundle() {
    this.emitFile({type: 'asset', fileName: 'koske-widgets.schema.json', source: readFileSync('src/data/schema.json')});
  },
});

/**
 * Types for the library beside it, so the command line's JavaScript is type-checked against src/library.ts (tsc writes dist/types/).
 * @returns {import('rollup').Plugin}
 */
const libraryTypes = () => ({
  name: 'koske-library-types',
  generateBundle() {
    this.emitFile({type: 'asset', fileName: 'koske-widgets-library.d.ts', source: "export * from './types/library.js';\n"});
  },
});

// @lit/localize's index pulls in its whole runtime, whose top-level code
// (a hash table for ids we never generate) would stay for its side effects.
// None of its modules has side effects we need.
/** @type {import('rollup').TreeshakingOptions} */
const treeshake = {moduleSideEffects: (id) => !id.includes('/node_modules/@lit/localize/')};

/**
 * Which chunk a module goes to. Languages, each element's renderer and the
 * parts load only when needed (dynamic imports), each as one file: a module
 * that only one of them, or only one entry, needs goes with it; what several
 * need goes into `core`, so a renderer never waits for a helper chunk of its
 * own. A chunk loaded only by chunks that need the module too (the vCard
 * writer, by the contact block's renderer) finds it there. With
 * `entryInCore`, the entry itself is in `core`: one file for the whole page.
 * @param {Record<string, string>} input entry name → its file
 * @param {string} core the name of the shared chunk
 * @param {boolean} entryInCore
 * @returns {import('rollup').GetManualChunk}
 */
const chunkFor = (input, core, entryInCore) => {
  const entryNames = new Map(Object.entries(input).map(([name, file]) => [resolve(file), name]));
  return (id, {getModuleInfo}) => {
    /**
     * The entry or dynamic import whose chunk a module belongs to, or `core`.
     * @param {string} module
     * @param {Set<string>} [asking]
     * @returns {string}
     */
    const owner = (module, asking = new Set()) => {
      /** @type {Set<string>} */
      const needers = new Set();
      /** @type {Set<string>} */
      const seen = new Set();
      /** @param {string} needed */
      const visit = (needed) => {
        if (seen.has(needed)) return;
        seen.add(needed);
        // Every module asked about is in the graph; an entry is one of `input`'s files.
        const info = /** @type {import('rollup').ModuleInfo} */ (getModuleInfo(needed));
        if (info.isEntry) return void needers.add(/** @type {string} */ (entryInCore ? core : entryNames.get(needed)));
        // Only ever imported dynamically: it starts a chunk of its own.
        if (info.importers.length === 0) return void needers.add(needed);
        info.importers.forEach(visit);
      };
      visit(module);
      asking.add(module);
      for (const needer of needers) {
        const loaders = getModuleInfo(needer)?.dynamicImporters ?? [];
        if (loaders.length && !loaders.some((loader) => asking.has(loader)) && loaders.every((loader) => needers.has(owner(loader, asking)))) needers.delete(needer);
      }
      return needers.size > 1 ? core : [...needers][0];
    };
    const chunk = owner(id);
    // Needed by one entry: in its chunk; by one dynamic import: rollup's own chunk for it.
    return chunk === core || [...entryNames.values()].includes(chunk) ? chunk : undefined;
  };
};

/**
 * @param {Record<string, string>} input entry name → its file
 * @param {string} core the name of the shared chunk
 * @param {boolean} entryInCore
 * @returns {import('rollup').RollupOptions}
 */
const esm = (input, core, entryInCore) => ({
  input,
  treeshake,
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // The entry names each chunk it loads: a hash is the least compressible thing in it, and
    // 8 hex digits (32 bits) tell versions apart as well as base64's 48 bits do, in fewer bytes.
    hashCharacters: 'hex',
    manualChunks: chunkFor(input, core, entryInCore),
  },
  plugins: plugins(),
});

export default [
  // All three elements in one file: every shared chunk would be one more
  // request and one more compression window, so the only chunks are what
  // loads later (languages, renderers).
  {...esm({'koske-widgets': 'src/index.ts'}, 'koske-widgets', true), plugins: [...plugins(), schema(), classic.recordCore()]},
  // One file per element, its renderer inside; what they share is one chunk.
  esm(
    {
      'koske-org-card': 'src/entries/org-card.ts',
      'koske-municipality-list': 'src/entries/municipality-list.ts',
      'koske-contact-block': 'src/entries/contact-block.ts',
    },
    'widget-base',
    false,
  ),
  // For the command line, the configurator and the PTV importer: the widgets' reading and
  // checking of a document, and its JSON-LD.
  {...esm({'koske-widgets-library': 'src/library.ts'}, 'koske-widgets-library', true), plugins: [...plugins(), libraryTypes()]},
  // The data editor (demo/editor.html), with Lit inside, so that the repository served as plain
  // files runs it; it reads and checks documents with the library beside it, the same module the
  // PTV importer it runs imports.
  {
    input: {editor: 'demo/editor/main.js'},
    external: [resolve('dist/koske-widgets-library.js')],
    // Beside it in dist/, whatever the folder of the module that imports it.
    makeAbsoluteExternalsRelative: false,
    output: {dir: 'dist', format: 'es', paths: {[resolve('dist/koske-widgets-library.js')]: './koske-widgets-library.js'}},
    plugins: plugins(),
  },
  // For servers (package.json's node, deno and bun conditions): the elements, defined nowhere,
  // and server rendering (src/ssr.ts). Lit stays external, so that @lit-labs/ssr renders these
  // elements with the Lit it imports; the renderers and languages are chunks that ssr.js loads
  // before it renders. Its templates and styles are minified as in the browser's build, so it
  // renders the same markup; the code is not, for readable stack traces.
  {
    input: {'koske-widgets': 'src/widgets.ts', ssr: 'src/ssr.ts'},
    treeshake,
    external: (/** @type {string} */ id) => /^(lit|@lit\/localize|@lit-labs\/ssr)(\/|$)/.test(id),
    output: {dir: 'dist/server', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', hashCharacters: 'hex'},
    plugins: [nodeResolve(), minifyTemplates(), esbuild({tsconfig: './tsconfig.json', target: 'es2022'}), stripTranslatorNotes()],
  },
  // For workers (the worker, workerd and edge-light conditions), which resolve Lit to its
  // browser build, which needs a document: the elements with Lit's server build inside.
  {
    input: {'koske-widgets': 'src/widgets.ts'},
    treeshake,
    output: {dir: 'dist/worker', format: 'es', inlineDynamicImports: true},
    // TypeScript's helpers in Lit's DOM shim test a top-level `this`, which is undefined in a module, as they expect.
    /** @type {import('rollup').WarningHandlerWithDefault} */
    onwarn: (warning, warn) => (warning.code === 'THIS_IS_UNDEFINED' && warning.id?.includes('/@lit-labs/ssr-dom-shim/') ? undefined : warn(warning)),
    plugins: [nodeResolve({exportConditions: ['node']}), minifyTemplates(), esbuild({tsconfig: './tsconfig.json', target: 'es2022'}), stripTranslatorNotes()],
  },
  // The React components (src/react.ts). React and the elements stay outside: the elements come
  // from this package by its name, as the app resolves it (the browser's files in the browser,
  // the server's on a server). @lit/react is inside: its browser build here, its server build,
  // which leaves out what React must not run there, in dist/server/.
  {input: {react: 'src/react.ts'}, external: ['react', 'koske-widgets'], output: {dir: 'dist', format: 'es'}, plugins: plugins()},
  {
    input: {react: 'src/react.ts'},
    external: ['react', 'koske-widgets'],
    output: {dir: 'dist/server', format: 'es'},
    plugins: [nodeResolve({exportConditions: ['node']}), esbuild({tsconfig: './tsconfig.json', target: 'es2022'})],
  },
  // The classic script's parts, before it: it is built with their hashes.
  // A part loaded by another part is built first: the other carries its hash.
  ...Object.entries(classic.parts)
    .sort(([, a], [, b]) => Number(!a.loadedBy) - Number(!b.loadedBy))
    .map(([name, {module, file}]) => ({
      input: module,
      treeshake,
      external: classic.forParts.external,
      makeAbsoluteExternalsRelative: classic.forParts.makeAbsoluteExternalsRelative,
      output: {file: `dist/${file}`, format: 'iife', name: `${classic.namespace}.${name}`, globals: classic.forParts.globals},
      plugins: plugins(classic.forParts.plugin),
    })),
  {
    input: 'src/index.ts',
    treeshake,
    output: {
      file: 'dist/koske-widgets.iife.js',
      format: 'iife',
      name: 'KoskeWidgets',
      // A classic script cannot load chunks: every language is inside, the parts beside.
      inlineDynamicImports: true,
    },
    plugins: plugins(classic.forScript),
  },
];
