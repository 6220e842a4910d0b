// Answers the tests' requests for data over real HTTP: the seed document,
// HTTP errors, broken bodies, slow and silent servers, and a request counter;
// and hostile networks: huge bodies, cut connections, dripping and hanging
// servers, flaky ones, each recording what it saw under a KEY (see `trace`).
import {readFileSync} from 'node:fs';
import {Readable} from 'node:stream';
import {gzipSync} from 'node:zlib';

const seed = readFileSync(new URL('../../demo/documents/yhdessa-ei-olla-yksin.json', import.meta.url), 'utf8');
/** @type {Map<string, number>} */
const counts = new Map();
/**
 * @param {number} ms
 * @returns {Promise<void>}
 */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What the server saw for a KEY: how many requests, how many body bytes it
 * pushed towards the client, and how each response ended: `finished` (the
 * whole answer was handed to the socket) or `aborted` (the connection closed
 * before that: the client went away or the fixture cut it).
 * @type {Map<string, {requests: number, sent: number, aborted: boolean, finished: boolean}>}
 */
const traces = new Map();

/** @param {string} key */
function trace(key) {
  let entry = traces.get(key);
  if (!entry) traces.set(key, (entry = {requests: 0, sent: 0, aborted: false, finished: false}));
  return entry;
}

/**
 * Counts a request for KEY and records how its response ends.
 * @param {import('koa').Context} ctx
 * @param {string} key
 */
function traced(ctx, key) {
  const entry = trace(key);
  entry.requests++;
  ctx.res.on('close', () => {
    if (ctx.res.writableFinished) entry.finished = true;
    else entry.aborted = true;
  });
  return entry;
}

/**
 * Headers for a JSON answer written straight to the socket (`ctx.respond = false`). Such routes
 * set `ctx.status = 200` first all the same: Koa's status is 404 until set, and the runner lists
 * every 404 it served as a warning.
 */
const jsonHeaders = {'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store'};

/**
 * The seed document padded with an unknown field to exactly `bytes` bytes of
 * UTF-8: valid, so a client that read it whole would show it. Returned as its
 * head, the number of filler bytes and its tail, so 20 MiB need not be built.
 * @param {number} bytes
 */
function padded(bytes) {
  const document = JSON.stringify(JSON.parse(seed));
  const head = Buffer.from(`${document.slice(0, -1)},"padding":"`);
  const tail = Buffer.from('"}');
  const filler = bytes - head.length - tail.length;
  if (filler < 0) throw new Error(`a padded document needs at least ${head.length + tail.length} bytes`);
  return {head, filler, tail};
}

/**
 * The bytes of a padded document, in chunks of at most 64 KiB, made as they are asked for.
 * @param {number} bytes
 * @returns {Generator<Buffer>}
 */
function* paddedChunks(bytes) {
  const {head, filler, tail} = padded(bytes);
  const chunk = 64 * 1024;
  yield head;
  const full = Buffer.alloc(chunk, 'x');
  for (let left = filler; left > 0; left -= chunk) yield left >= chunk ? full : full.subarray(0, left);
  yield tail;
}

/** @type {Map<number, Buffer>} */
const gzipped = new Map();
/**
 * A padded document gzipped whole (a body of megabytes of one letter shrinks a thousandfold).
 * @param {number} bytes
 */
function gzippedDocument(bytes) {
  if (!gzipped.has(bytes)) gzipped.set(bytes, gzipSync(Buffer.concat([...paddedChunks(bytes)])));
  return /** @type {Buffer} */ (gzipped.get(bytes));
}

/**
 * A stream of `chunks` that pushes only while the client keeps up
 * (backpressure), at most one chunk every `every` ms when that is given, and
 * adds each pushed byte to `entry.sent`.
 * @param {Iterable<Buffer>} chunks
 * @param {{sent: number}} entry
 * @param {number} [every]
 */
