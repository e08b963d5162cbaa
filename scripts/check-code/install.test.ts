import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkCode} from './check';
import {installSpecs, interpretNpmView, parseSpec, Registry} from './install';

test('reads the packages of npm, pnpm and yarn install commands, with their line and column', () => {
  const block = [
    '# install the SDK',
    'npm install @logto/next',
    '$ npm i -D @types/node@^20 typescript@~5.9.3',
    'pnpm add @logto/next@4.2.11 && yarn add next@15',
    'npm install --save-exact \\',
    '  react@19',
    'npm run dev',
    'npm install',
    'npm i ./local-package git+https://github.com/x/y.git alias@npm:react@19',
    'npm ci',
  ].join('\n');
  assert.deepEqual(
    installSpecs(block).map((s) => [s.name, s.range, s.blockLine, s.column]),
    [
      ['@logto/next', 'latest', 1, 13],
      ['@types/node', '^20', 2, 12],
      ['typescript', '~5.9.3', 2, 28],
      ['@logto/next', '4.2.11', 3, 10],
      ['next', '15', 3, 41],
      ['react', '19', 5, 3],
      ['react', '19', 8, 54],
    ],
  );
});

test('parses specs: scoped, ranged, tags; not paths or URLs', () => {
  assert.deepEqual(parseSpec('@logto/next@^4'), {name: '@logto/next', range: '^4'});
  assert.deepEqual(parseSpec('next'), {name: 'next', range: 'latest'});
  assert.deepEqual(parseSpec('next@canary'), {name: 'next', range: 'canary'});
  assert.equal(parseSpec('./pkg'), null);
  assert.equal(parseSpec('https://example.com/pkg.tgz'), null);
});

test('reads npm view answers: versions, missing package, missing version, unreachable registry', () => {
  const fail = (code: number) => Object.assign(new Error('Command failed'), {code});
  assert.deepEqual(interpretNpmView('next@15', null, '["15.0.0","15.5.29"]', '', 1000), {ok: true, versions: ['15.0.0', '15.5.29']});
  assert.deepEqual(interpretNpmView('next@15.5.29', null, '"15.5.29"', '', 1000), {ok: true, versions: ['15.5.29']});
  const missing = JSON.stringify({error: {code: 'E404', summary: 'Not Found - GET https://registry.npmjs.org/nope'}});
  assert.equal((interpretNpmView('nope', fail(1), missing, '', 1000) as {kind: string}).kind, 'missing');
  const noVersion = JSON.stringify({error: {code: 'E404', summary: 'No match found for version 99'}});
  assert.equal((interpretNpmView('next@99', fail(1), noVersion, '', 1000) as {kind: string}).kind, 'no-version');
  assert.equal((interpretNpmView('next@99', null, '', '', 1000) as {kind: string}).kind, 'no-version');
  const refused = interpretNpmView('next', fail(1), '', 'npm error code ECONNREFUSED\nnpm error syscall connect', 1000);
  assert.deepEqual(refused.ok ? null : [refused.kind, /unreachable.*ECONNREFUSED/.test(refused.message)], ['unreachable', true]);
  const timedOut = interpretNpmView('next', Object.assign(new Error('killed'), {killed: true, signal: 'SIGTERM'}), '', '', 1000);
  assert.equal(timedOut.ok ? null : timedOut.kind, 'unreachable');
});

test('an unreachable registry is reported as such, not passed', async () => {
  const answer = await new Registry({registry: 'http://127.0.0.1:9/', timeoutMs: 5000}).view('next', '15');
  assert.equal(answer.ok, false);
  assert.equal(answer.ok ? null : answer.kind, 'unreachable');
});

/** Null when the real registry answers, else why not (those tests are then skipped, saying so). */
const registryDown: Promise<string | null> = new Promise((resolve) => {
  execFile('npm', ['view', 'npm', 'version', '--json', '--fetch-retries=0'], {timeout: 20_000}, (error, _out, stderr) =>
    resolve(error ? `npm registry unreachable: ${(stderr || error.message).split('\n').find((l) => /error/.test(l)) ?? error.message}` : null),
  );
});

function installGuide(command: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-code-install-'));
  fs.mkdirSync(path.join(dir, 'fragments/next'), {recursive: true});
  fs.mkdirSync(path.join(dir, 'docs'), {recursive: true});
  // The install block lives in a fragment the page renders, on line 4 of that fragment.
  fs.writeFileSync(path.join(dir, 'docs/g.mdx'), "import Install from '@fragments/next/_install.mdx';\n\n# G\n\n<Install />\n");
  fs.writeFileSync(path.join(dir, 'fragments/next/_install.mdx'), `Install it:\n\n\`\`\`bash\n${command}\n\`\`\`\n`);
  return dir;
}

test('install block: a package that does not exist fails at its line', async (t) => {
  const down = await registryDown;
  if (down) return t.skip(down);
  const result = await checkCode({root: installGuide('npm install @logto/nextjs-does-not-exist-zz'), registry: {}});
  assert.deepEqual(
    result.installFailures.map((f) => [f.block.file, f.line, f.pkg, f.unreachable]),
    [['fragments/next/_install.mdx', 4, '@logto/nextjs-does-not-exist-zz', false]],
  );
  assert.match(result.installFailures[0]!.message, /package not found on the npm registry/);
});

test('install block: a version that was never published fails; existing packages pass', async (t) => {
  const down = await registryDown;
  if (down) return t.skip(down);
  const bad = await checkCode({root: installGuide('npm i @logto/next@99.0.0'), registry: {}});
  assert.deepEqual(bad.installFailures.map((f) => [f.line, f.pkg]), [[4, '@logto/next@99.0.0']]);
  assert.match(bad.installFailures[0]!.message, /no published version matches @logto\/next@99\.0\.0/);
  const good = await checkCode({root: installGuide('npm install @logto/next@^4 next@15 react@19'), registry: {}});
  assert.deepEqual(good.installFailures, []);
  assert.equal(good.installPackages, 3);
});
