import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {fasterOptions, isSplitBuild} from '../../config/build-mode';
import {parseBundleArgs} from './bundle';
import {parseBuildArgs, shouldSplit, SPLIT_FROM_PAGES} from './cli';
import {planBuild} from './plan';

const site = '/site';
const summary = (split: boolean, passThrough: string[] = []) =>
  planBuild({siteDir: site, locales: ['en', 'es'], split, passThrough}).map((s) => [
    s.label,
    [s.command.replace(`${site}/`, ''), ...s.args.map((a) => a.replace(`${site}/`, ''))].join(' '),
    Object.entries(s.env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' '),
  ]);

describe('planBuild', () => {
  test('one docusaurus build per locale, default locale first, explicit locale baseUrls', () => {
    assert.deepEqual(summary(false, ['--out-dir', 'out']), [
      ['en: build', 'node_modules/.bin/docusaurus build --locale en --out-dir out', 'DOCS_EXPLICIT_LOCALE_BASE_URLS=true'],
      ['es: build', 'node_modules/.bin/docusaurus build --locale es --out-dir out', 'DOCS_EXPLICIT_LOCALE_BASE_URLS=true'],
    ]);
  });

  test('split: client bundle, server bundle, then SSG from those bundles, per locale', () => {
    const env = 'DOCS_EXPLICIT_LOCALE_BASE_URLS=true DOCS_SPLIT_BUILD=true';
    assert.deepEqual(summary(true, ['--config', 'c.ts']), [
      ['en: client bundle', 'node_modules/.bin/tsx scripts/build/bundle.ts --side client --locale en --config c.ts', env],
      ['en: server bundle', 'node_modules/.bin/tsx scripts/build/bundle.ts --side server --locale en --config c.ts', env],
      ['en: static pages', 'node_modules/.bin/docusaurus build --locale en --config c.ts', `${env} DOCUSAURUS_SKIP_BUNDLING=true`],
      ['es: client bundle', 'node_modules/.bin/tsx scripts/build/bundle.ts --side client --locale es --config c.ts', env],
      ['es: server bundle', 'node_modules/.bin/tsx scripts/build/bundle.ts --side server --locale es --config c.ts', env],
      ['es: static pages', 'node_modules/.bin/docusaurus build --locale es --config c.ts', `${env} DOCUSAURUS_SKIP_BUNDLING=true`],
    ]);
  });
});

describe('when to split', () => {
  test('auto splits from the threshold on; --split and --no-split win', () => {
    assert.equal(SPLIT_FROM_PAGES, 1000);
    assert.equal(shouldSplit('auto', 999), false);
    assert.equal(shouldSplit('auto', 1000), true);
    assert.equal(shouldSplit(true, 3), true);
    assert.equal(shouldSplit(false, 5000), false);
  });

  test('build options: known ones pass through, others are refused with the list', () => {
    assert.deepEqual(parseBuildArgs(['--split', '--config', 'b.ts', '--no-minify']), {
      split: true,
      passThrough: ['--config', 'b.ts', '--no-minify'],
    });
    assert.deepEqual(parseBuildArgs([]), {split: 'auto', passThrough: []});
    assert.throws(() => parseBuildArgs(['--locale', 'es']), /unknown option --locale \(known: --split/);
    assert.throws(() => parseBuildArgs(['--out-dir']), /--out-dir needs a value/);
  });

  test('bundle step options', () => {
    assert.deepEqual(parseBundleArgs(['--side', 'server', '--locale', 'es', '--out-dir', 'o']), {
      side: 'server',
      locale: 'es',
      outDir: 'o',
      minify: true,
    });
    assert.throws(() => parseBundleArgs(['--side', 'both', '--locale', 'en']), /--side is client or server, not "both"/);
    assert.throws(() => parseBundleArgs(['--side', 'client']), /--locale is required/);
  });
});

describe('Docusaurus Faster options', () => {
  test('a split build turns off only the MDX cross-compiler cache', () => {
    const whole = fasterOptions({});
    const split = fasterOptions({DOCS_SPLIT_BUILD: 'true'});
    assert.equal(isSplitBuild({DOCS_SPLIT_BUILD: 'true'}), true);
    assert.equal(isSplitBuild({}), false);
    // What Docusaurus itself expands `faster: true` to, so a new option in an upgrade shows up here.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const {DEFAULT_FASTER_CONFIG_TRUE} = require('@docusaurus/core/lib/server/configValidation');
    assert.deepEqual(whole, DEFAULT_FASTER_CONFIG_TRUE);
    assert.deepEqual(
      Object.entries(split as object).filter(([, v]) => v !== true),
      [['mdxCrossCompilerCache', false]],
    );
  });
});
