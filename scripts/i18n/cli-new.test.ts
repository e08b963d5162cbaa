import {afterEach, beforeEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {extractFacts} from '../lib/mdx';
import {run as start} from './cli-new';
import {readManifest} from './record';
import {computeLocaleStatus} from './status';
import {GUIDE_ES, PATHS, SETUP_EN, captureIo, makeSite, read, removeSite} from './test-site';

describe('npm run i18n:new', () => {
  let root: string;
  beforeEach(() => {
    root = makeSite();
  });
  afterEach(() => removeSite(root));

  test('copies the English fragment to its place and records it as in progress', () => {
    const io = captureIo(root);
    assert.equal(start([PATHS.setupEn, '--locale', 'es'], io), 0);
    assert.equal(read(root, PATHS.setupEs), SETUP_EN);
    assert.deepEqual(readManifest(root, 'es').files[PATHS.setupEs], {
      source: 'fragments/_setup.mdx',
      sourceBlob: '9b0d1a8628efea5a84f478643c5d5d465eb23b93',
      state: 'in-progress',
    });
    assert.match(io.out(), /^Created i18n\/es\/fragments\/_setup\.mdx\n/);
    assert.ok(io.out().includes('npm run i18n:mark -- i18n/es/fragments/_setup.mdx'));
    assert.equal(computeLocaleStatus(root, 'es').files[2]!.state, 'in-progress');
  });

  test('a new page keeps front matter, imports, code and heading ids, and lists untranslated fragments', () => {
    fs.rmSync(path.join(root, PATHS.guideEs));
    const io = captureIo(root);
    assert.equal(start([PATHS.guideEn, '--locale', 'es'], io), 0);
    const english = extractFacts(read(root, PATHS.guideEn));
    const copy = extractFacts(read(root, PATHS.guideEs));
    assert.deepEqual(copy.frontMatter, {slug: '/guide', sidebar_label: 'Guide'});
    assert.deepEqual(copy.imports.map((i) => i.statement), english.imports.map((i) => i.statement));
    assert.deepEqual(copy.headings.map((h) => h.id), [null, 'intro', 'setup']);
    assert.deepEqual(copy.codeBlocks.map((c) => [c.lang, c.title, c.value]), [['bash', 'terminal', 'npm i @logto/next']]);
    // _intro has a Spanish version, _setup does not.
    assert.match(io.out(), /no es translation yet[^\n]*\n {2}npm run i18n:new -- fragments\/_setup\.mdx --locale es\n$/);
  });

  test('refuses to overwrite an existing translation and says how to see the diff', () => {
    const io = captureIo(root);
    assert.equal(start([PATHS.guideEn, '--locale', 'es'], io), 2);
    assert.equal(
      io.err(),
      'i18n:new: i18n/es/docusaurus-plugin-content-docs/current/guide.mdx already exists (status: outdated), ' +
        'and i18n:new never overwrites a translation.\n' +
        '  To see what changed in English since it was translated: npm run i18n:status -- --locale es\n' +
        '  After updating it:                                      npm run i18n:mark -- i18n/es/docusaurus-plugin-content-docs/current/guide.mdx\n',
    );
    assert.equal(read(root, PATHS.guideEs), GUIDE_ES);
    assert.deepEqual(readManifest(root, 'es').files, {});
  });

  test('refuses an English file that does not exist', () => {
    const io = captureIo(root);
    assert.equal(start(['fragments/_nope.mdx', '--locale', 'es'], io), 2);
    assert.equal(
      io.err(),
      'i18n:new: fragments/_nope.mdx does not exist. Give the path of an existing English page or fragment.\n',
    );
    assert.ok(!fs.existsSync(path.join(root, 'i18n/es/fragments/_nope.mdx')));
  });
});
