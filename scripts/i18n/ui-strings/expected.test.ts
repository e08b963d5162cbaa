/**
 * The expected UI strings come from @docusaurus/core internals
 * (docusaurus-extract.ts). These tests run the real `docusaurus
 * write-translations` on a small site and require the same files, ids and
 * messages: a Docusaurus upgrade that changes those internals fails here.
 * They also require that a fresh write-translations output, in Spanish and in
 * Arabic (six plural forms), passes the checks: untranslated, not errors.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {isDeepStrictEqual} from 'node:util';
import {cacheDirectory} from '../../check/disk-cache';
import {uiStrings} from '../../check/rules/ui-strings';
import {check} from '../../check/test-helpers';
import {extractUiStrings, type ExtractedUiStrings} from './docusaurus-extract';
import {expectedUiStrings, expectedUiStringsSync} from './expected';
import {FIXTURE_LOCALES, makeDocusaurusSite, readTranslationFiles, writeTranslations} from './fixture-site';
import {readLocaleUiStrings, uiStringsStatus} from './locale';
import {run as status} from '../cli-status';
import {captureIo} from '../test-site';

describe('expected UI strings, against the real docusaurus write-translations', () => {
  let root: string;
  let extracted: ExtractedUiStrings;
  before(async () => {
    root = makeDocusaurusSite();
    writeTranslations(root, 'es');
    writeTranslations(root, 'ar');
    extracted = await extractUiStrings(root);
  });
  after(() => fs.rmSync(root, {recursive: true, force: true}));

  test('lists the files and ids write-translations writes, with its English messages', () => {
    for (const locale of ['es', 'ar']) {
      const written = readTranslationFiles(root, locale);
      assert.deepEqual(Object.keys(extracted.files).sort(), Object.keys(written).sort(), `${locale}: files`);
      for (const [file, content] of Object.entries(written)) {
        assert.deepEqual(Object.keys(extracted.files[file]!).sort(), Object.keys(content).sort(), `${locale} ${file}: ids`);
        for (const [id, {message}] of Object.entries(content)) {
          // A new file gets Docusaurus' own translation of theme strings, English for everything else.
          const english = extracted.files[file]![id]!.message;
          assert.equal(message, extracted.themeDefaults[locale]?.[id] ?? english, `${locale} ${file} ${id}`);
        }
      }
    }
  });

  test('the site\'s own strings are there with their English text', () => {
    assert.deepEqual(extracted.files['code.json']!['home.guideCount'], {message: 'One guide|{count} guides'});
    assert.equal(extracted.files['docusaurus-theme-classic/navbar.json']!['item.label.Guides']!.message, 'Guides');
    assert.equal(extracted.files['docusaurus-plugin-content-docs/current.json']!['sidebar.guides.category.All guides']!.message, 'All guides');
    assert.ok(Object.keys(extracted.files['code.json']!).some((id) => id.startsWith('theme.')), 'theme strings');
  });

  test('a fresh write-translations output has no problems; its English strings count as untranslated', () => {
    for (const locale of ['es', 'ar']) {
      const reports = readLocaleUiStrings(root, locale, extracted);
      assert.deepEqual(reports.flatMap((r) => [...r.syntax, ...r.comparison.problems]), [], locale);
      const status = uiStringsStatus(reports);
      assert.ok(status.untranslated['code.json']!.includes('home.guideCount'), `${locale}: site strings untranslated`);
      assert.ok(!status.untranslated['code.json']!.includes('theme.CodeBlock.copy'), `${locale}: Docusaurus' own translation counts`);
      assert.ok(status.translated > 0 && status.translated < status.total, `${locale}: ${status.translated} of ${status.total}`);
    }
  });

  test('the result is cached on disk and equals a fresh extraction', async () => {
    assert.deepEqual(await expectedUiStrings(root, {cache: true}), extracted);
    assert.deepEqual(expectedUiStringsSync(root, {cache: true}), extracted);
    const cacheFile = path.join(cacheDirectory(root), 'ui-strings.json');
    const stored = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as {entries: Array<[string, ExtractedUiStrings]>};
    assert.ok(stored.entries.some(([, value]) => isDeepStrictEqual(value, extracted)), 'stored in node_modules/.cache/docs-check');
  });

  test('npm run i18n:status -- --json gives the UI strings of each locale', () => {
    const io = captureIo(root);
    assert.equal(status(['--json', '--no-diff', '--locale', 'es'], io), 0);
    const [es] = JSON.parse(io.out()).locales;
    assert.equal(es.uiStrings.total, Object.values(extracted.files).reduce((n, f) => n + Object.keys(f).length, 0));
    assert.deepEqual(es.uiStrings.untranslated['docusaurus-theme-classic/navbar.json'], ['title', 'item.label.Guides']);
    assert.ok(es.uiStrings.untranslated['code.json'].includes('home.title'));
  });

  test('the ui-strings check reports each kind of mistake in a translated file where it is', async () => {
    const code = path.join(root, 'i18n/es/code.json');
    const navbar = path.join(root, 'i18n/es/docusaurus-theme-classic/navbar.json');
    const originalCode = fs.readFileSync(code, 'utf8');
    const originalNavbar = fs.readFileSync(navbar, 'utf8');
    try {
      assert.deepEqual((await check(root, [uiStrings], {locales: FIXTURE_LOCALES})).rows, [], 'fresh files pass');
      const entries = JSON.parse(originalCode) as Record<string, {message: string}>;
      delete entries['home.title'];
      entries['home.greeting'] = {message: 'Hola {nombre}'};
      entries['home.guideCount'] = {message: '{count} guías'};
      entries['home.old'] = {message: 'Antiguo'};
      const text = `${JSON.stringify(entries, null, 2)}\n`;
      fs.writeFileSync(code, text);
      fs.writeFileSync(navbar, originalNavbar.replace(/\}\n\}\n$/, '},\n}\n'));
      const lineOf = (source: string, needle: string) => source.split('\n').findIndex((l) => l.includes(needle)) + 1;
      const last = text.trimEnd().split('\n').length;
      const {rows, problems} = await check(root, [uiStrings], {locales: FIXTURE_LOCALES});
      const C = 'i18n/es/code.json';
      const N = 'i18n/es/docusaurus-theme-classic/navbar.json';
      assert.deepEqual(
        problems.map((p) => [p.path, p.line, p.message]),
        [
          [C, lineOf(text, '"Hola {nombre}"'), 'placeholders of "home.greeting" differ from English: {name} missing; {nombre} not in English (English: "Hello {name}")'],
          [C, lineOf(text, '"{count} guías"'), '"home.guideCount" has 1 plural form; es needs 2 (one, other), separated by | (English: "One guide|{count} guides")'],
          [C, lineOf(text, '"home.old"'), 'id "home.old" is not used by the site (no longer in its code or configuration); Docusaurus ignores it'],
          [C, last, 'id "home.title" is missing: readers see the English "Welcome"'],
          [N, fs.readFileSync(navbar, 'utf8').trimEnd().split('\n').length - 1, 'invalid JSON: comma after the last entry'],
        ],
      );
      assert.equal(rows.length, 5);
    } finally {
      fs.writeFileSync(code, originalCode);
      fs.writeFileSync(navbar, originalNavbar);
    }
  });
});
