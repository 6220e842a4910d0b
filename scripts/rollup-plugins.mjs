// Build steps of our own for rollup.config.mjs: what terser cannot do
// because it never looks inside strings.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {minifyHTMLLiterals} from 'minify-literals';

/** @typedef {import('rollup').Plugin} Plugin */
/**
 * A node of the AST rollup parses: ESTree's, with its offsets in the code.
 * @typedef {import('estree').Node & Positioned} Node
 */
/** @typedef {{start: number, end: number}} Positioned */
/** @typedef {Array<[start: number, end: number, text: string]>} Edits */

/**
 * Minifies the CSS inside our css`` templates and the markup inside html``
 * ones, which terser leaves as written. Whitespace between elements is
 * collapsed to one space, never removed, so text keeps its spaces. Not svg``
 * templates: an HTML minifier turns their self-closing tags into nesting ones.
 * @returns {Plugin}
 */
export const minifyTemplates = () => ({
  name: 'koske-minify-templates',
  transform(code, id) {
    if (!id.includes('/src/')) return null;
    const html = {caseSensitive: true, collapseWhitespace: true, conservativeCollapse: true, removeComments: true, removeAttributeQuotes: false};
    return minifyHTMLLiterals(code, {fileName: id, html, htmlTags: ['html'], sourceMap: false});
  },
});

/**
 * Drops `desc` from every `msg(…, {id, desc})`: a note for translators that
 * lit-localize copies into the XLIFF, and that the browser never reads.
 * Runs on JavaScript (after esbuild), on the AST rollup parses.
 * @returns {Plugin}
 */
export const stripTranslatorNotes = () => ({
  name: 'koske-strip-translator-notes',
  transform(code, id) {
    if (!id.includes('/src/') || !code.includes('desc')) return null;
    /** @type {Edits} */
    const edits = [];
    visit(this.parse(code), (node) => {
      const options = /** @type {false | ((import('estree').Expression | import('estree').SpreadElement) & Positioned)} */ (
        node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg' && node.arguments[1]
      );
      if (!options || options.type !== 'ObjectExpression') return;
      // Property.key is an identifier, a literal or a computed expression: only an identifier has a name.
      const kept = /** @type {Array<(import('estree').Property | import('estree').SpreadElement) & Positioned>} */ (options.properties).filter(
        (property) => /** @type {{key?: {name?: unknown}}} */ (property).key?.name !== 'desc',
      );
      if (kept.length === options.properties.length) return;
      edits.push([options.start, options.end, `{${kept.map((property) => code.slice(property.start, property.end)).join(',')}}`]);
    });
    return {code: edited(code, edits), map: null};
  },
});

/**
 * `code` with each [start, end, text] edit made (the ranges do not overlap).
 * @param {string} code
 * @param {Edits} edits
 */
function edited(code, edits) {
  let result = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
  return result;
}

/**
 * Calls `enter` on every node of an ESTree AST.
 * @param {unknown} node a node, a list of them, or any other value of a node's field
 * @param {(node: Node) => void} enter
 * @returns {void}
 */
function visit(node, enter) {
  if (Array.isArray(node)) return node.forEach((child) => visit(child, enter));
  if (typeof (/** @type {{type?: unknown} | null | undefined} */ (node)?.type) !== 'string') return;
  enter(/** @type {Node} */ (node));
  for (const value of Object.values(/** @type {object} */ (node))) if (value && typeof value === 'object') visit(value, enter);
}

/**
 * The classic script's parts. A classic script can carry no chunks, so what
 * the module build loads as a chunk when needed (a renderer, the registry,
 * the vCard and JSON-LD code; `parts`: name → {module, file}) is, for the
 * classic script, a classic script of its own beside it, loaded by
 * `loadPart(name)` (src/classic-parts.ts) and checked against its sha384.
 *
 * Parts and script meet in one global object, `namespace`, named for the
 * version (`KoskeWidgetsParts_0_1_0`), so that two versions on one page
 * never take each other's parts. A part puts its exports there under its
 * name. It does not carry copies of what the classic script has (Lit, the
 * shared helpers): it takes those modules' exports from `namespace.core`,
 * which the classic script fills. The builds run in order, and these
 * plugins carry what one build learns to the next:
 * - `recordCore`, on the module build: which modules its core file holds;
 * - `forParts`, on each part: those modules are external, read from
 *   `namespace.core.<key>` (`globals`); which exports it takes;
 * - `forScript`, on the classic script: each part's `import()` becomes
 *   `loadPart()`, `koske:parts` gives each part's file and hash and the
 *   namespace, and `koske:core-for-parts` the exports the parts take.
 * A part that loads another (the contact block's renderer, its vCard code)
 * calls the classic script's loader, `namespace.load`. A part with `loadedBy`
 * is loaded by that part only (the map's regions, by the map), which carries its
 * file and hash instead of the classic script: the script's table stays as
 * short as the parts it loads itself, and the chain of hashes is unbroken. It is
 * built before the part that loads it.
 * Runs on JavaScript (after esbuild).
 * @param {Record<string, {module: string, file: string, loadedBy?: string}>} parts
 * @param {string} namespace
 */
