/**
 * The Markdown export on a small site written here: fragments in English and
 * Spanish (one of them untranslated), tabs, admonitions, titled code blocks
 * and every kind of link. Expected texts are written out by hand.
 */
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pageMarkdown, type PageOptions} from './page';
import {urlResolver} from './links';
import {MarkdownExportError} from './plain-markdown';

const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'markdown-export-'));
after(() => fs.rmSync(siteDir, {recursive: true, force: true}));

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
  fs.writeFileSync(path.join(siteDir, file), text);
}

write(
  'fragments/demo/_install.mdx',
  `import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

### Install the SDK \\{#install-sdk}

<Tabs groupId="pm">
<TabItem value="npm" label="npm">

\`\`\`bash
npm install demo
\`\`\`

</TabItem>
<TabItem value="yarn">

\`\`\`bash
yarn add demo
\`\`\`

</TabItem>
</Tabs>
`,
);
write(
  'i18n/es/fragments/demo/_install.mdx',
  `import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

### Instala el SDK \\{#install-sdk}

<Tabs groupId="pm">
<TabItem value="npm" label="npm">

\`\`\`bash
npm install demo
\`\`\`

</TabItem>
</Tabs>
`,
);
// No Spanish file: the Spanish page shows this one (the site's fallback rule).
write(
  'fragments/demo/_configure.mdx',
  `Create the file:

\`\`\`ts title="app/demo.ts" {1,3-4}
export const demo = true;
\`\`\`
`,
);

const page = `---
title: Demo guide
description: A page to test the export.
---

import Install from '@fragments/demo/_install.mdx';
import Configure from '@fragments/demo/_configure.mdx';

# Heading that the title replaces

{/* A comment for authors only */}

<Install />

## Configure \\{#configure}

<Configure />

:::tip[Before you start]

Read [the other guide](./other.mdx#setup), the [home page](/), [this section](#configure) and [Logto](https://logto.io).

:::

:::note

Untitled.

:::
`;
write('docs/guide.mdx', page);
write('i18n/es/docusaurus-plugin-content-docs/current/guide.mdx', page.replace('## Configure', '## Configura'));
write('docs/other.mdx', '# Other\n');

const permalinks: Record<string, Record<string, string>> = {
  en: {'docs/guide.mdx': '/guide', 'docs/other.mdx': '/other'},
  es: {'docs/guide.mdx': '/es/guide', 'docs/other.mdx': '/es/other'},
};

