#!/usr/bin/env node
// The command line: `koske-widgets validate` checks data files by the
// widgets' own rules, `koske-widgets snippet` prints the HTML to paste into
// a page, with the script pinned to this version and its integrity hash, and
// `koske-widgets from-ptv` makes a data file from Suomi.fi Service Catalogue
// (PTV) documents, and `koske-widgets render` prints an element's HTML
// rendered on the server.
// Package files are found beside this script, never in the working
// directory, so `npx koske-widgets` works from anywhere.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {elementTags, scriptFile, snippet} from '../cli/snippet.js';
import {jsonErrorPosition} from '../cli/json.js';

/**
 * @param {string} path
 * @returns {URL}
 */
const packageFile = (path) => new URL(`../${path}`, import.meta.url);

const shortUsage = `Usage:
  koske-widgets validate [--lang fi|sv|en] <file.json>...
  koske-widgets snippet (--src URL | --data file.json) [options]
  koske-widgets from-ptv (organization.json [channel.json...] | --from-url URL...)
  koske-widgets jsonld [--lang fi|sv|en|de] <file.json>
  koske-widgets render --element TAG [options] <file.json>
  koske-widgets --help | --version
`;

const usage = `${shortUsage}
validate  Checks each file (- reads standard input) as the widgets read it
          and prints each problem with the field's path.
  --lang fi|sv|en        language of the messages (default en)

snippet   Prints the HTML for a page: the script, pinned to this version with
          its integrity hash, and the elements.
  --src URL              where the page fetches the data from
  --data file.json       write the data into the snippet instead (it is
                         validated first; - reads standard input)
  --lang fi|sv|en|de     language of the elements (default: the page's)
  --element TAG          koske-org-card, koske-municipality-list or
                         koske-contact-block; repeat for more (default: all)
  --heading-level 1-6    level of each element's heading (default 2)
  --variant full|compact (default full)
  --structured-data      the card adds its schema.org JSON-LD to the page's
                         <head>, for search engines
  --map                  the list shows a map of the area
  --open-now             the contact block says with its hours whether it
                         is open now (Helsinki time)
  --base URL             where this version's dist/ is hosted
                         (default https://cdn.jsdelivr.net/npm/koske-widgets@VERSION/dist/)
  --accent, --text, --background, --border COLOUR
                         the --koske-* colours, such as --accent '#00589c'

from-ptv  Prints a data file made from Suomi.fi Service Catalogue (PTV) v11
          read-API documents: an Organization and any of its ServiceChannels
          (ServiceLocation, Phone, WebPage), alone or as a paged list. What
          the data format has no field for is said on stderr.
  FILE                   a PTV document (- reads standard input)
  --from-url URL         fetch a PTV document, such as
                         https://api.palvelutietovaranto.suomi.fi/api/v11/Organization/ID;
                         repeat for more

jsonld    Prints the schema.org JSON-LD that <koske-org-card structured-data>
          adds to a page, for a data file (- reads standard input).
  --lang fi|sv|en|de     language of its texts (default fi)

render    Prints an element rendered on the server, for static sites and
          server templates: its content in a declarative shadow root, which
          shows before any JavaScript runs (and without it), and the data as a
          JSON child, which the element reads when the script arrives. The data
          is validated first (- reads standard input). Needs @lit-labs/ssr.
  --element TAG          koske-org-card, koske-municipality-list or
                         koske-contact-block
  --lang fi|sv|en|de     language of the element (default fi)
  --variant full|compact (default full)
  --heading-level 1-6    level of each element's heading (default 2)
  --map                  the list shows a map of the area, drawn in the HTML

Exit status: 0 done (every file valid), 1 problems found or a file could not
be read, 2 wrong usage.
`;

/**
 * What fetch() throws: a TimeoutError, or undici's TypeError with the network's error as its cause.
 * @typedef {Error & {cause?: {code?: string, message?: string}}} FetchError
 */

