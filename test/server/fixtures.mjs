// Answers the tests' requests for data over real HTTP: the seed document,
// HTTP errors, broken bodies, slow and silent servers, and a request counter.
import {readFileSync} from 'node:fs';

const seed = readFileSync(new URL('../../demo/data/yhdessa-ei-olla-yksin.json', import.meta.url), 'utf8');
const counts = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {Record<string, (ctx: import('koa').Context, arg: string) => Promise<void> | void>} */
const routes = {
  // /fixtures/seed.json: the seed document
  'seed.json': (ctx) => json(ctx, seed),
  // /fixtures/counted/KEY: the seed document, counting requests per KEY
  counted: (ctx, key) => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    json(ctx, seed);
  },
  // /fixtures/count/KEY: how many requests /fixtures/counted/KEY had
  count: (ctx, key) => json(ctx, JSON.stringify(counts.get(key) ?? 0)),
  // /fixtures/status/404: that status
  status: (ctx, code) => {
    ctx.status = Number(code);
    ctx.type = 'text/plain';
    ctx.body = `status ${code}`;
  },
  // /fixtures/slow/MS: the seed document after MS milliseconds
  slow: async (ctx, ms) => {
    await sleep(Number(ms));
    json(ctx, seed);
  },
  // /fixtures/silent: answers only after a minute (the widget's timeout ends it first)
  silent: async (ctx) => {
    await sleep(60_000);
    ctx.status = 504;
  },
  'invalid-json': (ctx) => json(ctx, '{"name": "KOSKE",'),
  html: (ctx) => {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not found</title><p>Oops</p>';
  },
  'no-name': (ctx) => json(ctx, JSON.stringify({version: 1, municipalities: []})),
  // /fixtures/cookies: a document named after whether the request carried cookies
  cookies: (ctx) => json(ctx, JSON.stringify({name: ctx.get('cookie') ? 'with cookies' : 'without cookies'})),
  // /fixtures/named/NAME: a minimal valid document called NAME
  named: (ctx, name) => json(ctx, JSON.stringify({name: decodeURIComponent(name)})),
};

function json(ctx, body) {
  ctx.type = 'application/json';
  ctx.set('cache-control', 'no-store');
  ctx.body = body;
}

/** @type {import('koa').Middleware} */
export async function fixtures(ctx, next) {
  const match = /^\/fixtures\/([^/]+)(?:\/([^/?]*))?/.exec(ctx.path);
  const route = match && routes[match[1]];
  if (!route) return next();
  await route(ctx, match[2] ?? '');
}
