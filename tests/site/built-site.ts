/**
 * Reading the production build (`build/`) the way a browser would see it:
 * route files per locale, and a parsed page with its ids, table of contents
 * and visible text.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load, type CheerioAPI} from 'cheerio';
import {globSync} from 'tinyglobby';
import {defaultLocale} from '../../config/locales';
import {siteDir} from '../../scripts/lib/content';

export const buildDir = path.join(siteDir, 'build');

/** URL path prefix of a locale: '' for the default one, '/es' otherwise. */
export function localePrefix(locale: string): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** HTML file for a route (trailingSlash: false writes `route.html`). */
export function htmlFileFor(route: string, locale: string, dir = buildDir): string {
  const prefix = localePrefix(locale);
  const relative = route === '/' ? `${prefix}/index.html` : `${prefix}${route}.html`;
  return path.join(dir, relative);
}

/**
 * HTML file for a route of a single-locale build (`--locale es`): Docusaurus
 * then writes that locale at the root of the output folder, without prefix.
 */
export function singleLocaleHtmlFile(route: string, dir: string): string {
  return htmlFileFor(route, defaultLocale, dir);
}

/** Routes (without locale prefix) built for a locale. */
export function builtRoutes(locale: string, otherLocales: string[], dir = buildDir): string[] {
  const root = path.join(dir, localePrefix(locale));
  const ignore = locale === defaultLocale ? otherLocales.map((l) => `${l}/**`) : [];
  return globSync('**/*.html', {cwd: root, ignore})
    .map((file) => `/${file.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`.replace(/\/$/, '') || '/')
    .sort();
}

export type BuiltPage = {
  $: CheerioAPI;
  /** Every id in the document, in order (duplicates kept). */
  ids: string[];
  /** Ids of h2–h4 headings inside the article. */
  headingIds: string[];
  /** Targets of the table-of-contents links (desktop and mobile). */
  tocTargets: string[];
  /** Normalised visible text of the article. */
  articleText: string;
};

export function normaliseText(text: string): string {
  return text.replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
}

export function readPage(file: string): BuiltPage {
  if (!fs.existsSync(file)) {
    throw new Error(`Built page not found: ${path.relative(siteDir, file)}. Did \`npm run build\` run?`);
  }
  const $ = load(fs.readFileSync(file, 'utf8'));
  return {
    $,
    ids: $('[id]').map((_, el) => $(el).attr('id')!).get(),
    headingIds: $('article :is(h2, h3, h4)[id]').map((_, el) => $(el).attr('id')!).get(),
    tocTargets: $('.table-of-contents a[href^="#"]').map((_, el) => $(el).attr('href')!.slice(1)).get(),
    articleText: normaliseText($('article').text()),
  };
}
