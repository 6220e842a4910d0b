<?php
/**
 * Elements pasted as HTML (a Custom HTML block, the classic editor's Text tab)
 * for every role: kses keeps the three tags with the attributes that only
 * choose data and looks, and strips everything else on them (event handlers,
 * `style`, `class`). None of these attributes can carry script; kses still
 * strips a `javascript:` or `data:` protocol from `src`. `data` (the JSON
 * itself) is not among them: kses reads `data` as a URL attribute (of
 * `<object>`) and empties a JSON value, so pasted elements take their data
 * from `src` (test/wordpress/plugin.test.mjs shows it).
 *
 * @package koske-widgets
 */

namespace Koske_Widgets;

defined( 'ABSPATH' ) || exit;

/** The attributes a pasted element keeps. */
const PASTED_ATTRIBUTES = array( 'src', 'lang', 'variant', 'heading-level', 'loading', 'timeout', 'structured-data', 'map' );

/** `wp_kses_allowed_html`: adds the elements to what post content may hold. */
function allow_elements( array $allowed, $context ): array {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	foreach ( ELEMENTS as $definition ) {
		$allowed[ $definition['tag'] ] = array_fill_keys( PASTED_ATTRIBUTES, true );
	}
	return $allowed;
}
