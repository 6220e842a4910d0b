// The data editor's form: every field of the format (version 2), section by
// section in the README's order, as the controls of fields.js. A pure
// function of the context: the same document and choices give the same form.
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import {addressKinds, callCharges, e164, formatPhone, linkTypes, phoneKinds, weekdays} from '../../dist/koske-widgets-library.js';
import {getIn} from './document.js';
import {checkboxField, described, fieldId, listField, localizedField, numberField, selectField, textField, within} from './fields.js';

/** @typedef {import('./fields.js').Context} Context */
/** @typedef {import('./document.js').Path} Path */
/** @typedef {import('./fields.js').Registry} Registry */
/** @typedef {import('../../dist/koske-widgets-library.js').RegistryMunicipality} RegistryMunicipality */

/**
 * A name from the registry in the interface's language; a municipality's in Finnish where the language has none of its own.
 * @param {Context} ctx
 * @param {{name: ReadonlyMap<string, string>}} entry
 */
const registryName = (ctx, entry) => entry.name.get(ctx.ui) ?? entry.name.get('fi') ?? '';

/**
 * The code of a municipality or region given as a code or as `{code, name}`.
 * @param {unknown} value
 */
const codeOf = (value) => (typeof value === 'string' ? value : typeof getIn(value, ['code']) === 'string' ? /** @type {string} */ (getIn(value, ['code'])) : '');

/**
 * The registry for the form: made once, when it has loaded, so that no render looks up a code in a
 * list or sorts 309 names again.
 * @param {RegistryMunicipality[]} municipalities
 * @param {import('../../dist/koske-widgets-library.js').RegistryRegion[]} regions
 * @returns {Registry}
 */
export function registryOf(municipalities, regions) {
  const collator = new Intl.Collator('fi');
  const municipality = new Map(municipalities.map((entry) => [entry.code, entry]));
  const region = new Map(regions.map((entry) => [entry.code, entry]));
  /** @type {Map<string, ReadonlyArray<readonly [string, string]>>} */
  const sorted = new Map();
  return {
    municipalities,
    municipality,
    region,
    collator,
    options(kind, ui) {
      const key = `${kind} ${ui}`;
      let options = sorted.get(key);
      if (!options) {
        options = [...(kind === 'municipality' ? municipality : region).values()]
          .map((entry) => /** @type {const} */ ([entry.code, `${entry.name.get(ui) ?? entry.name.get('fi') ?? ''} (${entry.code})`]))
          .sort(([, a], [, b]) => collator.compare(a, b));
        sorted.set(key, options);
      }
      return options;
    },
  };
}

/**
 * A choice of one municipality of the registry, kept as its code (an object given as `{code, name}` stays while its code is chosen).
 * @param {Context} ctx
 * @param {Path} path
 * @param {import('./fields.js').FieldKey} key
 */
function municipalityChoice(ctx, path, key) {
  const current = getIn(ctx.document, path);
  return selectField(ctx, path, key, ctx.registry?.options('municipality', ctx.ui) ?? [], {
    value: codeOf(current),
    onChange: (code) => ctx.act({type: 'set', path, value: code === codeOf(current) ? current : code || undefined}),
  });
}

