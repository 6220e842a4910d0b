// Writes src/generated/frameworks/{react,preact,solid,vue}.ts: the elements as
// each framework's templates see them, from custom-elements.json (the
// manifest `npm run manifest` makes from src/). Each declares the three tags
// in the framework's own JSX or component registry, with the attributes and
// properties an app may set and the events typed by their classes. tsc checks
// them against the frameworks' own types and writes them to dist/types/.
// Part of `npm run generate`, which every build runs first.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';

/**
 * What the manifest says of an element, as far as this reads it.
 * @typedef {{name: string, type?: {text: string}, description?: string}} Described
 * @typedef {Described & {fieldName?: string}} Attribute
 * @typedef {Described & {kind: string, privacy?: string, static?: boolean, readonly?: boolean, attribute?: string}} Member
 * @typedef {{name: string, tagName?: string, customElement?: boolean, summary?: string, attributes?: Attribute[], members?: Member[], events?: Described[]}} Declaration
 * @typedef {{modules: Array<{declarations?: Declaration[]}>}} Manifest
 */

/** One thing an app may write on an element: its name, its type, and what it is. */
/** @typedef {{name: string, type: string, description: string}} Prop */

/**
 * The elements of the manifest: their tag, class, attributes, properties without an attribute, and events.
 * @param {Manifest} manifest
 */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => {
      /** @type {Prop[]} */
      const attributes = (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        type: attributeType(attribute.type?.text),
        description: attribute.description ?? '',
      }));
      /** @type {Prop[]} */
      const properties = (declaration.members ?? [])
        .filter((member) => member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.static && !member.readonly && !member.attribute)
        .map((member) => ({name: member.name, type: (member.type?.text ?? 'unknown').replace(/ \| undefined$/, ''), description: member.description ?? ''}));
      // A property and an attribute of one name (`data`): one prop, which takes what either takes.
      for (const property of properties) {
        const attribute = (declaration.attributes ?? []).find((each) => each.name === property.name);
        if (attribute) property.description = `${property.description} ${attribute.description ?? ''}`.trim();
      }
      const named = new Set(properties.map(({name}) => name));
      /** @type {Prop[]} every public property by its own name, attribute or not */
      const fields = (declaration.members ?? [])
        .filter((member) => member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.static && !member.readonly)
        .map((member) => ({name: member.name, type: (member.type?.text ?? 'unknown').replace(/ \| undefined$/, ''), description: member.description ?? ''}));
      return {
        fields,
        tag: /** @type {string} */ (declaration.tagName),
        className: declaration.name,
        summary: (declaration.summary ?? '').replace(/\.$/, ''),
        props: [...properties, ...attributes.filter(({name}) => !named.has(name))],
        events: (declaration.events ?? []).map((event) => {
          if (!event.type) throw new Error(`custom-elements.json: ${declaration.name}'s event ${event.name} has no type; write it as @fires {EventClass} ${event.name}`);
          return {name: event.name, type: event.type.text, description: event.description ?? ''};
        }),
      };
    });
}

/**
 * What an attribute takes in a template, where every value is written as text: a number may be a string.
 * @param {string | undefined} text the manifest's type
 */
function attributeType(text) {
  const type = (text ?? 'string').replace(/ \| undefined$/, '');
  return type === 'number' ? 'number | string' : type;
}

/** @param {string} text */
const doc = (text) => (text ? `/** ${text.replace(/\s*\n\s*/g, ' ').replace(/\*\//g, '*\\/')} */\n    ` : '');
/** `heading-level` → `headingLevel`. @param {string} name */
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
/** `koske-load` → `KoskeLoad`. @param {string} name */
const pascal = (name) => camel(name).replace(/^\w/, (letter) => letter.toUpperCase());
/** @param {string} name */
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/**
 * The imports of the event classes a file names, and of the element classes when `withClasses`, from the package itself.
 * @param {ReturnType<typeof elementsOf>} elements
 * @param {boolean} withClasses
 */
function imports(elements, withClasses) {
  const names = new Set(elements.flatMap(({className, events}) => [...(withClasses ? [className] : []), ...events.map(({type}) => type)]));
  return `import type {${[...names].sort().join(', ')}} from 'koske-widgets';`;
}

/**
 * Props of one element in a JSX framework: `props(name)` is how a prop is written, `event(name)` an event's handler.
 * @param {ReturnType<typeof elementsOf>[number]} element
 * @param {{prop: (name: string) => string, event: (name: string) => string}} naming
 */
function jsxProps(element, naming) {
  const props = element.props.map(({name, type, description}) => `${doc(description)}${key(naming.prop(name))}?: ${type};`);
  const events = element.events.map(({name, type, description}) => `${doc(description)}${key(naming.event(name))}?: (event: ${type}) => void;`);
  return [...props, ...events].join('\n    ');
}

