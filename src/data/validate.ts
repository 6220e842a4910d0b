/**
 * Checks a document and says what is wrong in words a webmaster reads,
 * naming each field by its path (`address.postalCode`,
 * `municipalities[0].code`), in fi, sv or en: for the command line's
 * `validate` and the configurator.
 *
 * A document is valid exactly when the widgets show all of it: the JSON
 * Schema's problems come first (its patterns and types give the most precise
 * sentences), then whatever else the widgets' own parser had to ignore, such
 * as a period that ends before it starts, which no schema keyword can say.
 */
import {Validator, type OutputUnit, type Schema} from '@cfworker/json-schema';
import {parseDocument, type Reason} from './parse.js';

export type ToolLanguage = 'fi' | 'sv' | 'en';

/** The language of the messages: fi, sv or en as asked (callers in plain JavaScript may ask anything), else en. */
const toolLanguage = (language: string): ToolLanguage => (language === 'fi' || language === 'sv' ? language : 'en');
export interface Problem {
  /** The field at fault, such as `municipalities[0].code`; `(document)` for the whole. */
  readonly path: string;
  /** The schema keyword that failed, or the parser's reason. */
  readonly keyword: string;
  readonly message: string;
}

// Keywords that only say "something inside failed": the inner error says what.
const containers = new Set([
  'properties',
  'items',
  'prefixItems',
  '$ref',
  'allOf',
  'anyOf',
  'oneOf',
  'additionalProperties',
  'unevaluatedProperties',
  'patternProperties',
  'dependentSchemas',
  'if',
  'then',
  'else',
  'contains',
]);

type JsonType = 'string' | 'number' | 'integer' | 'array' | 'object' | 'boolean' | 'null';
const typeNames: Record<ToolLanguage, Record<JsonType, string>> = {
  fi: {string: 'tekstiä', number: 'luku', integer: 'kokonaisluku', array: 'lista', object: 'objekti', boolean: 'tosi tai epätosi', null: 'null'},
  sv: {string: 'text', number: 'ett tal', integer: 'ett heltal', array: 'en lista', object: 'ett objekt', boolean: 'sant eller falskt', null: 'null'},
  en: {string: 'text', number: 'a number', integer: 'a whole number', array: 'a list', object: 'an object', boolean: 'true or false', null: 'null'},
};

interface Sentences {
  required(field: string): string;
  type(expected: string): string;
  textOrLanguages(): string;
  pattern(): string;
  enum(choices: string): string;
  const(value: string): string;
  empty(): string;
  range(): string;
  between(min: number, max: number): string;
  other(): string;
}

/** What each keyword's failure means, per language; the detail comes from the schema. */
const sentences: Record<ToolLanguage, Sentences> = {
  fi: {
    required: (field) => `puuttuu pakollinen kenttä ${field}`,
    type: (expected) => `pitää olla ${expected}`,
    textOrLanguages: () => 'pitää olla tekstiä tai kielikoodeittain tekstiä, esim. {"fi": "…", "sv": "…"}',
    pattern: () => 'ei ole oikeaa muotoa',
    enum: (choices) => `pitää olla jokin näistä: ${choices}`,
    const: (value) => `pitää olla ${value}`,
    empty: () => 'on tyhjä',
    range: () => 'ei ole sallitulla välillä',
    between: (min, max) => `pitää olla välillä ${min}–${max}`,
    other: () => 'ei kelpaa',
  },
  sv: {
    required: (field) => `det obligatoriska fältet ${field} saknas`,
    type: (expected) => `ska vara ${expected}`,
    textOrLanguages: () => 'ska vara text eller text per språkkod, t.ex. {"fi": "…", "sv": "…"}',
    pattern: () => 'har fel form',
    enum: (choices) => `ska vara något av: ${choices}`,
    const: (value) => `ska vara ${value}`,
    empty: () => 'är tomt',
    range: () => 'ligger utanför det tillåtna intervallet',
    between: (min, max) => `ska vara mellan ${min} och ${max}`,
    other: () => 'duger inte',
  },
  en: {
    required: (field) => `the required field ${field} is missing`,
    type: (expected) => `should be ${expected}`,
    textOrLanguages: () => 'should be text, or text per language code, e.g. {"fi": "…", "sv": "…"}',
    pattern: () => 'is not in the right form',
    enum: (choices) => `should be one of: ${choices}`,
    const: (value) => `should be ${value}`,
    empty: () => 'is empty',
    range: () => 'is out of the allowed range',
    between: (min, max) => `should be from ${min} to ${max}`,
    other: () => 'is not valid',
  },
};

