// Build steps of our own for rollup.config.mjs: what terser cannot do
// because it never looks inside strings.
import {minifyHTMLLiterals} from 'minify-literals';

/**
 * Minifies the CSS inside our css`` templates, which terser leaves as written.
 * Not the markup: it would save under 0.1 KB, and an HTML minifier turns the
 * self-closing tags of svg`` templates into nesting ones.
 */
export const minifyCss = () => ({
  name: 'koske-minify-css',
  transform(code, id) {
    return id.includes('/src/') ? minifyHTMLLiterals(code, {fileName: id, html: false, sourceMap: false}) : null;
  },
});

/**
 * Drops `desc` from every `msg(…, {id, desc})`: a note for translators that
 * lit-localize copies into the XLIFF, and that the browser never reads.
 * Runs on JavaScript (after esbuild), on the AST rollup parses.
 */
export const stripTranslatorNotes = () => ({
  name: 'koske-strip-translator-notes',
  transform(code, id) {
    if (!id.includes('/src/') || !code.includes('desc')) return null;
    const edits = [];
    visit(this.parse(code), (node) => {
      const options = node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg' && node.arguments[1];
      if (options?.type !== 'ObjectExpression') return;
      const kept = options.properties.filter((property) => property.key?.name !== 'desc');
      if (kept.length === options.properties.length) return;
      edits.push([options.start, options.end, `{${kept.map((property) => code.slice(property.start, property.end)).join(',')}}`]);
    });
    let stripped = code;
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) stripped = stripped.slice(0, start) + text + stripped.slice(end);
    return {code: stripped, map: null};
  },
});

/** Calls `enter` on every node of an ESTree AST. */
function visit(node, enter) {
  if (Array.isArray(node)) return node.forEach((child) => visit(child, enter));
  if (typeof node?.type !== 'string') return;
  enter(node);
  for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value, enter);
}

/**
 * For the classic script, which can carry no chunks: the registry of
 * municipalities, needed only by documents that name places by code, is
 * imported as a module from beside the script (dist/koske-widgets-registry.js)
 * instead of being inlined.
 */
export const registryBesideTheScript = () => ({
  name: 'koske-registry-beside-the-script',
  resolveId(source) {
    return source.endsWith('/registry-module.js') || source === './registry-module.js' ? '\0registry-beside-the-script' : null;
  },
  load(id) {
    if (id !== '\0registry-beside-the-script') return null;
    // Read while the script runs: document.currentScript is this script only then.
    return `const base = document.currentScript?.src || document.baseURI;
export const importRegistry = () => import(new URL('koske-widgets-registry.js', base).href);`;
  },
});
