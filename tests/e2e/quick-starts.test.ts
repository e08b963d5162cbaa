/**
 * Both quick-starts, read in Chromium in every language of config/locales.ts: every section the
 * sources declare is on screen and in the table of contents (fragment
 * headings included), a table-of-contents click scrolls to its heading and
 * sets the hash, and a screenshot of each page in light and dark, desktop and
 * mobile, is kept in artifacts/screenshots/ for a person to look at.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {extractFacts} from '../../scripts/lib/mdx';
import {siteDir} from '../../scripts/lib/content';
import {fragmentsOf, guides, pageFileFor} from '../site/content-model';
import {locales} from '../../config/locales';
import {localePrefix} from '../site/built-site';
import {artifactsDir, useSite, waitInViewport, where} from './harness';

const site = useSite();

/** Heading ids a built page must show: its own h2–h4 and those of every fragment it imports. */
function expectedHeadingIds(pageFile: string, locale: string): string[] {
  const own = extractFacts(fs.readFileSync(path.join(siteDir, pageFile), 'utf8'))
    .headings.filter((h) => h.depth >= 2 && h.depth <= 4 && h.id)
    .map((h) => h.id!);
  return [...own, ...fragmentsOf(pageFile, locale).flatMap((f) => f.headingIds)];
}

for (const guide of guides()) {
  for (const locale of locales) {
    describe(`${locale}${guide.slug}`, () => {
      const route = `${localePrefix(locale)}${guide.slug}`;

      test('every section is rendered and listed in the table of contents', async () => {
        const page = await site.open(route);
        const ids = expectedHeadingIds(pageFileFor(guide, locale), locale);
        assert.ok(ids.length >= 8, `only ${ids.length} headings expected: is the content model broken?`);
        for (const id of ids) {
          const heading = page.locator(`article :is(h2, h3, h4)#${id}`);
          assert.equal(await heading.count(), 1, `${route}: heading #${id} is missing`);
          assert.ok(await heading.isVisible(), `${route}: heading #${id} is hidden`);
          const tocLink = page.locator(`.table-of-contents a[href="#${id}"]`);
          assert.ok((await tocLink.count()) >= 1, `${route}: #${id} is not in the table of contents`);
        }
        await page.context().close();
      });

      test('a table-of-contents link scrolls to its heading and sets the hash', async () => {
        const page = await site.open(route);
        // The last entry is the furthest scroll, so it cannot already be in view.
        const target = 'further-readings';
        await page.locator(`.table-of-contents a[href="#${target}"]`).click();
        await waitInViewport(page, `#${target}`);
        assert.equal(where(page), `${route}#${target}`);
        await page.locator('.table-of-contents a[href="#installation"]').click();
        await waitInViewport(page, '#installation');
        assert.equal(where(page), `${route}#installation`);
        await page.context().close();
      });
    });
  }
}

describe('screenshots', () => {
  const dir = path.join(artifactsDir, 'screenshots');
  const viewports = {desktop: {width: 1280, height: 800}, mobile: {width: 390, height: 844}} as const;

  test('each quick-start in each language, light and dark, desktop and mobile', async () => {
    fs.mkdirSync(dir, {recursive: true});
    const written: string[] = [];
    for (const guide of guides()) {
      for (const locale of locales) {
        for (const colorScheme of ['light', 'dark'] as const) {
          for (const [name, viewport] of Object.entries(viewports)) {
            const page = await site.open(`${localePrefix(locale)}${guide.slug}`, {
              colorScheme,
              viewport,
              deviceScaleFactor: 1,
              isMobile: name === 'mobile',
              hasTouch: name === 'mobile',
            });
            assert.equal(await page.locator('html').getAttribute('data-theme'), colorScheme);
            const stem = path.join(dir, `${guide.slug.split('/').pop()}-${locale}-${colorScheme}-${name}`);
            // The top of the page (navbar, title, first section) and a section with
            // code, admonitions and prose links: screen-sized, so a person can read them.
            await page.screenshot({path: `${stem}-top.png`});
            await page.locator('#installation').evaluate((el) => el.scrollIntoView());
            await page.evaluate(() => window.scrollBy(0, -80));
            await page.screenshot({path: `${stem}-code.png`});
            written.push(`${stem}-top.png`, `${stem}-code.png`);
            await page.context().close();
          }
        }
      }
    }
    assert.equal(written.length, guides().length * locales.length * 2 * 2 * 2);
    for (const file of written) assert.ok(fs.statSync(file).size > 10_000, `${file} looks empty`);
  });
});