/** A mistake in the command line: said on stderr with the usage, exit status 2. */
class UsageError extends Error {}

/** Something the command could not do (a missing dist/, say): said on stderr, exit status 1. */
class Failure extends Error {}

const validateLanguages = ['fi', 'sv', 'en'];
/** How long --from-url waits for an answer. */
const fetchTimeout = 15_000;
const elementLanguages = ['fi', 'sv', 'en', 'de'];
const themeOptions = ['accent', 'text', 'background', 'border'];

/**
 * "a, b or c"
 * @param {string[]} values
 */
const choices = (values) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

/**
 * parseArgs with its errors said briefly, as usage errors.
 * @template {import('node:util').ParseArgsOptionsConfig} O
 * @param {string[]} args
 * @param {O} options
 * @template {boolean} P
 * @param {P} allowPositionals
 */
function parse(args, options, allowPositionals) {
  try {
    return parseArgs({args, options, allowPositionals, strict: true});
  } catch (error) {
    // parseArgs throws TypeErrors with a `code`.
    const option = /'(-[^' ]+)/.exec(/** @type {NodeJS.ErrnoException} */ (error).message)?.[1];
    switch (/** @type {NodeJS.ErrnoException} */ (error).code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw new UsageError(`unknown option ${option ?? ''}`.trim());
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        throw new UsageError(option ? `option ${option} needs a value` : /** @type {NodeJS.ErrnoException} */ (error).message);
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        throw new UsageError(`unexpected argument ${/'([^']*)'/.exec(/** @type {NodeJS.ErrnoException} */ (error).message)?.[1] ?? ''}`.trim());
      default:
        throw new UsageError(/** @type {NodeJS.ErrnoException} */ (error).message);
    }
  }
}

/**
 * A JSON file of the package, or a Failure that names what it is for.
 * @param {string} path
 * @param {string} what
 * @returns {unknown}
 */
function readPackageJson(path, what) {
  let text;
  try {
    text = readFileSync(packageFile(path), 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    throw new Failure(`${fileURLToPath(packageFile(path))} is missing: ${what}. In a copy of the repository, run \`npm run build\` first.`);
  }
  return JSON.parse(text);
}

const packageVersion = () => JSON.parse(readFileSync(packageFile('package.json'), 'utf8')).version;

/** @type {string | undefined} */
let stdinText;
/** All of standard input, read once however many times `-` is named. */
async function readStdin() {
  if (stdinText === undefined) {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    stdinText = Buffer.concat(chunks).toString('utf8');
  }
  return stdinText;
}

/**
 * JSON.parse's message without the bit of source it quotes, with the line and column of the mistake.
 * @param {unknown} error what JSON.parse threw (a SyntaxError)
 * @param {string} text
 */
function jsonErrorMessage(error, text) {
  if (text.trim() === '') return 'the file is empty';
  const message = /** @type {SyntaxError} */ (error).message
    .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .replace(/( in JSON)? at position \d+$/, '');
  const where = jsonErrorPosition(text);
  return where ? `${message} at line ${where.line}, column ${where.column}` : message;
}

/**
 * The parsed document of `file`, or the one line that says why there is none.
 * @param {string} file a path, or `-` for standard input
 * @returns {Promise<{name: string, document?: unknown, problem?: string}>}
 */
async function load(file) {
  const name = file === '-' ? '(stdin)' : file;
  let text;
  try {
    text = file === '-' ? await readStdin() : readFileSync(file, 'utf8');
  } catch (error) {
    // A file system error, with its code (an unknown code names no reason: the message says it).
    const reason =
      /** @type {Record<string, string | undefined>} */ ({ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'is a directory'})[
        /** @type {string} */ (/** @type {NodeJS.ErrnoException} */ (error).code)
      ] ?? /** @type {NodeJS.ErrnoException} */ (error).message;
    return {name, problem: `${name}: cannot read: ${reason}`};
  }
  // Servers and browsers drop a UTF-8 byte order mark before parsing; so do we.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return {name, document: JSON.parse(text)};
  } catch (error) {
    return {name, problem: `${name}: not valid JSON: ${jsonErrorMessage(error, text)}`};
  }
}

