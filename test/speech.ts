/**
 * What a screen reader says of a widget, stepping through it to the end: the phrases read from
 * Chromium's own accessibility tree (the `koske-accessibility-tree` command of
 * test/server/commands.mjs), and the rules every such sequence keeps.
 *
 * The phrases follow what a screen reader's virtual cursor does (as @guidepup/virtual-screen-reader
 * models it): a node a reader announces says its role and name ("link, Jyväskylä", "heading,
 * level 2, Toiminta-alue"), then its content, unless its content is one text that is its name;
 * every other text is a phrase of its own. A group says itself only when it has a name, as NVDA,
 * JAWS and VoiceOver do; list items, paragraphs and description lists say nothing of themselves.
 */
import {executeServerCommand} from '@web/test-runner-commands';
import type {Localized, Organisation} from '../src/data/types.js';

/** One phrase, and what it is said of. */
export interface Phrase {
  /** What is said: "link, Koskeverkko", or a text. */
  readonly said: string;
  /** The role announced with it ('' for a text). */
  readonly role: string;
  /** The name said with the role, or the text. */
  readonly name: string;
  /** The language it is said in: its node's nearest `lang`, across shadow roots. */
  readonly lang: string;
  /** Its first box on screen. */
  readonly box: DOMRect | undefined;
}

interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly ignored: boolean;
  readonly level?: number;
  readonly node?: number;
  readonly children: readonly AxNode[];
}

/** The roles a reader announces, with the words it says for them (Chromium's role names on the left). */
const announced: Record<string, string> = {
  heading: 'heading',
  link: 'link',
  button: 'button',
  list: 'list',
  article: 'article',
  region: 'region',
  navigation: 'navigation',
  main: 'main',
  complementary: 'complementary',
  contentinfo: 'content information',
  banner: 'banner',
  form: 'form',
  search: 'search',
  group: 'group',
  table: 'table',
  image: 'image',
  alert: 'alert',
  status: 'status',
  progressbar: 'progress bar',
};

