/**
 * Decoded JSON to an `Organisation`, once per document: the same object or
 * JSON text given to many elements is parsed, checked and reported once.
 */
import {describeIgnored, parseDocument, type ParseResult} from './parse.js';
import {loadedRegistry, registryReady} from './registry.js';
import {remember} from './remember.js';

/** A document that names places by code alone, while the registry loads: read it again when this resolves. */
export type RegistryPending = Promise<void>;

const byObject = new WeakMap<object, ParseResult>();
const byText = new Map<string, ParseResult>();
/** JSON texts (from `data` attributes and JSON children) remembered at most. */
const maxCachedTexts = 20;

/** Parses a decoded document, warning once about fields it had to ignore. */
export function readDocument(document: unknown): ParseResult | RegistryPending {
  const key = typeof document === 'object' && document !== null ? document : undefined;
  let result = key && byObject.get(key);
  if (!result) {
    result = parseDocument(document);
    // A place named by code alone, before anyone asked for the registry: read again once it is there.
    if (loadedRegistry() === undefined && result.ignored.some(({reason}) => reason === 'the code registry did not load')) return registryReady();
    if (key) byObject.set(key, result);
    if (result.ignored.length > 0) {
      console.warn(`koske-widgets: ignored ${result.ignored.length} unusable field(s) in the data: ${result.ignored.map(describeIgnored).join('; ')}`);
    }
  }
  return result;
}

/** Parses JSON text, or says why it is not a document. */
export function readJson(text: string): ParseResult | RegistryPending {
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
    if (read instanceof Promise) return read;
    result = read;
    remember(byText, text, result, maxCachedTexts);
  }
  return result;
}
