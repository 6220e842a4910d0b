<?php
/**
 * Shortcodes for the classic editor, text widgets and page builders:
 * `[koske_org_card src="…" lang="sv" variant="compact" heading_level="3" structured_data="1"]`,
 * `[koske_municipality_list … map="1"]` and `[koske_contact_block …]`, with the
 * elements' attributes (snake_case), and `loading` and `timeout` besides.
 *
 * @package koske-widgets
 */

namespace Koske_Widgets;

defined( 'ABSPATH' ) || exit;

/** The attributes a shortcode takes, with their defaults (empty: the element's own). */
const SHORTCODE_ATTRIBUTES = array(
	'src'             => '',
	'lang'            => '',
	'variant'         => '',
	'heading_level'   => '',
	'structured_data' => '',
	'map'             => '',
	'loading'         => '',
	'timeout'         => '',
);

function register_shortcodes(): void {
	foreach ( ELEMENTS as $element => $definition ) {
		add_shortcode(
			$definition['shortcode'],
			static fn( $attributes ): string => render_widget( $element, shortcode_atts( SHORTCODE_ATTRIBUTES, (array) $attributes, $definition['shortcode'] ) )
		);
	}
}
