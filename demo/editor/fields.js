// The data editor's kinds of control, each bound to one field of the
// document by its path: a line of text, text in the content languages, a
// number, a choice, a checkbox, and a list whose items are added, moved and
// removed with buttons (by keyboard and by pointer alike). A control asks
// the form's context for its messages (ctx.control), so the error summary can
// link to it, and says what the user did as an action (ctx.act); it never
// changes the document itself.
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import {choose, isObject} from '../../dist/koske-widgets-library.js';
import {getIn, textIn} from './document.js';

/** @typedef {import('./document.js').Path} Path */
/** @typedef {import('./strings.js').FieldStrings} FieldStrings */
/** @typedef {keyof FieldStrings} FieldKey */
/** @typedef {typeof import('./strings.js').strings.fi} Words */
/**
 * What the user did.
 * @typedef {{type: 'set', path: Path, value: unknown}
 *   | {type: 'text', path: Path, language: string, text: string}
 *   | {type: 'number', path: Path, text: string}
 *   | {type: 'append', path: Path, item: unknown, focus?: 'search'}
 *   | {type: 'weekdays', path: Path}
 *   | {type: 'remove', path: Path, index: number, name: string, focus: string}
 *   | {type: 'move', path: Path, from: number, to: number, name: string}
 *   | {type: 'search', text: string}} Action
 */
/**
 * The registry once loaded (form.js's `registryOf`): its lists, each entry by its code, the
 * order names sort in, and each list as the options of a choice in an interface language.
 * @typedef {{
 *   municipalities: import('../../dist/koske-widgets-library.js').RegistryMunicipality[],
 *   municipality: Map<string, import('../../dist/koske-widgets-library.js').RegistryMunicipality>,
 *   region: Map<string, import('../../dist/koske-widgets-library.js').RegistryRegion>,
 *   collator: Intl.Collator,
 *   options: (kind: 'municipality' | 'region', ui: import('./strings.js').UiLanguage) => ReadonlyArray<readonly [code: string, label: string]>,
 * }} Registry
 */
/**
 * What a control needs to know, and whom it tells.
 * @typedef {object} Context
 * @property {Words} words
 * @property {import('./strings.js').UiLanguage} ui
 * @property {unknown} document
 * @property {string} plain the document's `lang`
 * @property {string[]} languages the content languages
 * @property {string} language the one being edited
 * @property {'tabs' | 'side'} layout
 * @property {(path: Path, id: string, label: string) => string[]} control registers a control; its messages
 * @property {(path: Path, value: unknown) => string} numberText what a number field shows: what was typed, while it means the value
 * @property {(action: Action) => void} act
 * @property {string} search the municipality search's text
 * @property {Registry | undefined} registry the municipalities and regions to choose from, once loaded
 * @property {string} [where] the list items the control is in, for the error summary: "Osoite 1, Maanantai"
 */

/**
 * A control's name in the error summary: with the list items it is in.
 * @param {Context} ctx
 * @param {string} name
 */
const named = (ctx, name) => (ctx.where ? `${ctx.where}: ${name}` : name);

/**
 * The context inside a list item or a group.
 * @param {Context} ctx
 * @param {string} name
 * @returns {Context}
 */
export const within = (ctx, name) => ({...ctx, where: ctx.where ? `${ctx.where}, ${name}` : name});

/**
 * An element id for a field: `f-contact-phones-0-number`.
 * @param {Path} path
 * @param {string} [language]
 */
export const fieldId = (path, language) => `f-${path.join('-')}${language ? `--${language}` : ''}`.replace(/[^\w-]/g, '_');

/**
 * A field's label and help.
 * @param {Context} ctx
 * @param {FieldKey} key
 */
const wordsFor = (ctx, key) => ctx.words.fields[key];

/**
 * The hint and the error messages above a control, and what its aria-describedby names.
 * @param {string} id
 * @param {string | undefined} help
 * @param {string[]} messages
 */
export function described(id, help, messages) {
  const ids = [help ? `${id}-hint` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    describedby: ids || undefined,
    invalid: messages.length ? 'true' : undefined,
    above: html`${help ? html`<p class="hint" id="${id}-hint">${help}</p>` : nothing}${
      messages.length ? html`<p class="error-message" id="${id}-error">${messages.map((message) => html`<span>${message}</span>`)}</p>` : nothing
    }`,
  };
}

