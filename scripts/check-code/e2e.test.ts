/**
 * End to end on a copy of the real content: break one sample in the Spanish
 * App Router page and run `npm run check:code` in the copy, as CI would.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {copySite, removeSite} from '../lib/site-copy';

const SPANISH_PAGE = 'i18n/es/docusaurus-plugin-content-docs/current/quick-starts/next-app-router.mdx';

test('npm run check:code reports a misspelt import in the Spanish page at its file and line', (t) => {
  const dir = copySite('check-code-e2e-');
  t.after(() => removeSite(dir));
  const file = path.join(dir, SPANISH_PAGE);
  const original = fs.readFileSync(file, 'utf8');
  // The guide imports getAccessTokenRSC first in its line, with or without other names after it.
  assert.match(original, /import \{ getAccessTokenRSC\b[^}]*\} from '@logto\/next\/server-actions';/);
  fs.writeFileSync(file, original.replaceAll('getAccessTokenRSC', 'getAccessTokenRsc'));
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const importLines = lines.flatMap((line, i) => (/^import \{ getAccessTokenRsc\b/.test(line) ? [i + 1] : []));
  assert.ok(importLines.length > 0);

  // Install commands are the registry tests' business; here only the TypeScript side is under test.
  const run = spawnSync('npm', ['run', '--silent', 'check:code', '--', '--no-registry'], {cwd: dir, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024});
  const output = `${run.stdout}${run.stderr}`;
  assert.equal(run.status, 1, output);
  for (const line of importLines) {
    const where = `${SPANISH_PAGE}:${line}:10  TS2724  '"@logto/next/server-actions"' has no exported member named 'getAccessTokenRsc'`;
    assert.ok(output.includes(where), `expected "${where}" in:\n${output}`);
  }
  // The English page is untouched, so it must not be blamed.
  assert.doesNotMatch(output, /^docs\/quick-starts\/next-app-router\.mdx:\d+:\d+ {2}TS2724 .*getAccessTokenRsc/m);
  assert.match(output, /^check:code: \d+ TypeScript block\(s\) checked/m);
});
