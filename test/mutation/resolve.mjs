// A module resolution hook (node:module register()): the tests import '@open-wc/testing' for
// its chai `expect`; in Node that is ./open-wc-testing.mjs.
const replacement = new URL('./open-wc-testing.mjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  return specifier === '@open-wc/testing' ? {url: replacement, shortCircuit: true} : next(specifier, context);
}