function options(locale: 'en' | 'es', file: string, extra: Partial<PageOptions> = {}): PageOptions {
  const baseUrl = locale === 'en' ? '/' : '/es/';
  return {
    siteDir,
    locale,
    file,
    title: 'Demo guide',
    resolveUrl: urlResolver({
      siteUrl: 'https://docs.example.org/',
      baseUrl,
      pageUrl: `https://docs.example.org${baseUrl}guide`,
      permalinkOfFile: (f) => permalinks[locale]![f.replace(/^i18n\/es\/docusaurus-plugin-content-docs\/current\//, 'docs/')] ?? null,
    }),
    admonitionTitle: (type) => (locale === 'en' ? {note: 'Note'} : {note: 'Nota'})[type] ?? type,
    ...extra,
  };
}

describe('pageMarkdown', () => {
  test('English page: fragments inlined, tabs labelled, admonitions as blockquotes, links absolute', () => {
    assert.equal(
      pageMarkdown(options('en', 'docs/guide.mdx')),
      `# Demo guide

### Install the SDK

**npm**

\`\`\`bash
npm install demo
\`\`\`

**yarn**

\`\`\`bash
yarn add demo
\`\`\`

## Configure

Create the file:

\`\`\`ts title="app/demo.ts"
export const demo = true;
\`\`\`

> **Before you start**
>
> Read [the other guide](https://docs.example.org/other#setup), the [home page](https://docs.example.org/), [this section](https://docs.example.org/guide#configure) and [Logto](https://logto.io).

> **Note**
>
> Untitled.
`,
    );
  });

  test('Spanish page: the Spanish fragment where there is one, the English one otherwise, links under /es/', () => {
    const markdown = pageMarkdown(options('es', 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx'));
    assert.match(markdown, /^### Instala el SDK$/m);
    assert.doesNotMatch(markdown, /Install the SDK|yarn add/);
    assert.match(markdown, /^## Configura$/m);
    assert.match(markdown, /^Create the file:$/m, 'untranslated fragment falls back to English');
    assert.match(markdown, /\[the other guide\]\(https:\/\/docs\.example\.org\/es\/other#setup\)/);
    assert.match(markdown, /\[home page\]\(https:\/\/docs\.example\.org\/es\/\)/);
    assert.match(markdown, /\[this section\]\(https:\/\/docs\.example\.org\/es\/guide#configure\)/);
    assert.match(markdown, /^> \*\*Nota\*\*$/m);
  });

  test('pages sharing parsed fragments come out the same as pages parsed alone', () => {
    const parsed = new Map();
    const alone = [pageMarkdown(options('en', 'docs/guide.mdx')), pageMarkdown(options('es', 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx'))];
    for (let round = 0; round < 2; round++) {
      assert.equal(pageMarkdown(options('en', 'docs/guide.mdx', {parsed})), alone[0]);
      assert.equal(pageMarkdown(options('es', 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx', {parsed})), alone[1]);
    }
    assert.ok(parsed.has('fragments/demo/_configure.mdx'));
  });

  test('a fragment shown in English on a translated page is preceded by the notice, once', () => {
    const notice = () => [{type: 'blockquote', children: [{type: 'paragraph', children: [{type: 'text', value: 'Sin traducir'}]}]}] as any;
    const markdown = pageMarkdown(options('es', 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx', {untranslatedNotice: notice}));
    assert.match(markdown, /^## Configura\n\n> Sin traducir\n\nCreate the file:$/m);
    assert.equal(markdown.split('Sin traducir').length, 2, 'only the untranslated fragment gets a notice');
  });

  test('an English page shown in a translated locale gets the page notice, and no section notices', () => {
    const notice = () => [{type: 'paragraph', children: [{type: 'text', value: 'SECTION'}]}] as any;
    const markdown = pageMarkdown(
      options('es', 'docs/guide.mdx', {untranslatedNotice: notice, pageNotice: [{type: 'paragraph', children: [{type: 'text', value: 'PAGE'}]}]}),
    );
    assert.ok(markdown.startsWith('# Demo guide\n\nPAGE\n\n### Instala el SDK'), markdown.slice(0, 80));
    assert.ok(!markdown.includes('SECTION'));
  });

  test('a component with no Markdown form stops the export at its file and line', () => {
    write('docs/widget.mdx', `import Widget from '@site/src/components/Widget';\n\n# W\n\nText.\n\n<Widget />\n`);
    assert.throws(
      () => pageMarkdown(options('en', 'docs/widget.mdx')),
      (error: unknown) =>
        error instanceof MarkdownExportError &&
        error.file === 'docs/widget.mdx' &&
        error.line === 7 &&
        /<Widget> \(from @site\/src\/components\/Widget\) has no Markdown form/.test(error.message),
    );
  });

  test('a component given a Markdown form is replaced by it', () => {
    const markdown = pageMarkdown(
      options('en', 'docs/widget.mdx', {
        components: {'@site/src/components/Widget': () => [{type: 'paragraph', children: [{type: 'text', value: 'Widget as text'}]}]},
      }),
    );
    assert.equal(markdown, '# Demo guide\n\nText.\n\nWidget as text\n');
  });

  test('a link to a file that is not a doc is an error, not a broken link', () => {
    write('docs/bad-link.mdx', `# B\n\nSee [missing](./missing.mdx).\n`);
    assert.throws(() => pageMarkdown(options('en', 'docs/bad-link.mdx')), /docs\/bad-link\.mdx:3: link \.\/missing\.mdx points to docs\/missing\.mdx, which is not a doc/);
  });

  test('an import of a fragment that does not exist names the file and line', () => {
    write('docs/bad-import.mdx', `import Gone from '@fragments/demo/_gone.mdx';\n\n# B\n\n<Gone />\n`);
    assert.throws(() => pageMarkdown(options('en', 'docs/bad-import.mdx')), /docs\/bad-import\.mdx:5: <Gone \/> imports @fragments\/demo\/_gone\.mdx, which resolves to no file in locale en/);
  });
});