const loadSchema = () => /** @type {import('@cfworker/json-schema').Schema} */ (readPackageJson('dist/koske-widgets.schema.json', 'the JSON Schema of the data format'));

/**
 * The document in `file` and the lines that say what is wrong with it, none when it is valid.
 * @param {string} file
 * @param {import('@cfworker/json-schema').Schema} schema
 * @param {string} language of the messages: fi, sv or en
 * @returns {Promise<{name: string, document?: unknown, lines: string[]}>}
 */
async function check(file, schema, language) {
  const {name, document, problem} = await load(file);
  if (problem) return {name, lines: [problem]};
  const {registryReady, validate} = await library();
  // For municipalities or the region named by code alone.
  await registryReady();
  return {name, document, lines: validate(document, schema, language).map(({path, message}) => `${name}: ${path}: ${message}`)};
}

/**
 * @param {string[]} args
 * @returns {Promise<number>} the exit status
 */
async function validateCommand(args) {
  const {values, positionals} = parse(args, {lang: {type: 'string'}, help: {type: 'boolean', short: 'h'}}, true);
  if (values.help) return help();
  const language = values.lang ?? 'en';
  if (!validateLanguages.includes(language)) throw new UsageError(`--lang must be ${choices(validateLanguages)}, not "${language}"`);
  if (positionals.length === 0) throw new UsageError('validate needs at least one file (- reads standard input)');
  const schema = loadSchema();
  let failed = false;
  for (const file of positionals) {
    const {name, lines} = await check(file, schema, language);
    if (lines.length) failed = true;
    process.stdout.write(`${(lines.length ? lines : [`${name}: valid`]).join('\n')}\n`);
  }
  return failed ? 1 : 0;
}

/** The integrity hash of the script from dist/integrity.json, checked against the file itself when it is there. */
function scriptIntegrity() {
  const manifest = /** @type {{version: string, files?: Record<string, string | undefined>}} */ (readPackageJson('dist/integrity.json', 'the integrity hashes of the built files'));
  const integrity = manifest.files?.[scriptFile];
  if (!integrity) throw new Failure(`dist/integrity.json has no hash for ${scriptFile}; run \`npm run build\`.`);
  let bytes;
  try {
    bytes = readFileSync(packageFile(`dist/${scriptFile}`));
  } catch {
    // Only the hash is needed to write the snippet.
  }
  // A hash that does not match the file would make every browser refuse the script.
  const [algorithm] = integrity.split('-');
  if (bytes && `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}` !== integrity) {
    throw new Failure(`dist/integrity.json does not match dist/${scriptFile} (it was built again after the hashes were written); run \`npm run build\`.`);
  }
  return {integrity, version: manifest.version};
}

/**
 * @param {string[]} args
 * @returns {Promise<number>} the exit status
 */