type Hint = Record<ToolLanguage, string>;
const hints = {
  empty: {fi: 'on tyhjä', sv: 'är tomt', en: 'is empty'},
  languageTag: {
    fi: 'pitää olla kielikoodi, esim. fi, sv tai en',
    sv: 'ska vara en språkkod, t.ex. fi, sv eller en',
    en: 'should be a language code, such as fi, sv or en',
  },
  webUrl: {
    fi: 'pitää olla verkko-osoite, joka alkaa https:// tai http://',
    sv: 'ska vara en webbadress som börjar med https:// eller http://',
    en: 'should be a web address starting with https:// or http://',
  },
  regionCode: {
    fi: 'pitää olla kaksinumeroinen koodi tekstinä, esim. "13"',
    sv: 'ska vara en tvåsiffrig kod som text, t.ex. "13"',
    en: 'should be a two-digit code as text, such as "13"',
  },
  municipalityCode: {
    fi: 'pitää olla kolminumeroinen koodi tekstinä, esim. "020" tai "179"',
    sv: 'ska vara en tresiffrig kod som text, t.ex. "020" eller "179"',
    en: 'should be a three-digit code as text, such as "020" or "179"',
  },
  postalCode: {
    fi: 'pitää olla postinumero, esim. "40100"',
    sv: 'ska vara ett postnummer, t.ex. "40100"',
    en: 'should be a postal code, such as "40100"',
  },
  country: {
    fi: 'pitää olla kaksikirjaiminen maakoodi, esim. "FI"',
    sv: 'ska vara en landskod med två bokstäver, t.ex. "FI"',
    en: 'should be a two-letter country code, such as "FI"',
  },
  email: {fi: 'ei ole sähköpostiosoite', sv: 'är ingen e-postadress', en: 'is not an e-mail address'},
  time: {fi: 'pitää olla kellonaika muodossa HH:MM, 00:00–24:00', sv: 'ska vara ett klockslag i formen HH:MM, 00:00–24:00', en: 'should be a time as HH:MM, 00:00–24:00'},
  date: {fi: 'pitää olla päivämäärä muodossa VVVV-KK-PP', sv: 'ska vara ett datum i formen ÅÅÅÅ-MM-DD', en: 'should be a date as YYYY-MM-DD'},
  phone: {
    fi: 'ei ole puhelinnumero: vain numeroita, välejä, viivoja ja sulkuja, esim. 040 653 7220 tai +358 40 653 7220',
    sv: 'är inget telefonnummer: bara siffror, mellanslag, bindestreck och parenteser, t.ex. 040 653 7220 eller +358 40 653 7220',
    en: 'is not a phone number: only digits, spaces, hyphens and brackets, such as 040 653 7220 or +358 40 653 7220',
  },
} satisfies Record<string, Hint>;

