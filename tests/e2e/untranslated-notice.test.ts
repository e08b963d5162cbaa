/**
 * When a translated page shows English content because a fragment has no
 * translation yet, the reader is told so, in the page's language, with a link
 * to the English page. Runs on one built copy of the site with one fragment
 * removed in every translation locale of config/locales.ts.
 *
 * The notice component is another change in flight; the agreed contract is an
 * element with data-testid="untranslated-notice". Until a component carrying
 * that attribute exists under src/theme or src/components, the test is skipped
 * (and says why) rather than deleted.
 */
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {globSync} from 'tinyglobby';
import {siteDir} from '../../scripts/lib/content';
import {buildSite, copySite, removeSite} from '../../scripts/lib/site-copy';
import {fragmentsOf, guides, pageFileFor} from '../site/content-model';
import {launchChromium} from '../../scripts/lib/chromium';
import {startStaticServer, type StaticServer} from '../../scripts/serve/static-server';
import {localeConfigs, translationLocales, type Locale} from '../../config/locales';
import {uiText} from '../site/ui-text';
import {hydrated} from './harness';
import type {Browser} from 'playwright-core';

const testId = 'untranslated-notice';

/**
 * True when the notice component is in the tree: a file named after it, or one
 * that spells out the test id (main's TranslationNotice builds it as
 * `${kind}-notice`, so the id itself need not appear literally).
 */
function noticeComponentExists(): boolean {
  const files = globSync('{src/theme,src/components}/**/*.{ts,tsx,js,jsx}', {cwd: siteDir});
  return files.some(
    (file) =>
      /(Untranslated|Translation)Notice/.test(file) || fs.readFileSync(path.join(siteDir, file), 'utf8').includes(testId),
  );
}

const skip = noticeComponentExists() ? false : 'untranslated notice not merged yet';
const guide = guides().find((g) => g.slug === '/quick-starts/next-app-router')!;
let copy: string | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;

before(async () => {
  if (skip) return;
  copy = copySite('untranslated-');
  for (const locale of translationLocales) {
    const translated = fragmentsOf(pageFileFor(guide, locale, copy), locale, copy).find((f) =>
      f.file.startsWith(`i18n/${locale}/`),
    );
    assert.ok(translated, `the ${locale} App Router page imports no ${locale} fragment to remove`);
    fs.rmSync(path.join(copy, translated.file));
  }
  const {outDir} = buildSite(copy);
  server = await startStaticServer({root: outDir});
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (copy) removeSite(copy);
});

for (const locale of translationLocales) {
  test(`a ${locale} page with an English fragment shows the notice in ${locale}, linking to the English page`, {skip}, async () => {
    const page = await browser!.newPage();
    await page.goto(`${server!.url}/${locale}${guide.slug}`);
    await hydrated(page);
    const notice = page.getByTestId(testId);
    assert.ok((await notice.count()) >= 1, `no untranslated notice on the ${locale} page`);
    assert.ok(await notice.first().isVisible(), 'the notice is hidden');
    assert.equal(
      (await notice.first().locator('p').first().innerText()).trim(),
      uiText(locale, 'translationNotice.title.untranslated', {}, copy),
    );
    const hrefs = await notice.first().locator('a').evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    assert.ok(hrefs.includes(guide.slug), `no link to ${guide.slug} in the notice: ${hrefs.join(', ')}`);
    assert.equal(await page.locator('html').getAttribute('lang'), localeConfigs[locale as Locale].htmlLang);
    await page.close();
  });
}

test('the English page never carries the notice', {skip}, async () => {
  const page = await browser!.newPage();
  await page.goto(`${server!.url}${guide.slug}`);
  await hydrated(page);
  assert.equal(await page.getByTestId(testId).count(), 0, 'the English page must not carry the notice');
  await page.close();
});
