// The configurator (demo/configurator.html): the options a webmaster picks,
// a preview made of the real elements, and the snippet to paste. The
// controls are the state: every change reads them all again and redraws the
// preview and the snippet. Nothing pasted is ever parsed as HTML: the preview
// gets it through properties and attributes, the snippet is text in a textarea.
import {jsonErrorPosition} from '../cli/json.js';
import {cdnBase, elementTags, scriptFile, snippet} from '../cli/snippet.js';
import {copyField} from './copy.js';
import {takeOver} from './handoff.js';
import {strings, uiLanguages} from './configurator-strings.js';

/** @typedef {import('./configurator-strings.js').UiLanguage} UiLanguage */
/** @typedef {ReturnType<typeof options>} Choice */
/**
 * The pasted JSON, checked (checkJson).
 * @typedef {{state: 'empty', document?: undefined}
 *   | {state: 'syntax', where: {line: number, column: number} | undefined, detail: string, document?: undefined}
 *   | {state: 'invalid' | 'valid', document: unknown, problems: import('../dist/types/data/validate.js').Problem[]}} CheckedJson
 */

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const form = /** @type {HTMLFormElement} */ ($('options'));
const jsonField = /** @type {HTMLTextAreaElement} */ ($('source-json'));
const snippetField = /** @type {HTMLTextAreaElement} */ ($('snippet'));
const copyButton = /** @type {HTMLButtonElement} */ ($('copy'));
const preview = $('preview');

/**
 * What the snippet needs from the build: the version and the script's hash; and what checks the
 * pasted data: the format's schema and the widgets' own validate().
 * @type {{version: string, integrity: string, schema: import('@cfworker/json-schema').Schema, validate: typeof import('../dist/koske-widgets-library.js').validate} | undefined}
 */
let build;
/**
 * `undefined` while loading, `false` when dist/ is missing.
 * @type {boolean | undefined}
 */
let setup;
/**
 * The configurator's language.
 * @type {UiLanguage}
 */
let ui = 'fi';
/**
 * The outcome of the last copy, as its message's key: '', 'copied' or 'copyFailed'; cleared when the snippet changes.
 * @type {'' | 'copied' | 'copyFailed'}
 */
let copyState = '';
/** The preview's last koske-error reason, '' after a koske-load. */
let previewError = '';
/**
 * The three preview elements, made once and moved in or out.
 * @type {Map<string, HTMLElement & {data?: unknown}>}
 */
const previewElements = new Map(elementTags.map((tag) => [tag, document.createElement(tag)]));

/** @param {string} name */
const checked = (name) => /** @type {HTMLInputElement | null} */ (form.querySelector(`input[name="${name}"]:checked`))?.value ?? '';
/** @param {string} id */
const isChecked = (id) => /** @type {HTMLInputElement} */ ($(id)).checked;
/** @param {string} id */
const valueOf = (id) => /** @type {HTMLInputElement} */ ($(id)).value;

/** Every choice, read from the controls. */
function options() {
  return {
    elements: [...form.querySelectorAll('input[name="element"]:checked')].map((input) => /** @type {HTMLInputElement} */ (input).value),
    source: checked('source'),
    url: valueOf('source-url').trim(),
    json: jsonField.value,
    lang: checked('lang'),
    headingLevel: Number(valueOf('heading-level')),
    variant: /** @type {'full' | 'compact'} */ (checked('variant')),
    structuredData: isChecked('structured-data'),
    map: isChecked('map'),
    openNow: isChecked('open-now'),
    theme: {
      text: isChecked('own-colours') ? valueOf('colour-text') : '',
      background: isChecked('own-colours') ? valueOf('colour-background') : '',
      accent: isChecked('own-accent') ? valueOf('colour-accent') : '',
    },
    base: valueOf('base-url').trim(),
  };
}

// --- The pasted data -----------------------------------------------------------

/**
 * The pasted JSON: `empty`, `syntax` (with where and the engine's words),
 * `invalid` (with the schema's problems) or `valid` (with the document).
 * @param {string} text
 * @param {UiLanguage} language of the problems
 * @returns {CheckedJson}
 */