/** Where the schema's patterns are, with what each asks for, said as a webmaster would. */
const hintedPatterns: ReadonlyArray<readonly [string, Hint]> = [
  ['#/$defs/localizedText/oneOf/0/pattern', hints.empty],
  ['#/$defs/languageTag/pattern', hints.languageTag],
  ['#/$defs/localizedText/oneOf/1/propertyNames/pattern', hints.languageTag],
  ['#/$defs/webUrl/pattern', hints.webUrl],
  ['#/$defs/regionCode/pattern', hints.regionCode],
  ['#/$defs/municipalityCode/pattern', hints.municipalityCode],
  ['#/$defs/address/properties/postalCode/pattern', hints.postalCode],
  ['#/$defs/address/properties/country/pattern', hints.country],
  ['#/$defs/emailAddress/pattern', hints.email],
  ['#/$defs/phoneNumber/pattern', hints.phone],
  ['#/$defs/time/pattern', hints.time],
  ['#/$defs/date/pattern', hints.date],
];

/** The parser's reasons, for what the schema cannot say (or did not catch), per language. */
const reasonMessages: Record<ToolLanguage, Record<Reason, string>> = {
  fi: {
    'not text': 'pitää olla tekstiä',
    empty: 'on tyhjä',
    'not a list': 'pitää olla lista',
    'not an object': 'pitää olla objekti',
    'not text or texts by language': sentences.fi.textOrLanguages(),
    'not a language tag': hints.languageTag.fi,
    'not a language tag; texts are read as Finnish': hints.languageTag.fi,
    'a second text in one language': 'samankielinen teksti on jo annettu aiemmin',
    'not an http(s) address': hints.webUrl.fi,
    'not an e-mail address': hints.email.fi,
    'not a phone number': 'ei ole puhelinnumero: numeroita on liian vähän tai liian monta',
    'not a year': 'pitää olla nelinumeroinen vuosiluku',
    'before the start': 'on ennen alkuvuotta',
    'not a three-digit code': hints.municipalityCode.fi,
    'not a two-digit code': hints.regionCode.fi,
    'not a postal code': hints.postalCode.fi,
    'not a country code': hints.country.fi,
    'not one of website, facebook, twitter, instagram': 'pitää olla jokin näistä: website, facebook, twitter, instagram',
    'no name': 'puuttuu nimi',
    'no street or post office box': 'puuttuu katuosoite tai postilokero',
    'no number': 'puuttuu numero',
    'no address': 'puuttuu osoite',
    'no description of the charge': 'hinnalla other pitää olla kuvaus (chargeDescription)',
    'not a number': 'pitää olla luku',
    'outside Finland': 'on Suomen ulkopuolella: anna WGS84-asteet (ei ETRS-TM35FIN-metrejä), leveys ennen pituutta',
    'no latitude and longitude': 'puuttuu leveys- tai pituusaste',
    'not a time': hints.time.fi,
    'no opening or closing time': 'puuttuu avaamis- tai sulkemisaika',
    'no first day': 'puuttuu ensimmäinen päivä (from)',
    'opens and closes at once': 'aukeaa ja sulkeutuu samaan aikaan',
    'overlaps the range before': 'on päällekkäin edellisen aikavälin kanssa',
    'not a date': hints.date.fi,
    'overlaps the exception before': 'on päällekkäin edellisen poikkeuksen kanssa',
    'neither hours nor closed': 'puuttuu aukioloaika (hours) tai suljettu (closed: true)',
    'not true or false': 'pitää olla true tai false',
    'not a weekday': 'pitää olla viikonpäivä: monday, tuesday, wednesday, thursday, friday, saturday tai sunday',
    'not one of phone, mobile, fax, sms': 'pitää olla jokin näistä: phone, mobile, fax, sms',
    'not one of free, local, other': 'pitää olla jokin näistä: free, local, other',
    'not one of visiting, postal, delivery': 'pitää olla jokin näistä: visiting, postal, delivery',
    'no start year': 'puuttuu alkuvuosi',
    'no code or name': 'puuttuu koodi tai nimi',
    'no type or address': 'puuttuu tyyppi tai osoite',
    'no such code': 'tällä koodilla ei ole kuntaa tai maakuntaa',
    'the code registry did not load': 'koodeja ei voitu tarkistaa: kuntarekisteri ei latautunut',
  },
  sv: {
    'not text': 'ska vara text',
    empty: 'är tomt',
    'not a list': 'ska vara en lista',
    'not an object': 'ska vara ett objekt',
    'not text or texts by language': sentences.sv.textOrLanguages(),
    'not a language tag': hints.languageTag.sv,
    'not a language tag; texts are read as Finnish': hints.languageTag.sv,
    'a second text in one language': 'en text på samma språk finns redan tidigare',
    'not an http(s) address': hints.webUrl.sv,
    'not an e-mail address': hints.email.sv,
    'not a phone number': 'är inget telefonnummer: det har för få eller för många siffror',
    'not a year': 'ska vara ett årtal med fyra siffror',
    'before the start': 'ligger före startåret',
    'not a three-digit code': hints.municipalityCode.sv,
    'not a two-digit code': hints.regionCode.sv,
    'not a postal code': hints.postalCode.sv,
    'not a country code': hints.country.sv,
    'not one of website, facebook, twitter, instagram': 'ska vara något av: website, facebook, twitter, instagram',
    'no name': 'namnet saknas',
    'no street or post office box': 'gatuadressen eller postboxen saknas',
    'no number': 'numret saknas',
    'no address': 'adressen saknas',
    'no description of the charge': 'avgiften other ska ha en beskrivning (chargeDescription)',
    'not a number': 'ska vara ett tal',
    'outside Finland': 'ligger utanför Finland: ange WGS84-grader (inte ETRS-TM35FIN-meter), latitud före longitud',
    'no latitude and longitude': 'latituden eller longituden saknas',
    'not a time': hints.time.sv,
    'no opening or closing time': 'öppnings- eller stängningstiden saknas',
    'no first day': 'första dagen (from) saknas',
    'opens and closes at once': 'öppnar och stänger samtidigt',
    'overlaps the range before': 'överlappar föregående tidsintervall',
    'not a date': hints.date.sv,
    'overlaps the exception before': 'överlappar föregående undantag',
    'neither hours nor closed': 'öppettiderna (hours) eller stängt (closed: true) saknas',
    'not true or false': 'ska vara true eller false',
    'not a weekday': 'ska vara en veckodag: monday, tuesday, wednesday, thursday, friday, saturday eller sunday',
    'not one of phone, mobile, fax, sms': 'ska vara något av: phone, mobile, fax, sms',
    'not one of free, local, other': 'ska vara något av: free, local, other',
    'not one of visiting, postal, delivery': 'ska vara något av: visiting, postal, delivery',
    'no start year': 'startåret saknas',
    'no code or name': 'koden eller namnet saknas',
    'no type or address': 'typen eller adressen saknas',
    'no such code': 'ingen kommun eller inget landskap har den koden',
    'the code registry did not load': 'koderna kunde inte kontrolleras: kommunregistret laddades inte',
  },
  en: {
    'not text': 'should be text',
    empty: 'is empty',
    'not a list': 'should be a list',
    'not an object': 'should be an object',
    'not text or texts by language': sentences.en.textOrLanguages(),
    'not a language tag': hints.languageTag.en,
    'not a language tag; texts are read as Finnish': hints.languageTag.en,
    'a second text in one language': 'a second text in one language',
    'not an http(s) address': hints.webUrl.en,
    'not an e-mail address': hints.email.en,
    'not a phone number': 'is not a phone number: it has too few or too many digits',
    'not a year': 'should be a year, four digits',
    'before the start': 'is before the start year',
    'not a three-digit code': hints.municipalityCode.en,
    'not a two-digit code': hints.regionCode.en,
    'not a postal code': hints.postalCode.en,
    'not a country code': hints.country.en,
    'not one of website, facebook, twitter, instagram': 'should be one of: website, facebook, twitter, instagram',
    'no name': 'the name is missing',
    'no street or post office box': 'the street or the post office box is missing',
    'no number': 'the number is missing',
    'no address': 'the address is missing',
    'no description of the charge': 'the charge other needs a description (chargeDescription)',
    'not a number': 'should be a number',
    'outside Finland': 'is outside Finland: give WGS84 degrees (not ETRS-TM35FIN metres), latitude before longitude',
    'no latitude and longitude': 'the latitude or the longitude is missing',
    'not a time': hints.time.en,
    'no opening or closing time': 'the opening or the closing time is missing',
    'no first day': 'the first day (from) is missing',
    'opens and closes at once': 'opens and closes at the same time',
    'overlaps the range before': 'overlaps the range before it',
    'not a date': hints.date.en,
    'overlaps the exception before': 'overlaps the exception before it',
    'neither hours nor closed': 'the hours (hours) or closed (closed: true) are missing',
    'not true or false': 'should be true or false',
    'not a weekday': 'should be a weekday: monday, tuesday, wednesday, thursday, friday, saturday or sunday',
    'not one of phone, mobile, fax, sms': 'should be one of: phone, mobile, fax, sms',
    'not one of free, local, other': 'should be one of: free, local, other',
    'not one of visiting, postal, delivery': 'should be one of: visiting, postal, delivery',
    'no start year': 'the start year is missing',
    'no code or name': 'the code or the name is missing',
    'no type or address': 'the type or the address is missing',
    'no such code': 'no municipality or region has this code',
    'the code registry did not load': 'the codes could not be checked: the registry of municipalities did not load',
  },
};