/** @param {Context} ctx */
function basic(ctx) {
  const served = getIn(ctx.document, ['languages']);
  const id = fieldId(['languages']);
  const [servedLabel, servedHelp] = ctx.words.fields.languages;
  const {describedby, invalid, above} = described(id, servedHelp, ctx.control(['languages'], id, servedLabel));
  const version = getIn(ctx.document, ['version']);
  return html`
    ${localizedField(ctx, ['name'], 'name')} ${localizedField(ctx, ['shortName'], 'shortName')}
    ${selectField(
      ctx,
      ['version'],
      'version',
      [
        ['2', '2'],
        ['1', '1'],
      ],
      {value: version === undefined ? '' : String(version), onChange: (chosen) => ctx.act({type: 'set', path: ['version'], value: chosen ? Number(chosen) : undefined})},
    )}
    <div class="row">${numberField(ctx, ['period', 'start'], 'period.start', 'numeric')} ${numberField(ctx, ['period', 'end'], 'period.end', 'numeric')}</div>
    ${localizedField(ctx, ['description'], 'description', {multiline: true})} ${localizedField(ctx, ['sector'], 'sector')} ${localizedField(ctx, ['audience'], 'audience')}
    ${localizedField(ctx, ['ageGroup'], 'ageGroup')}
    <div class="field">
      <label for=${id}>${servedLabel}</label>${above}
      <input
        id=${id}
        type="text"
        spellcheck="false"
        aria-describedby=${ifDefined(describedby)}
        aria-invalid=${ifDefined(invalid)}
        .value=${live(Array.isArray(served) ? served.join(', ') : '')}
        @change=${(/** @type {Event} */ event) => {
          const tags = /** @type {HTMLInputElement} */ (event.target).value.split(/[\s,]+/).filter(Boolean);
          ctx.act({type: 'set', path: ['languages'], value: tags.length ? tags : undefined});
        }}
      />
    </div>
  `;
}

/**
 * A named body: the administrator, a funder.
 * @param {Context} ctx
 * @param {Path} path
 * @param {'administrator' | 'funder'} key
 */
function namedBody(ctx, path, key) {
  return html`${localizedField(ctx, [...path, 'name'], `${key}.name`)} ${textField(ctx, [...path, 'shortName'], `${key}.shortName`)}
  ${textField(ctx, [...path, 'url'], `${key}.url`, {type: 'url', autocomplete: 'url'})}`;
}

/** @param {Context} ctx */
function people(ctx) {
  const [administrator] = ctx.words.fields.administrator;
  return html`<fieldset>
      <legend>${administrator}</legend>
      ${namedBody(within(ctx, administrator), ['administrator'], 'administrator')}
    </fieldset>
    ${listField(ctx, ['funders'], 'funders', 'funder', (inner, path) => namedBody(inner, path, 'funder'), {})}`;
}

/**
 * A list of texts in the content languages: themes, keywords, target groups.
 * @param {Context} ctx
 * @param {'themes' | 'keywords' | 'targetGroups'} key
 * @param {'theme' | 'keyword' | 'targetGroup'} itemKey
 */
const textList = (ctx, key, itemKey) => listField(ctx, [key], key, itemKey, (inner, path) => localizedField(inner, path, itemKey, {multiline: key === 'targetGroups'}), '');

/** @param {Context} ctx */
const topics = (ctx) => html`${textList(ctx, 'themes', 'theme')} ${textList(ctx, 'keywords', 'keyword')} ${textList(ctx, 'targetGroups', 'targetGroup')}`;

/**
 * Lower case without accents, for a search that finds Jyväskylä by "jyvas".
 * @param {string} text
 */
const folded = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fi');

/**
 * The registry's municipalities that match a search by name (Finnish or Swedish) or code, best first.
 * @param {Registry} registry
 * @param {string} search
 * @param {Set<string>} chosen codes already in the list
 */
export function searchMunicipalities(registry, search, chosen) {
  const wanted = folded(search.trim());
  if (!wanted) return [];
  const score = (/** @type {RegistryMunicipality} */ entry) => {
    const names = [...new Set(entry.name.values())].map(folded);
    if (entry.code === wanted || names.some((name) => name.startsWith(wanted))) return 0;
    return names.some((name) => name.includes(wanted)) ? 1 : -1;
  };
  return registry.municipalities
    .filter((entry) => !chosen.has(entry.code))
    .map((entry) => ({entry, score: score(entry)}))
    .filter(({score: rank}) => rank >= 0)
    .sort((a, b) => a.score - b.score || registry.collator.compare(a.entry.name.get('fi') ?? '', b.entry.name.get('fi') ?? ''))
    .slice(0, 8)
    .map(({entry}) => entry);
}

