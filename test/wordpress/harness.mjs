// A real WordPress for the plugin's tests: Debian's `wordpress` package with
// MariaDB and PHP's built-in server, started on this machine and stopped by
// PID. Nothing listens but PHP on 127.0.0.1: MariaDB answers on a Unix
// socket only. Each WordPress gets its own database, configuration and
// wp-content in a temporary folder, so test files never see each other's
// posts, users or plugins.
//
// scripts/test-wordpress.mjs starts one MariaDB for the whole run and passes
// its socket in KOSKE_MARIADB_SOCKET; a test file run on its own starts one.
import {execFile, spawn} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {createServer, connect} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const wordpressRoot = '/usr/share/wordpress';
const debianConfigs = '/etc/wordpress';

/**
 * Resolves once `check()` is true, or rejects after `ms` with `what`.
 * @param {() => unknown} check
 * @param {string} what what is waited for, for the message
 * @param {number} [ms]
 */
async function until(check, what, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs a command; resolves to its stdout, rejects with its stderr.
 * @param {string} command
 * @param {string[]} args
 * @param {{input?: string, env?: Record<string, string>}} [options] standard input, and variables added to the environment
 * @returns {Promise<string>}
 */
function run(command, args, {input, env} = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, {env: {...process.env, ...env}, maxBuffer: 64 << 20}, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
    // execFile always gives the child a standard input pipe.
    /** @type {import('node:stream').Writable} */ (child.stdin).end(input ?? '');
  });
}

/**
 * A TCP port nothing listens on now.
 * @returns {Promise<number>}
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * @param {number} port
 * @returns {Promise<boolean>}
 */
const listening = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => (socket.destroy(), resolve(false)));
  });

/**
 * Stops a child we started (with `detached`, so it leads a process group of
 * its own), by its PID: the whole group, since PHP's server forks workers.
 * @param {import('node:child_process').ChildProcess} child a child that started (it has a PID)
 */
async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM');
  await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null && child.signalCode === null) process.kill(-(/** @type {number} */ (child.pid)), 'SIGKILL');
}

/**
 * A MariaDB server to make databases in: its socket and a way to run SQL there as root;
 * `stop()` when this process started it.
 * @typedef {{socket: string, sql: (statements: string) => Promise<string>, stop?: () => Promise<void>}} Database
 */

/**
 * Runs SQL as MariaDB's root user, by socket authentication.
 * @param {string} socket
 * @returns {(statements: string) => Promise<string>}
 */
const sqlAt = (socket) => (statements) => run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statements]);

/**
 * A MariaDB server of our own: a data directory in a temporary folder,
 * `skip-networking` (a Unix socket, no port), stopped by its PID.
 */