function counted(chunks, entry, every = 0) {
  const iterator = chunks[Symbol.iterator]();
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  /** @param {Readable} stream */
  const next = (stream) => {
    const {done, value} = iterator.next();
    if (done) return void stream.push(null);
    entry.sent += value.length;
    return stream.push(value);
  };
  return new Readable({
    highWaterMark: 64 * 1024,
    read() {
      if (!every) {
        // Push until the buffer is full or the body ends; read() is called again once it drains.
        while (next(this));
      } else if (!timer) {
        timer = setTimeout(() => {
          timer = undefined;
          if (!this.destroyed) next(this);
        }, every);
      }
    },
    destroy(error, callback) {
      clearTimeout(timer);
      callback(error);
    },
  });
}

/**
 * Splits a buffer into chunks of at most `size` bytes.
 * @param {Buffer} buffer
 * @param {number} size
 * @returns {Generator<Buffer>}
 */
function* slices(buffer, size) {
  for (let start = 0; start < buffer.length; start += size) yield buffer.subarray(start, start + size);
}

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
  // /fixtures/by-code/KEY: a document naming its region and municipalities by code alone
  'by-code': (ctx) => json(ctx, JSON.stringify({name: 'Koodeilla', region: '13', municipalities: ['179', '172', '091'], contact: {homeMunicipality: '179'}})),

  // Routes taking a KEY record what they saw: read it at /fixtures/trace/KEY.
  // /fixtures/trace/KEY: {requests, sent, aborted, finished} for KEY
  trace: (ctx, key) => json(ctx, JSON.stringify(trace(key))),
  // /fixtures/body/NAME: 200 application/json with a body that is JSON but no document, or nothing
  body: (ctx, name) => {
    /** @type {Record<string, string>} */
    const bodies = {empty: '', null: 'null', string: '"Yhdessä ei olla yksin"', number: '42'};
    if (!(name in bodies)) throw new Error(`no body called ${name}`);
    json(ctx, bodies[name]);
  },
  // /fixtures/padded/KEY?bytes=N&framing=length|chunked|gzip&every=MS: the seed padded to N bytes,
  // streamed with backpressure: with a Content-Length, chunked without one, or gzipped
  // (Content-Length of the compressed bytes, so only the decoded bytes tell the size). `sent`
  // counts bytes pushed. With `every`, one 64 KiB chunk every MS ms at most: on loopback the
  // kernel's socket buffers alone take several MiB, which would hide when the client stopped.
  padded: (ctx, key) => {
    const entry = traced(ctx, key);
    const bytes = Number(ctx.query.bytes);
    const framing = ctx.query.framing ?? 'length';
    /** @type {Record<string, string>} */
    const headers = {...jsonHeaders};
    let chunks;
    if (framing === 'gzip') {
      const body = gzippedDocument(bytes);
      Object.assign(headers, {'content-encoding': 'gzip', 'content-length': String(body.length)});
      chunks = slices(body, 16 * 1024);
    } else {
      if (framing === 'length') headers['content-length'] = String(bytes);
      chunks = paddedChunks(bytes);
    }
    ctx.status = 200;
    ctx.respond = false;
    ctx.res.writeHead(200, headers);
    const stream = counted(chunks, entry, Number(ctx.query.every ?? 0));
    ctx.res.on('close', () => stream.destroy());
    stream.pipe(ctx.res);
  },
  // /fixtures/cut/KEY?when=before|body&how=close|reset&framing=length|chunked: the connection ends
  // before any answer, or after the headers and half the seed; by closing it (FIN) or resetting it (RST).
  cut: async (ctx, key) => {
    trace(key).requests++;
    const {when = 'body', how = 'close', framing = 'length'} = ctx.query;
    const socket = ctx.req.socket;
    const end = () => (how === 'reset' ? socket.resetAndDestroy() : socket.destroy());
    ctx.status = 200;
    ctx.respond = false;
    if (when === 'before') {
      end();
      return;
    }
    const body = Buffer.from(seed);
    ctx.res.writeHead(200, framing === 'length' ? {...jsonHeaders, 'content-length': String(body.length)} : jsonHeaders);
    const half = body.subarray(0, body.length >> 1);
    await new Promise((resolve) => ctx.res.write(half, resolve));
    trace(key).sent += half.length;
    // Let the headers and the half body reach the client before the connection goes.
    await sleep(100);
    end();
  },
  // /fixtures/hang/KEY: headers never come; records when the client gives up (ends after 30 s)
  hang: (ctx, key) => {
    traced(ctx, key);
    ctx.status = 200;
    ctx.respond = false;
    const timer = setTimeout(() => ctx.res.writeHead(504).end(), 30_000);
    ctx.res.on('close', () => clearTimeout(timer));
  },
  // /fixtures/delayed/KEY?ms=MS: the seed after MS milliseconds, unless the client went away first
  delayed: (ctx, key) => {
    const entry = traced(ctx, key);
    ctx.status = 200;
    ctx.respond = false;
    const timer = setTimeout(() => {
      entry.sent += Buffer.byteLength(seed);
      ctx.res.writeHead(200, jsonHeaders).end(seed);
    }, Number(ctx.query.ms));
    ctx.res.on('close', () => clearTimeout(timer));
  },
  // /fixtures/drip/KEY?parts=N&every=MS: headers at once, then the seed in N parts, one every MS
  drip: async (ctx, key) => {
    const entry = traced(ctx, key);
    const parts = Number(ctx.query.parts);
    const body = Buffer.from(seed);
    const size = Math.ceil(body.length / parts);
    let gone = false;
    ctx.res.on('close', () => (gone = true));
    ctx.status = 200;
    ctx.respond = false;
    ctx.res.writeHead(200, jsonHeaders);
    for (const part of slices(body, size)) {
      await sleep(Number(ctx.query.every));
      if (gone) return;
      entry.sent += part.length;
      ctx.res.write(part);
    }
    ctx.res.end();
  },
  // /fixtures/flaky/KEY?fails=N: HTTP 500 for the first N requests (default 1), then the seed after 150 ms
  flaky: async (ctx, key) => {
    const entry = trace(key);
    entry.requests++;
    if (entry.requests <= Number(ctx.query.fails ?? 1)) {
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = 'flaky';
      return;
    }
    await sleep(150);
    json(ctx, seed);
  },
};

