// The data editor (demo/editor.html): one state, one render. Every action
// (ctx.act in fields.js) makes a new state; the page is rendered from it by
// Lit, so the form, the error summary and the preview never disagree. The
// document is plain JSON, changed field by field (document.js); it is checked
// by the widgets' own validate(), shown by the real built elements, and kept
// as a draft in this browser's local storage. Nothing is sent anywhere.
import {html, nothing, render} from 'lit';
import {fromPtv} from '../../cli/ptv/adapter.js';
import {jsonErrorPosition} from '../../cli/json.js';
import {isObject, registryMunicipalities, registryReady, registryRegions, validate} from '../../dist/koske-widgets-library.js';
import {copyField} from '../copy.js';
import {handOver} from '../handoff.js';
import {append, documentLanguage, getIn, languagesOf, move, pathText, removeAt, setIn, textIn, withDocumentLanguage, withText} from './document.js';
import {fieldId} from './fields.js';
import {registryOf, sections} from './form.js';
import {contentLanguages, strings, uiLanguages} from './strings.js';

/** @typedef {import('./strings.js').UiLanguage} UiLanguage */
/** @typedef {import('./document.js').Path} Path */
/** @typedef {import('./document.js').Schema} Schema */
/** @typedef {import('./fields.js').Action} Action */
/** @typedef {import('./fields.js').Registry} Registry */
/** @typedef {import('../../dist/types/data/validate.js').Problem} Problem */
/**
 * The whole editor.
 * @typedef {object} State
 * @property {UiLanguage} ui
 * @property {unknown} document undefined before one is started or opened
 * @property {string} saved the JSON last opened or saved, to tell unsaved changes
 * @property {string[]} languages the content languages, at most four
 * @property {string} language the content language being edited, and shown in the preview
 * @property {'tabs' | 'side'} layout
 * @property {'full' | 'compact'} variant of the preview
 * @property {boolean} checked whether messages show: after Check, a save, or opening a file
 * @property {Problem[]} problems
 * @property {string} search
 * @property {string} status what the live region says
 * @property {string[]} notes what a PTV import could not keep
 * @property {string} startError why a file did not open
 * @property {boolean} restored whether the document is a draft restored from storage
 */

/** Where the draft is kept (the widgets themselves store nothing). */
const draftKey = 'koske-widgets:editor-draft';
const seedUrl = new URL('documents/yhdessa-ei-olla-yksin.json', document.baseURI);
/** How long typing pauses before the preview, the check and the draft follow. */
const pause = 300;

/** @type {Schema | undefined} */
let schema;
/** @type {Registry | undefined} */
let registry;
/** What each number field shows while it is typed (its text), by path. */
const typed = new Map();
/** The element to focus after the next render: an id, or a list item's path. */
let focusNext = '';
/** The preview's data, behind the document by one pause. */
let previewData = /** @type {unknown} */ (undefined);
let followTimer = 0;

/** @type {State} */
let state = {
  ui: 'fi',
  document: undefined,
  saved: '',
  languages: ['fi'],
  language: 'fi',
  layout: 'tabs',
  variant: 'full',
  checked: false,
  problems: [],
  search: '',
  status: '',
  notes: [],
  startError: '',
  restored: false,
};

/** @param {unknown} value */
const serialize = (value) => `${JSON.stringify(value, null, 2)}\n`;
const words = () => strings[state.ui];
const unsaved = () => state.document !== undefined && serialize(state.document) !== state.saved;

/**
 * A number field's text as a value: a number where it is one, else the text for the check to name.
 * @param {string} text
 */
const numberValue = (text) => (/^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : text.trim() || undefined);

// --- Actions ------------------------------------------------------------------

/**
 * The document after a change, with the check, the preview and the draft to follow.
 * @param {unknown} next
 * @param {Partial<State>} [more]
 */
function changeDocument(next, more = {}) {
  state = {...state, ...more, document: next};
  scheduleFollow();
  update();
}

