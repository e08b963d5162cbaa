import {test} from 'node:test';
import assert from 'node:assert/strict';
import {check, lines, makeSite} from '../test-helpers';
import {codeFences} from './code-fences';

test('an unknown language, a bad range and a magic comment are reported at their fences', async () => {
  const root = makeSite({
    'docs/guide.mdx': lines(
      '# Guide', //                      1
      '', //                             2
      '```tsc', //                       3
      'x', //                            4
      '```', //                          5
      '', //                             6
      '```ts title="a.ts" {1,4}', //     7
      'const a = 1;', //                 8
      '```', //                          9
      '', //                            10
      '- item', //                      11
      '', //                            12
      '  ```ts', //                     13
      '  // highlight-next-line', //    14
      '  const b = 2;', //              15
      '  ```', //                       16
    ),
  });
  const result = await check(root, [codeFences]);
  assert.deepEqual(result.rows, [
    ['code-fences', 'docs/guide.mdx', 3, 1],
    ['code-fences', 'docs/guide.mdx', 7, 1],
    ['code-fences', 'docs/guide.mdx', 13, 3],
  ]);
  const messages = result.problems.map((p) => p.message);
  assert.equal(messages[0], 'code block language "tsc" is not one the site highlights');
  assert.equal(messages[1], '{1,4} highlights line 4, but the block has 1 line(s)');
  assert.match(messages[2]!, /^line 1 of the block has a "highlight-…" comment/);
});

test('known languages, titles and ranges inside the block pass', async () => {
  const root = makeSite({
    'docs/guide.mdx': lines('# Guide', '', '```ts title="a.ts" {2}', 'const a = 1;', 'const b = 2;', '```', '', '```bash', 'npm test', '```', '', '```', 'plain', '```'),
  });
  assert.deepEqual((await check(root, [codeFences])).rows, []);
});
