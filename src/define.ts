/**
 * Defining the elements on a page we don't control.
 *
 * A page may include a script twice, or both the module and the classic
 * build, or a per-element file beside the full one, or already have another
 * version: each name is defined only once, and the first definition stays.
 * When that is another version, the webmaster hears of it once per page.
 */
import {version} from './version.js';

// Remembered page-wide, so every copy of the script that finds another version does not warn again.
const warnedKey = Symbol.for('koske-widgets.version-warned');
const page = globalThis as typeof globalThis & {[warnedKey]?: true};

export function define(elements: ReadonlyArray<readonly [string, CustomElementConstructor]>): void {
  let otherVersion: string | undefined;
  for (const [name, element] of elements) {
    const defined = customElements.get(name) as {readonly version?: string} | undefined;
    if (!defined) customElements.define(name, element);
    else if (defined.version !== version) otherVersion = defined.version ?? 'unknown';
  }
  if (otherVersion && !page[warnedKey]) {
    page[warnedKey] = true;
    console.warn(`koske-widgets ${version}: version ${otherVersion} is already on this page and stays in use; remove one of the two scripts.`);
  }
}