/** @param {Action} action */
function act(action) {
  const document = state.document;
  switch (action.type) {
    case 'set':
      return changeDocument(setIn(schema, document, action.path, action.value));
    case 'text':
      return changeDocument(setIn(schema, document, action.path, withText(getIn(document, action.path), action.language, action.text, documentLanguage(document))));
    case 'number':
      typed.set(pathText(action.path), action.text);
      return changeDocument(setIn(schema, document, action.path, numberValue(action.text)));
    case 'append': {
      const list = getIn(document, action.path);
      const index = Array.isArray(list) ? list.length : 0;
      focusNext = action.focus === 'search' ? 'municipality-search' : fieldId([...action.path, index]);
      return changeDocument(append(schema, document, action.path, action.item), action.focus === 'search' ? {search: ''} : {});
    }
    case 'remove': {
      focusNext = action.focus;
      return changeDocument(removeAt(schema, document, action.path, action.index), {status: words().removed(action.name)});
    }
    case 'move': {
      const list = getIn(document, action.path);
      const count = Array.isArray(list) ? list.length : 0;
      const button = action.to < action.from ? (action.to === 0 ? 'down' : 'up') : action.to === count - 1 ? 'up' : 'down';
      focusNext = `${fieldId([...action.path, action.to])}-${button}`;
      return changeDocument(move(schema, document, action.path, action.from, action.to), {status: words().moved(action.name, action.to + 1, count)});
    }
    case 'weekdays': {
      const monday = getIn(document, [...action.path, 'monday']);
      let next = document;
      for (const day of ['tuesday', 'wednesday', 'thursday', 'friday']) next = setIn(schema, next, [...action.path, day], structuredClone(monday));
      return changeDocument(next);
    }
    case 'search':
      state = {...state, search: action.text};
      return update();
  }
}

/**
 * The check, the preview and the draft, once typing pauses.
 */
function scheduleFollow() {
  clearTimeout(followTimer);
  followTimer = window.setTimeout(follow, pause);
}

function follow() {
  clearTimeout(followTimer);
  previewData = state.document === undefined ? undefined : structuredClone(state.document);
  state = {...state, problems: check(state.document)};
  saveDraft();
  update();
}

/**
 * The document's problems, in the interface's language, as `validate` says them.
 * @param {unknown} document
 * @returns {Problem[]}
 */
const check = (document) => (document !== undefined && schema ? validate(document, schema, state.ui) : []);

// --- Starting and opening ---------------------------------------------------------

/**
 * Starts on a document: the content languages are the ones it has (at most four shown, the rest kept).
 * @param {unknown} document
 * @param {{checked: boolean, notes?: string[], status?: string}} how
 */
function start(document, {checked, notes = [], status = ''}) {
  if (unsaved() && !confirm(words().replaceConfirm)) return;
  typed.clear();
  const languages = schema ? languagesOf(schema, document).slice(0, 4) : [documentLanguage(document)];
  // The interface's language first, where the document has it.
  const language = languages.includes(state.ui) ? state.ui : (languages[0] ?? 'fi');
  state = {...state, document, saved: serialize(document), languages, language, checked, notes, status, startError: '', restored: false, search: ''};
  follow();
}

/** @param {UiLanguage} ui */
const emptyDocument = (ui) => ({version: 2, lang: ui});

/**
 * Opens a JSON text as a document, or says why it cannot be one.
 * @param {string} text
 * @param {string} name the file's, for the status
 * @param {boolean} [checked] whether its problems show at once (they do for a file of one's own)
 */
function openJson(text, name, checked = true) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    state = {...state, startError: words().jsonSyntax(jsonErrorPosition(text), error instanceof Error ? error.message : String(error))};
    return update();
  }
  if (!isObject(document)) {
    state = {...state, startError: words().notObject};
    return update();
  }
  start(document, {checked, status: words().opened(name)});
}

/**
 * Converts a PTV v11 Organization document in the browser, by the command line's own adapter.
 * @param {string} text
 * @param {string} name
 */
function openPtv(text, name) {
  try {
    const {document, notes} = fromPtv([JSON.parse(text)], {names: [name]});
    start(document, {checked: true, notes, status: words().opened(name)});
  } catch (error) {
    state = {...state, startError: `${words().ptvFailed} ${error instanceof Error ? error.message : String(error)}`};
    update();
  }
}

/**
 * @param {Event} event
 * @param {(text: string, name: string) => void} open
 */
async function openFile(event, open) {
  const input = /** @type {HTMLInputElement} */ (event.target);
  const file = input.files?.[0];
  if (!file) return;
  open(await file.text(), file.name);
  input.value = '';
}

// --- Drafts -----------------------------------------------------------------------

