/**
 * What readers see of translation status, on the production build:
 *  - /translation-status exists in every locale, in that locale's language;
 *  - a current translated page shows no notice, and the English site never does;
 *  - for each translation locale, on a copy of the site with one translated
 *    fragment removed, one English fragment edited and one translated page
 *    removed, that locale's build shows the matching notices, in its language
 *    (words from its code.json), linking to the right English section.
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
import {localeConfigs, translationLocales, type Locale} from '../../config/locales';
import {buildDir, htmlFileFor, localePrefix, normaliseText, readPage, singleLocaleHtmlFile} from './built-site';
import {footerText, uiPattern, uiText} from './ui-text';

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

/** The numbers of the "N of M interface strings translated" line, read with the locale's own message. */
function uiStringCounts(locale: string, text: string): {translated: number; total: number} | null {
  const message = uiText(locale, 'translationStatus.ui.summary');
  const names = [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const found = uiPattern(locale, 'translationStatus.ui.summary').exec(text);
  if (!found) return null;
  const numbers = found[0].match(/\d+/g)!.map(Number);
  const value = (name: string) => numbers[names.indexOf(name)]!;
  return {translated: value('translated'), total: value('total')};
}

const localeHeadings = translationLocales.map((l) => `${localeConfigs[l as Locale].label} (${l})`);

describe('the translation-status page', () => {
  test('exists in English, with a section per translation locale', () => {
    const {$} = readPage(htmlFileFor('/translation-status', 'en'));
    assert.equal(normaliseText($('main h1').text()), 'Translation status');
    assert.deepEqual($('main h2').map((_, h) => normaliseText($(h).text())).get(), [...localeHeadings, 'Help translate']);
  });

  for (const locale of translationLocales) {
    test(`exists in ${locale}, with its headings, tables and labels`, () => {
      const {$} = readPage(htmlFileFor('/translation-status', locale));
      assert.equal(normaliseText($('main h1').text()), uiText(locale, 'translationStatus.title'));
      assert.deepEqual($('main h2').map((_, h) => normaliseText($(h).text())).get(), [
        ...localeHeadings,
        uiText(locale, 'translationStatus.help.title'),
      ]);
      const tables = $('main table');
      assert.equal(tables.length, translationLocales.length, 'one table per translation locale');
      tables.each((_, table) => {
        assert.deepEqual($(table).find('thead th').map((__, th) => normaliseText($(th).text())).get(), [
          uiText(locale, 'translationStatus.table.file'),
          uiText(locale, 'translationStatus.table.kind'),
          uiText(locale, 'translationStatus.table.state'),
        ]);
        assert.equal($(table).find('tbody tr').length, listSourceFiles().length, 'one row per English page and fragment');
      });
      assert.match(normaliseText($('main').text()), uiPattern(locale, 'translationStatus.summary'));
    });
  }

  test('shows how much of the interface text is translated, in each locale\'s language: all of it', () => {
    const en = normaliseText(readPage(htmlFileFor('/translation-status', 'en')).$('main').text());
    assert.match(en, /Interface text\s*Menus, buttons, notices and other text outside the pages\. (\d+) of \1 interface strings translated \(100%\)/);
    for (const locale of translationLocales) {
      const $ = readPage(htmlFileFor('/translation-status', locale)).$;
      for (const shown of translationLocales) {
        const text = normaliseText($(`section[aria-labelledby="locale-${shown}"]`).text());
        const counts = uiStringCounts(locale, text);
        assert.ok(counts, `${locale} page, ${shown} section: no "${uiText(locale, 'translationStatus.ui.summary')}" in ${text}`);
        assert.equal(counts.translated, counts.total, `${locale} page: ${shown} has UI strings still in English`);
      }
    }
  });

  test('is linked from the footer in every locale', () => {
    const links: [string, string, string][] = [
      ['en', '/translation-status', 'Translation status'],
      ...translationLocales.map((l): [string, string, string] => [
        l,
        `${localePrefix(l)}/translation-status`,
        footerText(l, 'link.item.label.Translation status'),
      ]),
    ];
    for (const [locale, href, label] of links) {
      const {$} = readPage(htmlFileFor('/', locale));
      assert.equal(normaliseText($(`footer a[href="${href}"]`).text()), label, `${locale} footer`);
    }
  });
});

describe('notices on the built site', () => {
  for (const locale of translationLocales) {
    test(`a fully translated, current ${locale} page shows no notice`, () => {
      const index = computeLocaleStatus(path.resolve(buildDir, '..'), locale).files.find(
        (f) => f.englishPath === 'docs/quick-starts/index.mdx',
      );
      assert.equal(index?.state, 'up-to-date', `precondition: the ${locale} quick-starts overview is up to date`);
      assert.deepEqual(notices(readPage(htmlFileFor('/quick-starts', locale)).$), []);
    });
  }

  test('the English site never shows a translation notice', () => {
    const english = globSync('**/*.html', {cwd: buildDir, ignore: translationLocales.map((l) => `${l}/**`)});
    assert.ok(english.length > 0, 'no English pages in build/');
    for (const file of english) {
      assert.deepEqual(notices(readPage(path.join(buildDir, file)).$), [], file);
    }
  });
});

for (const locale of translationLocales) {
  describe(`notices when ${locale} falls behind (temporary copy, ${locale} build)`, () => {
    const removedFragment = `i18n/${locale}/fragments/next/_installation.mdx`;
    const editedEnglish = 'fragments/next-app-router/_integration.mdx';
    const removedPage = `i18n/${locale}/docusaurus-plugin-content-docs/current/quick-starts/next.mdx`;
    const t = (id: string) => uiText(locale, id);
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
      const codeJson = path.join(copy, 'i18n', locale, 'code.json');
      const code = JSON.parse(fs.readFileSync(codeJson, 'utf8')) as Record<string, {message: string}>;
      assert.ok(code[untranslatedId], `precondition: i18n/${locale}/code.json has ${untranslatedId}`);
      code[untranslatedId] = {message: 'See all quick starts'}; // its English text, in src/pages/index.tsx
      fs.writeFileSync(codeJson, JSON.stringify(code, null, 2));
      ({outDir} = buildSite(copy, ['--locale', locale]));
    });
    after(() => removeSite(copy));

    test('a fragment shown in English and an outdated one each get a notice in the locale, linking to their English section', () => {
      const found = notices(readPage(singleLocaleHtmlFile('/quick-starts/next-app-router', outDir)).$);
      assert.deepEqual(found, [
        {
          kind: 'untranslated',
          scope: 'section',
          role: 'note',
          paragraphs: [
            t('translationNotice.title.untranslated'),
            t('translationNotice.body.untranslated.section'),
            normaliseText(`${t('translationNotice.link.englishSection')} · ${t('translationNotice.link.helpTranslate')}`),
          ],
          links: ['/quick-starts/next-app-router#installation', '/translation-status'],
        },
        {
          kind: 'outdated',
          scope: 'section',
          role: 'note',
          paragraphs: [
            t('translationNotice.title.outdated'),
            t('translationNotice.body.outdated.section'),
            normaliseText(`${t('translationNotice.link.englishSection')} · ${t('translationNotice.link.helpUpdate')}`),
          ],
          links: ['/quick-starts/next-app-router#integration', '/translation-status'],
        },
      ]);
    });

    test('a page served in English gets one page notice, in the locale', () => {
      const found = notices(readPage(singleLocaleHtmlFile('/quick-starts/next', outDir)).$);
      assert.deepEqual(found, [
        {
          kind: 'untranslated',
          scope: 'page',
          role: 'note',
          paragraphs: [
            t('translationNotice.title.untranslated'),
            t('translationNotice.body.untranslated.page'),
            normaliseText(`${t('translationNotice.link.englishPage')} · ${t('translationNotice.link.helpTranslate')}`),
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
        normaliseText($(`section[aria-labelledby="locale-${locale}"] tbody tr:has(code:contains("${englishPath}")) td:last-child`).text());
      assert.equal(stateOf('fragments/next/_installation.mdx'), t('translationStatus.state.missing'));
      assert.equal(stateOf('fragments/next-app-router/_integration.mdx'), t('translationStatus.state.outdated'));
      assert.equal(stateOf('docs/quick-starts/next.mdx'), t('translationStatus.state.missing'));
      assert.equal(stateOf('docs/quick-starts/index.mdx'), t('translationStatus.state.upToDate'));
    });

    test('the status page of that build lists the UI string still in English', () => {
      const {$} = readPage(singleLocaleHtmlFile('/translation-status', outDir));
      const section = $(`section[aria-labelledby="locale-${locale}"]`);
      const counts = uiStringCounts(locale, normaliseText(section.text()));
      assert.ok(counts, normaliseText(section.text()));
      assert.equal(counts.translated, counts.total - 1);
      assert.equal(normaliseText(section.find('details summary').text()), uiText(locale, 'translationStatus.ui.untranslated', {count: 1}));
      assert.deepEqual(section.find('details li').map((_, li) => normaliseText($(li).text())).get(), [`${untranslatedId} (code.json)`]);
    });
  });
}