function checkJson(text, language) {
  if (!text.trim()) return {state: 'empty'};
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {state: 'syntax', where: jsonErrorPosition(text), detail};
  }
  const problems = build ? build.validate(document, build.schema, language) : [];
  return {state: problems.length ? 'invalid' : 'valid', document, problems};
}

// --- Contrast -----------------------------------------------------------------

/**
 * WCAG 2.x relative luminance of `#rrggbb`.
 * @param {string} hex
 */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  /** @param {number} value */
  const linear = (value) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * WCAG 2.x contrast ratio of two `#rrggbb` colours.
 * @param {string} first
 * @param {string} second
 */
export function contrastRatio(first, second) {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

// --- Drawing --------------------------------------------------------------------

function renderStrings() {
  const words = strings[ui];
  document.documentElement.lang = ui;
  document.title = words.title;
  /** @type {HTMLAnchorElement} */ ($('to-editor')).search = `?lang=${ui}`;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    // data-i18n names a plain string (configurator.html).
    node.textContent = /** @type {string} */ (words[/** @type {keyof typeof words} */ (/** @type {HTMLElement} */ (node).dataset.i18n)]);
  }
}

/**
 * Keeps the preview's elements in the chosen order, with the chosen attributes and data.
 * @param {Choice} choice
 * @param {unknown} data
 */
function renderPreview(choice, data) {
  let previous = null;
  for (const [tag, element] of previewElements) {
    if (!choice.elements.includes(tag)) {
      element.remove();
      continue;
    }
    if (choice.lang) element.setAttribute('lang', choice.lang);
    else element.removeAttribute('lang');
    element.setAttribute('heading-level', String(choice.headingLevel));
    element.setAttribute('variant', choice.variant);
    if (tag === 'koske-org-card') element.toggleAttribute('structured-data', choice.structuredData);
    if (tag === 'koske-municipality-list') element.toggleAttribute('map', choice.map);
    if (tag === 'koske-contact-block') element.toggleAttribute('open-now', choice.openNow);
    for (const [name, value] of Object.entries(choice.theme)) {
      if (value) element.style.setProperty(`--koske-${name}`, value);
      else element.style.removeProperty(`--koske-${name}`);
    }
    if (choice.source === 'url') {
      if (element.data !== undefined) element.data = undefined;
      if (choice.url) element.setAttribute('src', choice.url);
      else element.removeAttribute('src');
    } else {
      element.removeAttribute('src');
      if (element.data !== data) element.data = data;
    }
    if (element.parentNode !== preview) {
      if (previous) previous.after(element);
      else preview.prepend(element);
    }
    previous = element;
  }
}

/**
 * @param {Choice} choice
 * @param {CheckedJson} checkedJson
 */
function renderJsonFeedback(choice, checkedJson) {
  const words = strings[ui];
  const status = $('json-status');
  const list = $('json-errors');
  list.replaceChildren();
  const wrong = choice.source === 'json' && (checkedJson.state === 'syntax' || checkedJson.state === 'invalid');
  if (wrong) jsonField.setAttribute('aria-invalid', 'true');
  else jsonField.removeAttribute('aria-invalid');
  status.className = wrong ? 'error' : '';
  switch (checkedJson.state) {
    case 'empty':
      status.textContent = words.jsonEmpty;
      break;
    case 'syntax':
      status.textContent = words.jsonSyntax(checkedJson.where, checkedJson.detail);
      break;
    case 'invalid':
      status.textContent = words.jsonProblems(checkedJson.problems.length);
      for (const problem of checkedJson.problems) {
        const item = document.createElement('li');
        const path = document.createElement('code');
        path.textContent = problem.path;
        item.append(path, `: ${problem.message}`);
        list.append(item);
      }
      break;
    default:
      status.textContent = words.jsonValid;
  }
}

