import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {chromiumArgs, chromiumPath} from './scripts/chromium.mjs';
import {fixtures} from './test/server/fixtures.mjs';

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  // esbuild reads tsconfig.json only when told to; without it decorators reach the browser.
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  middleware: [fixtures],
  browsers: [chromeLauncher({launchOptions: {executablePath: chromiumPath(), headless: true, args: chromiumArgs}})],
  testFramework: {config: {timeout: 10_000}},
};