export async function startDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'koske-mariadb-'));
  const socket = join(dir, 'mysqld.sock');
  await run('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/data`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db']);
  const server = spawn(
    'mariadbd',
    ['--no-defaults', `--datadir=${dir}/data`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${dir}/mysqld.pid`, '--innodb-buffer-pool-size=64M', '--skip-log-bin'],
    {stdio: ['ignore', 'ignore', 'pipe'], detached: true},
  );
  let log = '';
  server.stderr.on('data', (chunk) => (log += chunk));
  await until(() => existsSync(socket) || server.exitCode !== null, 'MariaDB to open its socket').catch((error) => {
    throw new Error(`${error.message}\n${log}`);
  });
  if (server.exitCode !== null) throw new Error(`MariaDB stopped at once:\n${log}`);
  return {
    socket,
    sql: sqlAt(socket),
    async stop() {
      await stopChild(server);
      rmSync(dir, {recursive: true, force: true});
    },
  };
}

/**
 * A user of a test site: its id when the harness made it, its application password (for the REST API) once made.
 * @typedef {{login: string, password: string, id?: number, application?: string}} User
 */
/**
 * A post as the REST API answers it (`content.raw` with `?context=edit`).
 * @typedef {{id: number, link: string, content: {raw: string, rendered: string}, _links?: Record<string, unknown>}} WpPost
 */
/** @typedef {{id: number, source_url: string, mime_type: string}} WpMedia a media item as the REST API answers it */

/** The flags a test may switch at run time; the configuration reads each from a file. */
const flagConstants = {
  'disallow-unfiltered-html': "define('DISALLOW_UNFILTERED_HTML', true);",
};

/**
 * A fresh WordPress: its database, configuration (/etc/wordpress/config-<id>.php,
 * chosen by WORDPRESS_CONFIG as Debian's wp-config.php allows), wp-content with
 * Twenty Twenty-Three, installed in Finnish, and PHP's built-in server on
 * 127.0.0.1. `stop()` undoes all of it.
 * @param {{database?: Database, title?: string, language?: string}} [options] a running MariaDB to use (else one of its own),
 *   the site's title and language
 */
export async function startWordPress({database, title = 'Koske-testisivusto', language = 'fi'} = {}) {
  const ownDatabase = database ? undefined : await startDatabase();
  // One or the other is there.
  const db = /** @type {Database} */ (database ?? ownDatabase);
  const id = `koske-test-${randomBytes(4).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), `${id}-`));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const url = `http://${host}`;
  const dbName = id.replace(/-/g, '_');
  const dbPassword = randomBytes(12).toString('hex');
  const configFile = join(debianConfigs, `config-${id}.php`);

  // The document root: Debian's WordPress, with our own wp-content in place of its own.
  const root = join(dir, 'root');
  const content = join(dir, 'wp-content');
  mkdirSync(root);
  for (const entry of readdirSync(wordpressRoot)) if (entry !== 'wp-content') symlinkSync(join(wordpressRoot, entry), join(root, entry));
  symlinkSync(content, join(root, 'wp-content'));
  for (const sub of ['plugins', 'themes', 'uploads', 'mu-plugins', 'flags']) mkdirSync(join(content, sub), {recursive: true});
  symlinkSync(join(wordpressRoot, 'wp-content/themes/twentytwentythree'), join(content, 'themes/twentytwentythree'));
  symlinkSync(join(wordpressRoot, 'wp-content/languages'), join(content, 'languages'));

  await db.sql(
    `CREATE DATABASE ${dbName} DEFAULT CHARACTER SET utf8mb4; CREATE USER '${dbName}'@'localhost' IDENTIFIED BY '${dbPassword}'; GRANT ALL ON ${dbName}.* TO '${dbName}'@'localhost';`,
  );
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((name) => `define('${name}', '${randomBytes(24).toString('hex')}');`)
    .join('\n');
  const flags = Object.entries(flagConstants)
    .map(([flag, code]) => `if (is_file('${content}/flags/${flag}')) { ${code} }`)
    .join('\n');
  writeFileSync(
    configFile,
    `<?php
// Written by koske-widgets' WordPress tests (test/wordpress/harness.mjs) and removed after them.
define('DB_NAME', '${dbName}');
define('DB_USER', '${dbName}');
define('DB_PASSWORD', '${dbPassword}');
define('DB_HOST', 'localhost:${db.socket}');
define('DB_CHARSET', 'utf8mb4');
${salts}
define('WP_CONTENT_DIR', '${content}');
// A network keeps each site's address in its own options.
if (!is_file('${content}/flags/multisite.php')) { define('WP_HOME', '${url}'); define('WP_SITEURL', '${url}'); }
// Application passwords work over plain HTTP on a "local" site.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${dir}/debug.log');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// No internet here: update checks and the like fail at once instead of waiting.
define('WP_HTTP_BLOCK_EXTERNAL', true);
if (is_file('${content}/flags/multisite.php')) { require '${content}/flags/multisite.php'; }
${flags}
`,
  );

  const env = {WORDPRESS_CONFIG: id};
  const php = spawn('php', ['-d', 'upload_max_filesize=8M', '-d', 'post_max_size=8M', '-S', host, '-t', root, join(here, 'router.php')], {
    env: {...process.env, ...env, PHP_CLI_SERVER_WORKERS: '4'},
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let phpLog = '';
  php.stderr.on('data', (chunk) => (phpLog = (phpLog + chunk).slice(-20_000)));
  await until(() => listening(port), `PHP to listen on ${host}`, 15_000);

  /**
   * Runs PHP code inside this WordPress (test/wordpress/wp-eval.php) and returns its value.
   * @param {string} body PHP statements that end with a `return`
   * @param {{install?: boolean}} [options] `install`: before WordPress is installed
   * @returns {Promise<unknown>} the returned value, as JSON decodes it
   */
  const evaluate = async (body, {install = false} = {}) => {
    const stdout = await run('php', [join(here, 'wp-eval.php'), host, ...(install ? ['--install'] : [])], {input: body, env});
    try {
      return JSON.parse(stdout);
    } catch {
      throw new Error(`wp-eval printed no JSON:\n${stdout}`);
    }
  };

  const adminPassword = randomBytes(12).toString('hex');
  await evaluate(
    `wp_install(${JSON.stringify(title)}, 'admin', 'admin@example.com', true, '', ${JSON.stringify(adminPassword)}, ${JSON.stringify(language)});
     update_option('WPLANG', ${JSON.stringify(language)});
     switch_theme('twentytwentythree');
     return true;`,
    {install: true},
  );

  const site = {
    url,
    host,
    dir,
    content,
    eval: evaluate,
    /** The PHP server's recent output, for a failure's message. */
    log: () => phpLog,
    /**
     * The users by login: the admin, and those addUser() added.
     * @type {Record<string, User>}
     */
    users: {admin: {login: 'admin', password: adminPassword, id: 1}},
    /**
     * Adds a user with `role` (and `locale`), with an application password for
     * the REST API; `site.users[login]` has its login, password and id.
     * @param {string} login
     * @param {string} role
     * @param {{locale?: string}} [options]
     * @returns {Promise<User>}
     */
    async addUser(login, role, {locale = ''} = {}) {
      const password = randomBytes(12).toString('hex');
      const user = /** @type {string | {id: number, application: string}} */ (
        await evaluate(`
        $id = wp_insert_user(['user_login' => ${JSON.stringify(login)}, 'user_pass' => ${JSON.stringify(password)}, 'user_email' => ${JSON.stringify(`${login}@example.com`)}, 'role' => ${JSON.stringify(role)}, 'locale' => ${JSON.stringify(locale)}]);
        if (is_wp_error($id)) return $id->get_error_message();
        [$application] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'koske-widgets tests']);
        return ['id' => $id, 'application' => $application];`)
      );
      if (typeof user === 'string') throw new Error(`wp_insert_user: ${user}`);
      return (this.users[login] = {login, password, id: user.id, application: user.application});
    },
    /** Gives the admin an application password too. */
    async enableAdminApi() {
      const application = await evaluate(`[$application] = WP_Application_Passwords::create_new_application_password(1, ['name' => 'koske-widgets tests']); return $application;`);
      this.users.admin.application = /** @type {string} */ (application);
    },
    /**
     * A REST API request as `login` (by its application password), to the
     * site at `base` (a network's other site). Resolves to {status, body}.
     * @param {string} login
     * @param {string} method
     * @param {string} route such as `/wp/v2/posts`, with its own query if any
     * @param {unknown} [body] FormData as it is, anything else as JSON
     * @param {string} [base]
     * @returns {Promise<{status: number, body: unknown}>}
     */
    async rest(login, method, route, body, base = url) {
      const user = this.users[login];
      /** @type {Record<string, string>} */
      const headers = {authorization: `Basic ${Buffer.from(`${user.login}:${user.application}`).toString('base64')}`};
      let payload;
      if (body instanceof FormData) payload = body;
      else if (body !== undefined) {
        headers['content-type'] = 'application/json';
        payload = JSON.stringify(body);
      }
      // Plain permalinks: the route goes in `rest_route`, its own query after it.
      const response = await fetch(`${base}/?rest_route=${route.replace('?', '&')}`, {method, headers, body: payload});
      const text = await response.text();
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        throw new Error(`${method} ${route}: ${response.status}, no JSON:\n${text.slice(0, 2000)}`);
      }
      return {status: response.status, body: json};
    },
    /**
     * Turns this WordPress into a network of subdirectory sites (what Tools →
     * Network Setup does), the existing site its main site; resolves once
     * WordPress runs as one.
     */
    async becomeNetwork(name = 'Koske-verkosto') {
      const made = await evaluate(`
        require_once ABSPATH . 'wp-admin/includes/network.php';
        // As wp-admin/network.php does: the network's tables by name, before they exist.
        foreach ($GLOBALS['wpdb']->tables('ms_global') as $table => $prefixed) $GLOBALS['wpdb']->$table = $prefixed;
        install_network();
        $made = populate_network(1, ${JSON.stringify(host)}, 'admin@example.com', ${JSON.stringify(name)}, '/', false);
        return is_wp_error($made) ? $made->get_error_message() : true;`);
      if (made !== true) throw new Error(`populate_network: ${made}`);
      writeFileSync(
        join(content, 'flags/multisite.php'),
        `<?php
define('MULTISITE', true);
define('SUBDOMAIN_INSTALL', false);
define('DOMAIN_CURRENT_SITE', '${host}');
define('PATH_CURRENT_SITE', '/');
define('SITE_ID_CURRENT_SITE', 1);
define('BLOG_ID_CURRENT_SITE', 1);
`,
      );
    },
    /**
     * Adds a subdirectory site to the network (after becomeNetwork()); resolves
     * to its id and address.
     * @param {string} path the site's folder in the network's address
     * @param {string} title
     */
    async addSite(path, title) {
      // WordPress drops a port from a new site's domain: put it back, with the site's own addresses.
      const id = await evaluate(`
        $id = wpmu_create_blog('127.0.0.1', '/${path}/', ${JSON.stringify(title)}, 1);
        if (is_wp_error($id)) return $id->get_error_message();
        global $wpdb;
        $wpdb->update($wpdb->blogs, ['domain' => ${JSON.stringify(host)}], ['blog_id' => $id]);
        clean_blog_cache($id);
        update_blog_option($id, 'siteurl', '${url}/${path}');
        update_blog_option($id, 'home', '${url}/${path}');
        return $id;`);
      if (typeof id !== 'number') throw new Error(`wpmu_create_blog: ${id}`);
      return {id, url: `${url}/${path}`};
    },
    /**
     * Switches a flag of the configuration (see flagConstants) on or off.
     * @param {string} name
     * @param {boolean} on
     */
    flag(name, on) {
      const file = join(content, 'flags', name);
      if (on) writeFileSync(file, '');
      else rmSync(file, {force: true});
    },
    async stop() {
      await stopChild(php);
      rmSync(configFile, {force: true});
      await db.sql(`DROP DATABASE IF EXISTS ${dbName}; DROP USER IF EXISTS '${dbName}'@'localhost';`).catch(() => {});
      rmSync(dir, {recursive: true, force: true});
      await ownDatabase?.stop();
    },
  };
  return site;
}

/**
 * `startWordPress` with the database from scripts/test-wordpress.mjs, if it started one.
 * @param {{title?: string, language?: string}} [options]
 */
export function wordpressForTests(options) {
  const socket = process.env.KOSKE_MARIADB_SOCKET;
  const database = socket ? {socket, sql: sqlAt(socket)} : undefined;
  return startWordPress({...options, database});
}
