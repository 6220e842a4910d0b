// The data editor hands its document to the configurator in this tab's
// session storage: nothing leaves the browser, and the configurator takes it
// once, when opened with ?data=editor.

const key = 'koske-widgets:editor-document';

/**
 * Keeps the document's JSON for the configurator; false when the browser refuses storage.
 * @param {string} json
 */
export function handOver(json) {
  try {
    sessionStorage.setItem(key, json);
    return true;
  } catch {
    return false;
  }
}

/**
 * The JSON the editor handed over, once, when this page was opened for it (`?data=editor`).
 * @returns {string | undefined}
 */
export function takeOver() {
  if (new URLSearchParams(location.search).get('data') !== 'editor') return undefined;
  try {
    const json = sessionStorage.getItem(key) ?? undefined;
    sessionStorage.removeItem(key);
    return json;
  } catch {
    return undefined;
  }
}
