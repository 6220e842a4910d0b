// `npm run test:frameworks`: the packed package in the frameworks people use it with.
// Each app in test/frameworks/ is copied into a fresh temporary folder with the demo's
// organisation data, gets its exact dependencies and the tarball `npm pack` made from this
// repository (dist/ as built), is type-checked and built by its own toolchain, and served on
// a free loopback port; Chromium then checks what a visitor sees: the elements' shadow DOM in
// the requested language, the load events in the app's own output, and no console errors.
// For next-app, the HTML as served, before any JavaScript, already holds the card.
//
//   node scripts/test-frameworks.mjs [--keep] [app …]
//
// With app names, only those run. A failed app's folder is kept (its path is printed), with
// each step's output in <step>.log; --keep keeps every app's folder. Servers run in their own
// process group and are stopped by it, whatever happens.
import {spawn} from 'node:child_process';
import {createWriteStream, existsSync} from 'node:fs';
import {cp, mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from './browsers.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const appsRoot = join(root, 'test/frameworks');
const documentFile = join(root, 'demo/documents/yhdessa-ei-olla-yksin.json');
/** Where each app imports the organisation from. */
const dataInApp = 'src/organisation.json';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {'fi' | 'sv' | 'en' | 'de'} Language */

/**
 * What the browser should find in one element's shadow DOM once it shows its data.
 * @typedef {object} Shown
 * @property {string} element the tag
 * @property {Language} lang the language it must speak (the `lang` of its `part="base"`)
 * @property {string} text text the shadow DOM must contain in that language
 * @property {string} [selector] inside the element, the node that holds `text` (default: `[part="base"]`)
 */

/**
 * A page of an app and what it shows.
 * @typedef {object} PageCheck
 * @property {string} path
 * @property {Shown[]} shown
 * @property {string[]} events lines the app's `#events` output must contain
 * @property {boolean} [serverRendered] whether the HTML as served (no JavaScript) already holds the first element's shadow root and text
 */

/**
 * An app in test/frameworks/ and how its toolchain runs. Commands are binaries of the
 * app's own node_modules/.bin.
 * @typedef {object} App
 * @property {string[] | undefined} typecheck undefined: the build type-checks
 * @property {string[]} build
 * @property {(port: number) => string[]} serve
 * @property {PageCheck[]} pages
 */

/** @type {{name: Record<Language, string>}} */
const organisation = JSON.parse(await readFile(documentFile, 'utf8'));
const {name} = organisation;

// The interface's own words in the languages asked for (locales/*.xlf).
const words = {
  areaHeadingFi: 'Toiminta-alue',
  phoneEn: 'Phone',
};

/** @param {number} port */
const vitePreview = (port) => ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];

/** @type {Record<string, App>} */
const apps = {
  'react19-vite': {
    typecheck: ['tsc', '--noEmit'],
    build: ['vite', 'build'],
    serve: vitePreview,
    pages: [
      {
        path: '/',
        shown: [
          {element: 'koske-org-card', lang: 'sv', text: name.sv, selector: 'h3[part="heading"]'},
          {element: 'koske-contact-block', lang: 'en', text: words.phoneEn},
        ],
        events: ['koske-org-card loaded', 'koske-contact-block loaded'],
      },
    ],
  },
  'react18-wrapper': {
    typecheck: ['tsc', '--noEmit'],
    build: ['vite', 'build'],
    serve: vitePreview,
    pages: [
      {
        path: '/',
        shown: [
          {element: 'koske-org-card', lang: 'sv', text: name.sv, selector: 'h3[part="heading"]'},
          {element: 'koske-municipality-list', lang: 'fi', text: words.areaHeadingFi, selector: '[part="base"].compact [part="heading"]'},
        ],
        events: ['koske-org-card loaded', 'koske-municipality-list loaded'],
      },
    ],
  },
  'vue3-vite': {
    typecheck: ['vue-tsc', '--noEmit'],
    build: ['vite', 'build'],
    serve: vitePreview,
    pages: [
      {
        path: '/',
        shown: [{element: 'koske-org-card', lang: 'de', text: name.de, selector: 'h3[part="heading"]'}],
        events: ['koske-org-card loaded'],
      },
    ],
  },
  'next-app': {
    typecheck: undefined,
    build: ['next', 'build'],
    serve: (port) => ['next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    pages: [
      {
        path: '/',
        shown: [{element: 'koske-org-card', lang: 'fi', text: name.fi, selector: 'h4[part="heading"]'}],
        events: ['koske-org-card loaded'],
        serverRendered: true,
      },
      {
        path: '/wrapper',
        shown: [{element: 'koske-org-card', lang: 'sv', text: name.sv, selector: 'h3[part="heading"]'}],
        events: ['koske-org-card loaded'],
      },
    ],
  },
};

