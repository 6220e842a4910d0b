// Test-runner commands the tests call with executeServerCommand(): browser
// settings a page cannot change for itself.

/** @typedef {ReturnType<import('@web/test-runner-chrome').ChromeLauncher['getPage']>} Page a page of a Puppeteer-driven browser */
/** @typedef {Awaited<ReturnType<Page['createCDPSession']>>} CDPSession */

/**
 * The DevTools session of each page that emulation goes through (kept: closing it would undo its overrides).
 * @type {WeakMap<Page, CDPSession>}
 */
const sessions = new WeakMap();

/**
 * `koske-emulate-media` sets the page's emulated media in one go:
 * `{colorScheme?, reducedMotion?, forcedColors?, media?}`; a field left out is
 * reset, so `{}` undoes every emulation. One command for all of them because
 * Chromium replaces the whole list of emulated media features on each call:
 * emulating `forced-colors` after `prefers-color-scheme` with two calls would
 * drop the colour scheme (the built-in `emulateMedia` of
 * @web/test-runner-commands has that problem with `media` and features).
 *
 * Answers `{applied: true}`, or `{applied: false, reason}` where the engine
 * cannot emulate (Firefox driven over WebDriver BiDi, WebKit over WebDriver
 * classic): the tests skip rather than believe an emulation that did not
 * happen, and they check with `matchMedia` in the page that it did.
 * @param {{payload?: unknown, session: import('@web/test-runner').BasicTestSession}} args
 */
async function emulateMedia({payload, session}) {
  const {colorScheme, reducedMotion, forcedColors, media} = /** @type {{colorScheme?: string, reducedMotion?: string, forcedColors?: string, media?: string}} */ (payload ?? {});
  if (session.browser.type !== 'puppeteer') {
    return {applied: false, reason: `a ${session.browser.type} session has no media emulation`};
  }
  // Puppeteer's launchers (Chrome's and Firefox's) give each session's page.
  const page = /** @type {{getPage(sessionId: string): Page}} */ (/** @type {unknown} */ (session.browser)).getPage(session.id);
  const features = [];
  if (colorScheme) features.push({name: 'prefers-color-scheme', value: colorScheme});
  if (reducedMotion) features.push({name: 'prefers-reduced-motion', value: reducedMotion});
  if (forcedColors) features.push({name: 'forced-colors', value: forcedColors});
  try {
    // Straight to the DevTools protocol: Puppeteer's emulateMediaFeatures refuses
    // forced-colors, and its type and feature calls each clear what the other set.
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    await /** @type {CDPSession} */ (sessions.get(page)).send('Emulation.setEmulatedMedia', {media: media ?? '', features});
  } catch (error) {
    sessions.delete(page);
    return {applied: false, reason: `${session.browser.name} cannot emulate media here (${error instanceof Error ? error.message || error.name : error})`};
  }
  return {applied: true};
}

/**
 * A node of Chromium's accessibility tree as `koske-accessibility-tree` answers it: the fields a
 * screen reader reads, and `node`, the index of its DOM node in the page's `__koskeAxNodes`.
 * @typedef {{role: string, name: string, ignored: boolean, level?: number, node?: number, children: AxNode[]}} AxNode
 */

/**
 * `koske-accessibility-tree` answers Chromium's own accessibility tree under the element that
 * `payload.selector` finds: the tree screen readers read through the platform's accessibility
 * API, with the engine's roles, names and hidden nodes, shadow roots entered and CSS-generated
 * text included. Each node's DOM node (an element or a text node) is put at its index in the
 * page's `globalThis.__koskeAxNodes`, so that the test can see where it is and in what language.
 * Answers `{tree}`, or `{reason}` in an engine without the DevTools protocol.
 * @param {{payload?: unknown, session: import('@web/test-runner').BasicTestSession}} args
 */
async function accessibilityTree({payload, session}) {
  const {selector} = /** @type {{selector: string}} */ (payload);
  if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') return {reason: `${session.browser.name} gives no accessibility tree over its protocol`};
  const page = /** @type {{getPage(sessionId: string): Page}} */ (/** @type {unknown} */ (session.browser)).getPage(session.id);
  const cdp = await page.createCDPSession();
  try {
    const {root} = await cdp.send('DOM.getDocument', {depth: 0});
    const {nodeId} = await cdp.send('DOM.querySelector', {nodeId: root.nodeId, selector});
    if (!nodeId) return {reason: `nothing matches ${selector}`};
    const {node: host} = await cdp.send('DOM.describeNode', {nodeId});
    await cdp.send('Accessibility.enable');
    const {nodes} = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const start = nodes.find((node) => node.backendDOMNodeId === host.backendNodeId);
    if (!start) return {reason: `${selector} is not in the accessibility tree`};
    let count = 0;
    /** @type {(node: import('devtools-protocol').Protocol.Accessibility.AXNode) => Promise<AxNode>} */
    const read = async (node) => {
      /** @type {AxNode} */
      const answer = {
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? ''),
        ignored: node.ignored,
        children: [],
      };
      const level = node.properties?.find((property) => property.name === 'level');
      if (level) answer.level = Number(level.value.value);
      if (node.backendDOMNodeId) {
        const {object} = await cdp.send('DOM.resolveNode', {backendNodeId: node.backendDOMNodeId});
        if (object.objectId) {
          answer.node = count++;
          await cdp.send('Runtime.callFunctionOn', {
            objectId: object.objectId,
            functionDeclaration: 'function (index) { (globalThis.__koskeAxNodes ??= [])[index] = this; }',
            arguments: [{value: answer.node}],
          });
        }
      }
      for (const id of node.childIds ?? []) {
        const child = byId.get(id);
        if (child) answer.children.push(await read(child));
      }
      return answer;
    };
    return {tree: await read(start)};
  } finally {
    await cdp.detach();
  }
}

/** @type {import('@web/test-runner').TestRunnerPlugin[]} */
export const commandPlugins = [
  {
    name: 'koske-commands',
    async executeCommand({command, payload, session}) {
      if (command === 'koske-emulate-media') return emulateMedia({payload, session});
      if (command === 'koske-accessibility-tree') return accessibilityTree({payload, session});
      return undefined;
    },
  },
];
