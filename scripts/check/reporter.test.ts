import {test} from 'node:test';
import assert from 'node:assert/strict';
import {formatJson, formatText} from './reporter';
import type {Problem} from './types';

const problem = (over: Partial<Problem>): Problem => ({
  path: 'docs/a.mdx',
  line: 3,
  column: 7,
  rule: 'spelling',
  severity: 'error',
  message: 'unknown word "teh" (en)',
  fix: 'fix the spelling',
  ...over,
});

test('one line per problem, `path:line:column  rule  message  (fix)`, then the summary', () => {
  const text = formatText({
    filesChecked: 5,
    problems: [problem({}), problem({path: 'docs/b.mdx', line: 1, column: 1, rule: 'heading-ids', severity: 'warning', message: 'm', fix: 'f'})],
  });
  assert.equal(
    text,
    [
      'docs/a.mdx:3:7  spelling  unknown word "teh" (en)  (fix the spelling)',
      'docs/b.mdx:1:1  heading-ids  m  (f)',
      '2 problems (1 error, 1 warning) in 2 files',
    ].join('\n'),
  );
});

test('a clean run says how many files were checked; JSON carries severities and the summary', () => {
  assert.equal(formatText({filesChecked: 1, problems: []}), '✔ 1 file checked, no problems');
  const json = JSON.parse(formatJson({filesChecked: 2, problems: [problem({})]}));
  assert.deepEqual(json.summary, {filesChecked: 2, problems: 1, errors: 1, warnings: 0, text: '1 problem (1 error, 0 warnings) in 1 file'});
  assert.equal(json.problems[0].severity, 'error');
});