// How long a step may take before it counts as hung (Next's build takes minutes on 2 cores).
const limits = {install: 600_000, typecheck: 300_000, build: 900_000, start: 60_000, browser: 60_000};

// ---------------------------------------------------------------------------------------------
// Processes

/** Process groups started and not yet known to be gone. */
const groups = new Set(/** @type {number[]} */ ([]));

process.on('exit', () => {
  for (const pid of groups) signalGroup(pid, 'SIGKILL');
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, () => process.exit(130));

/**
 * @param {number} pid
 * @param {NodeJS.Signals | 0} signal
 * @returns {boolean} whether the group was still there
 */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops a process group: SIGTERM, then SIGKILL to whatever is left after 5 s.
 * @param {number} pid
 */
async function stopGroup(pid) {
  if (signalGroup(pid, 'SIGTERM')) {
    const deadline = Date.now() + 5000;
    while (signalGroup(pid, 0) && Date.now() < deadline) await sleep(100);
    signalGroup(pid, 'SIGKILL');
  }
  groups.delete(pid);
}

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * npm reads its settings from npm_* variables: an `npm run` above this script sets them for
 * the repository (npm_config_local_prefix would send an app's install into the repository).
 * The apps' npm gets the machine's settings, and the registry, cache and certificates alone.
 */
const keptNpmSettings = new Set(['npm_config_registry', 'npm_config_cache', 'npm_config_cafile', 'npm_config_userconfig', 'npm_config_globalconfig', 'npm_config_strict_ssl']);
/** @type {NodeJS.ProcessEnv} */
const childEnv = {NEXT_TELEMETRY_DISABLED: '1'};
for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key) || keptNpmSettings.has(key.toLowerCase())) childEnv[key] = value;

/**
 * A child process in its own process group, its output in `log`.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @param {string} log
 */
function start(command, args, cwd, log) {
  const out = createWriteStream(log, {flags: 'a'});
  out.write(`$ ${[command, ...args].join(' ')}\n`);
  const child = spawn(command, args, {cwd, env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe']});
  if (child.pid !== undefined) groups.add(child.pid);
  child.stdout.pipe(out, {end: false});
  child.stderr.pipe(out, {end: false});
  /** @type {Promise<number | null>} the exit code, null for a signal */
  const exited = new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code) => {
      out.end();
      done(code);
    });
  });
  return {child, exited};
}

/**
 * Runs a command to its end; fails on a non-zero exit or after `limit` ms.
 * @param {string} command
 * @param {string[]} args
 * @param {{cwd: string, log: string, limit: number}} options
 */
