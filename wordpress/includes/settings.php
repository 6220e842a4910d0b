<?php
/**
 * Settings → koske-widgets: the site's default data address, which blocks and
 * shortcodes without their own `src` use, with a preview of it and a short
 * guide to placing the widgets. Each site of a network has its own.
 *
 * @package koske-widgets
 */

namespace Koske_Widgets;

defined( 'ABSPATH' ) || exit;

/** The site's default data address. */
const OPTION_DEFAULT_SRC = 'koske_widgets_default_src';

/** Every option the plugin keeps: uninstall.php removes these. */
const OPTIONS = array( OPTION_DEFAULT_SRC );

/** The settings page's slug, and its settings group. */
const SETTINGS_PAGE = 'koske-widgets';

function register_settings(): void {
	register_setting(
		SETTINGS_PAGE,
		OPTION_DEFAULT_SRC,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => __NAMESPACE__ . '\sanitize_default_address',
		)
	);
	add_settings_section( 'koske-widgets-data', __( 'Data', 'koske-widgets' ), '__return_null', SETTINGS_PAGE );
	add_settings_field(
		OPTION_DEFAULT_SRC,
		__( 'Default data address', 'koske-widgets' ),
		__NAMESPACE__ . '\render_default_address_field',
		SETTINGS_PAGE,
		'koske-widgets-data',
		array( 'label_for' => OPTION_DEFAULT_SRC )
	);
}

/** Keeps an address the widgets may fetch (see data_address()); otherwise says why and keeps the old one. */
function sanitize_default_address( $value ): string {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$address = data_address( $value );
	if ( null !== $address ) {
		return $address;
	}
	// WordPress sanitizes a new option twice (add_option inside update_option): say it once.
	if ( ! get_settings_errors( OPTION_DEFAULT_SRC ) ) {
		add_settings_error(
			OPTION_DEFAULT_SRC,
			'koske-widgets-refused-address',
			/* translators: %s: the address that was refused. */
			sprintf( __( '“%s” was not saved: use an address that starts with https:// or a path on this site that starts with /.', 'koske-widgets' ), $value )
		);
	}
	return default_data_address();
}

function render_default_address_field(): void {
	printf(
		'<input type="text" class="large-text code" id="%1$s" name="%1$s" value="%2$s" aria-describedby="%1$s-description" spellcheck="false">',
		esc_attr( OPTION_DEFAULT_SRC ),
		esc_attr( default_data_address() )
	);
	printf(
		'<p class="description" id="%s-description">%s</p>',
		esc_attr( OPTION_DEFAULT_SRC ),
		esc_html__( 'A data file of the media library (copy its address from the file’s details), a path on this site such as /wp-content/uploads/org.json, or an https:// address. Blocks and shortcodes without a data address of their own show this one.', 'koske-widgets' )
	);
}

function add_settings_page(): void {
	add_options_page( __( 'koske-widgets', 'koske-widgets' ), __( 'koske-widgets', 'koske-widgets' ), 'manage_options', SETTINGS_PAGE, __NAMESPACE__ . '\render_settings_page' );
}

/** `plugin_action_links_…`: a Settings link beside Deactivate on the Plugins screen. */
function link_settings( array $links ): array {
	array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( admin_url( 'options-general.php?page=' . SETTINGS_PAGE ) ), esc_html__( 'Settings', 'koske-widgets' ) ) );
	return $links;
}

function render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$shortcodes = array_map( static fn( array $definition ): string => '[' . $definition['shortcode'] . ']', ELEMENTS );
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( SETTINGS_PAGE );
			do_settings_sections( SETTINGS_PAGE );
			submit_button();
			?>
		</form>

		<h2><?php esc_html_e( 'Placing the widgets', 'koske-widgets' ); ?></h2>
		<ul class="ul-disc">
			<li><?php esc_html_e( 'In the block editor: add the block “Organisation card”, “Municipality list” or “Contact block”, and choose its data, language and look in the sidebar.', 'koske-widgets' ); ?></li>
			<li>
				<?php
				/* translators: %s: the three shortcodes. */
				echo esc_html( sprintf( __( 'In the classic editor, text widgets and page builders: the shortcodes %s, with the attributes src, lang, variant, heading_level, structured_data and map.', 'koske-widgets' ), implode( ', ', $shortcodes ) ) );
				?>
			</li>
			<li><?php esc_html_e( 'As HTML, in a Custom HTML block or the classic editor’s Text tab: the elements koske-org-card, koske-municipality-list and koske-contact-block. Every role may paste them; the plugin loads the script on the pages that show them.', 'koske-widgets' ); ?></li>
			<li><?php esc_html_e( 'Data files (.json) can be uploaded to the media library; each is checked against the data format first.', 'koske-widgets' ); ?></li>
		</ul>

		<?php if ( null !== data_address( default_data_address() ) ) : ?>
			<h2><?php esc_html_e( 'Preview of the default data', 'koske-widgets' ); ?></h2>
			<?php
			foreach ( array_keys( ELEMENTS ) as $element ) {
				// render_widget() escapes every attribute it writes.
				echo render_widget( $element, array() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
			}
			?>
		<?php endif; ?>
	</div>
	<?php
}
