/**
 * Documents from URLs: one request per URL per page, whoever asks.
 *
 * Every element showing `src="…/org.json"` shares one fetch and one parsed
 * result. A caller that stops waiting (its element was removed, its `src`
 * changed, or its timeout ran out) leaves the request; the fetch itself is
 * aborted only when nobody waits for it any more. Failed requests are
 * forgotten, so asking again tries again.
 */
import {readDocument} from './read.js';
import {remember} from './remember.js';
import type {Organisation} from './types.js';

/** Why a document could not be had; the `reason` of `koske-error`. */
export type FailureReason = 'network' | 'http' | 'timeout' | 'invalid';

export class LoadError extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The largest body read, in bytes: a document of the largest Finnish
 * organisation is a few tens of kilobytes. A larger answer is refused from
 * its Content-Length, or as soon as the bytes counted while streaming pass
 * this, without reading it whole.
 */
export const maxBodyBytes = 1024 * 1024;

async function readText(response: Response, url: string): Promise<string> {
  const tooLarge = () => new LoadError('invalid', `${url} answered more than ${maxBodyBytes} bytes`);
  if (Number(response.headers.get('content-length')) > maxBodyBytes) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBodyBytes) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, {stream: true});
  }
}

interface Request {
  readonly result: Promise<Organisation>;
  readonly controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** Parsed documents stay for the page's lifetime, up to this many URLs. */
const maxCachedUrls = 50;
const requests = new Map<string, Request>();

function request(url: string): Request {
  const controller = new AbortController();
  const result = (async () => {
    let body: string;
    try {
      const response = await fetch(url, {credentials: 'omit', signal: controller.signal, headers: {accept: 'application/json'}});
      if (!response.ok) throw new LoadError('http', `${url} answered HTTP ${response.status}`);
      body = await readText(response, url);
    } catch (error) {
      throw error instanceof LoadError ? error : new LoadError('network', `${url} could not be fetched (${String(error)})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw new LoadError('invalid', `${url} did not answer JSON`);
    }
    let read = readDocument(json);
    // Read again once what it waits for is there: the parser, then the registry for places named by code alone.
    while (read instanceof Promise) read = (await read, readDocument(json));
    if (!read.ok) throw new LoadError('unloaded' in read ? 'network' : 'invalid', `${url}: ${read.problem}`);
    return read.organisation;
  })();
  const entry: Request = {result, controller, waiting: 0, settled: false};
  result.then(
    () => (entry.settled = true),
    () => {
      entry.settled = true;
      if (requests.get(url) === entry) requests.delete(url);
    },
  );
  return entry;
}

/**
 * The document at `url` (absolute), fetched once per page. Rejects with a
 * `LoadError`, or with the signal's reason when the caller aborts.
 */
export function loadDocument(url: string, {signal, timeout}: {signal: AbortSignal; timeout: number}): Promise<Organisation> {
  let entry = requests.get(url);
  if (!entry) {
    entry = request(url);
    remember(requests, url, entry, maxCachedUrls);
  }
  if (entry.settled) return entry.result;
  const shared = entry;
  shared.waiting++;
  return new Promise<Organisation>((resolve, reject) => {
    const timer = setTimeout(() => leave(new LoadError('timeout', `${url} did not answer within ${timeout} ms`)), timeout);
    const onAbort = () => leave(signal.reason);
    signal.addEventListener('abort', onAbort, {once: true});
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    function leave(reason: unknown) {
      done();
      reject(reason);
      if (--shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (requests.get(url) === shared) requests.delete(url);
      }
    }
    shared.result.then(
      (organisation) => (done(), resolve(organisation)),
      (error: unknown) => (done(), reject(error)),
    );
  });
}
