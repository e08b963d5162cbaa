/**
 * What readers see of translation status, on the production build:
 *  - /translation-status exists in every locale, in that locale's language;
 *  - a current Spanish page shows no notice, and the English site never does;
 *  - on a copy of the site with one Spanish fragment removed, one English
 *    fragment edited and one Spanish page removed, the Spanish build shows the
 *    matching notices, in Spanish, linking to the right English section.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {globSync} from 'tinyglobby';
import type {CheerioAPI} from 'cheerio';
import {listSourceFiles} from '../../scripts/lib/content';
import {buildSite, copySite, removeSite} from '../../scripts/lib/site-copy';
import {computeLocaleStatus} from '../../scripts/i18n/status';
import {buildDir, htmlFileFor, normaliseText, readPage, singleLocaleHtmlFile} from './built-site';

/** A notice as a reader meets it: its title, message and links paragraphs, and where the links go. */
type Notice = {kind: string; scope: string; role: string; paragraphs: string[]; links: string[]};

function notices($: CheerioAPI): Notice[] {
  return $('[data-translation-notice]')
    .map((_, el) => ({
      kind: $(el).attr('data-translation-notice')!,
      scope: $(el).attr('data-translation-notice-scope')!,
      role: $(el).attr('role') ?? '',
      paragraphs: $(el).find('p').map((__, p) => normaliseText($(p).text())).get(),
      links: $(el).find('a').map((__, a) => $(a).attr('href')!).get(),
    }))
    .get();
}

describe('the translation-status page', () => {
  test('exists in English', () => {
    const {$} = readPage(htmlFileFor('/translation-status', 'en'));
    assert.equal(normaliseText($('main h1').text()), 'Translation status');
    assert.deepEqual($('main h2').map((_, h) => normaliseText($(h).text())).get(), ['Español (es)', 'Help translate']);
  });

  test('exists in Spanish, with Spanish headings, table and labels', () => {
    const {$} = readPage(htmlFileFor('/translation-status', 'es'));
    assert.equal(normaliseText($('main h1').text()), 'Estado de las traducciones');
    assert.deepEqual($('main h2').map((_, h) => normaliseText($(h).text())).get(), ['Español (es)', 'Ayuda a traducir']);
    assert.deepEqual($('main thead th').map((_, th) => normaliseText($(th).text())).get(), [
      'Página o fragmento',
      'Tipo',
      'Estado',
    ]);
    assert.equal($('main tbody tr').length, listSourceFiles().length, 'one row per English page and fragment');
    assert.match(normaliseText($('main').text()), /\d+ de \d+ archivos al día \(\d+ %\)/);
  });

  test('shows how much of the interface text is translated, in each locale\'s language', () => {
    const en = normaliseText(readPage(htmlFileFor('/translation-status', 'en')).$('main').text());
    assert.match(en, /Interface text\s*Menus, buttons, notices and other text outside the pages\. (\d+) of \1 interface strings translated \(100%\)/);
    const es = normaliseText(readPage(htmlFileFor('/translation-status', 'es')).$('main').text());
    assert.match(es, /Textos de la interfaz\s*Menús, botones, avisos y demás texto fuera de las páginas\. (\d+) de \1 textos de la interfaz traducidos \(100 %\)/);
  });

  test('is linked from the footer in both locales', () => {
    for (const [locale, href, label] of [
      ['en', '/translation-status', 'Translation status'],
      ['es', '/es/translation-status', 'Estado de las traducciones'],
    ] as const) {
      const {$} = readPage(htmlFileFor('/', locale));
      assert.equal(normaliseText($(`footer a[href="${href}"]`).text()), label, `${locale} footer`);
    }
  });
});

describe('notices on the built site', () => {
  test('a fully translated, current Spanish page shows no notice', () => {
    const index = computeLocaleStatus(path.resolve(buildDir, '..'), 'es').files.find(
      (f) => f.englishPath === 'docs/quick-starts/index.mdx',
    );
    assert.equal(index?.state, 'up-to-date', 'precondition: the Spanish quick-starts overview is up to date');
    assert.deepEqual(notices(readPage(htmlFileFor('/quick-starts', 'es')).$), []);
  });

  test('the English site never shows a translation notice', () => {
    const english = globSync('**/*.html', {cwd: buildDir, ignore: ['es/**']});
    assert.ok(english.length > 0, 'no English pages in build/');
    for (const file of english) {
      assert.deepEqual(notices(readPage(path.join(buildDir, file)).$), [], file);
    }
  });
});

