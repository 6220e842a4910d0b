// `npm run test:wordpress`: the WordPress plugin, tested in a real WordPress.
// Installs what the machine lacks (Debian's wordpress, mariadb-server, PHP,
// gettext) with apt as root; checks every PHP file of the zip with `php -l`
// and the translations (scripts/wordpress-i18n.mjs); starts one MariaDB for
// the run, on a Unix socket only; runs test/wordpress/*.test.mjs, each of
// which starts its own WordPress on 127.0.0.1 (test/wordpress/harness.mjs);
// and stops MariaDB by its PID whatever happens. Needs dist/wordpress/ built
// (npm run build:wordpress, which the npm script runs first).
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {aptInstall} from './browsers.mjs';
import {startDatabase} from '../test/wordpress/harness.mjs';

const started = Date.now();

const needed = {
  '/usr/share/wordpress/wp-load.php': 'wordpress',
  '/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json': 'wordpress-theme-twentytwentythree',
  '/usr/sbin/mariadbd': 'mariadb-server',
  '/usr/bin/php': 'php-cli',
  '/usr/bin/xgettext': 'gettext',
};
const missing = [
  ...new Set(
    Object.entries(needed)
      .filter(([file]) => !existsSync(file))
      .map(([, pkg]) => pkg),
  ),
];
if (missing.length) {
  // Installing the packages would start Apache on port 80 and MariaDB as services: the
  // tests start their own servers, so tell invoke-rc.d not to (policy-rc.d exit 101).
  const policy = '/usr/sbin/policy-rc.d';
  const ours = process.getuid?.() === 0 && !existsSync(policy);
  if (ours) writeFileSync(policy, '#!/bin/sh\nexit 101\n', {mode: 0o755});
  try {
    aptInstall(missing, 'WordPress, MariaDB, PHP and gettext');
  } finally {
    if (ours) rmSync(policy);
  }
}
// PHP's MySQL driver is an extension: no file of its own to look for on every PHP version.
if (!/^mysqli$/im.test(execFileSync('php', ['-m'], {encoding: 'utf8'}))) aptInstall(['php-mysql'], "PHP's MySQL driver");

// Every PHP file of the plugin as zipped (dist/wordpress/koske-widgets/ is the zip's folder), through `php -l`.
const phpFiles = /** @type {string[]} */ (readdirSync('dist/wordpress/koske-widgets', {recursive: true}))
  .filter((name) => name.endsWith('.php'))
  .map((name) => join('dist/wordpress/koske-widgets', name));
for (const file of phpFiles) execFileSync('php', ['-l', file], {stdio: ['ignore', 'ignore', 'inherit']});
console.log(`php -l: ${phpFiles.length} files of the plugin, no syntax errors.`);

execFileSync(process.execPath, ['scripts/wordpress-i18n.mjs', 'check'], {stdio: 'inherit'});

const database = await startDatabase();
const stop = () => database.stop();
process.on('SIGINT', () => stop().then(() => process.exit(130)));
process.on('SIGTERM', () => stop().then(() => process.exit(143)));

const files = readdirSync('test/wordpress')
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => join('test/wordpress', name));
const tests = spawn(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: {...process.env, KOSKE_MARIADB_SOCKET: database.socket},
});
const code = await new Promise((resolve) => tests.on('exit', (exitCode) => resolve(exitCode ?? 1)));
await stop();
console.log(`WordPress suite: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
