// A small read-only HTTP server for the repository, on a free loopback port,
// for the scripts that drive a browser (screenshots, benchmarks): pages load
// dist/ and the data over HTTP, as a webmaster's page does.
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** @type {Record<string, string | undefined>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * What a route answers: a page, a file to serve instead, or a status alone.
 * @typedef {{status?: number, html?: string, path?: string}} Answer
 */

/**
 * Serves GET and HEAD with `cache-control: no-store`. `route(url)` may answer
 * first: `{html}` to send a page, `{path}` to serve that file instead, or
 * `{status}`; undefined serves the file at the URL. Files outside the
 * repository, dot-files (.git …) and node_modules are never served.
 * Resolves with the server and its base URL.
 * @param {(url: URL) => Promise<Answer | undefined>} [route]
 * @returns {Promise<{server: import('node:http').Server, base: string}>}
 */
export function startStaticServer(route = async () => undefined) {
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, {allow: 'GET, HEAD'}).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    /** @type {Answer} */
    const answer = (await route(url)) ?? {};
    if (answer.status) return void response.writeHead(answer.status).end();
    if (answer.html !== undefined) {
      response.writeHead(200, {'content-type': types['.html'], 'cache-control': 'no-store'}).end(answer.html);
      return;
    }
    const file = resolve(root, '.' + decodeURIComponent(answer.path ?? url.pathname));
    const parts = relative(root, file).split(sep);
    if (!file.startsWith(root + sep) || parts.some((part) => part.startsWith('.') || part === 'node_modules')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-length': info.size, 'cache-control': 'no-store'});
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise({server, base: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`}));
  });
}
