/**
 * A small real Docusaurus site (classic preset, docs, a page with
 * `<Translate>`/`translate()`, navbar and footer) in a temporary folder, with
 * the UI translation files `docusaurus write-translations` writes for it: for
 * the tests of the UI-strings checks, which need Docusaurus' own output.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {siteDir} from '../../lib/content';

/** The fixture's own locales (not config/locales.ts): a right-to-left one with six plural forms beside es. */
export const FIXTURE_LOCALES = ['en', 'es', 'ar'] as const;

const FILES: Record<string, string> = {
  'docusaurus.config.js': `module.exports = {
  title: 'Fixture',
  url: 'https://example.org',
  baseUrl: '/',
  i18n: {defaultLocale: 'en', locales: ${JSON.stringify(FIXTURE_LOCALES)}},
  presets: [['classic', {docs: {routeBasePath: '/', sidebarPath: require.resolve('./sidebars.js')}, blog: false}]],
  themeConfig: {
    navbar: {title: 'Fixture docs', items: [{type: 'docSidebar', sidebarId: 'guides', label: 'Guides'}]},
    footer: {links: [{title: 'More', items: [{label: 'Logto', href: 'https://logto.io'}]}], copyright: 'Example'},
  },
};
`,
  'sidebars.js': `module.exports = {guides: [{type: 'category', label: 'All guides', items: ['intro']}]};\n`,
  'docs/intro.md': '# Intro\n\nHello.\n',
  'src/pages/index.js': `import React from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';

export default function Home() {
  const {selectMessage} = usePluralForm();
  const count = 3;
  return (
    <main>
      <h1><Translate id="home.title">Welcome</Translate></h1>
      <p><Translate id="home.greeting" values={{name: 'Ada'}}>{'Hello {name}'}</Translate></p>
      <p>{selectMessage(count, translate({id: 'home.guideCount', message: 'One guide|{count} guides'}, {count}))}</p>
    </main>
  );
}
`,
};

export function makeDocusaurusSite(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ui-strings-site-'));
  for (const [file, content] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    fs.writeFileSync(path.join(root, file), content);
  }
  fs.symlinkSync(path.join(siteDir, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

/** Runs the real `docusaurus write-translations --locale <locale>` in `root`. */
export function writeTranslations(root: string, locale: string): void {
  const bin = path.join(siteDir, 'node_modules', '.bin', 'docusaurus');
  const result = spawnSync(bin, ['write-translations', '--locale', locale], {cwd: root, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}});
  if (result.status !== 0) throw new Error(`write-translations failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
}

/** The UI translation files of `locale` in `root`, parsed: path under i18n/<locale>/ → content. */
export function readTranslationFiles(root: string, locale: string): Record<string, Record<string, {message: string; description?: string}>> {
  const dir = path.join(root, 'i18n', locale);
  const files: Record<string, Record<string, {message: string; description?: string}>> = {};
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), {withFileTypes: true})) {
      const relative = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.json')) files[relative] = JSON.parse(fs.readFileSync(path.join(dir, relative), 'utf8'));
    }
  };
  walk('');
  return files;
}
