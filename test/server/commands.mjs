// Test-runner commands the tests call with executeServerCommand(): browser
// settings a page cannot change for itself.

/** @type {import('@web/test-runner').TestRunnerPlugin[]} */
export const commandPlugins = [];
