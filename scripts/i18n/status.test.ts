import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {gitBlobId} from './blob';
import {englishChanges} from './changes';
import {markTranslations} from './mark';
import {ManifestError, readManifest} from './record';
import {formatLocaleReport} from './report';
import {computeLocaleStatus} from './status';
import type {ExtractedUiStrings} from './ui-strings/expected';
import {INTRO_EN, PATHS, git, makeSite, read, removeSite, write, makeOutdatedSite} from './test-site';

// Blob ids worked out once with `git hash-object` and written down here.
const INTRO_V1 = '5bb5cd96180b9be00867dfadd58396d10f6aa2f5'; // "Logto signs your users in.\n"
const INTRO_V2 = 'c195ca0c09ac23fedcf2705087099f9c47204bc2'; // + "It also signs them out.\n"

describe('gitBlobId', () => {
  test('is what `git hash-object` prints', () => {
    assert.equal(gitBlobId('hello\n'), 'ce013625030ba8dba906f756967f9e9ca394464a');
    assert.equal(gitBlobId(INTRO_EN), INTRO_V1);
  });

  test('ignores CRLF line endings, as a checkout with core.autocrlf would have them', () => {
    assert.equal(gitBlobId('Logto signs your users in.\r\n'), INTRO_V1);
  });
});

describe('status of a site whose English changed after translation', () => {
  let root: string;
  before(() => {
    root = makeOutdatedSite();
  });
  after(() => removeSite(root));

  test('classifies every file: up to date, outdated, missing', () => {
    const status = computeLocaleStatus(root, 'es');
    assert.deepEqual(
      status.files.map((f) => [f.englishPath, f.kind, f.state]),
      [
        ['docs/guide.mdx', 'page', 'up-to-date'],
        ['fragments/_intro.mdx', 'fragment', 'outdated'],
        ['fragments/_setup.mdx', 'fragment', 'missing'],
      ],
    );
    assert.deepEqual(status.counts, {'up-to-date': 1, outdated: 1, 'in-progress': 0, missing: 1});
    assert.equal(status.percent, 33);
    const intro = status.files[1]!;
    assert.equal(intro.recordedBlob, INTRO_V1);
    assert.equal(intro.currentBlob, INTRO_V2);
    assert.equal(intro.translatedPath, 'i18n/es/fragments/_intro.mdx');
  });

  test('shows what changed in English as a unified diff read back from git', () => {
    const intro = computeLocaleStatus(root, 'es').files[1]!;
    assert.deepEqual(englishChanges(root, intro), {
      available: true,
      patch: [
        '--- fragments/_intro.mdx\twhen translated (5bb5cd9)',
        '+++ fragments/_intro.mdx\tnow',
        '@@ -1,1 +1,2 @@',
        ' Logto signs your users in.',
        '+It also signs them out.',
        '',
      ].join('\n'),
    });
  });

  test('has nothing to diff for up-to-date and missing files', () => {
    const [guide, , setup] = computeLocaleStatus(root, 'es').files;
    assert.equal(englishChanges(root, guide!), null);
    assert.equal(englishChanges(root, setup!), null);
  });

  test('without git, still knows the file is outdated and says why there is no diff', () => {
    const copy = fs.mkdtempSync(`${root}-nogit-`);
    try {
      fs.cpSync(root, copy, {recursive: true, filter: (src) => path.basename(src) !== '.git'});
      const intro = computeLocaleStatus(copy, 'es').files[1]!;
      assert.equal(intro.state, 'outdated');
      const changes = englishChanges(copy, intro);
      assert.equal(changes?.available, false);
      assert.match((changes as {reason: string}).reason, /blob 5bb5cd9.*not a git checkout/);
    } finally {
      removeSite(copy);
    }
  });
});

