<?php
/**
 * Plugin Name:       koske-widgets
 * Description:       Shows an organisation's card, its municipality list and its contact block, in Finnish, Swedish, English or German: as blocks, shortcodes or pasted elements, for every editor of the site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            koske-widgets
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       koske-widgets
 * Domain Path:       /languages
 *
 * @package koske-widgets
 */

namespace Koske_Widgets;

defined( 'ABSPATH' ) || exit;

/** The plugin's version, which is also the version of the widgets it serves (dist/<version>/). */
const VERSION = '0.1.0';
const PLUGIN_FILE = __FILE__;

require __DIR__ . '/includes/elements.php';
require __DIR__ . '/includes/assets.php';
require __DIR__ . '/includes/blocks.php';
require __DIR__ . '/includes/shortcodes.php';
require __DIR__ . '/includes/kses.php';
require __DIR__ . '/includes/class-schema-validator.php';
require __DIR__ . '/includes/uploads.php';
require __DIR__ . '/includes/settings.php';

// Every hook the plugin uses, in one place.
add_action( 'init', __NAMESPACE__ . '\load_translations' );
add_action( 'init', __NAMESPACE__ . '\register_script' );
add_action( 'init', __NAMESPACE__ . '\register_blocks' );
add_action( 'init', __NAMESPACE__ . '\register_shortcodes' );
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\pass_editor_settings' );
add_action( 'enqueue_block_assets', __NAMESPACE__ . '\keep_script_off_pages_without_widgets', 11 );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\pin_script', 10, 2 );

// Elements pasted as HTML: kept by kses for every role, and the script follows them.
add_filter( 'wp_kses_allowed_html', __NAMESPACE__ . '\allow_elements', 10, 2 );
add_filter( 'render_block', __NAMESPACE__ . '\enqueue_for_elements' );
add_filter( 'the_content', __NAMESPACE__ . '\enqueue_for_elements', 20 );
add_filter( 'widget_text', __NAMESPACE__ . '\enqueue_for_elements', 20 );
add_filter( 'widget_custom_html_content', __NAMESPACE__ . '\enqueue_for_elements', 20 );

// Data files in the media library.
add_filter( 'upload_mimes', __NAMESPACE__ . '\allow_json_uploads', 20, 2 );
add_filter( 'wp_check_filetype_and_ext', __NAMESPACE__ . '\recognise_json', 10, 5 );
add_filter( 'wp_handle_upload_prefilter', __NAMESPACE__ . '\check_data_file' );
add_filter( 'wp_handle_sideload_prefilter', __NAMESPACE__ . '\check_data_file' );

// Settings → koske-widgets.
add_action( 'admin_init', __NAMESPACE__ . '\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), __NAMESPACE__ . '\link_settings' );

/** The plugin's own interface, in the user's language (fi, sv_SE or English). */
function load_translations(): void {
	load_plugin_textdomain( 'koske-widgets', false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
}
