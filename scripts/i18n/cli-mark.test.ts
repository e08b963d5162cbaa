import {afterEach, beforeEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {translationLocales} from '../../config/locales';
import fs from 'node:fs';
import path from 'node:path';
import {run as mark} from './cli-mark';
import {run as start} from './cli-new';
import {readManifest} from './record';
import {computeLocaleStatus} from './status';
import {INTRO_EN, INTRO_ES, PATHS, captureIo, makeSite, read, removeSite, write} from './test-site';

const INTRO_V2 = 'c195ca0c09ac23fedcf2705087099f9c47204bc2';

describe('npm run i18n:mark', () => {
  let root: string;
  beforeEach(() => {
    root = makeSite();
  });
  afterEach(() => removeSite(root));

  test('records the English text as it is now, and leaves the translation untouched', () => {
    write(root, PATHS.introEn, `${INTRO_EN}It also signs them out.\n`);
    const io = captureIo(root);
    assert.equal(mark([PATHS.introEs], io), 0);
    assert.equal(io.out(), 'i18n/es/fragments/_intro.mdx: outdated -> up to date (English fragments/_intro.mdx at c195ca0)\n');
    assert.deepEqual(readManifest(root, 'es').files[PATHS.introEs], {
      source: 'fragments/_intro.mdx',
      sourceBlob: INTRO_V2,
      state: 'translated',
    });
    assert.equal(read(root, PATHS.introEs), INTRO_ES);
    assert.equal(computeLocaleStatus(root, 'es').files[1]!.state, 'up-to-date');
  });

  test('accepts the English file with --locale', () => {
    const io = captureIo(root);
    assert.equal(mark([PATHS.introEn, '--locale', 'es'], io), 0);
    assert.ok(readManifest(root, 'es').files[PATHS.introEs]);
  });

  test('warns when the English text it records is not committed', () => {
    write(root, PATHS.introEn, `${INTRO_EN}Not committed yet.\n`);
    const io = captureIo(root);
    assert.equal(mark([PATHS.introEs], io), 0);
    assert.match(io.err(), /not committed yet[\s\S]*\n {2}fragments\/_intro\.mdx\n/);
  });

  test('refuses a translation that does not exist, pointing to i18n:new', () => {
    const io = captureIo(root);
    assert.equal(mark([PATHS.setupEn, '--locale', 'es'], io), 2);
    assert.equal(
      io.err(),
      'i18n:mark: i18n/es/fragments/_setup.mdx does not exist: there is no es translation of fragments/_setup.mdx to mark. ' +
        'Start one with `npm run i18n:new -- fragments/_setup.mdx --locale es`.\n',
    );
    assert.deepEqual(readManifest(root, 'es').files, {});
  });

  test('refuses files that are not content, an English file without --locale, and a locale mismatch', () => {
    let io = captureIo(root);
    assert.equal(mark(['package.json', '--locale', 'es'], io), 2);
    assert.match(io.err(), /package\.json is not a page or a fragment/);
    io = captureIo(root);
    assert.equal(mark([PATHS.introEn], io), 2);
    // Every translation locale of config/locales.ts is offered.
    assert.ok(io.err().includes(`Which translation of fragments/_intro.mdx? Add --locale (one of: ${translationLocales.join(', ')})`), io.err());
    io = captureIo(root);
    assert.equal(mark([PATHS.introEs, '--locale', 'fr'], io), 2);
    assert.match(io.err(), /is a translation into "es" but --locale says "fr"/);
  });

  test('--all marks every existing translation but leaves in-progress copies alone', () => {
    assert.equal(start([PATHS.setupEn, '--locale', 'es'], captureIo(root)), 0);
    const io = captureIo(root);
    assert.equal(mark(['--all', '--locale', 'es'], io), 0);
    assert.match(io.out(), /^Marked 2 es translation\(s\) as up to date:\n/);
    assert.match(io.out(), /Left as in progress[^\n]*\n {2}i18n\/es\/fragments\/_setup\.mdx\n/);
    assert.deepEqual(
      computeLocaleStatus(root, 'es').files.map((f) => f.state),
      ['up-to-date', 'up-to-date', 'in-progress'],
    );
  });

  test('--prune removes only the records of translations that no longer exist', () => {
    const io0 = captureIo(root);
    assert.equal(mark([PATHS.introEs, PATHS.guideEs], io0), 0);
    // The English intro changes: its translation is outdated, and --prune must not mark it.
    write(root, PATHS.introEn, `${INTRO_EN}It also signs them out.\n`);
    fs.rmSync(path.join(root, PATHS.guideEs));
    const io = captureIo(root);
    assert.equal(mark(['--prune', '--locale', 'es'], io), 0);
    assert.equal(
      io.out(),
      `Removed 1 record(s) of files that no longer exist from i18n/es/translation-status.json:\n  ${PATHS.guideEs}\n`,
    );
    assert.deepEqual(Object.keys(readManifest(root, 'es').files), [PATHS.introEs]);
    assert.equal(computeLocaleStatus(root, 'es').files.find((f) => f.translatedPath === PATHS.introEs)!.state, 'outdated');
    const again = captureIo(root);
    assert.equal(mark(['--prune', '--locale', 'es'], again), 0);
    assert.match(again.out(), /^Nothing to prune/);
  });

  test('--prune needs --locale and takes no files', () => {
    let io = captureIo(root);
    assert.equal(mark(['--prune'], io), 2);
    assert.match(io.err(), /--prune needs --locale/);
    io = captureIo(root);
    assert.equal(mark(['--prune', '--locale', 'es', PATHS.introEs], io), 2);
    assert.match(io.err(), /--prune takes no file names/);
  });
});