async function snippetCommand(args) {
  /** @satisfies {import('node:util').ParseArgsOptionsConfig} */
  const options = {
    src: {type: 'string'},
    data: {type: 'string'},
    lang: {type: 'string'},
    element: {type: 'string', multiple: true},
    'heading-level': {type: 'string'},
    variant: {type: 'string'},
    'structured-data': {type: 'boolean'},
    map: {type: 'boolean'},
    'open-now': {type: 'boolean'},
    base: {type: 'string'},
    help: {type: 'boolean', short: 'h'},
    .../** @type {Record<string, {type: 'string'}>} */ (Object.fromEntries(themeOptions.map((name) => [name, {type: 'string'}]))),
  };
  const {values} = parse(args, options, false);
  if (values.help) return help();
  if (values.src !== undefined && values.data !== undefined) throw new UsageError('give --src or --data, not both');
  if (values.src === undefined && values.data === undefined) throw new UsageError('snippet needs --src URL (or --data file.json)');
  if (values.src !== undefined && values.src.trim() === '') throw new UsageError('--src needs a URL');
  if (values.lang !== undefined && !elementLanguages.includes(values.lang)) {
    throw new UsageError(`--lang must be ${choices(elementLanguages)}, not "${values.lang}" (leave it out to follow the page's language)`);
  }
  for (const tag of values.element ?? []) {
    if (!elementTags.includes(tag)) throw new UsageError(`unknown element "${tag}": --element must be ${choices(elementTags)}`);
  }
  const headingLevel = values['heading-level'];
  if (headingLevel !== undefined && !/^[1-6]$/.test(headingLevel)) throw new UsageError(`--heading-level must be a number from 1 to 6, not "${headingLevel}"`);
  if (values.variant !== undefined && !['full', 'compact'].includes(values.variant)) throw new UsageError(`--variant must be full or compact, not "${values.variant}"`);
  if (values.base !== undefined && values.base.trim() === '') throw new UsageError('--base needs a URL');
  /** @type {Record<string, string>} */
  const theme = {};
  for (const name of themeOptions) {
    const value = /** @type {Record<string, string | undefined>} */ (values)[name];
    if (value === undefined) continue;
    // One value per property: a ; or brace would add declarations of its own.
    if (value.trim() === '' || /[;{}\n\r]/.test(value)) throw new UsageError(`--${name} must be one CSS colour, such as #00589c, not "${value}"`);
    theme[name] = value.trim();
  }

  let document;
  if (values.data !== undefined) {
    const checked = await check(values.data, loadSchema(), 'en');
    if (checked.lines.length) {
      process.stderr.write(`${checked.lines.join('\n')}\n${checked.name}: no snippet written; correct the data first\n`);
      return 1;
    }
    ({document} = checked);
  }
  const {integrity, version} = scriptIntegrity();
  const base = values.base === undefined ? undefined : values.base.endsWith('/') ? values.base : `${values.base}/`;
  const html = snippet({
    integrity,
    version,
    base,
    elements: values.element ?? elementTags,
    src: values.src,
    document,
    lang: values.lang,
    headingLevel: headingLevel === undefined ? undefined : Number(headingLevel),
    variant: /** @type {'full' | 'compact' | undefined} */ (values.variant),
    structuredData: values['structured-data'],
    map: values.map,
    openNow: values['open-now'],
    theme,
  });
  process.stdout.write(`${html}\n`);
  return 0;
}

/**
 * The parsed PTV document at `url`, or the one line that says why there is none.
 * @param {string} url
 * @returns {Promise<{name: string, document?: unknown, problem?: string}>}
 */
async function loadUrl(url) {
  let response;
  try {
    response = await fetch(url, {headers: {accept: 'application/json'}, signal: AbortSignal.timeout(fetchTimeout)});
  } catch (error) {
    // undici's TypeError names the network's error as its cause.
    const reason =
      /** @type {FetchError} */ (error).name === 'TimeoutError'
        ? `no answer in ${fetchTimeout / 1000} s`
        : (/** @type {FetchError} */ (error).cause?.code ?? /** @type {FetchError} */ (error).cause?.message ?? /** @type {FetchError} */ (error).message);
    return {name: url, problem: `${url}: cannot fetch: ${reason}`};
  }
  if (!response.ok) {
    await response.body?.cancel();
    return {name: url, problem: `${url}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`};
  }
  let text;
  try {
    text = await response.text();
  } catch (error) {
    // The time limit covers the body too. Otherwise undici names the same cut differently
    // by timing (a socket error or a length mismatch), so the cut is said in words.
    const reason = /** @type {Error} */ (error).name === 'TimeoutError' ? `no complete answer in ${fetchTimeout / 1000} s` : 'the answer broke off before its end';
    return {name: url, problem: `${url}: ${reason}`};
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return {name: url, document: JSON.parse(text)};
  } catch (error) {
    const type = response.headers.get('content-type');
    return {name: url, problem: `${url}: the answer is not JSON${type ? ` (${type.split(';')[0]})` : ''}: ${jsonErrorMessage(error, text)}`};
  }
}

