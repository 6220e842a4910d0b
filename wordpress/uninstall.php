<?php
/**
 * Removes the plugin's options when it is deleted: on every site of a network,
 * since each keeps its own.
 *
 * @package koske-widgets
 */

namespace Koske_Widgets;

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/settings.php';

$delete_options = static function (): void {
	foreach ( OPTIONS as $option ) {
		delete_option( $option );
	}
};

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $site ) {
		switch_to_blog( $site );
		$delete_options();
		restore_current_blog();
	}
} else {
	$delete_options();
}