export function classicParts(parts, namespace) {
  const loader = resolve('src/classic-parts.ts');
  /** @type {Map<string | undefined, string>} */
  const partOf = new Map(Object.entries(parts).map(([name, {module}]) => [resolve(module), name]));
  // The module build has no loader; the classic script's Trusted Types policy is the loader's.
  const core = new Set([resolve('src/trusted-types.ts')]);
  /**
   * Module id → its key in `namespace.core`, and the exports parts take from it.
   * @type {Map<string, {key: string, names: Set<string>}>}
   */
  const taken = new Map();
  /** @param {string} id */
  const keyOf = (id) => {
    if (!taken.has(id)) taken.set(id, {key: `m${taken.size}`, names: new Set()});
    return /** @type {{key: string, names: Set<string>}} */ (taken.get(id));
  };

  /** @param {string} file a part's file in dist/, built */
  const integrity = (file) =>
    `sha384-${createHash('sha384')
      .update(readFileSync(join('dist', file)))
      .digest('base64')}`;

  /**
   * Each `import()` of a part's module becomes a call of the loader: in the
   * classic script `loadPart(name)`; in a part, the same function as
   * `namespace.load(name)`, with the file and hash of a part it alone loads.
   * @param {boolean} inPart
   * @returns {Plugin}
   */
  const loadParts = (inPart) => ({
    name: 'koske-load-parts',
    async transform(code, id) {
      if (!id.includes('/src/') || !code.includes('import(')) return null;
      /** @type {Array<Positioned & {source: import('estree').SimpleLiteral}>} */
      const imports = [];
      visit(this.parse(code), (node) => {
        if (node.type === 'ImportExpression' && node.source.type === 'Literal') imports.push(/** @type {Positioned & {source: import('estree').SimpleLiteral}} */ (node));
      });
      /** @type {Edits} */
      const edits = [];
      for (const node of imports) {
        const name = partOf.get((await this.resolve(/** @type {string} */ (node.source.value), id))?.id);
        if (!name) continue;
        const {file, loadedBy} = parts[name];
        if (loadedBy && !inPart) throw new Error(`the classic script imports ${name}, which only ${loadedBy} may load`);
        edits.push([
          node.start,
          node.end,
          `${inPart ? `${namespace}.load` : 'loadPart'}(${JSON.stringify(name)}${loadedBy ? `, ${JSON.stringify([file, integrity(file)])}` : ''})`,
        ]);
      }
      if (!edits.length) return null;
      return {code: `${inPart ? '' : `import {loadPart} from ${JSON.stringify(loader)};\n`}${edited(code, edits)}`, map: null};
    },
  });

  return {
    parts,
    namespace,
    /** @returns {Plugin} */
    recordCore: () => ({
      name: 'koske-record-core',
      generateBundle(_options, bundle) {
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) Object.keys(chunk.modules).forEach((id) => core.add(id));
      },
    }),
    /** For a part's build: the names of what it takes from the classic script, and the plugin that records it. */
    forParts: {
      // What the classic script has stays out of a part. Rollup names such a
      // module by its path, or by its package name (`lit`) when imported so.
      /** @type {(id: string, importer: string | undefined, resolved: boolean) => boolean} */
      external: (id, _importer, resolved) => resolved && core.has(id),
      makeAbsoluteExternalsRelative: false,
      // Every external but the namespace itself is read from the classic script.
      /** @type {(id: string) => string} */
      globals: (id) => (id === namespace ? id : `${namespace}.core.${keyOf(id).key}`),
      /** @type {Plugin} */
      plugin: {
        ...loadParts(true),
        generateBundle(_options, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue;
            for (const [id, names] of Object.entries(chunk.importedBindings)) names.forEach((name) => keyOf(id).names.add(name));
          }
        },
      },
    },
    /** @type {Plugin} */
    forScript: {
      ...loadParts(false),
      /** @param {string} source */
      resolveId: (source) => (source === 'koske:parts' || source === 'koske:core-for-parts' ? `\0${source}` : null),
      load(id) {
        if (id === '\0koske:parts') {
          const table = Object.fromEntries(
            Object.entries(parts)
              .filter(([, {loadedBy}]) => !loadedBy)
              .map(([name, {file}]) => [name, [file, integrity(file)]]),
          );
          return `export const parts = ${JSON.stringify(table)};\nexport const namespace = ${JSON.stringify(namespace)};`;
        }
        if (id !== '\0koske:core-for-parts') return null;
        // A function, called when the first part loads: by then every module here has run.
        const modules = [...taken.entries()];
        return `${modules.map(([id], index) => `import * as m${index} from ${JSON.stringify(id)};`).join('\n')}
export const coreForParts = () => ({${modules
          .map(([, {key, names}], index) =>
            names.has('*') ? `${key}: m${index}` : `${key}: {${[...names].map((name) => `${JSON.stringify(name)}: m${index}[${JSON.stringify(name)}]`).join(', ')}}`,
          )
          .join(', ')}});`;
      },
    },
  };
}