describe('notices when Spanish falls behind (temporary copy, Spanish build)', () => {
  const removedFragment = 'i18n/es/fragments/next/_installation.mdx';
  const editedEnglish = 'fragments/next-app-router/_integration.mdx';
  const removedPage = 'i18n/es/docusaurus-plugin-content-docs/current/quick-starts/next.mdx';
  // A UI string put back to its English text: the status page must list it as still in English.
  const untranslatedId = 'home.hero.secondaryAction';
  let copy: string;
  let outDir: string;

  before(() => {
    copy = copySite('translation-notices-');
    for (const file of [removedFragment, removedPage]) {
      assert.ok(fs.existsSync(path.join(copy, file)), `precondition: ${file} exists (update this test if it moved)`);
      fs.rmSync(path.join(copy, file));
    }
    fs.appendFileSync(path.join(copy, editedEnglish), '\nA sentence added to the English text after translation.\n');
    const codeJson = path.join(copy, 'i18n/es/code.json');
    const code = JSON.parse(fs.readFileSync(codeJson, 'utf8')) as Record<string, {message: string}>;
    assert.ok(code[untranslatedId], `precondition: i18n/es/code.json has ${untranslatedId}`);
    code[untranslatedId] = {message: 'See all quick starts'}; // its English text, in src/pages/index.tsx
    fs.writeFileSync(codeJson, JSON.stringify(code, null, 2));
    ({outDir} = buildSite(copy, ['--locale', 'es']));
  });
  after(() => removeSite(copy));

  test('a fragment shown in English and an outdated one each get a Spanish notice linking to their English section', () => {
    const found = notices(readPage(singleLocaleHtmlFile('/quick-starts/next-app-router', outDir)).$);
    assert.deepEqual(found, [
      {
        kind: 'untranslated',
        scope: 'section',
        role: 'note',
        paragraphs: [
          'Aún sin traducir',
          'Esta sección aún no está traducida al español, así que se muestra en inglés.',
          'Lee esta sección en inglés · Ayuda a traducirla',
        ],
        links: ['/quick-starts/next-app-router#installation', '/translation-status'],
      },
      {
        kind: 'outdated',
        scope: 'section',
        role: 'note',
        paragraphs: [
          'Puede que esta traducción esté desactualizada',
          'La versión en inglés de esta sección ha cambiado desde que se tradujo, así que puede que a esta traducción le falte algo.',
          'Lee esta sección en inglés · Ayuda a actualizarla',
        ],
        links: ['/quick-starts/next-app-router#integration', '/translation-status'],
      },
    ]);
  });

  test('a page served in English gets one page notice, in Spanish', () => {
    const found = notices(readPage(singleLocaleHtmlFile('/quick-starts/next', outDir)).$);
    assert.deepEqual(found, [
      {
        kind: 'untranslated',
        scope: 'page',
        role: 'note',
        paragraphs: [
          'Aún sin traducir',
          'Esta página aún no está traducida al español, así que estás leyendo el original en inglés.',
          'Lee el original en inglés · Ayuda a traducirla',
        ],
        links: ['/quick-starts/next', '/translation-status'],
      },
    ]);
  });

  test('an untouched translated page still shows none', () => {
    assert.deepEqual(notices(readPage(singleLocaleHtmlFile('/quick-starts', outDir)).$), []);
  });

  test('the status page of that build lists the three files with their new state', () => {
    const {$} = readPage(singleLocaleHtmlFile('/translation-status', outDir));
    const stateOf = (englishPath: string) =>
      normaliseText($(`main tbody tr:has(code:contains("${englishPath}")) td:last-child`).text());
    assert.equal(stateOf('fragments/next/_installation.mdx'), 'Sin traducir');
    assert.equal(stateOf('fragments/next-app-router/_integration.mdx'), 'Desactualizada');
    assert.equal(stateOf('docs/quick-starts/next.mdx'), 'Sin traducir');
    assert.equal(stateOf('docs/quick-starts/index.mdx'), 'Al día');
  });

  test('the status page of that build lists the UI string still in English', () => {
    const {$} = readPage(singleLocaleHtmlFile('/translation-status', outDir));
    const text = normaliseText($('main').text());
    const [, translated, total] = /(\d+) de (\d+) textos de la interfaz traducidos/.exec(text) ?? [];
    assert.equal(Number(translated), Number(total) - 1, text);
    assert.equal(normaliseText($('main details summary').text()), 'Textos que aún se muestran en inglés (1)');
    assert.deepEqual($('main details li').map((_, li) => normaliseText($(li).text())).get(), [`${untranslatedId} (code.json)`]);
  });
});
