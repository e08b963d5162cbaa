import {test} from 'node:test';
import assert from 'node:assert/strict';
import {llmsFullTxt, llmsTxt} from './llms-txt';
import {markdownPathFor} from './index';

test('llms.txt: site name, summary, then one list per section; empty sections left out', () => {
  const text = llmsTxt({siteTitle: 'Logto para Next.js', summary: 'Guías de Logto.'}, [
    {
      title: 'Guías',
      entries: [
        {title: 'App Router', url: 'https://d.example/es/a.md', description: 'Inicio de sesión.'},
        {title: 'Sin descripción', url: 'https://d.example/es/b.md'},
      ],
    },
    {title: 'Vacía', entries: []},
  ]);
  assert.equal(
    text,
    `# Logto para Next.js

> Guías de Logto.

## Guías

- [App Router](https://d.example/es/a.md): Inicio de sesión.
- [Sin descripción](https://d.example/es/b.md)
`,
  );
});

test('llms-full.txt: the same header, then every page as written', () => {
  assert.equal(
    llmsFullTxt({siteTitle: 'Site'}, ['# A\n\nText a.\n', '# B\n\nText b.\n']),
    '# Site\n\n# A\n\nText a.\n\n# B\n\nText b.\n',
  );
});

test('Markdown files sit beside the page: /x → x.md, /es/x → x.md under build/es, / → index.md', () => {
  assert.equal(markdownPathFor('/quick-starts/next-app-router', '/'), 'quick-starts/next-app-router.md');
  assert.equal(markdownPathFor('/es/quick-starts/next-app-router', '/es/'), 'quick-starts/next-app-router.md');
  assert.equal(markdownPathFor('/es/', '/es/'), 'index.md');
  assert.equal(markdownPathFor('/', '/'), 'index.md');
});
