<?php
/**
 * Router for PHP's built-in server in front of Debian's WordPress, for the
 * plugin's tests: what Apache's rewrite rules in /etc/wordpress/htaccess do.
 *
 * The document root is a folder of symlinks to /usr/share/wordpress, with
 * wp-content pointing at the test's own (test/wordpress/harness.mjs). Files
 * that exist are served by the server itself. A subdirectory site of a
 * network (/site-two/wp-admin/…) is served from the main site's files, as
 * WordPress's multisite rules say; every other path goes to index.php.
 */

// Debian's wp-config.php picks the configuration by this server variable;
// PHP's built-in server does not pass the environment into $_SERVER.
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );

$root = $_SERVER['DOCUMENT_ROOT'];
$path = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

if ( str_contains( $path, '..' ) ) {
	http_response_code( 400 );
	return true;
}

// A network's subdirectory site: its files are the main site's.
if ( ! file_exists( $root . $path ) && preg_match( '#^/[^/]+(/(?:wp-(?:admin|includes|content)(?:/.*)?|[^/]+\.php))$#', $path, $site ) ) {
	$path = $site[1];
	if ( is_dir( $root . $path ) ) {
		$path = rtrim( $path, '/' ) . '/index.php';
	}
	if ( is_file( $root . $path ) && ! str_ends_with( $path, '.php' ) ) {
		$types = array(
			'css'   => 'text/css',
			'js'    => 'text/javascript',
			'json'  => 'application/json',
			'svg'   => 'image/svg+xml',
			'png'   => 'image/png',
			'woff2' => 'font/woff2',
		);
		header( 'Content-Type: ' . ( $types[ pathinfo( $path, PATHINFO_EXTENSION ) ] ?? 'application/octet-stream' ) );
		readfile( $root . $path );
		return true;
	}
} elseif ( file_exists( $root . $path ) ) {
	if ( is_dir( $root . $path ) ) {
		$path = rtrim( $path, '/' ) . '/index.php';
	}
	if ( ! str_ends_with( $path, '.php' ) ) {
		return false;
	}
} else {
	$path = '/index.php';
}

$_SERVER['SCRIPT_NAME']     = $path;
$_SERVER['PHP_SELF']        = $path;
$_SERVER['SCRIPT_FILENAME'] = $root . $path;
chdir( dirname( $root . $path ) );
require $root . $path;
return true;