/** @param {Choice} choice */
function renderContrast(choice) {
  const words = strings[ui];
  const status = $('contrast-status');
  if (!choice.theme.text || !choice.theme.background) {
    status.textContent = '';
    status.className = '';
    return;
  }
  const exact = contrastRatio(choice.theme.text, choice.theme.background);
  const low = exact < 4.5;
  // Two decimals, but a ratio just under the limit never shows as an acceptable 4.5.
  const rounded = Math.round(exact * 100) / 100;
  const shown = new Intl.NumberFormat(ui, {maximumFractionDigits: 2}).format(low ? Math.min(rounded, 4.49) : rounded);
  status.textContent = low ? words.contrastLow(shown) : words.contrastOk(shown);
  status.className = low ? 'warning' : 'ok';
}

/**
 * Why there is no snippet, or '' when there is one.
 * @param {Choice} choice
 * @param {CheckedJson} checkedJson
 */
function missing(choice, checkedJson) {
  const words = strings[ui];
  if (setup === false) return words.noSnippetSetup;
  if (!choice.elements.length) return words.noSnippetElements;
  if (choice.source === 'url' && !choice.url) return words.noSnippetUrl;
  if (choice.source === 'json' && checkedJson.state === 'empty') return words.noSnippetJsonEmpty;
  if (choice.source === 'json' && checkedJson.state !== 'valid') return words.noSnippetJsonInvalid;
  return '';
}

/**
 * @param {Choice} choice
 * @param {CheckedJson} checkedJson
 */
function renderSnippet(choice, checkedJson) {
  const words = strings[ui];
  const base = choice.base && !choice.base.endsWith('/') ? `${choice.base}/` : choice.base;
  $('base-hint').textContent = build ? words.baseHint(cdnBase(build.version), build.version) : '';
  $('snippet-hint').textContent = `${words.snippetHint}${build ? ` ${words.versionNote(build.version)}` : ''}`;
  if (!build) {
    snippetField.value = '';
    copyButton.disabled = true;
    $('snippet-reason').textContent = setup === false ? words.noSnippetSetup : '';
    return;
  }
  const reason = missing(choice, checkedJson);
  const text = reason
    ? ''
    : snippet({
        integrity: build.integrity,
        version: build.version,
        base: base || undefined,
        elements: choice.elements,
        src: choice.source === 'url' ? choice.url : undefined,
        document: choice.source === 'json' ? checkedJson.document : undefined,
        lang: choice.lang || undefined,
        headingLevel: choice.headingLevel,
        variant: choice.variant,
        structuredData: choice.structuredData,
        map: choice.map,
        openNow: choice.openNow,
        theme: choice.theme,
      });
  if (text !== snippetField.value) copyState = '';
  snippetField.value = text;
  copyButton.disabled = !text;
  $('snippet-reason').textContent = reason;
  $('copy-status').textContent = copyState ? words[copyState] : '';
  $('copy-status').className = copyState === 'copyFailed' ? 'error' : copyState ? 'ok' : '';
}

/** The last pasted text checked, and in which language: validating again on every other change is wasted. */
let lastCheck = {text: '', language: '', built: false, result: /** @type {CheckedJson} */ ({state: 'empty'})};

function update() {
  const choice = options();
  $('url-fields').hidden = choice.source !== 'url';
  $('json-fields').hidden = choice.source !== 'json';
  $('colour-fields').hidden = !isChecked('own-colours');
  $('accent-fields').hidden = !isChecked('own-accent');
  if (lastCheck.text !== choice.json || lastCheck.language !== ui || lastCheck.built !== !!build) {
    lastCheck = {text: choice.json, language: ui, built: !!build, result: checkJson(choice.json, ui)};
  }
  const checkedJson = lastCheck.result;
  // The widgets take JSON text too: text that does not parse shows their own error state.
  const data = checkedJson.state === 'empty' ? undefined : (checkedJson.document ?? choice.json);
  renderJsonFeedback(choice, checkedJson);
  renderContrast(choice);
  renderPreview(choice, data);
  $('preview-status').textContent = previewError ? strings[ui].previewError(previewError) : '';
  renderSnippet(choice, checkedJson);
}

// --- Copying --------------------------------------------------------------------