/**
 * A line of text for a field that is not in languages: a URL, a code, a number as typed.
 * @param {Context} ctx
 * @param {Path} path
 * @param {FieldKey} key
 * @param {{type?: string, autocomplete?: string, inputmode?: string, note?: string}} [options] `note`: said under the field, and read with it
 */
export function textField(ctx, path, key, {type = 'text', autocomplete, inputmode, note} = {}) {
  const [name, help] = wordsFor(ctx, key);
  const id = fieldId(path);
  const value = getIn(ctx.document, path);
  const {describedby: ids, invalid, above} = described(id, help, ctx.control(path, id, named(ctx, name)));
  const describedby = [ids, note ? `${id}-note` : ''].filter(Boolean).join(' ') || undefined;
  return html`<div class="field">
    <label for=${id}>${name}</label>${above}
    <input
      id=${id}
      type=${type}
      autocomplete=${ifDefined(autocomplete)}
      inputmode=${ifDefined(inputmode)}
      spellcheck="false"
      aria-describedby=${ifDefined(describedby)}
      aria-invalid=${ifDefined(invalid)}
      .value=${live(typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value))}
      @input=${(/** @type {InputEvent} */ event) => ctx.act({type: 'set', path, value: /** @type {HTMLInputElement} */ (event.target).value.trim() ? /** @type {HTMLInputElement} */ (event.target).value : undefined})}
    />${note ? html`<p class="note" id="${id}-note">${note}</p>` : nothing}
  </div>`;
}

/**
 * A number (a year, degrees): stored as a number when it is one, else as typed, for the check to name.
 * @param {Context} ctx
 * @param {Path} path
 * @param {FieldKey} key
 * @param {'numeric' | 'decimal'} inputmode
 */
export function numberField(ctx, path, key, inputmode) {
  const [name, help] = wordsFor(ctx, key);
  const id = fieldId(path);
  const {describedby, invalid, above} = described(id, help, ctx.control(path, id, named(ctx, name)));
  return html`<div class="field">
    <label for=${id}>${name}</label>${above}
    <input
      id=${id}
      class="short"
      type="text"
      inputmode=${inputmode}
      spellcheck="false"
      aria-describedby=${ifDefined(describedby)}
      aria-invalid=${ifDefined(invalid)}
      .value=${live(ctx.numberText(path, getIn(ctx.document, path)))}
      @input=${(/** @type {InputEvent} */ event) => ctx.act({type: 'number', path, text: /** @type {HTMLInputElement} */ (event.target).value})}
    />
  </div>`;
}

/**
 * A language's name as the interface writes it.
 * @param {Context} ctx
 * @param {string} language
 */
const languageName = (ctx, language) => /** @type {Record<string, string>} */ (ctx.words.languageNames)[language] ?? language;

/**
 * What the widgets show for an empty language: the text they fall back to, said under the field.
 * @param {Context} ctx
 * @param {unknown} value
 * @param {string} language
 */
function fallbackNote(ctx, value, language) {
  const entries = ctx.languages.map((each) => /** @type {const} */ ([each, textIn(value, each, ctx.plain)])).filter(([, text]) => text);
  if (typeof value === 'string' && !ctx.languages.includes(ctx.plain)) entries.push([ctx.plain, value]);
  if (isObject(value)) for (const [each, text] of Object.entries(value)) if (!ctx.languages.includes(each) && typeof text === 'string' && text) entries.push([each, text]);
  if (entries.length === 0) return '';
  const interfaceLanguage = /** @type {import('../../dist/types/i18n/language.js').InterfaceLanguage} */ (['fi', 'sv', 'en', 'de'].includes(language) ? language : 'fi');
  const chosen = choose(new Map(entries), interfaceLanguage);
  return ctx.words.fallback(ctx.words.inLanguage(language), chosen.value, ctx.words.inLanguage(chosen.language));
}

/**
 * Text in the content languages: the language being edited (tabs), or every content language side by side.
 * An empty language says what the widgets show instead.
 * @param {Context} ctx
 * @param {Path} path
 * @param {FieldKey} key
 * @param {{multiline?: boolean, label?: string}} [options]
 */
