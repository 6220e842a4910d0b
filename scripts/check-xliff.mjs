// Fails when a translation is missing: extracts the messages of src/ afresh
// (into a scratch copy, leaving locales/ untouched) and checks that every
// trans-unit of every target language has a non-empty <target> with the same
// placeholders as its <source>.
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** @type {{tsConfig: string, inputFiles: string[], interchange: {xliffDir: string}}} */
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'koske-xliff-'));
try {
  cpSync(config.interchange.xliffDir, scratch, {recursive: true});
  const scratchConfig = join(scratch, 'lit-localize.json');
  writeFileSync(
    scratchConfig,
    JSON.stringify({
      ...config,
      tsConfig: join(process.cwd(), config.tsConfig),
      inputFiles: config.inputFiles.map((glob) => join(process.cwd(), glob)),
      interchange: {...config.interchange, xliffDir: scratch},
    }),
  );
  // Its errors (a msg() it cannot read, say) go to stderr, so a failure says why.
  execFileSync('npx', ['lit-localize', 'extract', '--config', scratchConfig], {stdio: ['ignore', 'ignore', 'inherit']});

  const problems = [];
  let units = 0;
  for (const file of readdirSync(scratch).filter((name) => name.endsWith('.xlf'))) {
    const xliff = readFileSync(join(scratch, file), 'utf8');
    for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
      units++;
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
      /** @param {string} text */
      const placeholders = (text) =>
        [...text.matchAll(/<x id="(\d+)"/g)]
          .map((match) => match[1])
          .sort()
          .join();
      if (!target?.trim()) problems.push(`${file}: ${id} has no translation`);
      else if (placeholders(source) !== placeholders(target)) problems.push(`${file}: ${id} has other placeholders than its source`);
    }
  }
  if (problems.length) {
    console.error(`Missing or broken translations (edit locales/*.xlf; run "npm run localize:extract" to add new messages):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`xliff: ${units} translations checked, none missing.`);
} finally {
  rmSync(scratch, {recursive: true, force: true});
}
