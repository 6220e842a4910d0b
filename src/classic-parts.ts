/**
 * How the classic script loads its parts: code that a page needs only
 * sometimes (each element's renderer, the municipality registry, the vCard
 * and JSON-LD code). Modules import them as chunks. A classic script can
 * carry no chunks, so in dist/koske-widgets.iife.js the build turns each
 * `import()` of a part into `loadPart()` (scripts/rollup-plugins.mjs): a
 * classic script of its own in dist/classic/, which the browser checks
 * against the sha384 built into the classic script. So a snippet's one
 * integrity hash pins every line of code it may ever run.
 */
import {coreForParts} from 'koske:core-for-parts';
import {namespace, parts} from 'koske:parts';
import {scriptPolicy} from './trusted-types.js';

/**
 * Where parts put their exports, and find what they take from this script:
 * its modules' exports (`core`) and this loader (`load`), for parts that
 * load others. A global named for this version (`KoskeWidgetsParts_0_1_0`),
 * so that another version's classic script on the page keeps its own.
 */
type Shared = {core?: unknown; load?: typeof loadPart; [part: string]: unknown};
const shared: Shared = ((globalThis as unknown as Record<string, Shared>)[namespace] ??= {});

// Read while the script runs: document.currentScript is this script only then.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

const loading = new Map<string, Promise<unknown>>();

/**
 * The part's exports, once its script has run; like `import()`, but checked against its hash.
 * A part that only another part loads is not in this script's table: that part gives its file and hash.
 */
export function loadPart(name: string, given?: readonly [file: string, integrity: string]): Promise<unknown> {
  let part = loading.get(name);
  if (!part) {
    part = new Promise((resolve, reject) => {
      const part = given ?? parts[name];
      if (!part) return reject(new Error(`no part named ${name}`));
      const [file, integrity] = part;
      const url = new URL(file, base).href;
      const trustedUrl = scriptPolicy()?.createScriptURL(url);
      if (!trustedUrl) return reject(new Error(`${url} is not allowed by this page's Trusted Types`));
      shared.core ??= coreForParts();
      shared.load ??= loadPart;
      const script = Object.assign(document.createElement('script'), {integrity, crossOrigin: 'anonymous'});
      script.src = trustedUrl as string;
      script.onload = () => {
        script.remove();
        const exports = shared[name];
        if (exports) resolve(exports);
        else reject(new Error(`${url} defined no part "${name}"`));
      };
      // Not found, or its bytes are not the ones this script was built with.
      script.onerror = () => {
        script.remove();
        reject(new Error(`${url} could not be loaded, or does not match its integrity hash`));
      };
      document.head.append(script);
    });
    // A failure is not kept: a later call tries again.
    part.catch(() => loading.delete(name));
    loading.set(name, part);
  }
  return part;
}
