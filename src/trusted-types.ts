/**
 * The one Trusted Types policy of koske-widgets, named `koske-widgets`. Where
 * a page enforces Trusted Types (`require-trusted-types-for 'script'`), the
 * text and the URL of a script element must come from a policy. Ours passes
 * only what our own code built: the card's JSON-LD (`structured-data`) and,
 * in the classic script, the URLs of its parts beside it (SECURITY.md).
 */
interface ScriptPolicy {
  createScript(input: string): unknown;
  createScriptURL(input: string): unknown;
}

/** The policy once made; null where the page allows none of that name. */
let policy: ScriptPolicy | null | undefined;

/**
 * The policy (made on first use), or a stand-in that changes nothing where
 * the page has no Trusted Types. Null, with one warning, where the page's
 * `trusted-types` directive does not name `koske-widgets`: what needs it stays off.
 */
export function scriptPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const same = (input: string) => input;
  const rules = {createScript: same, createScriptURL: same};
  const factory = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy}}).trustedTypes;
  try {
    policy = factory ? factory.createPolicy('koske-widgets', rules) : rules;
  } catch {
    console.warn('koske-widgets: this page allows no Trusted Types policy named koske-widgets, so the card adds no JSON-LD and the classic script loads none of its parts.');
    policy = null;
  }
  return policy;
}
