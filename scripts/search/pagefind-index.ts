/**
 * Writes one locale's Pagefind search bundle: every doc page of the locale's
 * build output, indexed with the stemmer of its language, into
 * `<outDir>/pagefind/`. Run after the locale is built, by
 * config/plugins/pagefind.ts:
 *
 *   tsx scripts/search/pagefind-index.ts --out-dir build/es --base-url /es/ --locale es
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {globSync} from 'tinyglobby';
import {defaultLocale, localeConfigs, locales, type Locale} from '../../config/locales';

/** Only the article is content; chrome around and inside it would pollute results. */
export const rootSelector = 'article';
export const excludeSelectors = [
  '.theme-doc-breadcrumbs',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  '.pagination-nav',
  '.hash-link',
  'button',
  // "Not translated yet" notices talk about the page; they are not what a reader searches for.
  '[data-translation-notice]',
];

/** HTML pages of the locale written in `outDir`, with the URL each is served at. */
export function pagesToIndex(outDir: string, baseUrl: string, locale: string): {file: string; url: string}[] {
  // The default locale is built at the root: its folder also holds the other locales.
  const ignore = locale === defaultLocale ? locales.filter((l) => l !== locale).map((l) => `${l}/**`) : [];
  return globSync('**/*.html', {cwd: outDir, ignore: [...ignore, '404.html']})
    .sort()
    .map((file) => ({
      file: path.join(outDir, file),
      url: `${baseUrl}${file.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`.replace(/(.)\/$/, '$1'),
    }));
}

/** Doc pages only: the home page and other React pages have no article to search. */
export function isDocPage(html: string): boolean {
  return html.includes('theme-doc-markdown');
}

/**
 * The language Pagefind indexes a locale in: the locale's htmlLang, which is
 * also the `lang` the search box's pages carry. Pagefind picks the stemmer from
 * the language part (`es`) and, for `zh-…` and `ja…`, splits words that are not
 * separated by spaces (its "extended" binary, which the npm package starts when
 * it is installed: @pagefind/<platform>/bin/pagefind_extended). With `zh` alone
 * Chinese is segmented the same way; the full tag keeps the index's language
 * identical to the page's, so the browser runs Intl.Segmenter on the query with
 * the same locale (zh-CN, Simplified).
 */
export function searchLanguage(locale: string): string {
  if (!Object.hasOwn(localeConfigs, locale)) {
    throw new Error(`Unknown locale "${locale}": config/locales.ts has ${locales.join(', ')}.`);
  }
  return localeConfigs[locale as Locale].htmlLang.toLowerCase();
}

export async function indexLocale({outDir, baseUrl, locale}: {outDir: string; baseUrl: string; locale: string}) {
  const pagefind = await import('pagefind');
  const forceLanguage = searchLanguage(locale);
  const {index, errors} = await pagefind.createIndex({rootSelector, excludeSelectors, forceLanguage});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const urls: string[] = [];
  for (const page of pagesToIndex(outDir, baseUrl, locale)) {
    const content = fs.readFileSync(page.file, 'utf8');
    if (!isDocPage(content)) continue;
    const added = await index.addHTMLFile({url: page.url, content});
    if (added.errors.length > 0) throw new Error(`Pagefind failed on ${page.url}: ${added.errors.join('; ')}`);
    urls.push(page.url);
  }
  const outputPath = path.join(outDir, 'pagefind');
  const written = await index.writeFiles({outputPath});
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Pagefind also writes its ready-made UIs; the site has its own search box, so
  // they would only be dead weight in the deploy.
  for (const file of fs.readdirSync(outputPath)) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) fs.rmSync(path.join(outputPath, file));
  }
  return {urls, outputPath};
}

if (require.main === module) {
  const {values} = parseArgs({
    options: {'out-dir': {type: 'string'}, 'base-url': {type: 'string'}, locale: {type: 'string'}},
  });
  const outDir = values['out-dir'];
  const baseUrl = values['base-url'];
  const locale = values.locale;
  if (!outDir || !baseUrl || !locale) {
    console.error('usage: tsx scripts/search/pagefind-index.ts --out-dir DIR --base-url /es/ --locale es');
    process.exit(2);
  }
  indexLocale({outDir: path.resolve(outDir), baseUrl, locale}).then(
    ({urls, outputPath}) => console.log(`[pagefind] [${locale}] indexed ${urls.length} pages into ${outputPath}`),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
