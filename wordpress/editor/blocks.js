/**
 * The editor's side of the three blocks (koske-widgets/org-card,
 * municipality-list and contact-block): the sidebar that sets the data
 * source, the language, the variant, the heading level, the card's
 * structured data and the list's map, and the real widget as the preview.
 * Plain JavaScript on WordPress's wp.* globals, so the plugin needs no build
 * of its own. Each block's attributes are in its block.json; the server
 * renders them (includes/blocks.php).
 *
 * `koskeWidgetsEditor` comes from includes/blocks.php: the site's default data
 * address, its uploads URL, the page's language and the settings page.
 */
((wp, site) => {
  const {createElement: h, Fragment, useState} = wp.element;
  const {InspectorControls, MediaUpload, MediaUploadCheck, useBlockProps} = wp.blockEditor;
  const {Button, ExternalLink, PanelBody, Placeholder, RadioControl, SelectControl, TextControl, ToggleControl} = wp.components;
  const {__, sprintf} = wp.i18n;

  const tags = {
    'koske-widgets/org-card': 'koske-org-card',
    'koske-widgets/municipality-list': 'koske-municipality-list',
    'koske-widgets/contact-block': 'koske-contact-block',
  };

  /**
   * What includes/elements.php's data_address() accepts: an absolute http(s)
   * URL, or a path on this site. The server checks again; this tells the
   * editor at once. (`\/` in the character class: xgettext cannot read on past a bare one.)
   */
  // eslint-disable-next-line no-control-regex, no-useless-escape -- control characters are what an address may not hold; the escaped / is for xgettext (above).
  const isDataAddress = (value) => !/[\s\\\u0000-\u001f\u007f]/.test(value) && (/^\/(?!\/)/.test(value) || /^https?:\/\/[^\/?#@]+/i.test(value));

  /** Where a block's data comes from, as the sidebar's choice says it. */
  const sourceOf = (src) => (!src ? 'default' : src.startsWith(`${site.uploadsUrl}/`) ? 'media' : 'url');

  /** A language's name in that language ("suomi", "svenska"), as language pickers write them. */
  const endonym = (code) => new Intl.DisplayNames([code], {type: 'language'}).of(code) ?? code;

  const fileName = (url) => decodeURIComponent(url.split('/').pop() ?? url);

  function DataPanel({src, setAttributes}) {
    const [source, setSource] = useState(sourceOf(src));
    const [typed, setTyped] = useState(sourceOf(src) === 'url' ? src : '');
    const typedIsWrong = typed.trim() !== '' && !isDataAddress(typed.trim());
    const settingsLink = site.settingsUrl ? h(ExternalLink, {href: site.settingsUrl}, __('Settings → koske-widgets', 'koske-widgets')) : null;
    return h(
      PanelBody,
      {title: __('Data', 'koske-widgets')},
      h(RadioControl, {
        label: __('Where the data comes from', 'koske-widgets'),
        selected: source,
        options: [
          {value: 'default', label: __('The site’s default data', 'koske-widgets')},
          {value: 'media', label: __('A file in the media library', 'koske-widgets')},
          {value: 'url', label: __('A web address', 'koske-widgets')},
        ],
        onChange: (next) => {
          setSource(next);
          if (next === 'default') setAttributes({src: ''});
        },
      }),
      source === 'default' &&
        h(
          'p',
          null,
          site.defaultSrc
            ? sprintf(/* translators: %s: the address of the site's default data. */ __('The site’s default data is %s.', 'koske-widgets'), site.defaultSrc)
            : __('The site has no default data yet.', 'koske-widgets'),
          ' ',
          settingsLink,
        ),
      source === 'media' &&
        h(
          MediaUploadCheck,
          {fallback: h('p', null, __('Your role may not choose files from the media library.', 'koske-widgets'))},
          src && sourceOf(src) === 'media' && h('p', null, sprintf(/* translators: %s: a file's name. */ __('Data file: %s', 'koske-widgets'), fileName(src))),
          h(MediaUpload, {
            allowedTypes: ['application/json'],
            onSelect: (media) => setAttributes({src: media.url}),
            render: ({open}) =>
              h(Button, {variant: 'secondary', onClick: open}, src && sourceOf(src) === 'media' ? __('Replace the data file', 'koske-widgets') : __('Choose a data file', 'koske-widgets')),
          }),
          h('p', null, __('Upload a .json data file there, or choose one. The library checks each upload against the data format.', 'koske-widgets')),
        ),
      source === 'url' &&
        h(TextControl, {
          label: __('Data address', 'koske-widgets'),
          type: 'url',
          value: typed,
          className: typedIsWrong ? 'koske-widgets-invalid' : undefined,
          help: typedIsWrong
            ? __('Use an address that starts with https:// or a path on this site that starts with /.', 'koske-widgets')
            : __('A JSON data file: a path on this site, or an address on a server that allows this site to read it (CORS).', 'koske-widgets'),
          onChange: (value) => {
            setTyped(value);
            if (isDataAddress(value.trim())) setAttributes({src: value.trim()});
          },
        }),
    );
  }

  function LookPanel({name, attributes, setAttributes}) {
    const {lang, variant, headingLevel, structuredData, map} = attributes;
    return h(
      PanelBody,
      {title: __('Language and look', 'koske-widgets')},
      h(SelectControl, {
        label: __('Language', 'koske-widgets'),
        value: lang,
        options: [
          {value: '', label: sprintf(/* translators: %s: the page's language, such as "suomi". */ __('The page’s language (%s)', 'koske-widgets'), endonym(site.pageLanguage))},
          ...site.languages.map((code) => ({value: code, label: endonym(code)})),
        ],
        onChange: (value) => setAttributes({lang: value}),
      }),
      h(RadioControl, {
        label: __('Variant', 'koske-widgets'),
        selected: variant,
        options: [
          {value: 'full', label: __('Full: everything', 'koske-widgets')},
          {value: 'compact', label: __('Compact: the essentials, for sidebars', 'koske-widgets')},
        ],
        onChange: (value) => setAttributes({variant: value}),
      }),
      headingLevel !== undefined &&
        h(SelectControl, {
          label: __('Heading level', 'koske-widgets'),
          value: String(headingLevel),
          options: [
            ...[1, 2, 3, 4, 5, 6].map((level) => ({value: String(level), label: sprintf(/* translators: %d: a heading level, 1 to 6. */ __('Heading %d', 'koske-widgets'), level)})),
            // The contact block's heading says "Contact details": a page may already say it just above.
            ...(name === 'koske-widgets/contact-block' ? [{value: '0', label: __('No heading: the page’s own comes just before', 'koske-widgets')}] : []),
          ],
          help: __('The level that fits the page’s outline: 2 right under the page’s title.', 'koske-widgets'),
          onChange: (value) => setAttributes({headingLevel: Number(value)}),
        }),
      structuredData !== undefined &&
        h(ToggleControl, {
          label: __('Data for search engines', 'koske-widgets'),
          help: __('Adds the card’s data to the page as schema.org JSON-LD.', 'koske-widgets'),
          checked: structuredData,
          onChange: (value) => setAttributes({structuredData: value}),
        }),
      map !== undefined &&
        h(ToggleControl, {
          label: __('Show a map', 'koske-widgets'),
          help: __('The municipalities’ region on a map (all of Finland if they are in several), above the list or beside it where there is room.', 'koske-widgets'),
          checked: map,
          onChange: (value) => setAttributes({map: value}),
        }),
    );
  }

  function Edit({name, attributes, setAttributes}) {
    const blockProps = useBlockProps();
    const {src, lang, variant, headingLevel, map} = attributes;
    const shown = src || site.defaultSrc;
    // The widget itself, inert: a click selects the block instead of following the widget's links.
    // React 17 writes `false` on a custom element as map="false", which counts as present: a boolean attribute is '' or left out.
    const preview =
      shown && isDataAddress(shown)
        ? h('div', {inert: ''}, h(tags[name], {src: shown, lang: lang || site.pageLanguage, variant, 'heading-level': headingLevel === 0 ? 'none' : headingLevel, map: map ? '' : undefined}))
        : h(Placeholder, {
            icon: wp.blocks.getBlockType(name)?.icon?.src,
            label: wp.blocks.getBlockType(name)?.title,
            instructions: __('Choose its data in the sidebar: a file of the media library, a web address, or the site’s default data.', 'koske-widgets'),
          });
    return h(
      Fragment,
      null,
      h(InspectorControls, null, h(DataPanel, {src, setAttributes}), h(LookPanel, {name, attributes, setAttributes})),
      h('div', blockProps, preview),
    );
  }

  for (const name of Object.keys(tags)) wp.blocks.registerBlockType(name, {edit: Edit, save: () => null});
})(window.wp, window.koskeWidgetsEditor);