/**
 * @param {string[]} args
 * @returns {Promise<number>} the exit status
 */
async function fromPtvCommand(args) {
  const {values, positionals} = parse(args, {'from-url': {type: 'string', multiple: true}, help: {type: 'boolean', short: 'h'}}, true);
  if (values.help) return help();
  const urls = values['from-url'] ?? [];
  if (positionals.length === 0 && urls.length === 0) throw new UsageError('from-ptv needs a PTV file (- reads standard input) or --from-url URL');
  for (const url of urls) {
    if (!/^https?:\/\/[^/\s]/i.test(url)) throw new UsageError(`--from-url needs an http(s) address, not "${url}"`);
  }
  // The schema is read first: without dist/ there is nothing to check the result against.
  const schema = loadSchema();
  const inputs = [...(await Promise.all(positionals.map(load))), ...(await Promise.all(urls.map(loadUrl)))];
  const problems = inputs.filter(({problem}) => problem).map(({problem}) => problem);
  if (problems.length) throw new Failure(problems.join('\nkoske-widgets: '));
  const {validate} = await library();
  // Imported here: the importer judges values by the built library's rules.
  const {PtvError, fromPtv} = await import('../cli/ptv/adapter.js');
  let result;
  try {
    result = fromPtv(
      inputs.map(({document}) => document),
      {names: inputs.map(({name}) => name)},
    );
  } catch (error) {
    if (error instanceof PtvError) throw new Failure(error.message);
    throw error;
  }
  const {document, notes} = result;
  for (const note of notes) process.stderr.write(`koske-widgets: note: ${note}\n`);
  // The adapter writes only what the format allows; a problem here is a bug in it, and a
  // file the widgets would partly refuse must not be written as if it were fine.
  const invalid = validate(document, schema, 'en');
  if (invalid.length) {
    process.stderr.write(`${invalid.map(({path, message}) => `koske-widgets: the converted data is not valid: ${path}: ${message}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  return 0;
}

function help() {
  process.stdout.write(usage);
  return 0;
}

/**
 * The widgets' own reading and checking of a document, and its JSON-LD (dist/koske-widgets-library.js, built from src/library.ts).
 * @returns {Promise<typeof import('../dist/koske-widgets-library.js')>}
 */
async function library() {
  readPackageJson('dist/integrity.json', 'the built files');
  return import(packageFile('dist/koske-widgets-library.js').href);
}

/**
 * @param {string[]} args
 * @returns {Promise<number>} the exit status
 */
async function jsonldCommand(args) {
  const {values, positionals} = parse(args, {lang: {type: 'string'}, help: {type: 'boolean', short: 'h'}}, true);
  if (values.help) return help();
  const language = values.lang ?? 'fi';
  if (!elementLanguages.includes(language)) throw new UsageError(`--lang must be ${choices(elementLanguages)}, not "${language}"`);
  if (positionals.length !== 1) throw new UsageError('jsonld takes one data file');
  const {document, problem} = await load(positionals[0]);
  if (problem) throw new Failure(problem);
  const {describeIgnored, parseDocument, registryReady, structuredData} = await library();
  // For municipalities or the region named by code alone: their names come from the registry.
  await registryReady();
  const read = parseDocument(document);
  if (!read.ok) throw new Failure(`${positionals[0]}: ${read.problem}`);
  for (const ignored of read.ignored) process.stderr.write(`koske-widgets: note: ignored ${describeIgnored(ignored)}\n`);
  // One of elementLanguages, checked above.
  process.stdout.write(`${JSON.stringify(structuredData(read.organisation, /** @type {import('../dist/types/i18n/language.js').InterfaceLanguage} */ (language)), null, 2)}\n`);
  return 0;
}

/**
 * @param {string[]} args
 * @returns {Promise<number>} the exit status
 */
async function renderCommand(args) {
  /** @satisfies {import('node:util').ParseArgsOptionsConfig} */
  const options = {
    element: {type: 'string'},
    lang: {type: 'string'},
    variant: {type: 'string'},
    'heading-level': {type: 'string'},
    map: {type: 'boolean'},
    help: {type: 'boolean', short: 'h'},
  };
  const {values, positionals} = parse(args, options, true);
  if (values.help) return help();
  if (values.element === undefined) throw new UsageError(`render needs --element: ${choices(elementTags)}`);
  if (!elementTags.includes(values.element)) throw new UsageError(`unknown element "${values.element}": --element must be ${choices(elementTags)}`);
  const language = values.lang ?? 'fi';
  if (!elementLanguages.includes(language)) throw new UsageError(`--lang must be ${choices(elementLanguages)}, not "${language}"`);
  if (values.variant !== undefined && !['full', 'compact'].includes(values.variant)) throw new UsageError(`--variant must be full or compact, not "${values.variant}"`);
  const headingLevel = values['heading-level'];
  if (headingLevel !== undefined && !/^[1-6]$/.test(headingLevel)) throw new UsageError(`--heading-level must be a number from 1 to 6, not "${headingLevel}"`);
  if (positionals.length !== 1) throw new UsageError('render takes one data file');
  const checked = await check(positionals[0], loadSchema(), 'en');
  if (checked.lines.length) {
    process.stderr.write(`${checked.lines.join('\n')}\n${checked.name}: nothing rendered; correct the data first\n`);
    return 1;
  }
  const {renderToString} = await serverRendering();
  const html = await renderToString({
    element: /** @type {import('../dist/types/ssr.js').ElementName} */ (values.element),
    data: checked.document,
    lang: language,
    variant: /** @type {'full' | 'compact' | undefined} */ (values.variant),
    headingLevel: headingLevel === undefined ? undefined : Number(headingLevel),
    map: values.map,
  });
  process.stdout.write(`${html}\n`);
  return 0;
}

/**
 * Server rendering (dist/server/ssr.js, built from src/ssr.ts), which needs the optional @lit-labs/ssr.
 * @returns {Promise<typeof import('../dist/types/ssr.js')>}
 */
async function serverRendering() {
  readPackageJson('dist/integrity.json', 'the built files');
  try {
    return await import(packageFile('dist/server/ssr.js').href);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ERR_MODULE_NOT_FOUND' && /@lit-labs\/ssr/.test(/** @type {Error} */ (error).message)) {
      throw new Failure('render needs @lit-labs/ssr, which is not installed: npm install @lit-labs/ssr (or npx -p @lit-labs/ssr -p koske-widgets koske-widgets render …)');
    }
    throw error;
  }
}

/**
 * @param {string[]} args the command line after `koske-widgets`
 * @returns {Promise<number>} the exit status
 */
async function main(args) {
  const [command, ...rest] = args;
  switch (command) {
    case undefined:
      process.stdout.write(usage);
      return 2;
    case '--help':
    case '-h':
    case 'help':
      return help();
    case '--version':
    case '-v':
      process.stdout.write(`${packageVersion()}\n`);
      return 0;
    case 'validate':
      return validateCommand(rest);
    case 'snippet':
      return snippetCommand(rest);
    case 'from-ptv':
      return fromPtvCommand(rest);
    case 'jsonld':
      return jsonldCommand(rest);
    case 'render':
      return renderCommand(rest);
    default:
      throw new UsageError(command.startsWith('-') ? `unknown option ${command}` : `unknown command "${command}": use validate, snippet, from-ptv, jsonld or render`);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`koske-widgets: ${error.message}\n\n${shortUsage}Run koske-widgets --help for the options.\n`);
    process.exitCode = 2;
  } else if (error instanceof Failure) {
    process.stderr.write(`koske-widgets: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
