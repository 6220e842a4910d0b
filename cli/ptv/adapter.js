// PTV (Suomi.fi Service Catalogue) documents → the koske-widgets data format.
// The wire format of PTV changes between API versions (v11 is open now and
// will be switched off around spring 2027; v12 renames and nests fields), so
// each version has an adapter of its own behind one interface, and fromPtv()
// picks the adapter by the shape of the documents. The widgets never see PTV.
// Plain JavaScript without node: imports, so a browser can run it too.
import {isObject} from '../../dist/koske-widgets-library.js';
import {PtvError} from './error.js';
import {v11} from './v11.js';

export {PtvError};

/** @typedef {import('../../src/data/types.js').DataDocument} DataDocument */

/**
 * One version of the PTV read API.
 * @typedef {object} PtvAdapter
 * @property {string} version the API version, such as `v11`
 * @property {(json: unknown) => boolean} accepts whether a single document (not a paged list) is of this version
 * @property {(json: unknown) => 'organization' | 'channel' | undefined} kind what an accepted document is
 * @property {(organization: Record<string, unknown>, channels: Record<string, unknown>[], notes: string[]) => DataDocument} toDocument
 *   the card of the organisation; a line goes to `notes` for each thing the format cannot hold; throws PtvError
 *   when there is no card to make (no name)
 */

/** The adapters, newest first. */
const adapters = [v11];

/**
 * A v12 document: content ids and texts grouped by language version.
 * @param {unknown} json
 * @returns {boolean}
 */
const isV12 = (json) => isObject(json) && ('contentId' in json || 'languageVersions' in json);

/**
 * The card of one organisation from PTV documents: an Organization and any number of its
 * ServiceChannels, each given alone or as a paged list (`itemList`) as the read API answers.
 * @param {unknown[]} jsons the parsed documents
 * @param {{names?: string[]}} [options] `names` of the inputs (file names, URLs) for messages
 * @returns {{document: DataDocument, notes: string[]}}
 */
export function fromPtv(jsons, {names = []} = {}) {
  /** @type {string[]} */
  const notes = [];
  /** @type {Array<{json: Record<string, unknown>, adapter: PtvAdapter, kind: 'organization' | 'channel', name: string}>} */
  const documents = [];
  jsons.forEach((json, index) => {
    const name = names[index] ?? `input ${index + 1}`;
    if (!isObject(json)) throw new PtvError(`${name}: not a PTV document (a JSON object was expected)`);
    const paged = Array.isArray(json.itemList);
    /** @type {unknown[]} */
    const items = Array.isArray(json.itemList) ? json.itemList : [json];
    if (paged && items.length === 0) notes.push(`${name}: the list is empty`);
    items.forEach((item, position) => {
      const what = paged ? `${name}: item ${position + 1}` : name;
      if (isV12(item)) {
        throw new PtvError(`${what}: PTV v12 documents are not supported yet; use the v11 read API (/api/v11/Organization/{id}, /api/v11/ServiceChannel/{id})`);
      }
      const adapter = adapters.find((each) => each.accepts(item));
      const kind = adapter?.kind(item);
      if (!adapter || !kind) {
        notes.push(`${what}: left out: neither a PTV Organization nor a ServiceChannel`);
        return;
      }
      documents.push({json: /** @type {Record<string, unknown>} */ (item), adapter, kind, name: what});
    });
  });

  const organizations = documents.filter((each) => each.kind === 'organization');
  const [organization] = organizations;
  if (!organization) throw new PtvError('no PTV Organization among the inputs: its name is the one thing a card needs');
  for (const other of organizations.slice(1)) notes.push(`${other.name}: a second Organization, left out`);
  const channels = [];
  for (const channel of documents.filter((each) => each.kind === 'channel')) {
    if (channel.adapter !== organization.adapter) {
      notes.push(`${channel.name}: a PTV ${channel.adapter.version} ServiceChannel, left out beside a ${organization.adapter.version} Organization`);
      continue;
    }
    const owner = typeof channel.json.organizationId === 'string' ? channel.json.organizationId : undefined;
    const id = typeof organization.json.id === 'string' ? organization.json.id : undefined;
    if (owner && id && owner.toLowerCase() !== id.toLowerCase()) {
      notes.push(`${channel.name}: the ServiceChannel belongs to the organization ${owner}, not ${id}; used all the same`);
    }
    channels.push(channel.json);
  }
  const document = organization.adapter.toDocument(organization.json, channels, notes);
  return {document, notes};
}