async function run(command, args, {cwd, log, limit}) {
  const {child, exited} = start(command, args, cwd, log);
  const pid = /** @type {number} */ (child.pid);
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timedOut = new Promise((done) => (timer = setTimeout(() => done('timeout'), limit)));
  try {
    const result = await Promise.race([exited, timedOut]);
    if (result === 'timeout') throw new Error(`${command} ${args.join(' ')} took longer than ${limit / 1000} s`);
    if (result !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result ?? 'a signal'}`);
  } finally {
    clearTimeout(timer);
    await stopGroup(pid);
  }
}

/** @returns {Promise<number>} a port free on 127.0.0.1 just now */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * Starts the app's server and waits until it answers HTTP.
 * @param {string[]} command
 * @param {string} cwd
 * @param {string} log
 * @param {number} port
 * @returns {Promise<{url: string, stop: () => Promise<void>}>}
 */
async function serve([bin, ...args], cwd, log, port) {
  const {child, exited} = start(join(cwd, 'node_modules/.bin', /** @type {string} */ (bin)), args, cwd, log);
  const pid = /** @type {number} */ (child.pid);
  const stop = () => stopGroup(pid);
  const url = `http://127.0.0.1:${port}`;
  /** @type {number | null | undefined} */
  let exitCode;
  void exited.then(
    (code) => (exitCode = code),
    () => (exitCode = null),
  );
  const deadline = Date.now() + limits.start;
  for (;;) {
    if (exitCode !== undefined) {
      await stop();
      throw new Error(`the server exited with ${exitCode ?? 'a signal'} before it answered`);
    }
    try {
      await fetch(url, {signal: AbortSignal.timeout(2000)});
      return {url, stop};
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`the server did not answer on ${url} within ${limits.start / 1000} s`);
      }
      await sleep(100);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Checks in the browser

/**
 * Polls `probe` until it returns true.
 * @param {() => Promise<boolean>} probe
 * @param {string | (() => Promise<string>)} failure the message when it never does
 * @param {number} [ms]
 */
async function until(probe, failure, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(typeof failure === 'string' ? failure : await failure());
    await sleep(100);
  }
}

/**
 * The text of the first node matching `selector` (CSS, which pierces open shadow roots), or undefined.
 * @param {Page} page
 * @param {string} selector
 */
async function textOf(page, selector) {
  const node = page.locator(selector).first();
  return (await node.count()) ? ((await node.textContent({timeout: 1000})) ?? '').replace(/\s+/g, ' ').trim() : undefined;
}

/**
 * Checks one element's shadow DOM: its language and text.
 * @param {Page} page
 * @param {Shown} shown
 */
async function checkShown(page, {element, lang, text, selector = '[part="base"]'}) {
  const base = `${element} [part="base"]`;
  await until(
    async () => (await page.locator(`${base}[lang="${lang}"]`).count()) > 0,
    async () => {
      const found = await page
        .locator(base)
        .first()
        .getAttribute('lang', {timeout: 1000})
        .catch(() => null);
      return found === null ? `<${element}> shows no data (no [part="base"] in its shadow root)` : `<${element}> speaks ${found}, not ${lang}`;
    },
  );
  const hosts = await page.locator(element).count();
  const bases = await page.locator(base).count();
  if (bases !== hosts) throw new Error(`${hosts} <${element}> show ${bases} [part="base"]: each should show its content once`);
  const where = `${element} ${selector}`;
  await until(
    async () => (await textOf(page, where))?.includes(text) ?? false,
    async () => `<${element}>: ${selector} should hold ${JSON.stringify(text)}; it holds ${JSON.stringify((await textOf(page, where)) ?? null)}`,
  );
}

/**
 * The served HTML, before any JavaScript: the element's declarative shadow root, holding the
 * text (the same text in the page's script data, such as React's payload, does not count).
 * @param {string} url
 * @param {Shown} shown
 */
async function checkServerHtml(url, {element, text}) {
  const response = await fetch(url);
  const html = await response.text();
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  const opening = html.search(new RegExp(`<${element}[\\s>]`));
  if (opening < 0) throw new Error(`the HTML as served has no <${element}>`);
  const rest = html.slice(opening);
  const templateStart = rest.search(/<template\s[^>]*shadowrootmode="open"/);
  const closing = rest.indexOf(`</${element}>`);
  if (templateStart < 0 || (closing >= 0 && templateStart > closing)) throw new Error(`the HTML as served has no <template shadowrootmode="open"> in <${element}>`);
  const template = rest.slice(templateStart, rest.indexOf('</template>', templateStart));
  if (!decodeHtml(template).includes(text)) throw new Error(`the served shadow root of <${element}> does not hold ${JSON.stringify(text)}`);
}

/** @param {string} html */
function decodeHtml(html) {
  /** @type {Record<string, string>} */
  const named = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body) =>
      body[0] === '#'
        ? String.fromCodePoint(Number.parseInt(body.slice(body[1] === 'x' || body[1] === 'X' ? 2 : 1), body[1] === 'x' || body[1] === 'X' ? 16 : 10))
        : (named[body] ?? entity),
    );
}