/** @param {Context} ctx */
function area(ctx) {
  const words = ctx.words;
  const list = getIn(ctx.document, ['municipalities']);
  const items = Array.isArray(list) ? list : [];
  const chosen = new Set(items.map(codeOf));
  const registry = ctx.registry;
  const found = registry ? searchMunicipalities(registry, ctx.search, chosen) : [];
  const searchId = 'municipality-search';
  const [searchLabel] = words.fields.municipalitySearch;
  // The region is offered from the municipalities chosen: the regions they are in, most first.
  const regionCounts = new Map();
  for (const code of chosen) {
    const region = registry?.municipality.get(code)?.region;
    if (region) regionCounts.set(region, (regionCounts.get(region) ?? 0) + 1);
  }
  const suggested = [...regionCounts].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  const region = getIn(ctx.document, ['region']);
  const offered = suggested
    .filter((code) => code !== codeOf(region))
    .map((code) => registry?.region.get(code))
    .filter((each) => each !== undefined);
  return html`
    ${listField(
      ctx,
      ['municipalities'],
      'municipalities',
      'municipality',
      (inner, path) => {
        const value = getIn(ctx.document, path);
        const code = codeOf(value);
        const entry = registry?.municipality.get(code);
        return html`<p class="municipality"><span class="name">${entry ? registryName(ctx, entry) : code}</span> <code>${code}</code></p>
          ${
            typeof value === 'string'
              ? html`<button type="button" class="quiet" @click=${() => ctx.act({type: 'set', path, value: {code, name: Object.fromEntries(entry?.name ?? [])}})}>
                ${words.municipalityDetails}
              </button>`
              : html`${localizedField(inner, [...path, 'name'], 'municipality.name')} ${textField(inner, [...path, 'website'], 'municipality.website', {type: 'url'})}`
          }`;
      },
      undefined,
      'municipality-search',
    )}
    <div class="field search">
      <label for=${searchId}>${searchLabel}</label>
      <input
        id=${searchId}
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="${searchId}-status"
        .value=${live(ctx.search)}
        @input=${(/** @type {Event} */ event) => ctx.act({type: 'search', text: /** @type {HTMLInputElement} */ (event.target).value})}
        @keydown=${(/** @type {KeyboardEvent} */ event) => {
          // Enter takes the best match, as a search box is expected to; the form is never submitted.
          if (event.key !== 'Enter') return;
          event.preventDefault();
          if (found[0]) ctx.act({type: 'append', path: ['municipalities'], item: found[0].code, focus: 'search'});
        }}
      />
      <p id="${searchId}-status" role="status">${ctx.search.trim() ? words.matches(found.length) : ''}</p>
      ${
        found.length
          ? html`<ul class="matches">
            ${found.map(
              (entry) =>
                html`<li>
                  <button type="button" @click=${() => ctx.act({type: 'append', path: ['municipalities'], item: entry.code, focus: 'search'})}>
                    ${words.addMunicipality(registryName(ctx, entry), entry.code)}
                  </button>
                </li>`,
            )}
          </ul>`
          : nothing
      }
    </div>
    ${offered.map(
      (each) =>
        html`<p>
          <button type="button" @click=${() => ctx.act({type: 'set', path: ['region'], value: each.code})}>${words.suggestRegion(`${registryName(ctx, each)} (${each.code})`)}</button>
        </p>`,
    )}
    ${selectField(ctx, ['region'], 'region', registry?.options('region', ctx.ui) ?? [], {
      value: codeOf(region),
      onChange: (code) => ctx.act({type: 'set', path: ['region'], value: code === codeOf(region) ? region : code || undefined}),
    })}
  `;
}

/**
 * A phone number field, with the number shown back as the widgets will show it.
 * @param {Context} ctx
 * @param {Path} path
 * @param {'phone.number' | 'phoneV1'} key
 */
function phoneNumber(ctx, path, key) {
  const typed = getIn(ctx.document, path);
  const number = typeof typed === 'string' ? e164(typed) : undefined;
  const language = /** @type {'fi' | 'sv' | 'en' | 'de'} */ (['fi', 'sv', 'en', 'de'].includes(ctx.language) ? ctx.language : 'fi');
  return textField(ctx, path, key, {
    type: 'tel',
    autocomplete: 'tel',
    note: number ? ctx.words.phoneShown(formatPhone(number, language)) : undefined,
  });
}

