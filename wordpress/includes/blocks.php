<?php
/**
 * One dynamic block per element (blocks/<element>/block.json), rendered here:
 * a post stores only the block's comment and its attributes, which kses leaves
 * alone, so every role can place them. The editor's side is editor/blocks.js.
 *
 * @package koske-widgets
 */

namespace Koske_Widgets;

defined( 'ABSPATH' ) || exit;

/** The editor script's handle, shared by the three blocks. */
const EDITOR_SCRIPT = 'koske-widgets-blocks';

function register_blocks(): void {
	$dir = plugin_dir_path( PLUGIN_FILE );
	wp_register_script(
		EDITOR_SCRIPT,
		plugins_url( 'editor/blocks.js', PLUGIN_FILE ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
		VERSION,
		true
	);
	wp_set_script_translations( EDITOR_SCRIPT, 'koske-widgets', $dir . 'languages' );

	foreach ( array_keys( ELEMENTS ) as $element ) {
		register_block_type(
			$dir . 'blocks/' . $element,
			array(
				'render_callback' => static fn( array $attributes ): string => render_block_widget( $element, $attributes ),
			)
		);
	}
}

/** A block's element, from its attributes (block.json). */
function render_block_widget( string $element, array $attributes ): string {
	return render_widget(
		$element,
		array(
			'src'             => $attributes['src'] ?? '',
			'lang'            => $attributes['lang'] ?? '',
			'variant'         => $attributes['variant'] ?? '',
			'heading_level'   => $attributes['headingLevel'] ?? null,
			'structured_data' => $attributes['structuredData'] ?? false,
			'map'             => $attributes['map'] ?? false,
		),
		get_block_wrapper_attributes()
	);
}

/** What the editor's sidebar needs to know of this site, before editor/blocks.js runs. */
function pass_editor_settings(): void {
	$settings = array(
		'defaultSrc'   => default_data_address(),
		'uploadsUrl'   => wp_get_upload_dir()['baseurl'],
		'pageLanguage' => page_language(),
		'languages'    => LANGUAGES,
		'settingsUrl'  => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=' . SETTINGS_PAGE ) : '',
	);
	wp_add_inline_script( EDITOR_SCRIPT, 'var koskeWidgetsEditor = ' . wp_json_encode( $settings ) . ';', 'before' );
}