async function copy() {
  if (!snippetField.value) return;
  const done = await copyField(snippetField, copyButton);
  // Emptied first, so saying "copied" twice in a row is announced twice.
  copyState = '';
  $('copy-status').textContent = '';
  await new Promise((resolve) => setTimeout(resolve, 50));
  copyState = done ? 'copied' : 'copyFailed';
  $('copy-status').textContent = strings[ui][copyState];
  $('copy-status').className = done ? 'ok' : 'error';
}

// --- Wiring ---------------------------------------------------------------------

let typing = 0;
form.addEventListener('input', (event) => {
  // Typing JSON is checked when the typist pauses; every other control at once.
  if (event.target === jsonField) {
    clearTimeout(typing);
    typing = window.setTimeout(update, 250);
  } else update();
});
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());

$('source-file').addEventListener('change', async (event) => {
  const file = /** @type {HTMLInputElement} */ (event.target).files?.[0];
  if (!file) return;
  jsonField.value = await file.text();
  /** @type {HTMLInputElement} */ (form.querySelector('input[name="source"][value="json"]')).checked = true;
  update();
});

$('use-example').addEventListener('click', async () => {
  const response = await fetch(new URL('documents/yhdessa-ei-olla-yksin.json', import.meta.url));
  jsonField.value = await response.text();
  update();
});

copyButton.addEventListener('click', copy);

preview.addEventListener('koske-error', (event) => {
  previewError = /** @type {CustomEvent} */ (event).detail?.reason ?? 'error';
  update();
});
preview.addEventListener('koske-load', () => {
  if (!previewError) return;
  previewError = '';
  update();
});

for (const input of document.querySelectorAll('input[name="ui-lang"]')) {
  input.addEventListener('change', () => {
    ui = /** @type {UiLanguage} */ (/** @type {HTMLInputElement} */ (input).value);
    const url = new URL(location.href);
    url.searchParams.set('lang', ui);
    history.replaceState(null, '', url);
    renderStrings();
    update();
  });
}

/** Starts in the language the address asks for (`?lang=sv`), else Finnish. */
function start() {
  const asked = new URLSearchParams(location.search).get('lang');
  ui = /** @type {readonly (string | null)[]} */ (uiLanguages).includes(asked) ? /** @type {UiLanguage} */ (asked) : 'fi';
  for (const input of document.querySelectorAll('input[name="ui-lang"]')) {
    /** @type {HTMLInputElement} */ (input).checked = /** @type {HTMLInputElement} */ (input).value === ui;
  }
  // The example's own address, so the preview shows something at once; the webmaster types theirs over it.
  const url = /** @type {HTMLInputElement} */ ($('source-url'));
  if (!url.value) url.value = new URL('documents/yhdessa-ei-olla-yksin.json', location.href).href;
  // A document from the data editor comes in as pasted JSON; to link it by URL instead, the webmaster hosts the file and types its address.
  const handed = takeOver();
  if (handed !== undefined) {
    jsonField.value = handed;
    /** @type {HTMLInputElement} */ (form.querySelector('input[name="source"][value="json"]')).checked = true;
  }
  renderStrings();
  update();
  Promise.all([
    ...['../dist/integrity.json', '../dist/koske-widgets.schema.json'].map(async (path) => {
      const response = await fetch(new URL(path, import.meta.url));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json();
    }),
    // With the registry of municipalities, so that codes given alone are checked as the widgets read them.
    import('../dist/koske-widgets-library.js').then(async (library) => (await library.registryReady(), library)),
  ])
    .then(([integrity, schema, library]) => {
      const hash = integrity.files?.[scriptFile];
      if (typeof hash !== 'string' || !hash.startsWith('sha384-')) throw new Error(`dist/integrity.json has no hash for ${scriptFile}`);
      build = {version: integrity.version, integrity: hash, schema, validate: library.validate};
      setup = true;
      update();
    })
    .catch((error) => {
      console.warn('koske-widgets configurator: the built files are missing; run `npm start`.', error);
      setup = false;
      update();
    });
}

start();