/** The roles that must have a name: a reader that lists them by kind has nothing else to say. */
const named = new Set(['heading', 'link', 'button', 'list', 'region', 'navigation', 'main', 'complementary', 'contentinfo', 'banner', 'form', 'search', 'table']);

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The nearest `lang` of a node, across shadow roots. */
function langOf(node: Node): string {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element) {
    const marked = element.closest('[lang]');
    if (marked) return marked.getAttribute('lang')!;
    const root = element.getRootNode();
    element = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

function boxOf(node: Node): DOMRect | undefined {
  if (node instanceof Element) return [...node.getClientRects()].find((box) => box.width > 0 && box.height > 0);
  const range = document.createRange();
  range.selectNodeContents(node);
  return [...range.getClientRects()].find((box) => box.width > 0 && box.height > 0);
}

/**
 * The phrases a screen reader says of `element`, in order; undefined in an engine whose
 * accessibility tree the tests cannot read (Firefox, WebKit).
 */
export async function speak(element: Element): Promise<Phrase[] | undefined> {
  const mark = `speech-${Math.random().toString(36).slice(2)}`;
  element.setAttribute('data-speech', mark);
  const answer = await executeServerCommand<{tree?: AxNode; reason?: string}, {selector: string}>('koske-accessibility-tree', {selector: `[data-speech="${mark}"]`});
  element.removeAttribute('data-speech');
  if (!answer.tree) return undefined;
  const nodes = (globalThis as {__koskeAxNodes?: Node[]}).__koskeAxNodes ?? [];
  const phrases: Phrase[] = [];
  const say = (ax: AxNode, role: string, name: string) => {
    const node = ax.node === undefined ? undefined : nodes[ax.node];
    const said = role ? [role, ax.level ? `level ${ax.level}` : '', name].filter(Boolean).join(', ') : name;
    phrases.push({said, role, name, lang: node ? langOf(node) : '', box: node && boxOf(node)});
  };
  const walk = (ax: AxNode) => {
    if (ax.ignored) return ax.children.forEach(walk);
    if (ax.role === 'StaticText') {
      const text = spaced(ax.name);
      if (text) say(ax, '', text);
      return;
    }
    if (ax.role === 'InlineTextBox') return;
    const role = announced[ax.role];
    const name = spaced(ax.name);
    if (role && (name || role !== 'group')) say(ax, role, name);
    const shown = ax.children.filter((child) => !child.ignored);
    // A node whose one text is its name says it once.
    if (role && name && shown.length === 1 && shown[0].role === 'StaticText' && spaced(shown[0].name) === name) return;
    ax.children.forEach(walk);
  };
  walk(answer.tree);
  return phrases;
}

/** The phrases one per line, each marked with its language where that is not the element's. */
export function transcript(phrases: readonly Phrase[], language: string): string {
  return `\n${phrases.map(({said, lang}) => (lang === language ? said : `[${lang}] ${said}`)).join('\n')}\n`;
}

/**
 * Every text of an organisation that the parser took as being in a language, with the
 * languages it is in: what the rule on languages checks the phrases against.
 */
export function textLanguages(organisation: Organisation): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const visit = (value: unknown) => {
    if (value instanceof Map) {
      for (const [language, text] of value as Localized<unknown>) {
        if (typeof text === 'string') found.set(text, (found.get(text) ?? new Set()).add(language));
        else visit(text);
      }
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(organisation);
  return found;
}

/** A phrase's words without the role, for comparing what two phrases say. */
const words = ({name}: Phrase) => name.toLocaleLowerCase();

/** Whether `text` says `said` again: all of it, as whole words ("list, Toiminta-alue 14 kuntaa" after "14 kuntaa"). */
const says = (text: string, said: string) => ` ${text} `.includes(` ${said} `);

/**
 * What is wrong with a sequence, one sentence per problem: a phrase that is empty or only
 * punctuation; one that says all of the one before it again; a link, button, heading, list or
 * landmark without a name; a text said in another language than its own (`texts`: the content's
 * texts and their languages, else the element's `language`); a phrase that comes before the one
 * before it on screen (above it, or to its left on the same line, and not in a column to its right).
 */
export function speechProblems(phrases: readonly Phrase[], language: string, texts: Map<string, Set<string>>): string[] {
  const problems: string[] = [];
  phrases.forEach((phrase, index) => {
    const previous = index > 0 ? phrases[index - 1] : undefined;
    if (!phrase.role && !/[\p{L}\p{N}]/u.test(phrase.name)) problems.push(`"${phrase.said}" says nothing`);
    if (previous && words(previous) && says(words(phrase), words(previous))) {
      problems.push(`"${phrase.said}" says all of "${previous.said}" again`);
    }
    if (named.has(phrase.role) && !phrase.name) problems.push(`a ${phrase.role} without a name`);
    const candidates = [phrase.name, phrase.name.replace(/ \([^)]*\)$/, ''), phrase.name.replace(/^\d+ /, '')];
    const own = candidates.map((text) => texts.get(text)).find(Boolean);
    if (own ? !own.has(phrase.lang) : phrase.lang !== language) {
      problems.push(`"${phrase.said}" is said in ${phrase.lang || 'no language'}, not in ${own ? [...own].join(' or ') : language}`);
    }
    const [before, box] = [previous?.box, phrase.box];
    if (previous && before && box) {
      const sameLine = box.top < before.bottom - 2 && box.bottom > before.top + 2;
      const laterColumn = box.left >= before.right - 2;
      const goesBack = box.top < before.top - 2 ? !laterColumn : sameLine && box.left < before.left - 2;
      if (goesBack) problems.push(`"${phrase.said}" is read after "${previous.said}" but shown before it`);
    }
  });
  return problems;
}
