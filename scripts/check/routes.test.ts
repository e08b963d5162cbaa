import {test} from 'node:test';
import assert from 'node:assert/strict';
import {docRoute} from './routes';

test('doc routes: slug first, else the path, with index and number prefixes collapsed', () => {
  assert.equal(docRoute('quick-starts/next.mdx', '/quick-starts/next'), '/quick-starts/next');
  assert.equal(docRoute('quick-starts/next.mdx', 'nextjs'), '/quick-starts/nextjs');
  assert.equal(docRoute('quick-starts/next.mdx'), '/quick-starts/next');
  assert.equal(docRoute('quick-starts/index.mdx'), '/quick-starts');
  assert.equal(docRoute('guides/guides.md'), '/guides');
  assert.equal(docRoute('01-basics/02-setup.mdx'), '/basics/setup');
  assert.equal(docRoute('index.mdx'), '/');
  assert.equal(docRoute('a.mdx', '/b/'), '/b');
});
