import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {chromiumArgs, chromiumPath} from './scripts/chromium.mjs';
import {fixtures} from './test/server/fixtures.mjs';

/** Ends the run with one plain line, "Tests: N passed, N failed, N skipped", for CI logs. */
function closingLine() {
  return {
    onTestRunFinished({sessions}) {
      const counts = {passed: 0, failed: 0, skipped: 0};
      const count = (suite) => {
        for (const test of suite.tests) counts[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        suite.suites.forEach(count);
      };
      for (const session of sessions) if (session.testResults) count(session.testResults);
      process.stdout.write(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
    },
  };
}

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  // esbuild reads tsconfig.json only when told to; without it decorators reach the browser.
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  middleware: [fixtures],
  browsers: [chromeLauncher({launchOptions: {executablePath: chromiumPath(), headless: true, args: chromiumArgs}})],
  reporters: [defaultReporter(), closingLine()],
  // The widgets warn the webmaster on purpose, and many tests provoke it: show only other logs.
  filterBrowserLogs: ({args}) => !/^(<koske-|koske-widgets:|Lit is in dev mode)/.test(String(args[0])),
  testFramework: {config: {timeout: 10_000}},
};