/**
 * @param {import('koa').Context} ctx
 * @param {string} body the JSON text
 */
function json(ctx, body) {
  ctx.type = 'application/json';
  ctx.set('cache-control', 'no-store');
  ctx.body = body;
}

/** @type {import('koa').Middleware} */
export async function fixtures(ctx, next) {
  const tampered = /^\/fixtures\/tampered\/([\w-]+)\/dist\/([\w./-]+)$/.exec(ctx.path);
  if (tampered) return tamperedDist(ctx, .../** @type {[string, string]} */ (tampered.slice(1)));
  const match = /^\/fixtures\/([^/]+)(?:\/([^/?]*))?/.exec(ctx.path);
  const route = match && routes[match[1]];
  if (!route) return next();
  await route(ctx, match[2] ?? '');
}

/**
 * /fixtures/tampered/PART/dist/FILE: the built FILE, except the classic
 * script's part dist/classic/PART.js, which has one more statement than was
 * built (as a compromised server might serve it). The classic script
 * loaded from here loads its parts from here too.
 * @param {import('koa').Context} ctx
 * @param {string} part
 * @param {string} file
 */
function tamperedDist(ctx, part, file) {
  if (file.includes('..')) return void (ctx.status = 404);
  let body;
  try {
    body = readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
  } catch {
    return void (ctx.status = 404);
  }
  ctx.type = 'text/javascript';
  ctx.set('cache-control', 'no-store');
  ctx.body = file === `classic/${part}.js` ? `${body}\nwindow.tampered = true;\n` : body;
}
