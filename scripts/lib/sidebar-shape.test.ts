import assert from 'node:assert/strict';
import {test} from 'node:test';
import sidebars from '../../sidebars';
import {sidebarShapeProblems} from './sidebar-shape';

const docs = (n: number) => Array.from({length: n}, (_, i) => `p${i}`);

test("the site's sidebars keep the shape that scales", () => {
  assert.deepEqual(sidebarShapeProblems(sidebars as Record<string, unknown>), []);
});

test('flags one huge category and a large category that cannot collapse', () => {
  const problems = sidebarShapeProblems({
    main: [
      {type: 'category', label: 'Guides', items: docs(51)},
      {type: 'category', label: 'Always open', collapsible: false, items: docs(21)},
      {type: 'category', label: 'Fine', items: [{type: 'category', label: 'Deep', items: docs(50)}]},
    ],
  });
  assert.deepEqual(problems, [
    'main > Guides has 51 items (at most 50): split it into nested categories',
    'main > Always open is not collapsible and has 21 items (at most 20): make it collapsible',
  ]);
});
