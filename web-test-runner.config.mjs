import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {chromiumArgs, chromiumPath, firefoxPath, webkit} from './scripts/browsers.mjs';
import {fixtures} from './test/server/fixtures.mjs';
import {pages} from './test/server/pages.mjs';
import {ssrPages} from './test/server/ssr-pages.mjs';
import {commandPlugins} from './test/server/commands.mjs';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';

/**
 * Ends the run with one plain line, "Tests: N passed, N failed, N skipped", for CI logs.
 * @returns {import('@web/test-runner').Reporter}
 */
function closingLine() {
  return {
    onTestRunFinished({sessions}) {
      const counts = {passed: 0, failed: 0, skipped: 0};
      /** @param {import('@web/test-runner').TestSuiteResult} suite */
      const count = (suite) => {
        for (const test of suite.tests) counts[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        suite.suites.forEach(count);
      };
      for (const session of sessions) if (session.testResults) count(session.testResults);
      process.stdout.write(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
    },
  };
}

/**
 * The engines to run in: BROWSERS=chromium,firefox,webkit (default chromium).
 * WebKit needs WebKitWebDriver listening on WEBKIT_DRIVER_PORT: `npm run
 * test:all` (scripts/test-all.mjs) starts it under Xvfb and stops it after.
 * @type {Record<string, () => import('@web/test-runner').BrowserLauncher>}
 */
const launchers = {
  chromium: () => chromeLauncher({launchOptions: {executablePath: chromiumPath(), headless: true, args: [...chromiumArgs, '--js-flags=--expose-gc']}}),
  firefox: () => puppeteerLauncher({launchOptions: {browser: 'firefox', executablePath: firefoxPath(), headless: true}}),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      // WebKitGTK's own capability, which WebdriverIO's types do not know.
      capabilities: /** @type {import('@wdio/types').Capabilities.RequestedStandaloneCapabilities} */ ({
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: webkit.miniBrowser, args: ['--automation']},
      }),
    }),
};
const engines = (process.env.BROWSERS ?? 'chromium').split(',').map((name) => name.trim());
for (const name of engines) if (!launchers[name]) throw new Error(`BROWSERS: unknown engine "${name}" (chromium, firefox, webkit)`);

export default /** @satisfies {import('@web/test-runner').TestRunnerConfig} */ ({
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  // esbuild reads tsconfig.json only when told to; without its useDefineForClassFields: false,
  // class fields would shadow the reactive properties Lit defines on the prototype.
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}),
    ...commandPlugins,
    // Screenshots compared with test/visual/<browser>/baseline (Chromium only); `npm run test:visual:update` renews them.
    visualRegressionPlugin({
      baseDir: 'test/visual',
      update: process.argv.includes('--update-visual-baseline'),
    }),
  ],
  middleware: [fixtures, pages, ssrPages],
  browsers: engines.map((name) => launchers[name]()),
  concurrency: 1,
  reporters: [defaultReporter(), closingLine()],
  // The widgets warn the webmaster on purpose, and many tests provoke it: show only other logs.
  filterBrowserLogs: ({args}) => !/^(<koske-|koske-widgets:|Lit is in dev mode)/.test(String(args[0])),
  testFramework: {config: {timeout: 10_000}},
  // A file's whole run: the editor's and the configurator's files take WebKit about a minute, and
  // twice that on a loaded two-core machine, past the default two minutes.
  testsFinishTimeout: 300_000,
});
