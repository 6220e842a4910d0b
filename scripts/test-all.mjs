// `npm run test:all`: the test suite in Chromium, Firefox ESR and WebKitGTK.
// WebKit's MiniBrowser has no headless mode: this starts Xvfb and
// WebKitWebDriver, runs the test runner with all three engines, and stops
// the two by their PIDs whatever happens.
import {spawn} from 'node:child_process';
import {connect} from 'node:net';
import {chromiumPath, firefoxPath, webkit} from './browsers.mjs';

const display = process.env.WEBKIT_DISPLAY ?? ':99';
const port = Number(process.env.WEBKIT_DRIVER_PORT ?? 4444);

chromiumPath();
firefoxPath();
webkit.ensure();

/** @type {import('node:child_process').ChildProcess[]} */
const started = [];
/**
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function start(command, args, env = process.env) {
  const child = spawn(command, args, {env, stdio: ['ignore', 'ignore', 'inherit']});
  started.push(child);
  return child;
}
function stopAll() {
  for (const child of started.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/**
 * Resolves once something listens on the port, or rejects after `ms`.
 * @param {number} ms
 * @returns {Promise<void>}
 */
function listening(ms) {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.end(), resolve()));
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`WebKitWebDriver did not listen on port ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

start(webkit.xvfb, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
start(webkit.driver, [`--port=${port}`], {...process.env, DISPLAY: display});
await listening(15_000);

const runner = spawn('npx', ['wtr', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {...process.env, BROWSERS: 'chromium,firefox,webkit', WEBKIT_DRIVER_PORT: String(port)},
});
runner.on('exit', (code) => process.exit(code ?? 1));
