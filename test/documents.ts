/**
 * The test documents and what reads them, with nothing that needs a page: the tests of
 * src/data and src/format import this (not helpers.ts, which defines the elements), so that the
 * mutation run (test/mutation/) can run them in Node as well as in the browsers.
 */
import {parseDocument} from '../src/data/parse.js';
import type {DocumentV1, Organisation} from '../src/data/types.js';

export const seedUrl = '/demo/documents/yhdessa-ei-olla-yksin.json';

/** A fresh copy of the seed document, as published. */
export async function seedDocument(): Promise<DocumentV1> {
  const response = await fetch(seedUrl);
  return (await response.json()) as DocumentV1;
}

/** The organisation the elements would render from `document`. */
export function organisationOf(document: DocumentV1): Organisation {
  const result = parseDocument(document);
  if (!result.ok) throw new Error(`not a document: ${result.problem}`);
  return result.organisation;
}

/** Records console.warn calls from now on, and still lets them through. Call `restore()` when done. */
export function recordWarnings(): {warnings: string[]; restore(): void} {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return {warnings, restore: () => void (console.warn = original)};
}
