<?php
/**
 * The three elements and how a block's or a shortcode's settings become one:
 * every value is checked here, once, and every attribute escaped.
 *
 * @package koske-widgets
 */

namespace Koske_Widgets;

defined( 'ABSPATH' ) || exit;

/**
 * The elements, by the name their block, folder and shortcode share. What each
 * element takes besides the attributes all three have: a heading level (all
 * three; the contact block's may also be none, for a page with its own heading),
 * structured data (card), a map (list). test/wordpress/plugin.test.mjs checks
 * this against custom-elements.json.
 */
const ELEMENTS = array(
	'org-card'          => array(
		'tag'             => 'koske-org-card',
		'shortcode'       => 'koske_org_card',
		'heading_level'   => true,
		'structured_data' => true,
		'map'             => false,
	),
	'municipality-list' => array(
		'tag'             => 'koske-municipality-list',
		'shortcode'       => 'koske_municipality_list',
		'heading_level'   => true,
		'structured_data' => false,
		'map'             => true,
	),
	'contact-block'     => array(
		'tag'             => 'koske-contact-block',
		'shortcode'       => 'koske_contact_block',
		'heading_level'   => true,
		'heading_none'    => true,
		'structured_data' => false,
		'map'             => false,
	),
);

/** Interface languages the widgets speak; the editor offers these. */
const LANGUAGES = array( 'fi', 'sv', 'en', 'de' );

/**
 * A data address the widgets may fetch: an absolute http(s) URL, or a path on
 * this site ("/wp-content/uploads/org.json"). Anything else (`javascript:`,
 * `data:`, "//elsewhere", relative paths whose meaning changes from page to
 * page) is refused: null. editor/blocks.js asks the same of the URL field.
 */
function data_address( string $src ): ?string {
	$src = trim( $src );
	if ( '' === $src || preg_match( '/[\s\x00-\x1f\x7f\\\\]/', $src ) ) {
		return null;
	}
	if ( str_starts_with( $src, '/' ) && ! str_starts_with( $src, '//' ) ) {
		return $src;
	}
	$parts = wp_parse_url( $src );
	if ( ! is_array( $parts ) || ! isset( $parts['scheme'], $parts['host'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return null;
	}
	return $src;
}

/**
 * The language of the page being shown, for widgets set to "the page's": the
 * post's locale. Multilingual plugins (Polylang, WPML) set the locale per page,
 * so a Swedish page gets Swedish widgets. `sv_SE` → `sv`.
 */
function page_language(): string {
	return strtolower( strtok( get_locale(), '_' ) );
}

/** The site's default data address (Settings → koske-widgets), or ''. */
function default_data_address(): string {
	return (string) get_option( OPTION_DEFAULT_SRC, '' );
}

/**
 * The element's HTML for settings given by a block or a shortcode:
 * `src`, `lang`, `variant`, `heading_level`, `structured_data`, `map`,
 * `loading`, `timeout`, each as typed by an editor (strings, numbers or booleans).
 * Values out of range are left out, so the element's own default holds.
 * `$wrapper` is a block's own attributes (its class), escaped by WordPress.
 * Enqueues the script.
 */
function render_widget( string $element, array $settings, string $wrapper = '' ): string {
	$definition = ELEMENTS[ $element ];
	$given      = trim( (string) ( $settings['src'] ?? '' ) );
	$src        = data_address( '' === $given ? default_data_address() : $given );
	if ( null === $src ) {
		return refused_source_notice( $definition['tag'], $given );
	}

	$lang      = strtolower( trim( (string) ( $settings['lang'] ?? '' ) ) );
	$level     = filter_var( $settings['heading_level'] ?? null, FILTER_VALIDATE_INT, array( 'options' => array( 'min_range' => 1, 'max_range' => 6 ) ) );
	// No heading of its own: "none" in a shortcode, 0 from the block's control.
	if ( ! empty( $definition['heading_none'] ) && in_array( strtolower( trim( (string) ( $settings['heading_level'] ?? '' ) ) ), array( 'none', '0' ), true ) ) {
		$level = 'none';
	}
	$timeout   = filter_var( $settings['timeout'] ?? null, FILTER_VALIDATE_INT, array( 'options' => array( 'min_range' => 1 ) ) );
	$variant   = (string) ( $settings['variant'] ?? '' );
	$loading   = (string) ( $settings['loading'] ?? '' );
	$attributes = array(
		'src'             => $src,
		// A language tag ("sv", "sv-FI"); anything else, or none, is the page's.
		'lang'            => preg_match( '/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/', $lang ) ? $lang : page_language(),
		'variant'         => in_array( $variant, array( 'full', 'compact' ), true ) ? $variant : null,
		'heading-level'   => $definition['heading_level'] && false !== $level ? (string) $level : null,
		'structured-data' => $definition['structured_data'] && wp_validate_boolean( $settings['structured_data'] ?? false ) ? '' : null,
		'map'             => $definition['map'] && wp_validate_boolean( $settings['map'] ?? false ) ? '' : null,
		'loading'         => in_array( $loading, array( 'eager', 'lazy' ), true ) ? $loading : null,
		'timeout'         => false !== $timeout ? (string) $timeout : null,
	);

	$html = '<' . $definition['tag'] . ( '' === $wrapper ? '' : ' ' . $wrapper );
	foreach ( array_filter( $attributes, 'is_string' ) as $name => $value ) {
		$escaped = 'src' === $name ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value );
		// A boolean attribute is written bare.
		$html .= '' === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, $escaped );
	}
	enqueue_script();
	// One line, so that wpautop finds no line to break.
	return $html . '></' . $definition['tag'] . '>';
}

/**
 * In place of a widget whose data address was refused: nothing for readers, and
 * for those who can edit, a note that says why (the widget would show no data).
 */
function refused_source_notice( string $tag, string $given ): string {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	$message = '' === $given
		/* translators: %s: an element's name, such as koske-org-card. */
		? sprintf( __( '%s: no data. Choose a data file or address for it, or set the site’s default data in Settings → koske-widgets.', 'koske-widgets' ), $tag )
		/* translators: 1: an element's name, such as koske-org-card; 2: the address that was refused. */
		: sprintf( __( '%1$s: the data address “%2$s” was refused. Use an address that starts with https:// or a path on this site that starts with /.', 'koske-widgets' ), $tag, $given );
	return '<p class="koske-widgets-notice">' . esc_html( $message ) . '</p>';
}