/** A JSON Pointer's parts as keys: the validator writes them URI-encoded, with `~1` for `/` and `~0` for `~`. */
const pointerParts = (pointer: string): string[] =>
  pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));

/**
 * `#/municipalities/0/code` → `municipalities[0].code`, the parser's way of naming a field; the
 * document itself is `(document)`. A key made of digits is written `[0]` only where it indexes a list.
 */
function fieldPath(instanceLocation: string, document: unknown): string {
  const parts = pointerParts(instanceLocation);
  if (parts.length === 0) return '(document)';
  let node: unknown = document;
  return parts
    .map((part, index) => {
      const inList = Array.isArray(node);
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
      return inList ? `[${part}]` : `${index ? '.' : ''}${part}`;
    })
    .join('');
}

/** The schema value a validator's `keywordLocation` (`#/properties/a/$ref/enum`) points at, following local `$ref`s. */
function at(schema: Schema, keywordLocation: string): unknown {
  let node: unknown = schema;
  for (const key of pointerParts(keywordLocation)) {
    const object = node as Record<string, unknown> | undefined;
    node = key === '$ref' && typeof object?.$ref === 'string' ? at(schema, object.$ref) : object?.[key];
  }
  return node;
}

/** Whether one instance location is inside another (`#/a/1` is inside `#/a`, `#/a/10` is not inside `#/a/1`). */
const inside = (location: string, container: string): boolean => location.startsWith(`${container}/`);