function saveDraft() {
  try {
    if (state.document === undefined) localStorage.removeItem(draftKey);
    else localStorage.setItem(draftKey, JSON.stringify({document: state.document, saved: state.saved, languages: state.languages, language: state.language, layout: state.layout}));
  } catch {
    // Storage refused (private mode, a full quota): the editor works on, without a draft.
  }
}

/** The draft kept in this browser, if any. */
function restoreDraft() {
  try {
    const draft = JSON.parse(localStorage.getItem(draftKey) ?? 'null');
    if (!isObject(draft) || draft.document === undefined || typeof draft.saved !== 'string') return;
    const languages = Array.isArray(draft.languages) ? draft.languages.filter((each) => typeof each === 'string').slice(0, 4) : [];
    state = {
      ...state,
      document: draft.document,
      saved: draft.saved,
      languages: languages.length ? languages : ['fi'],
      language: typeof draft.language === 'string' && languages.includes(draft.language) ? draft.language : (languages[0] ?? 'fi'),
      layout: draft.layout === 'side' ? 'side' : 'tabs',
      restored: true,
    };
  } catch {
    // No storage, or a draft that is not JSON: start afresh.
  }
}

function forgetDraft() {
  try {
    localStorage.removeItem(draftKey);
  } catch {
    // Nothing was kept.
  }
  typed.clear();
  previewData = undefined;
  state = {...state, document: undefined, saved: '', problems: [], checked: false, notes: [], restored: false, status: words().draftForgotten};
  focusNext = 'start-heading';
  update();
}

// --- Saving -----------------------------------------------------------------------

/**
 * Checks before a save: with problems, the error summary shows and takes focus, and nothing is saved.
 * @returns {boolean} whether the document may be saved
 */
function checkedForSaving() {
  clearTimeout(followTimer);
  follow();
  state = {...state, checked: true};
  if (state.problems.length) focusNext = 'error-summary';
  else state = {...state, status: words().valid};
  update();
  return state.problems.length === 0;
}

