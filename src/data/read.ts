/**
 * Decoded JSON to an `Organisation`, once per document: the same object or
 * JSON text given to many elements is parsed, checked and reported once.
 *
 * The parser is a chunk of its own (parse.ts, with every rule of the format),
 * loaded on the first document while the renderer loads, so that the skeleton
 * needs neither: a document read before it is there is pending, like one that
 * names places by code before the registry is there.
 */
import {LazyModule} from '../lazy-module.js';
import type {ParseResult} from './parse.js';
import {loadedRegistry, registryReady} from './registry.js';
import {remember} from './remember.js';

/** A document read before the code it needs is there (the parser, the registry): read it again when this resolves. */
export type Pending = Promise<void>;

/** What reading gives: the parser's result, or that the parser itself could not be loaded (`unloaded`). */
export type ReadResult = ParseResult | {readonly ok: false; readonly problem: string; readonly ignored: readonly []; readonly unloaded: true};

const parser = new LazyModule(() => import('./parse.js'));

/** Loads the parser (once); resolves when it is there, or known to be unavailable. */
export const parserReady = (): Promise<void> => parser.load();

const byObject = new WeakMap<object, ParseResult>();
const byText = new Map<string, ParseResult>();
/** JSON texts (from `data` attributes and JSON children) remembered at most. */
const maxCachedTexts = 20;

/** Parses a decoded document, warning once about fields it had to ignore. */
export function readDocument(document: unknown): ReadResult | Pending {
  const key = typeof document === 'object' && document !== null ? document : undefined;
  let result = key && byObject.get(key);
  if (!result) {
    const {module} = parser;
    if (module === undefined) return parserReady();
    if (module === null) return {ok: false, problem: `the code that reads the data could not be loaded (${String(parser.error)})`, ignored: [], unloaded: true};
    result = module.parseDocument(document);
    // A place named by code alone, before anyone asked for the registry: read again once it is there.
    if (loadedRegistry() === undefined && result.ignored.some(({reason}) => reason === 'the code registry did not load')) return registryReady();
    if (key) byObject.set(key, result);
    if (result.ignored.length > 0) {
      console.warn(`koske-widgets: ignored ${result.ignored.length} unusable field(s) in the data: ${result.ignored.map(module.describeIgnored).join('; ')}`);
    }
  }
  return result;
}

/** Parses JSON text, or says why it is not a document. */
export function readJson(text: string): ReadResult | Pending {
  let result = byText.get(text);
  if (!result) {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      // An object set as an attribute becomes "[object Object]": React 18 does it, and so does React 19 when the element is defined after it renders.
      const problem = text.startsWith('[object ')
        ? `data="${text}" is an object set as an attribute; set the data property (in React: koske-widgets/react)`
        : 'the data is not valid JSON';
      return {ok: false, problem, ignored: []};
    }
    const read = readDocument(document);
    if (read instanceof Promise || 'unloaded' in read) return read;
    result = read;
    remember(byText, text, result, maxCachedTexts);
  }
  return result;
}
