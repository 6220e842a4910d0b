<?php
/**
 * Data documents in the media library: users who may upload files may upload
 * `.json`, and each upload is checked against the format's JSON Schema (the
 * one the widgets ship, dist/<version>/koske-widgets.schema.json) before
 * WordPress keeps it. A bad one is refused with the field at fault, in the
 * user's language.
 *
 * @package koske-widgets
 */

namespace Koske_Widgets;

defined( 'ABSPATH' ) || exit;

/** The widgets refuse data over 1 MiB (src/data/load.ts), so the library does too. */
const MAX_DATA_FILE_BYTES = 1048576;

/** How many of a document's problems the message names; the rest are counted. */
const PROBLEMS_NAMED = 5;

/** `upload_mimes`: `.json` for users who may upload files (after a network's own list, on multisite). */
function allow_json_uploads( array $mimes, $user = null ): array {
	if ( user_can( $user ?? wp_get_current_user(), 'upload_files' ) ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}

/**
 * `wp_check_filetype_and_ext`: WordPress's look at the bytes sees JSON as
 * `text/plain` and refuses it as a `.json` file. Any `.json` that gets this
 * far has passed check_data_file(), so it is a data document.
 */
function recognise_json( $data, $file, $filename, $mimes, $real_mime ) {
	$allowed = wp_check_filetype( (string) $filename, $mimes );
	if ( 'json' === $allowed['ext'] && in_array( $real_mime, array( 'text/plain', 'application/json' ), true ) ) {
		return array(
			'ext'             => 'json',
			'type'            => 'application/json',
			'proper_filename' => $data['proper_filename'] ?? false,
		);
	}
	return $data;
}

/** `wp_handle_upload_prefilter` and `wp_handle_sideload_prefilter`: refuses a `.json` file that is no data document. */
function check_data_file( array $file ): array {
	if ( empty( $file['error'] ) && 'json' === strtolower( pathinfo( (string) ( $file['name'] ?? '' ), PATHINFO_EXTENSION ) ) ) {
		$problem = data_file_problem( (string) $file['tmp_name'] );
		if ( null !== $problem ) {
			$file['error'] = $problem;
		}
	}
	return $file;
}

/** What is wrong with a data file, in the user's language; null when the widgets can show it. */
function data_file_problem( string $path ): ?string {
	$size = (int) filesize( $path );
	if ( $size > MAX_DATA_FILE_BYTES ) {
		/* translators: %s: the file's size, such as "2 MB". */
		return sprintf( __( 'This data file is %s; the widgets read at most 1 MB.', 'koske-widgets' ), size_format( $size ) );
	}
	// A byte order mark is not JSON, but browsers drop it before the widgets read the text.
	$text = preg_replace( '/^\xEF\xBB\xBF/', '', (string) file_get_contents( $path ) );
	try {
		$document = json_decode( $text, false, 512, JSON_THROW_ON_ERROR );
	} catch ( \JsonException $error ) {
		return __( 'This is not a koske-widgets data file: its text is not valid JSON.', 'koske-widgets' );
	}

	$problems = data_format()->validate( $document );
	if ( ! $problems ) {
		return null;
	}
	$named = array_map(
		static fn( array $problem ): string => $problem['path'] . ': ' . Schema_Validator::message( $problem ),
		array_slice( $problems, 0, PROBLEMS_NAMED )
	);
	$more  = count( $problems ) - count( $named );
	/* translators: %s: the problems, each a field and what is wrong with it, such as "address.postalCode: should be text". */
	$message = sprintf( __( 'This data file does not follow the koske-widgets format: %s.', 'koske-widgets' ), implode( '; ', $named ) );
	if ( $more > 0 ) {
		/* translators: %d: how many more problems the file has. */
		$message .= ' ' . sprintf( _n( 'And %d more problem.', 'And %d more problems.', $more, 'koske-widgets' ), $more );
	}
	return $message;
}

/** The format's rules: the JSON Schema that ships with this version's widgets. */
function data_format(): Schema_Validator {
	static $validator = null;
	$validator ??= new Schema_Validator( json_decode( (string) file_get_contents( plugin_dir_path( PLUGIN_FILE ) . built_file( 'koske-widgets.schema.json' ) ), false ) );
	return $validator;
}
