import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {run} from './cli-status';
import {captureIo, makeOutdatedSite, removeSite} from './test-site';

describe('npm run i18n:status', () => {
  let root: string;
  before(() => {
    root = makeOutdatedSite();
  });
  after(() => removeSite(root));

  test('prints each file with its state, the percentage and the English diff', () => {
    const io = captureIo(root);
    assert.equal(run([], io), 0);
    const out = io.out();
    assert.match(out, /^Translation status for es \(Español\): 1 of 3 files up to date \(33%\)$/m);
    assert.match(out, /^ {2}up to date {3}page {6}docs\/guide\.mdx$/m);
    assert.match(out, /^ {2}outdated {5}fragment {2}fragments\/_intro\.mdx$/m);
    assert.match(out, /^ {2}missing {6}fragment {2}fragments\/_setup\.mdx$/m);
    assert.ok(out.includes('fragments/_intro.mdx -> i18n/es/fragments/_intro.mdx (translated from 5bb5cd9)'));
    assert.ok(out.includes(' Logto signs your users in.\n+It also signs them out.\n'));
    assert.equal(io.err(), '');
  });

  test('--json gives the same data', () => {
    const io = captureIo(root);
    assert.equal(run(['--json', '--locale', 'es'], io), 0);
    const data = JSON.parse(io.out());
    assert.equal(data.locales.length, 1);
    const [es] = data.locales;
    assert.equal(es.locale, 'es');
    assert.equal(es.percent, 33);
    assert.deepEqual(es.files.map((f: {state: string}) => f.state), ['up-to-date', 'outdated', 'missing']);
    assert.equal(es.changes['i18n/es/fragments/_intro.mdx'].available, true);
    assert.ok(es.changes['i18n/es/fragments/_intro.mdx'].patch.includes('+It also signs them out.'));
  });

  test('--fail-on outdated exits 1 and names the outdated file', () => {
    const io = captureIo(root);
    assert.equal(run(['--locale', 'es', '--fail-on', 'outdated'], io), 1);
    assert.match(io.err(), /1 file\(s\) need work:\n {2}\[es\] outdated: fragments\/_intro\.mdx -> i18n\/es\/fragments\/_intro\.mdx\n/);
    assert.ok(!io.err().includes('_setup'));
  });

  test('--fail-on missing exits 1 and names the missing file', () => {
    const io = captureIo(root);
    assert.equal(run(['--locale', 'es', '--fail-on', 'missing', '--no-diff'], io), 1);
    assert.match(io.err(), /\[es\] missing: fragments\/_setup\.mdx -> i18n\/es\/fragments\/_setup\.mdx/);
    assert.ok(!io.out().includes('What changed'));
  });

  test('--fail-on passes (exit 0) when no file is in those states', () => {
    const io = captureIo(root);
    assert.equal(run(['--fail-on', 'in-progress'], io), 0);
    assert.equal(io.err(), '');
  });

  test('unknown states and locales are usage errors (exit 2) with a clear message', () => {
    let io = captureIo(root);
    assert.equal(run(['--fail-on', 'stale'], io), 2);
    assert.match(io.err(), /^i18n:status: --fail-on does not know "stale"\. Use one or more of: outdated, missing, in-progress/);
    io = captureIo(root);
    assert.equal(run(['--locale', 'fr'], io), 2);
    assert.match(io.err(), /Unknown locale "fr"\. The site translates into: es/);
    io = captureIo(root);
    assert.equal(run(['--locale', 'en'], io), 2);
    assert.match(io.err(), /"en" is the source language/);
  });

  test('the real command sets the process exit code', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'cli-status.ts'), '--fail-on', 'nonsense'],
      {encoding: 'utf8'},
    );
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--fail-on does not know "nonsense"/);
    assert.ok(!result.stderr.includes('    at '), 'a usage error must not print a stack trace');
  });
});
