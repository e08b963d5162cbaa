import assert from 'node:assert/strict';
import {test} from 'node:test';
// Docusaurus' own lookup, so the test asks the question the SSG asks.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const {getBundles} = require('react-loadable-ssr-addon-v5-slorber') as {
  getBundles(manifest: ClientManifest, modules: string[]): {js?: {file: string}[]; css?: {file: string}[]};
};
import {withRequestOrigins, type ClientManifest} from './manifest';

/** Shaped like .docusaurus/client-manifest.json as react-loadable-ssr-addon writes it with Rspack. */
function manifest(): ClientManifest {
  return {
    entrypoints: ['main'],
    origins: {
      main: ['14', '783', '889'],
      '17896441': ['742', '17896441'],
      c6a095df: ['c6a095df'],
      '742': ['742'],
    },
    assets: {
      '14': {css: [{file: 'assets/css/styles.css'}]},
      '783': {js: [{file: 'assets/js/runtime~main.js'}]},
      '889': {js: [{file: 'assets/js/main.js'}]},
      '17896441': {js: [{file: 'assets/js/17896441.js'}]},
      '742': {js: [{file: 'assets/js/742.js'}]},
      c6a095df: {js: [{file: 'assets/js/c6a095df.js'}]},
    },
  };
}

const chunks = [
  {id: '889', requests: ['']},
  {id: '742', requests: ['@theme/DocItem', '@theme/DocRoot']},
  {id: '17896441', requests: ['@theme/DocItem']},
  {id: 'c6a095df', requests: ['@site/docs/quick-starts/next-app-router.mdx']},
];
const rendered = ['@theme/DocItem', '@site/docs/quick-starts/next-app-router.mdx'];
const files = (bundles: {js?: {file: string}[]}) => (bundles.js ?? []).map((b) => b.file).sort();

test('as written, the manifest gives a page only the entry scripts (the gap this plugin closes)', () => {
  assert.deepEqual(files(getBundles(manifest(), ['main', ...rendered])), ['assets/js/main.js', 'assets/js/runtime~main.js']);
});

test("with request origins, a page's rendered modules bring their chunks, shared ones included", () => {
  const fixed = withRequestOrigins(manifest(), chunks);
  assert.deepEqual(files(getBundles(fixed, ['main', ...rendered])), [
    'assets/js/17896441.js',
    'assets/js/742.js',
    'assets/js/c6a095df.js',
    'assets/js/main.js',
    'assets/js/runtime~main.js',
  ]);
  assert.deepEqual(fixed.origins['@theme/DocRoot'], ['742']);
});

test('existing keys and entry chunks are left as they were; the input is not changed', () => {
  const before = manifest();
  const fixed = withRequestOrigins(before, [...chunks, {id: '999', requests: ['main', '17896441']}]);
  assert.deepEqual(fixed.origins.main, ['14', '783', '889']);
  assert.deepEqual(fixed.origins['17896441'], ['742', '17896441']);
  assert.equal('' in fixed.origins, false);
  assert.deepEqual(before, manifest());
});