/**
 * The words of a fixed choice.
 * @param {Context} ctx
 * @param {readonly string[]} values
 */
const choicesOf = (ctx, values) => values.map((value) => /** @type {const} */ ([value, /** @type {Record<string, string>} */ (ctx.words.choices)[value] ?? value]));

/**
 * Hours of their own, folded away until opened (a phone's, an address's).
 * @param {Context} ctx
 * @param {Path} path
 */
const ownHours = (ctx, path) =>
  html`<details class="own-hours" ?open=${getIn(ctx.document, path) !== undefined}>
    <summary>${ctx.words.otherHours}</summary>
    ${hours(ctx, path)}
  </details>`;

/** @param {Context} ctx */
function contact(ctx) {
  return html`
    ${getIn(ctx.document, ['contact', 'phone']) !== undefined ? phoneNumber(ctx, ['contact', 'phone'], 'phoneV1') : nothing}
    ${listField(
      ctx,
      ['contact', 'phones'],
      'phones',
      'phone',
      (inner, path) =>
        html`${phoneNumber(inner, [...path, 'number'], 'phone.number')} ${localizedField(inner, [...path, 'label'], 'phone.label')}
        ${selectField(inner, [...path, 'kind'], 'phone.kind', choicesOf(ctx, phoneKinds))} ${selectField(inner, [...path, 'charge'], 'phone.charge', choicesOf(ctx, callCharges))}
        ${localizedField(inner, [...path, 'chargeDescription'], 'phone.chargeDescription')} ${ownHours(inner, [...path, 'hours'])}`,
      {},
    )}
    ${getIn(ctx.document, ['contact', 'email']) !== undefined ? textField(ctx, ['contact', 'email'], 'emailV1', {type: 'email', autocomplete: 'email'}) : nothing}
    ${listField(
      ctx,
      ['contact', 'emails'],
      'emails',
      'email',
      (inner, path) =>
        html`${textField(inner, [...path, 'address'], 'email.address', {type: 'email', autocomplete: 'email'})} ${localizedField(inner, [...path, 'label'], 'email.label')}`,
      {},
    )}
    ${municipalityChoice(ctx, ['contact', 'homeMunicipality'], 'homeMunicipality')}
  `;
}

/**
 * An address's fields.
 * @param {Context} ctx
 * @param {Path} path
 */
const address = (ctx, path) =>
  html`${selectField(ctx, [...path, 'kind'], 'address.kind', choicesOf(ctx, addressKinds))} ${localizedField(ctx, [...path, 'street'], 'address.street')}
    ${localizedField(ctx, [...path, 'extra'], 'address.extra')} ${localizedField(ctx, [...path, 'postOfficeBox'], 'address.postOfficeBox')}
    <div class="row">${textField(ctx, [...path, 'postalCode'], 'address.postalCode', {inputmode: 'numeric', autocomplete: 'off'})} ${localizedField(ctx, [...path, 'locality'], 'address.locality')}</div>
    ${municipalityChoice(ctx, [...path, 'municipality'], 'address.municipality')} ${textField(ctx, [...path, 'country'], 'address.country', {autocomplete: 'off'})}
    <div class="row">
      ${numberField(ctx, [...path, 'coordinates', 'latitude'], 'address.latitude', 'decimal')} ${numberField(ctx, [...path, 'coordinates', 'longitude'], 'address.longitude', 'decimal')}
    </div>
    ${ownHours(ctx, [...path, 'hours'])}`;

/** @param {Context} ctx */
function addresses(ctx) {
  const [v1] = ctx.words.fields.addressV1;
  return html`${
    getIn(ctx.document, ['address']) !== undefined
      ? html`<fieldset>
          <legend>${v1}</legend>
          <p class="hint">${ctx.words.fields.addressV1[1]}</p>
          ${address(within(ctx, v1), ['address'])}
        </fieldset>`
      : nothing
  }
    ${listField(ctx, ['addresses'], 'addresses', 'address', (inner, path) => address(inner, path), {})}`;
}