const header = (/** @type {string} */ framework) => `// Generated by scripts/generate-framework-types.mjs from custom-elements.json: do not edit.
// The three elements in ${framework} templates: their attributes and properties, and their events typed by their classes.
// Inside \`declare module\`, a name means the augmented module's own: the framework's types are
// imported under names of their own, which also keep the import in the declarations tsc writes.
`;

/**
 * @param {ReturnType<typeof elementsOf>} elements
 * @returns {Record<string, string>} file name → source
 */
export function frameworkTypes(elements) {
  // The props that are properties only (`data`), which Solid sets as such when written `prop:data`.
  const properties = new Set(elements.flatMap(({props}) => props.filter(({type}) => type === 'unknown').map(({name}) => name)));
  const asIs = {prop: (/** @type {string} */ name) => name, event: (/** @type {string} */ name) => `on${name}`};
  const propsTypes = (/** @type {string} */ suffix, /** @type {(element: ReturnType<typeof elementsOf>[number]) => string} */ body) =>
    elements
      .map((element) => `/** ${element.summary || element.tag}: what \`<${element.tag}>\` takes. */\nexport interface ${element.className}${suffix} {\n    ${body(element)}\n}`)
      .join('\n\n');
  const intrinsic = (/** @type {(element: ReturnType<typeof elementsOf>[number]) => string} */ type) =>
    elements.map((element) => `'${element.tag}': ${type(element)};`).join('\n      ');

  return {
    // React 19 sets a property when the element has one (`data`), else an attribute, and listens
    // for `on` + the event's exact name.
    'react.ts': `${header('React')}import type * as React from 'react';
${imports(elements, true)}

${propsTypes('ReactProps', (element) => jsxProps(element, asIs))}

${elements
  .map(
    (element) =>
      `/** ${element.summary || element.tag}: what the component \`${element.className}\` of koske-widgets/react takes besides React's own props, the element's properties by their names. */\nexport interface ${element.className}ComponentProps {\n    ${jsxProps({...element, props: element.fields}, {prop: (name) => name, event: (name) => `on${pascal(name)}`})}\n}`,
  )
  .join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      ${intrinsic((element) => `Omit<React.DetailedHTMLProps<React.HTMLAttributes<${element.className}>, ${element.className}>, keyof ${element.className}ReactProps> & ${element.className}ReactProps`)}
    }
  }
}
`,
    'preact.ts': `${header('Preact')}import type {JSX as PreactJSX} from 'preact';
${imports(elements, true)}

${propsTypes('PreactProps', (element) => jsxProps(element, asIs))}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      ${intrinsic((element) => `Omit<PreactJSX.HTMLAttributes<${element.className}>, keyof ${element.className}PreactProps> & ${element.className}PreactProps`)}
    }
  }
}
`,
    // Solid sets what is written `prop:name` as a property, and adds `on:name` listeners by the exact name.
    'solid.ts': `${header('Solid')}import type {JSX as SolidJSX} from 'solid-js';
${imports(elements, true)}

${propsTypes('SolidProps', (element) =>
  jsxProps(
    {...element, props: [...element.props, ...element.props.filter(({name}) => properties.has(name)).map((prop) => ({...prop, name: `prop:${prop.name}`}))]},
    {prop: (name) => name, event: (name) => `on:${name}`},
  ),
)}

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
      ${intrinsic((element) => `Omit<SolidJSX.HTMLAttributes<${element.className}>, keyof ${element.className}SolidProps> & ${element.className}SolidProps`)}
    }
  }
}
`,
    // Vue checks a template's kebab-case attributes against camelCase props, and \`@koske-load\` against \`onKoskeLoad\`.
    'vue.ts': `${header('Vue')}import type {DefineComponent} from 'vue';
${imports(elements, false)}

${propsTypes('VueProps', (element) => jsxProps(element, {prop: camel, event: (name) => `on${pascal(name)}`}))}

declare module 'vue' {
  interface GlobalComponents {
    ${intrinsic((element) => `DefineComponent<${element.className}VueProps>`)}
  }
}
`,
  };
}

const manifest = /** @type {Manifest} */ (JSON.parse(readFileSync('custom-elements.json', 'utf8')));
mkdirSync('src/generated/frameworks', {recursive: true});
for (const [file, source] of Object.entries(frameworkTypes(elementsOf(manifest)))) {
  writeFileSync(`src/generated/frameworks/${file}`, source);
  process.stdout.write(`src/generated/frameworks/${file}: ${source.length} characters\n`);
}
