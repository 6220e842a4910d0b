// Every text of the configurator's own interface, in Finnish (the page's
// language without scripts), Swedish and English. Plain strings fill the
// elements marked data-i18n="key" in configurator.html; functions build the
// messages that depend on what the user chose. The widgets have their own
// translations (locales/*.xlf); the data's problems come from validate() in src/data/validate.ts.

/** @typedef {'fi' | 'sv' | 'en'} UiLanguage */

/** The configurator's languages, the first the default. */
export const uiLanguages = /** @type {const} */ (['fi', 'sv', 'en']);

/**
 * The messages built from what the user chose (each language has every one).
 * @typedef {object} Messages
 * @property {(cdn: string, version: string) => string} baseHint
 * @property {(ratio: string) => string} contrastLow the ratio as the language writes it
 * @property {(ratio: string) => string} contrastOk
 * @property {(where: {line: number, column: number} | undefined, detail: string) => string} jsonSyntax
 * @property {(n: number) => string} jsonProblems
 * @property {(reason: string) => string} previewError
 * @property {(version: string) => string} versionNote
 */

/**
 * `1 virhe`, `2 virhettä`: the counting word per language.
 * @param {number} n
 * @param {string} one
 * @param {string} other
 */
export const count = (n, one, other) => `${n} ${n === 1 ? one : other}`;