/** A file name from the short name (else the name): `koske.json`. */
function fileName() {
  const plain = documentLanguage(state.document);
  const pick = (/** @type {string} */ key) => {
    const value = getIn(state.document, [key]);
    return textIn(value, plain, plain) || (isObject(value) ? String(Object.values(value)[0] ?? '') : '');
  };
  const slug = (pick('shortName') || pick('name'))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'organisation'}.json`;
}

function download() {
  if (!checkedForSaving()) return;
  const text = serialize(state.document);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
  link.download = fileName();
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
  state = {...state, saved: text, status: words().downloaded(link.download)};
  saveDraft();
  update();
}

async function copy() {
  if (!checkedForSaving()) return;
  const field = /** @type {HTMLTextAreaElement} */ (document.getElementById('json'));
  const button = /** @type {HTMLButtonElement} */ (document.getElementById('copy'));
  const done = await copyField(field, button);
  state = {...state, status: done ? words().copied : words().copyFailed, saved: done ? field.value : state.saved};
  saveDraft();
  update();
}

function toConfigurator() {
  if (!checkedForSaving()) return;
  const text = serialize(state.document);
  if (!handOver(text)) {
    state = {...state, status: words().copyFailed};
    return update();
  }
  state = {...state, saved: text};
  saveDraft();
  // Resolved here: a relative URL given to location would be read against the page that ran the click, which may be another.
  location.href = new URL(`configurator.html?lang=${state.ui}&data=editor`, document.baseURI).href;
}

// --- The view ---------------------------------------------------------------------

/**
 * Which control each problem is shown at: its own field's, else the first control inside it
 * (a time range's problem at its opening time), else the nearest around it.
 * @param {Problem[]} problems
 * @param {Map<string, {id: string, label: string}>} controls by path, in the form's order
 */
function placeProblems(problems, controls) {
  const keys = [...controls.keys()];
  /** @type {Map<string, Problem[]>} */
  const placed = new Map();
  /** @type {Array<{problem: Problem, id?: string, label?: string}>} */
  const summary = [];
  for (const problem of problems) {
    let key = controls.has(problem.path) ? problem.path : keys.find((each) => each.startsWith(`${problem.path}.`) || each.startsWith(`${problem.path}[`));
    for (let around = problem.path, outer = ''; !key; around = outer) {
      outer = around.replace(/(\.[^.[]*|\[\d+\])$/, '');
      if (outer === around) break;
      if (controls.has(outer)) key = outer;
    }
    const control = key === undefined ? undefined : controls.get(key);
    if (key !== undefined) placed.set(key, [...(placed.get(key) ?? []), problem]);
    summary.push({problem, id: control?.id, label: control?.label});
  }
  return {placed, summary};
}

/**
 * The form's context: the state, what each control says, and where actions go.
 * @param {Map<string, Problem[]>} placed
 * @param {Map<string, {id: string, label: string}>} controls filled as controls register
 * @returns {import('./fields.js').Context}
 */
function context(placed, controls) {
  const plain = documentLanguage(state.document);
  return {
    words: words(),
    ui: state.ui,
    document: state.document,
    plain,
    languages: state.languages,
    language: state.language,
    layout: state.layout,
    search: state.search,
    registry,
    act,
    control(path, id, label) {
      const key = pathText(path);
      if (!controls.has(key)) controls.set(key, {id, label});
      return state.checked ? (placed.get(key) ?? []).map((problem) => problem.message) : [];
    },
    numberText(path, value) {
      const text = typed.get(pathText(path));
      if (text !== undefined && numberValue(text) === value) return text;
      return value === undefined ? '' : String(value);
    },
  };
}

/**
 * The error summary, after the GOV.UK and Suomi.fi pattern: a titled box at the top, focused
 * when it appears, each problem a link that moves focus to its field.
 * @param {Array<{problem: Problem, id?: string, label?: string}>} summary
 */
function errorSummary(summary) {
  if (!state.checked || summary.length === 0) return nothing;
  return html`<div class="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${words().problems(summary.length)}</h2>
    <ul>
      ${summary.map(({problem, id, label}) =>
        id
          ? html`<li>
              <a
                href="#${id}"
                @click=${(/** @type {Event} */ event) => {
                  event.preventDefault();
                  const field = document.getElementById(id);
                  field?.focus();
                  field?.scrollIntoView({block: 'center'});
                }}
                >${label}: ${problem.message}</a
              >
            </li>`
          : html`<li><code>${problem.path}</code>: ${problem.message}</li>`,
      )}
    </ul>
  </div>`;
}

/**
 * A group of radio buttons for one of the editor's choices.
 * @template {string} T
 * @param {string} name
 * @param {string} legend
 * @param {ReadonlyArray<readonly [value: T, label: unknown]>} options
 * @param {T} current
 * @param {(value: T) => void} chosen
 * @param {string} [className]
 */
const radios = (name, legend, options, current, chosen, className) =>
  html`<fieldset class=${className ?? ''}>
    <legend>${legend}</legend>
    ${options.map(([value, label]) => html`<label><input type="radio" name=${name} value=${value} .checked=${value === current} @change=${() => chosen(value)} /> ${label}</label>`)}
  </fieldset>`;

/**
 * A choice of the editor's that is kept with the draft.
 * @param {Partial<State>} change
 */
function choose(change) {
  state = {...state, ...change};
  saveDraft();
  update();
}

/**
 * @param {string} language
 */
const languageName = (language) => /** @type {Record<string, string>} */ (words().languageNames)[language] ?? language;

function languageControls() {
  const w = words();
  const offered = [...new Set([...contentLanguages, ...state.languages])];
  return html`<div class="languages-bar">
    <fieldset>
      <legend>${w.languagesLegend}</legend>
      <p class="hint" id="content-languages-hint">${w.languagesHint}</p>
      ${offered.map((language) => {
        const on = state.languages.includes(language);
        return html`<label
          ><input
            type="checkbox"
            name="content-language"
            value=${language}
            aria-describedby="content-languages-hint"
            .checked=${on}
            ?disabled=${(on && state.languages.length === 1) || (!on && state.languages.length >= 4)}
            @change=${() => {
              const languages = on ? state.languages.filter((each) => each !== language) : [...state.languages, language];
              choose({languages, language: languages.includes(state.language) ? state.language : (languages[0] ?? 'fi')});
            }}
          />
          ${languageName(language)} <code>${language}</code></label
        >`;
      })}
    </fieldset>
    ${radios(
      'editing-language',
      w.editingLegend,
      state.languages.map((language) => /** @type {const} */ ([language, languageName(language)])),
      state.language,
      (language) => choose({language}),
      'tabs',
    )}
    ${radios(
      'layout',
      w.layoutLegend,
      /** @type {const} */ ([
        ['tabs', w.layoutTabs],
        ['side', w.layoutSide],
      ]),
      state.layout,
      (layout) => choose({layout}),
    )}
    <div class="field">
      <label for="f-lang">${w.fields.lang[0]}</label>
      <p class="hint" id="f-lang-hint">${w.fields.lang[1]}</p>
      <select
        id="f-lang"
        aria-describedby="f-lang-hint"
        @change=${(/** @type {Event} */ event) => {
          const language = /** @type {HTMLSelectElement} */ (event.target).value;
          changeDocument(schema ? withDocumentLanguage(schema, state.document, language) : setIn(schema, state.document, ['lang'], language));
        }}
      >
        ${offered.map((language) => html`<option value=${language} ?selected=${language === documentLanguage(state.document)}>${languageName(language)}</option>`)}
      </select>
    </div>
  </div>`;
}

function startPanel() {
  const w = words();
  return html`<section class="start" aria-labelledby="start-heading">
    <h2 id="start-heading" tabindex="-1">${w.startHeading}</h2>
    ${state.restored ? html`<p class="notice">${w.draftRestored} <button type="button" id="forget-draft" @click=${forgetDraft}>${w.forgetDraft}</button></p>` : nothing}
    <p class="row">
      <button type="button" id="start-empty" @click=${() => start(emptyDocument(state.ui), {checked: false})}>${w.startEmpty}</button>
      <button
        type="button"
        id="start-seed"
        @click=${async () => {
          const name = seedUrl.pathname.split('/').pop() ?? '';
          try {
            const response = await fetch(seedUrl);
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            openJson(await response.text(), name, false);
          } catch (error) {
            state = {...state, startError: `${name}: ${error instanceof Error ? error.message : String(error)}`};
            update();
          }
        }}
      >
        ${w.startSeed}
      </button>
    </p>
    <div class="row">
      <span class="field">
        <label for="open-file">${w.openFile}</label>
        <input type="file" id="open-file" accept="application/json,.json" @change=${(/** @type {Event} */ event) => openFile(event, openJson)} />
      </span>
      <span class="field">
        <label for="open-ptv">${w.openPtv}</label>
        <input type="file" id="open-ptv" accept="application/json,.json" @change=${(/** @type {Event} */ event) => openFile(event, openPtv)} />
      </span>
    </div>
    <details class="paste">
      <summary>${w.pasteLabel}</summary>
      <label for="paste" class="visually-hidden">${w.pasteLabel}</label>
      <textarea id="paste" rows="8" spellcheck="false" autocapitalize="off"></textarea>
      <button type="button" id="paste-open" @click=${() => openJson(/** @type {HTMLTextAreaElement} */ (document.getElementById('paste')).value, w.pasteLabel)}>${w.pasteOpen}</button>
    </details>
    ${state.startError ? html`<p class="error-message" id="start-error" role="alert">${state.startError}</p>` : nothing}
    ${
      state.notes.length
        ? html`<div class="notes">
          <p>${w.ptvNotes(state.notes.length)}</p>
          <ul lang="en">
            ${state.notes.map((note) => html`<li>${note}</li>`)}
          </ul>
        </div>`
        : nothing
    }
  </section>`;
}

/** @param {string} text the document's JSON */
function savePanel(text) {
  const w = words();
  return html`<section class="save" aria-labelledby="save-heading">
    <h2 id="save-heading">${w.saveHeading}</h2>
    <p class=${text === state.saved ? 'ok' : 'warning'}>${text === state.saved ? w.saved : w.unsaved}</p>
    <p class="row">
      <button type="button" id="check" @click=${checkedForSaving}>${w.check}</button>
      <button type="button" id="download" @click=${download}>${w.download}</button>
      <button type="button" id="copy" @click=${copy}>${w.copy}</button>
      <button type="button" id="to-configurator" aria-describedby="to-configurator-hint" @click=${toConfigurator}>${w.toSnippet}</button>
    </p>
    <p class="hint" id="to-configurator-hint">${w.toSnippetHint}</p>
    <p><button type="button" id="forget" @click=${forgetDraft}>${w.forgetDraft}</button></p>
    <details>
      <summary>${w.jsonLabel}</summary>
      <label for="json" class="visually-hidden">${w.jsonLabel}</label>
      <textarea id="json" readonly rows="16" spellcheck="false" .value=${text}></textarea>
    </details>
  </section>`;
}

function preview() {
  const w = words();
  const lang = ['fi', 'sv', 'en', 'de'].includes(state.language) ? state.language : 'fi';
  return html`<section class="preview-panel" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${w.previewHeading}</h2>
    <p class="hint">${w.previewHint}</p>
    ${radios(
      'variant',
      w.variantLegend,
      /** @type {const} */ ([
        ['full', w.variantFull],
        ['compact', w.variantCompact],
      ]),
      state.variant,
      (variant) => {
        state = {...state, variant};
        update();
      },
    )}
    <div class="preview" id="preview">
      <koske-org-card lang=${lang} variant=${state.variant} heading-level="3" .data=${previewData}></koske-org-card>
      <koske-municipality-list lang=${lang} variant=${state.variant} heading-level="3" .data=${previewData}></koske-municipality-list>
      <koske-contact-block lang=${lang} variant=${state.variant} .data=${previewData}></koske-contact-block>
    </div>
  </section>`;
}

function page() {
  const w = words();
  /** @type {Map<string, {id: string, label: string}>} */
  const controls = new Map();
  const sectionKeys = /** @type {Array<keyof typeof sections>} */ (Object.keys(sections));
  // Two passes: the first finds every control, so that each problem is shown at the right one.
  const form = (/** @type {Map<string, Problem[]>} */ placed) => {
    const ctx = context(placed, controls);
    return sectionKeys.map(
      (key) =>
        html`<section class="form-section" aria-labelledby="section-${key}">
          <h2 id="section-${key}">${w.sections[key]}</h2>
          ${sections[key](ctx)}
        </section>`,
    );
  };
  if (state.document !== undefined) form(new Map());
  const {placed, summary} = placeProblems(state.problems, controls);
  return html`<header>
      <p><a href="./">${w.backToDemo}</a> · <a href="configurator.html?lang=${state.ui}">${w.toConfigurator}</a></p>
      <h1>${w.heading}</h1>
      <p>${w.intro}</p>
      ${radios(
        'ui-lang',
        w.uiLanguage,
        uiLanguages.map((ui) => /** @type {const} */ ([ui, html`<span lang=${ui}>${strings[ui].languageNames[ui]}</span>`])),
        state.ui,
        (ui) => {
          state = {...state, ui};
          const url = new URL(location.href);
          url.searchParams.set('lang', ui);
          history.replaceState(null, '', url);
          follow();
        },
        'languages',
      )}
    </header>
    <main>
      <div class="editing">
        <p id="status" class="status" role="status">${state.status}</p>
        ${errorSummary(summary)} ${startPanel()}
        ${
          state.document === undefined
            ? nothing
            : html`${languageControls()}
              <form id="form" novalidate @submit=${(/** @type {Event} */ event) => event.preventDefault()}>${form(placed)}</form>
              ${savePanel(serialize(state.document))}`
        }
      </div>
      ${state.document === undefined ? nothing : preview()}
    </main>`;
}

function update() {
  document.documentElement.lang = state.ui;
  document.title = words().title;
  render(page(), document.body);
  if (focusNext) {
    const target = document.getElementById(focusNext);
    focusNext = '';
    // A list item: its first control.
    const control = target instanceof HTMLFieldSetElement || target instanceof HTMLLIElement ? target.querySelector('input, select, textarea, button') : target;
    if (control instanceof HTMLElement) control.focus();
  }
}

// --- Wiring -----------------------------------------------------------------------

addEventListener('beforeunload', (event) => {
  if (!unsaved()) return;
  event.preventDefault();
  // Older browsers ask for a return value too.
  event.returnValue = '';
});

function boot() {
  const asked = new URLSearchParams(location.search).get('lang');
  state.ui = /** @type {readonly (string | null)[]} */ (uiLanguages).includes(asked) ? /** @type {UiLanguage} */ (asked) : 'fi';
  // The page's static text (for readers without scripts) gives way to the editor.
  document.body.replaceChildren();
  restoreDraft();
  update();
  Promise.all([
    fetch(new URL('koske-widgets.schema.json', import.meta.url)).then((response) => {
      if (!response.ok) throw new Error(`koske-widgets.schema.json: HTTP ${response.status}`);
      return response.json();
    }),
    registryReady(),
  ])
    .then(([loadedSchema]) => {
      schema = loadedSchema;
      registry = registryOf(registryMunicipalities(), registryRegions());
      // Checking and the municipality search work from here on.
      document.documentElement.toggleAttribute('data-ready', true);
      follow();
    })
    .catch((error) => console.warn('koske-widgets editor: the built files are missing; run `npm start`.', error));
}

boot();
