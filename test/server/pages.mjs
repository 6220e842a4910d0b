// Whole pages for the tests of hostile hosts, served over real HTTP with
// their own headers (a strict Content-Security-Policy, say).

/** @type {import('koa').Middleware} */
export async function pages(ctx, next) {
  return next();
}
