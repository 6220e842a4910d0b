/**
 * The contact block's "save" button, once pressed: the contact as a vCard
 * file, downloaded. Loaded on the first click (a chunk; beside the classic
 * script, a part of its own), so no page pays for it up front.
 */
import type {Organisation} from '../../data/types.js';
import type {InterfaceLanguage} from '../../i18n/language.js';
import {vcard, vcardFileName} from '../../format/vcard.js';

/** Downloads the vCard of `organisation`, its text in `language`. */
export function saveVcard(organisation: Organisation, language: InterfaceLanguage, button: Element): void {
  // A data: URL rather than a blob: one, so there is nothing to revoke.
  const link = Object.assign(document.createElement('a'), {
    href: `data:text/vcard;charset=utf-8,${encodeURIComponent(vcard(organisation, language))}`,
    download: vcardFileName(organisation, language),
  });
  // Firefox downloads only from a link in the document: it is there for the click alone.
  button.after(link);
  link.click();
  link.remove();
}
