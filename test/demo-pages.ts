/**
 * The demo's pages (the configurator, the data editor) as their users see
 * them: each in a same-origin iframe of the test page, read and driven
 * through its DOM, with axe-core run inside it over the whole document.
 */

export interface Page {
  readonly frame: HTMLIFrameElement;
  /** The page's own window, with its own element classes (`win.HTMLAnchorElement`). */
  readonly win: Window & typeof globalThis;
  readonly doc: Document;
}

interface AxeResults {
  violations: {id: string; impact: string; help: string; nodes: {target: string[]; html: string; failureSummary?: string}[]}[];
}
type AxeWindow = Window & {axe?: {run(context: unknown, options?: object): Promise<AxeResults>}};

/** A demo page in a fresh iframe of the given width, once it has loaded. */
export async function openPage(url: string, width = 1100, height = 900): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.src = url;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return {
    frame,
    // After a reload or a link followed, the frame's window and document are new ones.
    get win() {
      return frame.contentWindow as Window & typeof globalThis;
    },
    get doc() {
      return frame.contentDocument!;
    },
  };
}

export function get<E extends Element = HTMLElement>({doc}: Page, selector: string): E {
  const found = doc.querySelector<E>(selector);
  if (!found) throw new Error(`the page has no ${selector}`);
  return found;
}

export const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** axe-core over the whole page, run inside it; `exclude` leaves parts out. */
export async function axe(page: Page, exclude: string[] = []): Promise<string[]> {
  const win = page.win as AxeWindow;
  if (!win.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, {once: true});
      script.addEventListener('error', reject, {once: true});
    });
    page.doc.head.append(script);
    await loaded;
  }
  const results = await win.axe!.run({include: [page.doc], exclude: exclude.map((selector) => [selector])});
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')} ${node.failureSummary ?? ''}`),
  );
}
