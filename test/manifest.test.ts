/**
 * custom-elements.json (written by `npm run build` from the JSDoc) against
 * the elements as they run: every attribute, property, event, part and CSS
 * custom property they have must be in the manifest, with a description.
 * Editors, Storybook and framework wrappers read the manifest, so a member
 * missing from it is missing for them.
 */
import {expect, fixture} from '@open-wc/testing';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import type {CSSResult} from 'lit';
import {ContactBlock, MunicipalityList, OrgCard} from '../src/index.js';
import type {WidgetBase} from '../src/elements/widget-base.js';
import {seedWithSocialLinks, settle, shadow, uniqueKey, type Tag} from './helpers.js';

interface Described {
  readonly name: string;
  readonly description?: string;
  readonly kind?: string;
  readonly privacy?: string;
}
interface Declaration {
  readonly tagName?: string;
  readonly attributes?: readonly Described[];
  readonly members?: readonly Described[];
  readonly events?: readonly Described[];
  readonly cssParts?: readonly Described[];
  readonly cssProperties?: readonly Described[];
  readonly slots?: readonly Described[];
}

const classes: ReadonlyArray<[Tag, typeof OrgCard | typeof MunicipalityList | typeof ContactBlock]> = [
  ['koske-org-card', OrgCard],
  ['koske-municipality-list', MunicipalityList],
  ['koske-contact-block', ContactBlock],
];

async function declarationOf(tag: Tag): Promise<Declaration> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {modules: {declarations?: Declaration[]}[]};
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const found = declarations.find((declaration) => declaration.tagName === tag);
  if (!found) throw new Error(`${tag} is not in custom-elements.json`);
  return found;
}

/** The names in `list` that have a description. */
const described = (list: readonly Described[] | undefined) => (list ?? []).filter((item) => item.description?.trim()).map((item) => item.name);

/** Every part name in a widget's shadow root, in each state and variant it can show. */
async function partsShown(tag: Tag): Promise<Set<string>> {
  const name = unsafeStatic(tag);
  const document = await seedWithSocialLinks();
  const elements = [
    await fixture<WidgetBase>(staticHtml`<${name} .data=${document}></${name}>`),
    await fixture<WidgetBase>(staticHtml`<${name} variant="compact" .data=${document}></${name}>`),
    await fixture<WidgetBase>(staticHtml`<${name} src=${`/fixtures/status/503?${uniqueKey()}`}></${name}>`),
    await fixture<WidgetBase>(staticHtml`<${name} src=${`/fixtures/slow/3000?${uniqueKey()}`}></${name}>`),
  ];
  await Promise.all(elements.slice(0, 3).map((element) => settle(element)));
  return new Set(elements.flatMap((element) => [...shadow(element).querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/))));
}

for (const [tag, type] of classes) {
  describe(`custom-elements.json for <${tag}>`, () => {
    let declaration: Declaration;
    before(async () => {
      declaration = await declarationOf(tag);
    });

    it('describes every attribute the element observes', () => {
      const observed = (type as unknown as {observedAttributes: string[]}).observedAttributes;
      expect(observed.length).to.be.greaterThan(4);
      expect(described(declaration.attributes)).to.include.members(observed);
    });

    it('describes every public property', () => {
      const properties = [...type.elementProperties].filter(([, options]) => !options.state).map(([property]) => String(property));
      expect(properties).to.include.members(['data', 'src', 'variant', 'loading', 'timeout']);
      const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && member.privacy !== 'private');
      expect(described(fields)).to.include.members(properties);
    });

    it('describes both events', () => {
      expect(described(declaration.events)).to.include.members(['koske-load', 'koske-error']);
    });

    it('describes every part the element shows, loaded, compact, failed or loading', async () => {
      const parts = [...(await partsShown(tag))];
      expect(parts).to.include.members(['base', 'loading', 'error', 'retry']);
      expect(described(declaration.cssParts)).to.include.members(parts);
    });

    it('describes every --koske- custom property its styles read', () => {
      const css = type.elementStyles.map((style) => (style as CSSResult).cssText).join('\n');
      const used = [...new Set(css.match(/--koske-[a-z-]+/g))];
      expect(used).to.include.members(['--koske-accent', '--koske-loading-height']);
      expect(described(declaration.cssProperties)).to.include.members(used);
    });

    it('has no slots, and says so (a fallback written inside is shown only until the widget renders)', async () => {
      const element = await fixture<WidgetBase>(staticHtml`<${unsafeStatic(tag)} .data=${{name: 'Yhdessä'}}></${unsafeStatic(tag)}>`);
      await settle(element);
      expect(shadow(element).querySelector('slot')).to.equal(null);
      expect(declaration.slots ?? []).to.deep.equal([]);
    });
  });
}