/** @satisfies {Record<UiLanguage, Messages & Record<string, unknown>>} */
export const strings = {
  fi: {
    title: 'Tee oma upotuskoodi – koske-widgets',
    backToDemo: '← Takaisin esittelysivulle',
    toEditor: 'Tee tai muokkaa tietoja →',
    heading: 'Tee oma upotuskoodi',
    intro: 'Valitse, mitä sivullasi näytetään ja miltä se näyttää. Esikatselussa ovat oikeat elementit valinnoillasi, ja valmiin koodin voit kopioida sivullesi.',
    optionsHeading: 'Valinnat',
    elementsLegend: 'Näytettävät osat',
    orgCard: 'Organisaation kortti',
    municipalityList: 'Toiminta-alueen kunnat',
    contactBlock: 'Yhteystiedot',
    sourceLegend: 'Tietolähde',
    sourceUrl: 'Verkko-osoite (URL)',
    sourceJson: 'Liitetyt tai ladatut JSON-tiedot',
    urlLabel: 'JSON-tiedoston osoite',
    urlHint:
      'Kirjoita organisaatiosi JSON-tiedoston osoite. Sivun, jolla osat näytetään, pitää saada hakea se: sama sivusto, tai palvelin sallii haun (CORS). Suhteellinen osoite luetaan sivusi osoitteesta.',
    jsonLabel: 'JSON-tiedot',
    jsonHint: 'Liitä organisaation tiedot JSON-muodossa tai valitse tiedosto. Tiedot tarkistetaan muodon kuvausta (JSON Schema) vasten ja kirjoitetaan koodiin.',
    fileLabel: 'Tai valitse JSON-tiedosto',
    exampleButton: 'Käytä esimerkkitietoja',
    languageLegend: 'Osien kieli',
    languagePage: 'Sama kuin sivun kieli',
    headingLabel: 'Otsikon taso',
    headingHint:
      'Kortin, kuntaluettelon ja yhteystietojen otsikko. Valitse taso, joka sopii sivusi otsikkorakenteeseen: yleensä yhtä syvemmälle kuin otsikko, jonka alla osat ovat.',
    variantLegend: 'Laajuus',
    variantFull: 'Kaikki tiedot',
    variantCompact: 'Tiivis, sivupalkkiin',
    coloursLegend: 'Värit',
    structuredData: 'Kortin tiedot hakukoneille',
    structuredDataHint:
      'Kortti lisää sivun <head>-osaan schema.org-kuvauksen (JSON-LD), josta hakukoneet lukevat hankkeen nimen, ajan, hallinnoijan, rahoittajat, osoitteen ja toiminta-alueen.',
    map: 'Kartta toiminta-alueesta',
    mapHint:
      'Kuntalista näyttää kartan maakunnasta tai, jos kunnat ovat useassa maakunnassa, koko Suomesta. Kartta piirretään sivulla Maanmittauslaitoksen avoimesta aineistosta, eikä se lataa mitään muualta.',
    openNow: 'Kerro, onko nyt auki',
    openNowHint: 'Yhteystiedot kertovat aukioloaikojen kohdalla, onko nyt auki ja mihin asti (Suomen aikaa). Tieto päivittyy, kun sivu on auki.',
    ownColours: 'Omat teksti- ja taustavärit',
    ownColoursHint: 'Ilman omia värejä osat käyttävät omia vaaleita tai tummia värejään käyttäjän asetuksen mukaan.',
    textColour: 'Tekstin väri',
    backgroundColour: 'Taustaväri',
    ownAccent: 'Oma korostusväri',
    ownAccentHint: 'Otsikon vieressä oleva viiva. Se on koristetta, joten sen kontrastilla ei ole väliä.',
    accentColour: 'Korostusväri',
    baseLabel: 'Mistä tiedostot ladataan (valinnainen)',
    previewHeading: 'Esikatselu',
    previewHint: 'Oikeat elementit valinnoillasi. ”Sama kuin sivun kieli” näyttää tässä tämän sivun kielen.',
    snippetHeading: 'Koodi sivullesi',
    snippetLabel: 'HTML-koodi',
    snippetHint: 'Liitä koodi sivusi HTML:ään kohtaan, jossa osat näytetään. Script-rivi tarvitaan sivulla vain kerran.',
    copy: 'Kopioi koodi',
    copied: 'Kopioitu',
    copyFailed: 'Kopiointi ei onnistunut. Koodi on valittuna: kopioi se näppäimillä Ctrl+C (Macissa Cmd+C).',
    baseHint: (cdn, version) =>
      `Tyhjänä koodi lataa version ${version} jsDelivr-palvelusta (${cdn}). Jos kopioit dist-kansion omalle palvelimellesi, kirjoita kansion osoite. Tiedoston pitää olla juuri version ${version} koske-widgets.iife.js, muuten selain estää sen (integrity-tarkistus).`,
    contrastLow: (ratio) => `Varoitus: tekstin ja taustan kontrasti on vain ${ratio}:1. Sen pitää olla vähintään 4,5:1 (WCAG 2.1 AA), jotta teksti on luettavaa.`,
    contrastOk: (ratio) => `Tekstin ja taustan kontrasti ${ratio}:1 riittää (vähintään 4,5:1).`,
    jsonEmpty: 'Liitä JSON-tiedot tai valitse tiedosto.',
    jsonValid: 'Tiedot ovat kunnossa.',
    jsonSyntax: (where, detail) => `Teksti ei ole kelvollista JSONia${where ? ` (rivi ${where.line}, sarake ${where.column})` : ''}. Selaimen ilmoitus: ${detail}`,
    jsonProblems: (n) => `Tiedoissa on ${count(n, 'virhe', 'virhettä')}:`,
    noSnippetElements: 'Koodia ei tehty: valitse vähintään yksi osa.',
    noSnippetUrl: 'Koodia ei tehty: kirjoita JSON-tiedoston osoite.',
    noSnippetJsonEmpty: 'Koodia ei tehty: liitä ensin JSON-tiedot.',
    noSnippetJsonInvalid: 'Koodia ei tehty, koska JSON-tiedoissa on virheitä (katso Tietolähde).',
    noSnippetSetup: 'Koodia ei voi tehdä: dist/integrity.json ja dist/koske-widgets.schema.json puuttuvat. Rakenna ne komennolla npm start.',
    previewError: (reason) => `Esikatselu ei saanut tietoja näytettyä (syy: ${reason}). Tarkista osoite ja tiedoston sisältö.`,
    versionNote: (version) => `Versio ${version}.`,
  },
  sv: {
    title: 'Gör din egen inbäddningskod – koske-widgets',
    backToDemo: '← Tillbaka till demosidan',
    toEditor: 'Skapa eller redigera uppgifterna →',
    heading: 'Gör din egen inbäddningskod',
    intro: 'Välj vad din sida visar och hur det ser ut. Förhandsvisningen visar de riktiga elementen med dina val, och den färdiga koden kan du kopiera till din sida.',
    optionsHeading: 'Val',
    elementsLegend: 'Delar som visas',
    orgCard: 'Organisationens kort',
    municipalityList: 'Kommunerna i verksamhetsområdet',
    contactBlock: 'Kontaktuppgifter',
    sourceLegend: 'Datakälla',
    sourceUrl: 'Webbadress (URL)',
    sourceJson: 'Inklistrade eller uppladdade JSON-data',
    urlLabel: 'JSON-filens adress',
    urlHint:
      'Skriv adressen till din organisations JSON-fil. Sidan som visar delarna måste få hämta den: samma webbplats, eller så tillåter servern hämtningen (CORS). En relativ adress läses från din sidas adress.',
    jsonLabel: 'JSON-data',
    jsonHint: 'Klistra in organisationens uppgifter i JSON-format eller välj en fil. Uppgifterna kontrolleras mot formatets beskrivning (JSON Schema) och skrivs in i koden.',
    fileLabel: 'Eller välj en JSON-fil',
    exampleButton: 'Använd exempeldata',
    languageLegend: 'Delarnas språk',
    languagePage: 'Samma som sidans språk',
    headingLabel: 'Rubriknivå',
    headingHint:
      'Rubriken på kortet, kommunlistan och kontaktuppgifterna. Välj den nivå som passar din sidas rubrikstruktur: oftast en nivå under rubriken som delarna står under.',
    variantLegend: 'Omfattning',
    variantFull: 'Alla uppgifter',
    variantCompact: 'Kompakt, för sidofält',
    coloursLegend: 'Färger',
    structuredData: 'Kortets uppgifter för sökmotorer',
    structuredDataHint:
      'Kortet lägger till en schema.org-beskrivning (JSON-LD) i sidans <head>, där sökmotorer läser projektets namn, tid, förvaltare, finansiärer, adress och verksamhetsområde.',
    map: 'Karta över verksamhetsområdet',
    mapHint:
      'Kommunlistan visar en karta över landskapet eller, om kommunerna finns i flera landskap, över hela Finland. Kartan ritas på sidan ur Lantmäteriverkets öppna data och laddar inget från andra håll.',
    openNow: 'Visa om det är öppet nu',
    openNowHint: 'Kontaktuppgifterna visar vid öppettiderna om det är öppet nu och hur länge (finsk tid). Uppgiften uppdateras medan sidan är öppen.',
    ownColours: 'Egna text- och bakgrundsfärger',
    ownColoursHint: 'Utan egna färger använder delarna sina ljusa eller mörka färger enligt användarens inställning.',
    textColour: 'Textfärg',
    backgroundColour: 'Bakgrundsfärg',
    ownAccent: 'Egen accentfärg',
    ownAccentHint: 'Linjen bredvid rubriken. Den är dekoration, så dess kontrast spelar ingen roll.',
    accentColour: 'Accentfärg',
    baseLabel: 'Var filerna finns (valfritt)',
    previewHeading: 'Förhandsvisning',
    previewHint: 'De riktiga elementen med dina val. ”Samma som sidans språk” visar här den här sidans språk.',
    snippetHeading: 'Kod för din sida',
    snippetLabel: 'HTML-kod',
    snippetHint: 'Klistra in koden i din sidas HTML där delarna ska visas. Script-raden behövs bara en gång per sida.',
    copy: 'Kopiera koden',
    copied: 'Kopierat',
    copyFailed: 'Kopieringen misslyckades. Koden är markerad: kopiera den med Ctrl+C (på Mac Cmd+C).',
    baseHint: (cdn, version) =>
      `Tomt laddar koden version ${version} från jsDelivr (${cdn}). Om du kopierar mappen dist till din egen server, skriv mappens adress. Filen måste vara just version ${version} av koske-widgets.iife.js, annars blockerar webbläsaren den (integrity-kontroll).`,
    contrastLow: (ratio) => `Varning: kontrasten mellan text och bakgrund är bara ${ratio}:1. Den ska vara minst 4,5:1 (WCAG 2.1 AA) för att texten ska vara läsbar.`,
    contrastOk: (ratio) => `Kontrasten mellan text och bakgrund, ${ratio}:1, räcker (minst 4,5:1).`,
    jsonEmpty: 'Klistra in JSON-data eller välj en fil.',
    jsonValid: 'Uppgifterna är i ordning.',
    jsonSyntax: (where, detail) => `Texten är inte giltig JSON${where ? ` (rad ${where.line}, kolumn ${where.column})` : ''}. Webbläsarens meddelande: ${detail}`,
    jsonProblems: (n) => `Uppgifterna har ${count(n, 'fel', 'fel')}:`,
    noSnippetElements: 'Ingen kod: välj minst en del.',
    noSnippetUrl: 'Ingen kod: skriv JSON-filens adress.',
    noSnippetJsonEmpty: 'Ingen kod: klistra först in JSON-data.',
    noSnippetJsonInvalid: 'Ingen kod, eftersom JSON-data har fel (se Datakälla).',
    noSnippetSetup: 'Koden kan inte göras: dist/integrity.json och dist/koske-widgets.schema.json saknas. Bygg dem med npm start.',
    previewError: (reason) => `Förhandsvisningen kunde inte visa uppgifterna (orsak: ${reason}). Kontrollera adressen och filens innehåll.`,
    versionNote: (version) => `Version ${version}.`,
  },
  en: {
    title: 'Make your own embed code – koske-widgets',
    backToDemo: '← Back to the demo page',
    toEditor: 'Make or edit the data →',
    heading: 'Make your own embed code',
    intro: 'Choose what your page shows and how it looks. The preview shows the real elements with your choices, and you can copy the finished code to your page.',
    optionsHeading: 'Options',
    elementsLegend: 'What to show',
    orgCard: "The organisation's card",
    municipalityList: 'Municipalities of the area of operation',
    contactBlock: 'Contact details',
    sourceLegend: 'Data source',
    sourceUrl: 'Web address (URL)',
    sourceJson: 'Pasted or uploaded JSON',
    urlLabel: 'Address of the JSON file',
    urlHint:
      "Type the address of your organisation's JSON file. The page showing the widgets must be allowed to fetch it: the same site, or a server that allows it (CORS). A relative address is read from your page's address.",
    jsonLabel: 'JSON data',
    jsonHint: "Paste the organisation's data as JSON, or choose a file. It is checked against the format's description (JSON Schema) and written into the code.",
    fileLabel: 'Or choose a JSON file',
    exampleButton: 'Use the example data',
    languageLegend: 'Language of the widgets',
    languagePage: "Follow the page's language",
    headingLabel: 'Heading level',
    headingHint:
      "The heading of the card, the municipality list and the contact details. Choose the level that fits your page's outline: usually one below the heading the widgets are under.",
    variantLegend: 'Variant',
    variantFull: 'Everything',
    variantCompact: 'Compact, for sidebars',
    coloursLegend: 'Colours',
    structuredData: "The card's data for search engines",
    structuredDataHint:
      "The card adds a schema.org description (JSON-LD) to the page's <head>, from which search engines read the project's name, period, administrator, funders, address and area.",
    map: 'A map of the area',
    mapHint:
      "The municipality list shows a map of the region or, when the municipalities are in several regions, of all of Finland. It is drawn in the page from the National Land Survey's open data and loads nothing from anywhere else.",
    openNow: 'Say whether it is open now',
    openNowHint: 'The contact block says with its opening hours whether it is open now and until when (Finnish time), kept up to date while the page is open.',
    ownColours: 'My own text and background colours',
    ownColoursHint: "Without your own colours the widgets use their light or dark palette, following the reader's setting.",
    textColour: 'Text colour',
    backgroundColour: 'Background colour',
    ownAccent: 'My own accent colour',
    ownAccentHint: 'The rule beside the heading. It is decoration only, so its contrast does not matter.',
    accentColour: 'Accent colour',
    baseLabel: 'Where you host the files (optional)',
    previewHeading: 'Preview',
    previewHint: "The real elements with your choices. “Follow the page's language” shows this page's language here.",
    snippetHeading: 'Code for your page',
    snippetLabel: 'HTML code',
    snippetHint: "Paste the code into your page's HTML where the widgets should appear. A page needs the script line only once.",
    copy: 'Copy the code',
    copied: 'Copied',
    copyFailed: 'Copying did not work. The code is selected: copy it with Ctrl+C (Cmd+C on a Mac).',
    baseHint: (cdn, version) =>
      `Left empty, the code loads version ${version} from jsDelivr (${cdn}). If you copy the dist folder to your own server, type the folder's address. The file must be exactly version ${version}'s koske-widgets.iife.js, or the browser blocks it (integrity check).`,
    contrastLow: (ratio) => `Warning: the contrast of text and background is only ${ratio}:1. It should be at least 4.5:1 (WCAG 2.1 AA) so the text stays readable.`,
    contrastOk: (ratio) => `The contrast of text and background, ${ratio}:1, is enough (at least 4.5:1).`,
    jsonEmpty: 'Paste JSON data or choose a file.',
    jsonValid: 'The data is valid.',
    jsonSyntax: (where, detail) => `The text is not valid JSON${where ? ` (line ${where.line}, column ${where.column})` : ''}. The browser says: ${detail}`,
    jsonProblems: (n) => `The data has ${count(n, 'problem', 'problems')}:`,
    noSnippetElements: 'No code: choose at least one widget.',
    noSnippetUrl: 'No code: type the address of the JSON file.',
    noSnippetJsonEmpty: 'No code: paste the JSON data first.',
    noSnippetJsonInvalid: 'No code, because the JSON data has problems (see Data source).',
    noSnippetSetup: 'No code can be made: dist/integrity.json and dist/koske-widgets.schema.json are missing. Build them with npm start.',
    previewError: (reason) => `The preview could not show the data (reason: ${reason}). Check the address and the file's content.`,
    versionNote: (version) => `Version ${version}.`,
  },
};