/**
 * Time ranges, opening and closing: a day's, an exception's.
 * @param {Context} ctx
 * @param {Path} path of the list
 * @param {string} name the day, for the error summary
 */
function ranges(ctx, path, name) {
  const list = getIn(ctx.document, path);
  const items = Array.isArray(list) ? list : [];
  const words = ctx.words;
  return html`${
    items.length
      ? html`<ol class="ranges">
          ${items.map((_range, index) => {
            const inner = within(ctx, items.length > 1 ? `${name} ${index + 1}` : name);
            return html`<li class="row">
              ${textField(inner, [...path, index, 'opens'], 'hours.opens', {autocomplete: 'off'})} ${textField(inner, [...path, index, 'closes'], 'hours.closes', {autocomplete: 'off'})}
              <button type="button" class="remove" id="${fieldId([...path, index])}-remove" @click=${() => ctx.act({type: 'remove', path, index, name: `${name} ${index + 1}`, focus: `${fieldId(path)}-add`})}>${words.remove}</button>
            </li>`;
          })}
        </ol>`
      : html`<p class="closed">${words.closed}</p>`
  }
    <button type="button" id="${fieldId(path)}-add" @click=${() => ctx.act({type: 'append', path, item: {}})}>${words.addTime}</button>`;
}

/**
 * Opening hours: the week, day by day, and the exceptions.
 * @param {Context} ctx
 * @param {Path} path
 */
function hours(ctx, path) {
  const words = ctx.words;
  const monday = getIn(ctx.document, [...path, 'weekly', 'monday']);
  return html`<fieldset class="week">
      <legend>${words.fields['hours.week'][0]}</legend>
      <p class="hint">${words.fields.hours[1]}</p>
      ${weekdays.map(
        (day, index) =>
          html`<fieldset class="day">
            <legend>${words.weekdays[index]}</legend>
            ${ranges(ctx, [...path, 'weekly', day], words.weekdays[index] ?? day)}
          </fieldset>`,
      )}
      ${
        Array.isArray(monday) && monday.length
          ? html`<button type="button" @click=${() => ctx.act({type: 'weekdays', path: [...path, 'weekly']})}>${words.copyToWeekdays}</button>`
          : nothing
      }
    </fieldset>
    ${listField(
      ctx,
      [...path, 'exceptions'],
      'exceptions',
      'exception',
      (inner, exception) => {
        const closed = getIn(ctx.document, [...exception, 'closed']) === true;
        return html`<div class="row">${textField(inner, [...exception, 'from'], 'exception.from', {type: 'date'})} ${textField(inner, [...exception, 'to'], 'exception.to', {type: 'date'})}</div>
          ${checkboxField(inner, [...exception, 'closed'], 'exception.closed')}
          ${
            closed
              ? nothing
              : html`<fieldset class="day">
                <legend>${words.fields['exception.hours'][0]}</legend>
                ${ranges(inner, [...exception, 'hours'], words.fields['exception.hours'][0])}
              </fieldset>`
          }
          ${localizedField(inner, [...exception, 'note'], 'exception.note')}`;
      },
      {},
    )}`;
}

/** @param {Context} ctx */
const links = (ctx) =>
  listField(
    ctx,
    ['links'],
    'links',
    'link',
    (inner, path) =>
      html`${selectField(inner, [...path, 'type'], 'link.type', choicesOf(ctx, linkTypes))} ${textField(inner, [...path, 'url'], 'link.url', {type: 'url', autocomplete: 'url'})}
      ${localizedField(inner, [...path, 'label'], 'link.label')}`,
    {},
  );

/** The form's sections, in the README's order, by their key in strings.js. */
export const sections = /** @type {const} */ ({basic, people, topics, area, contact, addresses, hours: (/** @type {Context} */ ctx) => hours(ctx, ['hours']), links});
