// Runs the browser tests of src/data and src/format in Node, for StrykerJS's mocha runner
// (stryker.config.json): TypeScript through tsx, '@open-wc/testing' answered by plain chai
// (./open-wc-testing.mjs), and the test server's files (`fetch('/demo/…')`) read from the
// repository. Nothing else of the browser is imitated: tests that need a page stay out.
import {readFile} from 'node:fs/promises';
import {register} from 'node:module';
import {register as registerTsx} from 'tsx/esm/api';

registerTsx();
register('./resolve.mjs', import.meta.url);

const root = new URL('../../', import.meta.url);
const pageFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  if (typeof input === 'string' && input.startsWith('/')) {
    try {
      return new Response(await readFile(new URL(`.${input}`, root)), {headers: {'content-type': 'application/json'}});
    } catch {
      return new Response('', {status: 404});
    }
  }
  return pageFetch(input, init);
};
