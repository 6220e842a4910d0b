// Copying text to the clipboard, for the configurator's snippet and the data
// editor's JSON: the Clipboard API where the browser has it and allows it,
// else the old way, the text selected in its field and execCommand('copy').

/**
 * Copies the text of a read-only field. On success focus goes back to the button, so a keyboard
 * user is where they were; on failure the text stays selected for Ctrl+C.
 * @param {HTMLTextAreaElement} field
 * @param {HTMLButtonElement} button
 * @returns {Promise<boolean>} whether it was copied
 */
export async function copyField(field, button) {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.focus();
    field.select();
    let done = false;
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
    if (done) button.focus();
    return done;
  }
}
