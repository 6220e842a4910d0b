// Browsers come from the system (Debian's chromium); puppeteer must never download its own.
module.exports = {skipDownload: true};