/**
 * The schema's problems with `document`, one per field at fault, in document order; empty when
 * the schema accepts it. The WordPress plugin's check of uploaded files mirrors this function.
 */
export function schemaProblems(document: unknown, schema: Schema, asked: string = 'en'): Problem[] {
  const result = new Validator(schema, '2020-12', false).validate(document);
  if (result.valid) return [];
  const language = toolLanguage(asked);
  const words = sentences[language];
  const leaves = result.errors.filter((error) => !containers.has(error.keyword));
  // Where a value may be text or an object of language → text, each branch fails on its own;
  // one sentence for the field says both.
  const problems = new Map<string, Problem & {wholeAlternative?: boolean}>();
  for (const error of leaves) {
    const inAlternative = /\/(oneOf|anyOf)\/\d+\//.test(error.keywordLocation);
    const deeper = leaves.some((other) => other !== error && inside(other.instanceLocation, error.instanceLocation));
    if (inAlternative && deeper && error.keyword === 'type') continue;
    // A code or an object (a municipality, the region): when the value is an object, the
    // code alternative's "should be text" is beside the point; the object's own error says it.
    const choice = /^(.*\/(?:oneOf|anyOf))\/\d+\/type$/.exec(error.keywordLocation)?.[1];
    const sameOrInside = (other: OutputUnit) => other.instanceLocation === error.instanceLocation || inside(other.instanceLocation, error.instanceLocation);
    if (choice && leaves.some((other) => other !== error && other.keyword !== 'type' && other.keywordLocation.startsWith(`${choice}/`) && sameOrInside(other))) continue;
    const path = fieldPath(error.instanceLocation, document);
    const rule = at(schema, error.keywordLocation);
    // A type error on the alternative itself (`oneOf/0/type`) is about the field as a whole;
    // one deeper down (`oneOf/1/additionalProperties/type`) is about a single language's text.
    const wholeAlternative = inAlternative && /\/(oneOf|anyOf)\/\d+\/type$/.test(error.keywordLocation);
    let message: string;
    switch (error.keyword) {
      case 'required': {
        const missing = /"([^"]+)"/.exec(error.error)?.[1] ?? '';
        message = words.required(missing);
        problems.set(`${path}/${missing}`, {path: path === '(document)' ? missing : `${path}.${missing}`, keyword: 'required', message});
        continue;
      }
      case 'type':
        message = wholeAlternative
          ? words.textOrLanguages()
          : words.type(
              [rule as JsonType | JsonType[]]
                .flat()
                .map((type) => typeNames[language][type])
                .join(' / '),
            );
        break;
      case 'pattern': {
        const hint = hintedPatterns.find(([pointer]) => at(schema, pointer) === rule)?.[1];
        message = hint?.[language] ?? words.pattern();
        break;
      }
      case 'enum':
        message = words.enum((rule as unknown[]).join(', '));
        break;
      case 'const':
        message = words.const(JSON.stringify(rule));
        break;
      case 'minItems':
      case 'minLength':
      case 'minProperties':
        message = words.empty();
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const bounds = at(schema, error.keywordLocation.replace(/\/[^/]+$/, '')) as {minimum?: unknown; maximum?: unknown} | undefined;
        message = typeof bounds?.minimum === 'number' && typeof bounds.maximum === 'number' ? words.between(bounds.minimum, bounds.maximum) : words.range();
        break;
      }
      default:
        message = words.other();
    }
    // An empty object where text or text per language is allowed: "is empty" says more than
    // "should be text or …", which the other alternative's type error would say.
    const earlier = problems.get(path);
    if (!earlier || (earlier.wholeAlternative && inAlternative && error.keyword !== 'type')) problems.set(path, {path, keyword: error.keyword, message, wholeAlternative});
  }
  return [...problems.values()].map(({path, keyword, message}) => ({path, keyword, message}));
}

/** Whether `inner` is a field inside `outer`: `municipalities[0].code` is inside `municipalities[0]` and `municipalities`. */
const holds = (outer: string, inner: string): boolean => inner.startsWith(outer) && /^[.[]/.test(inner.slice(outer.length));

/** Whether two field paths are the same field or one holds the other. */
const related = (one: string, other: string): boolean => one === other || holds(one, other) || holds(other, one);

/**
 * Problems with `document` (the schema's, then what else the widgets would ignore), one per
 * field at fault; empty exactly when the widgets show the whole document. Places named by code
 * alone are looked up once `registryReady()` has resolved; before, they are reported as not checked.
 */
export function validate(document: unknown, schema: Schema, asked: string = 'en'): Problem[] {
  const language = toolLanguage(asked);
  const problems = schemaProblems(document, schema, language);
  const read = parseDocument(document);
  const messages = reasonMessages[language];
  for (const {path, reason} of read.ignored) {
    if (!problems.some((problem) => related(problem.path, path))) problems.push({path, keyword: reason, message: messages[reason]});
  }
  if (!read.ok && problems.length === 0) problems.push({path: '(document)', keyword: 'document', message: sentences[language].other()});
  return problems;
}
