/**
 * Which addresses may become links. Untrusted text is parsed the way the
 * browser itself would parse an href (WHATWG URL: surrounding spaces trimmed,
 * tabs and newlines removed, scheme lower-cased), and only absolute URLs
 * with an allowed scheme survive. Everything else, `javascript:`, `data:`,
 * `vbscript:`, relative and protocol-relative forms among it, is dropped.
 */
export const webSchemes = ['http:', 'https:'] as const;

/** The normalised absolute URL, or undefined when it is not a web address. */
export function webUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return (webSchemes as readonly string[]).includes(url.protocol) && url.hostname !== '' ? url.href : undefined;
}

// Deliberately narrow, so that nothing after the address can reach the
// mailto: URL (no `?`, `&`, `%`, spaces or quotes): a local part of common
// characters, then a domain of letters (any script), digits and hyphens
// whose last label, the top-level domain, has two characters or more.
const emailPattern = /^[\p{L}\p{N}.!#$'*+/=^_`{|}~-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}[\p{L}\p{N}-]*[\p{L}\p{N}]$/u;

/** The address when it looks like an e-mail address that is safe in `mailto:`. */
export function emailAddress(text: string): string | undefined {
  const address = text.trim();
  return emailPattern.test(address) ? address : undefined;
}