export function localizedField(ctx, path, key, {multiline = false, label} = {}) {
  const [fieldName, help] = wordsFor(ctx, key);
  const name = label ?? fieldName;
  const value = getIn(ctx.document, path);
  const shown = ctx.layout === 'side' ? ctx.languages : [ctx.language];
  const several = ctx.languages.length > 1;
  return html`<div class="field localized${ctx.layout === 'side' && several ? ' side' : ''}">
    ${shown.map((language, index) => {
      const id = fieldId(path, language);
      const languageLabel = several ? `${name} (${languageName(ctx, language)})` : name;
      // The field's own messages (missing, not text) go with its first language.
      const messages = [...(index === 0 ? ctx.control(path, id, named(ctx, name)) : []), ...ctx.control([...path, language], id, named(ctx, languageLabel))];
      const text = textIn(value, language, ctx.plain);
      const note = text ? '' : fallbackNote(ctx, value, language);
      const noteId = `${id}-fallback`;
      const {describedby, invalid, above} = described(id, index === 0 ? help : undefined, messages);
      const describedBy = [describedby, note ? noteId : ''].filter(Boolean).join(' ') || undefined;
      /** @param {Event} event */
      const input = (event) => ctx.act({type: 'text', path, language, text: /** @type {HTMLInputElement} */ (event.target).value});
      return html`<div class="language-field">
        <label for=${id}>${languageLabel}</label>${above}
        ${
          multiline
            ? html`<textarea id=${id} lang=${language} rows="6" aria-describedby=${ifDefined(describedBy)} aria-invalid=${ifDefined(invalid)} .value=${live(text)} @input=${input}></textarea>`
            : html`<input id=${id} type="text" lang=${language} aria-describedby=${ifDefined(describedBy)} aria-invalid=${ifDefined(invalid)} .value=${live(text)} @input=${input} />`
        }
        ${note ? html`<p class="fallback" id=${noteId}>${note}</p>` : nothing}
      </div>`;
    })}
  </div>`;
}

/**
 * A choice among fixed values; the first option, empty, leaves the field out.
 * @param {Context} ctx
 * @param {Path} path
 * @param {FieldKey} key
 * @param {ReadonlyArray<readonly [value: string, label: string]>} options
 * @param {{empty?: string, value?: string, onChange?: (value: string) => void}} [how] `value` and `onChange` where the field is not a plain string
 */
export function selectField(ctx, path, key, options, {empty = ctx.words.choices.none, value, onChange} = {}) {
  const [name, help] = wordsFor(ctx, key);
  const id = fieldId(path);
  const current = value ?? getIn(ctx.document, path);
  const {describedby, invalid, above} = described(id, help, ctx.control(path, id, named(ctx, name)));
  const known = options.some(([option]) => option === current);
  return html`<div class="field">
    <label for=${id}>${name}</label>${above}
    <select
      id=${id}
      aria-describedby=${ifDefined(describedby)}
      aria-invalid=${ifDefined(invalid)}
      @change=${(/** @type {Event} */ event) => {
        const chosen = /** @type {HTMLSelectElement} */ (event.target).value;
        if (onChange) onChange(chosen);
        else ctx.act({type: 'set', path, value: chosen || undefined});
      }}
    >
      <option value="" ?selected=${current === undefined || current === ''}>${empty}</option>
      ${typeof current === 'string' && current && !known ? html`<option value=${current} selected>${current}</option>` : nothing}
      ${options.map(([option, label]) => html`<option value=${option} ?selected=${option === current}>${label}</option>`)}
    </select>
  </div>`;
}

/**
 * A checkbox for a field that is `true` or absent.
 * @param {Context} ctx
 * @param {Path} path
 * @param {FieldKey} key
 */
export function checkboxField(ctx, path, key) {
  const [name, help] = wordsFor(ctx, key);
  const id = fieldId(path);
  const {describedby, invalid, above} = described(id, help, ctx.control(path, id, named(ctx, name)));
  return html`<div class="field check">
    ${above}<input
      id=${id}
      type="checkbox"
      aria-describedby=${ifDefined(describedby)}
      aria-invalid=${ifDefined(invalid)}
      .checked=${live(getIn(ctx.document, path) === true)}
      @change=${(/** @type {Event} */ event) => ctx.act({type: 'set', path, value: /** @type {HTMLInputElement} */ (event.target).checked ? true : undefined})}
    />
    <label for=${id}>${name}</label>
  </div>`;
}

