<?php
/**
 * Runs test code inside the test's WordPress, from the command line:
 * `php wp-eval.php HOST [--install]`, the PHP body on stdin; prints the
 * body's return value as JSON. Debian has no wp-cli, so the tests set
 * WordPress up and read its state through this (test/wordpress/harness.mjs).
 *
 * Debian's wp-config.php picks its configuration by WORDPRESS_CONFIG (set
 * in the environment by the harness) and the host, as a web request would.
 */

[ , $host ] = $argv;
$_SERVER['HTTP_HOST']        = $host;
$_SERVER['SERVER_NAME']      = preg_replace( '/:.*/', '', $host );
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';
$_SERVER['SERVER_PROTOCOL']  = 'HTTP/1.1';
$_SERVER['REMOTE_ADDR']      = '127.0.0.1';
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );

if ( in_array( '--install', $argv, true ) ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$body   = stream_get_contents( STDIN );
$result = ( static fn() => eval( $body ) )();
echo wp_json_encode( $result );