/**
 * Loads each page of the app and checks it.
 * @param {Browser} browser
 * @param {string} url the server's origin
 * @param {PageCheck[]} pages
 */
async function checkInBrowser(browser, url, pages) {
  for (const {path, shown, events, serverRendered} of pages) {
    const address = url + path;
    const first = /** @type {Shown} */ (shown[0]);
    if (serverRendered) {
      await checkServerHtml(address, first);
      // The browser shows the served shadow root with JavaScript off.
      const context = await browser.newContext({javaScriptEnabled: false});
      try {
        const page = await context.newPage();
        await page.goto(address);
        await checkShown(page, first).catch((error) => {
          throw new Error(`without JavaScript: ${error instanceof Error ? error.message : error}`);
        });
      } finally {
        await context.close();
      }
    }
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      /** @type {string[]} */
      const errors = [];
      page.on('console', (message) => {
        const {url} = message.location();
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}${url ? ` (${url})` : ''}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      const response = await page.goto(address);
      if (!response?.ok()) throw new Error(`GET ${address}: HTTP ${response?.status() ?? 'no response'}`);
      for (const element of new Set(shown.map((item) => item.element))) {
        await until(async () => (await page.evaluate(`customElements.get(${JSON.stringify(element)}) !== undefined`)) === true, `<${element}> is not defined on ${path}`);
      }
      for (const item of shown) await checkShown(page, item);
      const output = async () => (await textOf(page, '#events')) ?? '';
      await until(
        async () => {
          const text = await output();
          return events.every((line) => text.includes(line));
        },
        async () => `${path}: #events should list ${JSON.stringify(events)}; it holds ${JSON.stringify(await output())}`,
      );
      if (/error/i.test(await output())) throw new Error(`${path}: #events reports an error: ${JSON.stringify(await output())}`);
      if (errors.length) throw new Error(`${path}: ${errors.join('\n')}`);
    } finally {
      await context.close();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The run

/**
 * Runs the package's `npm pack` into `folder`; returns the tarball's path.
 * @param {string} folder
 */
async function pack(folder) {
  const log = join(folder, 'pack.log');
  await run('npm', ['pack', '--pack-destination', folder], {cwd: root, log, limit: 120_000});
  const tarballs = (await readdir(folder)).filter((file) => file.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`npm pack made ${tarballs.length} tarballs in ${folder}`);
  return join(folder, /** @type {string} */ (tarballs[0]));
}

/**
 * @typedef {object} Result
 * @property {string} app
 * @property {Array<[string, number]>} steps each step's name and seconds
 * @property {string} [failure]
 * @property {string} folder
 */

/**
 * @param {string} appName
 * @param {App} app
 * @param {string} tarball
 * @param {string} base the run's temporary folder
 * @param {() => Promise<Browser>} getBrowser
 * @returns {Promise<Result>}
 */
async function testApp(appName, app, tarball, base, getBrowser) {
  const folder = join(base, appName);
  /** @type {Result} */
  const result = {app: appName, steps: [], folder};
  /** @type {string | undefined} */
  let log;
  /**
   * @param {string} step
   * @param {() => Promise<void>} body
   */
  const timed = async (step, body) => {
    log = join(folder, `${step}.log`);
    const began = performance.now();
    try {
      await body();
    } finally {
      result.steps.push([step, (performance.now() - began) / 1000]);
    }
  };
  /**
   * @param {string[]} command
   * @param {number} limit
   */
  const local = ([bin, ...args], limit) => run(join(folder, 'node_modules/.bin', /** @type {string} */ (bin)), args, {cwd: folder, log: /** @type {string} */ (log), limit});
  try {
    await timed('copy', async () => {
      await cp(join(appsRoot, appName), folder, {recursive: true, filter: (source) => !/[\\/](node_modules|dist|\.next)$/.test(source)});
      await cp(documentFile, join(folder, dataInApp));
    });
    await timed('install', () => run('npm', ['install', '--no-audit', '--no-fund', tarball], {cwd: folder, log: /** @type {string} */ (log), limit: limits.install}));
    const {typecheck} = app;
    if (typecheck) await timed('typecheck', () => local(typecheck, limits.typecheck));
    await timed('build', () => local(app.build, limits.build));
    /** @type {{url: string, stop: () => Promise<void>} | undefined} */
    let server;
    try {
      await timed('start', async () => {
        const port = await freePort();
        server = await serve(app.serve(port), folder, /** @type {string} */ (log), port);
      });
      const {url} = /** @type {{url: string}} */ (server);
      await timed('browser', async () => checkInBrowser(await getBrowser(), url, app.pages));
    } finally {
      await server?.stop();
    }
  } catch (error) {
    const step = result.steps.at(-1)?.[0] ?? 'copy';
    const message = error instanceof Error ? error.message : String(error);
    // A page that fails in the browser may have failed on the server: the server's output then.
    const output = step === 'browser' ? join(folder, 'start.log') : log;
    const tail = output && existsSync(output) ? (await readFile(output, 'utf8')).trimEnd().split('\n').slice(-30).join('\n') : '';
    result.failure = `${step}: ${message}${tail ? `\n--- last lines of ${output}\n${tail}` : ''}`;
  }
  return result;
}

/** @param {Result} result */
function line({app, steps, failure}) {
  const total = steps.reduce((sum, [, seconds]) => sum + seconds, 0);
  const times = steps.map(([step, seconds]) => `${step} ${seconds.toFixed(1)}s`).join('  ');
  return `${failure ? 'FAIL' : 'PASS'}  ${app.padEnd(16)}  ${times}  total ${total.toFixed(1)}s`;
}

const argv = process.argv.slice(2);
const keep = argv.includes('--keep');
const wanted = argv.filter((arg) => arg !== '--keep');
const present = (await readdir(appsRoot, {withFileTypes: true})).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
for (const app of present) if (!(app in apps)) throw new Error(`test/frameworks/${app} has no entry in scripts/test-frameworks.mjs`);
const unknown = wanted.filter((app) => !(app in apps));
if (unknown.length) {
  console.error(`No such app: ${unknown.join(', ')}. The apps: ${Object.keys(apps).join(', ')}.`);
  process.exit(2);
}
const selected = wanted.length ? wanted : Object.keys(apps);

if (!existsSync(join(root, 'dist/koske-widgets.js'))) {
  console.error('dist/ is missing or incomplete (no dist/koske-widgets.js): run `npm run build` first.');
  process.exit(2);
}

const began = performance.now();
const base = await mkdtemp(join(tmpdir(), 'koske-frameworks-'));
/** @type {Browser | undefined} */
let browser;
const getBrowser = async () => (browser ??= await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs}));
/** @type {Result[]} */
const results = [];
try {
  const packBegan = performance.now();
  const tarball = await pack(base);
  console.log(`packed  ${tarball.slice(base.length + 1)}  ${((performance.now() - packBegan) / 1000).toFixed(1)}s`);
  for (const app of selected) {
    const result = await testApp(app, /** @type {App} */ (apps[app]), tarball, base, getBrowser);
    results.push(result);
    console.log(line(result));
    if (result.failure) console.log(`      ${result.failure.replace(/\n/g, '\n      ')}\n      (kept: ${result.folder})`);
    else if (!keep) await rm(result.folder, {recursive: true, force: true});
  }
} finally {
  await browser?.close();
}
const failed = results.filter((result) => result.failure).length;
console.log(`total ${((performance.now() - began) / 1000).toFixed(1)}s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
if (!failed && !keep) await rm(base, {recursive: true, force: true});
process.exitCode = failed ? 1 : 0;