/**
 * Moving a list item by pointer: the item is dragged by its handle and goes where it is let go
 * (the first item whose lower edge is below the pointer). The buttons do the same by keyboard,
 * and by pointer for anyone who cannot drag (WCAG 2.5.7).
 * @param {Context} ctx
 * @param {Path} path of the list
 * @param {number} index
 * @param {string} name
 */
const dragHandler = (ctx, path, index, name) => (/** @type {PointerEvent} */ event) => {
  const handle = /** @type {HTMLElement} */ (event.currentTarget);
  const list = handle.closest('ol');
  if (!list || event.button !== 0) return;
  event.preventDefault();
  list.classList.add('dragging');
  // Wherever it is let go: the release reaches the window from any element.
  handle.ownerDocument.defaultView?.addEventListener(
    'pointerup',
    (end) => {
      list.classList.remove('dragging');
      const items = [...list.children];
      const below = items.findIndex((item) => end.clientY < item.getBoundingClientRect().bottom);
      const to = below < 0 ? items.length - 1 : below;
      if (to !== index) ctx.act({type: 'move', path, from: index, to, name});
    },
    {once: true},
  );
};

/**
 * A list: each item in a group of its own, named by its position, with buttons to move it up
 * or down and to remove it, and a handle to drag it by; a button at the end adds one. What an
 * item holds is `item`'s.
 * @param {Context} ctx
 * @param {Path} path of the list
 * @param {FieldKey} key the list's words
 * @param {FieldKey} itemKey an item's words
 * @param {(ctx: Context, path: Path, index: number) => unknown} item
 * @param {unknown} created a new item; `undefined` where items are added another way (no Add button)
 * @param {string} [adder] the id of what adds items another way, where focus goes after a removal
 */
export function listField(ctx, path, key, itemKey, item, created, adder) {
  const [name, help] = wordsFor(ctx, key);
  const [itemName] = wordsFor(ctx, itemKey);
  const list = getIn(ctx.document, path);
  const items = Array.isArray(list) ? list : [];
  const id = fieldId(path);
  const {above} = described(id, help, ctx.control(path, `${id}-add`, named(ctx, name)));
  return html`<fieldset class="list" id=${id}>
    <legend>${name}</legend>
    ${above}
    ${
      items.length
        ? html`<ol>
          ${items.map((_value, index) => {
            const itemPath = [...path, index];
            const itemId = fieldId(itemPath);
            const label = ctx.words.item(itemName, index + 1);
            return html`<li>
              <fieldset class="item" id=${itemId}>
                <legend id="${itemId}-legend">${label}</legend>
                ${item(within(ctx, label), itemPath, index)}
                <div class="item-actions">
                  <span class="drag-handle" title=${ctx.words.drag} aria-hidden="true" @pointerdown=${dragHandler(ctx, path, index, label)}>⠿</span>
                  <button type="button" id="${itemId}-up" aria-describedby="${itemId}-legend" ?disabled=${index === 0} @click=${() => ctx.act({type: 'move', path, from: index, to: index - 1, name: label})}>
                    ${ctx.words.moveUp}
                  </button>
                  <button
                    type="button"
                    id="${itemId}-down"
                    aria-describedby="${itemId}-legend"
                    ?disabled=${index === items.length - 1}
                    @click=${() => ctx.act({type: 'move', path, from: index, to: index + 1, name: label})}
                  >
                    ${ctx.words.moveDown}
                  </button>
                  <button type="button" id="${itemId}-remove" class="remove" aria-describedby="${itemId}-legend" @click=${() => ctx.act({type: 'remove', path, index, name: label, focus: adder ?? `${id}-add`})}>
                    ${ctx.words.remove}
                  </button>
                </div>
              </fieldset>
            </li>`;
          })}
        </ol>`
        : nothing
    }
    ${
      created === undefined
        ? nothing
        : html`<button type="button" id="${id}-add" @click=${() => ctx.act({type: 'append', path, item: created})}>${ctx.words.add}: ${itemName.toLowerCase()}</button>`
    }
  </fieldset>`;
}