describe('records', () => {
  test('a translation with no record is outdated, and the message says how to record it', () => {
    const root = makeSite();
    try {
      const intro = computeLocaleStatus(root, 'es').files[1]!;
      assert.equal(intro.state, 'outdated');
      assert.equal(intro.recordedBlob, null);
      const changes = englishChanges(root, intro) as {available: false; reason: string};
      assert.equal(changes.available, false);
      assert.match(changes.reason, /npm run i18n:mark -- i18n\/es\/fragments\/_intro\.mdx/);
    } finally {
      removeSite(root);
    }
  });

  test('a recorded text missing from history (shallow clone) gives a reason, not an error', () => {
    const root = makeSite();
    try {
      markTranslations(root, [{englishPath: PATHS.introEn, translatedPath: PATHS.introEs, locale: 'es'}]);
      // Pretend the English text it was translated from was never committed here.
      const manifest = JSON.parse(read(root, PATHS.manifest));
      manifest.files[PATHS.introEs].sourceBlob = '1111111111111111111111111111111111111111';
      write(root, PATHS.manifest, JSON.stringify(manifest));
      const intro = computeLocaleStatus(root, 'es').files[1]!;
      assert.equal(intro.state, 'outdated');
      const changes = englishChanges(root, intro) as {available: false; reason: string};
      assert.match(changes.reason, /blob 1111111.*git fetch --unshallow/);
    } finally {
      removeSite(root);
    }
  });

  test('a broken record names the file and how to repair it', () => {
    const root = makeSite();
    try {
      write(root, PATHS.manifest, '{"locale": "es", "files": {');
      assert.throws(
        () => readManifest(root, 'es'),
        (error: unknown) =>
          error instanceof ManifestError &&
          error.message.startsWith('i18n/es/translation-status.json is not valid JSON') &&
          error.message.includes('git checkout -- i18n/es/translation-status.json'),
      );
      write(
        root,
        PATHS.manifest,
        JSON.stringify({locale: 'es', files: {[PATHS.introEs]: {source: 'fragments/_other.mdx', sourceBlob: INTRO_V1, state: 'translated'}}}),
      );
      assert.throws(() => readManifest(root, 'es'), /"i18n\/es\/fragments\/_intro\.mdx" names source "fragments\/_other\.mdx" but its English file is fragments\/_intro\.mdx/);
    } finally {
      removeSite(root);
    }
  });

  test('records of deleted translations are reported as stale', () => {
    const root = makeSite();
    try {
      markTranslations(root, [{englishPath: PATHS.introEn, translatedPath: PATHS.introEs, locale: 'es'}]);
      fs.rmSync(path.join(root, PATHS.introEs));
      const status = computeLocaleStatus(root, 'es');
      assert.equal(status.files[1]!.state, 'missing');
      assert.deepEqual(status.staleRecords, ['i18n/es/fragments/_intro.mdx']);
    } finally {
      removeSite(root);
    }
  });
});

describe('UI strings in the status', () => {
  const expected: ExtractedUiStrings = {
    files: {
      'code.json': {'home.title': {message: 'Welcome'}, 'home.body': {message: 'Read the guides'}, 'theme.CodeBlock.copy': {message: 'Copy'}},
      'docusaurus-theme-classic/footer.json': {'link.title.Logto': {message: 'Logto'}, copyright: {message: 'Community docs'}},
    },
    themeDefaults: {es: {'theme.CodeBlock.copy': 'Copiar'}},
  };

  test('counts the strings still in English, per locale, with their ids', () => {
    const root = makeSite();
    try {
      write(root, 'i18n/es/code.json', JSON.stringify({'home.title': {message: 'Bienvenida'}, 'home.body': {message: 'Read the guides'}, 'theme.CodeBlock.copy': {message: 'Copiar'}}));
      write(root, 'i18n/es/docusaurus-theme-classic/footer.json', JSON.stringify({'link.title.Logto': {message: 'Logto'}, copyright: {message: 'Documentación de la comunidad'}}));
      const status = computeLocaleStatus(root, 'es', {uiStrings: expected});
      // "Logto" is declared the same in every language (config/ui-strings.ts); "Read the guides" is not translated.
      assert.deepEqual(status.uiStrings, {
        total: 5,
        translated: 4,
        percent: 80,
        untranslated: {'code.json': ['home.body']},
        unreadable: [],
      });
      const text = formatLocaleReport({...status, changes: {}});
      assert.match(text, /^ {2}UI strings: 4 of 5 translated \(80%\)$/m);
      assert.match(text, /^UI strings still in English \(1\), by file under i18n\/es\/:\n {2}code\.json\n {4}home\.body\n/m);
    } finally {
      removeSite(root);
    }
  });

  test('a missing or broken file counts every one of its strings as untranslated', () => {
    const root = makeSite();
    try {
      write(root, 'i18n/es/code.json', '{"home.title": {"message": "Bienvenida"},}');
      const status = computeLocaleStatus(root, 'es', {uiStrings: expected});
      assert.equal(status.uiStrings!.translated, 0);
      assert.deepEqual(status.uiStrings!.unreadable, ['i18n/es/code.json', 'i18n/es/docusaurus-theme-classic/footer.json']);
      assert.match(formatLocaleReport({...status, changes: {}}), /^ {2}code\.json \(missing or not valid JSON: run npm run check\)$/m);
    } finally {
      removeSite(root);
    }
  });

  test('is left out when not asked for', () => {
    const root = makeSite();
    try {
      assert.equal(computeLocaleStatus(root, 'es').uiStrings, null);
    } finally {
      removeSite(root);
    }
  });
});
