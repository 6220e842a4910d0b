<?php
/**
 * The widgets' script: the plugin's own copy of this version's classic script
 * (dist/<version>/koske-widgets.iife.js, its parts in classic/ beside it),
 * printed once, pinned by its integrity hash, and only on pages that show a
 * widget.
 *
 * @package koske-widgets
 */

namespace Koske_Widgets;

defined( 'ABSPATH' ) || exit;

/** The script's handle; the blocks name it in block.json. */
const SCRIPT = 'koske-widgets';

/** The classic script, in the folder of this version's built files. */
const SCRIPT_FILE = 'koske-widgets.iife.js';

/** Whether a widget on this page has asked for the script; `$ask` asks. */
function script_asked_for( bool $ask = false ): bool {
	static $asked = false;
	return $asked = $asked || $ask;
}

/** This version's built files are in dist/<version>/: a new version is a new address. */
function built_file( string $file ): string {
	return 'dist/' . VERSION . '/' . $file;
}

function register_script(): void {
	// No `ver` query: the version is in the path, and the classic script loads its parts from beside itself.
	wp_register_script( SCRIPT, plugins_url( built_file( SCRIPT_FILE ), PLUGIN_FILE ), array(), null, true );
}

/** Asks for the script on this page (in the footer, so it may be asked for while the content renders). */
function enqueue_script(): void {
	script_asked_for( true );
	wp_enqueue_script( SCRIPT );
}

/**
 * The blocks name the script in block.json so that the site editor's iframe
 * gets it too. With a classic theme WordPress then enqueues it on every page
 * (wp_enqueue_registered_block_scripts_and_styles): take it back unless a
 * widget asked. Content renders later, in the footer's time, and asks again.
 */
function keep_script_off_pages_without_widgets(): void {
	if ( ! is_admin() && ! script_asked_for() ) {
		wp_dequeue_script( SCRIPT );
	}
}

/** The sha384 integrity of one of this version's built files, from its integrity.json. */
function integrity( string $file ): string {
	static $hashes = null;
	if ( null === $hashes ) {
		$manifest = json_decode( (string) file_get_contents( plugin_dir_path( PLUGIN_FILE ) . built_file( 'integrity.json' ) ), true );
		$hashes   = is_array( $manifest['files'] ?? null ) ? $manifest['files'] : array();
	}
	return (string) ( $hashes[ $file ] ?? '' );
}

/**
 * `script_loader_tag`: the script tag with its integrity hash. The browser then
 * refuses a copy that differs by a byte, and the classic script checks each of
 * its parts against the hash built into it.
 */
function pin_script( string $tag, string $handle ): string {
	if ( SCRIPT !== $handle ) {
		return $tag;
	}
	return str_replace( ' src=', sprintf( ' integrity="%s" crossorigin="anonymous" src=', esc_attr( integrity( SCRIPT_FILE ) ) ), $tag );
}

/** Whether HTML holds one of the elements (pasted by an editor). */
function has_element( string $html ): bool {
	foreach ( ELEMENTS as $definition ) {
		if ( false !== stripos( $html, '<' . $definition['tag'] ) ) {
			return true;
		}
	}
	return false;
}

/**
 * On rendered blocks, post content and text widgets: asks for the script when
 * they hold an element, and returns them unchanged.
 */
function enqueue_for_elements( $html ) {
	if ( is_string( $html ) && has_element( $html ) ) {
		enqueue_script();
	}
	return $html;
}
