import {test} from 'node:test';
import assert from 'node:assert/strict';
import {annotationOf, escapeData, escapeProperty, formatAnnotations, sitePrefixIn, workflowCommand} from './github-annotations';
import type {Problem} from './types';

const problem = (over: Partial<Problem>): Problem => ({
  path: 'i18n/es/fragments/next/_installation.mdx',
  line: 12,
  column: 5,
  rule: 'spelling',
  severity: 'error',
  message: 'unknown word "prueva" (es,en)',
  fix: 'fix the spelling',
  ...over,
});

test('message data escapes %, CR and LF as @actions/core does, and nothing else', () => {
  assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
  assert.equal(escapeData('%0A is not a newline'), '%250A is not a newline');
});

test('property values also escape : and ,', () => {
  assert.equal(escapeProperty('a:b,c%\r\n'), 'a%3Ab%2Cc%25%0D%0A');
});

test('an error becomes ::error with file, line, col and the rule as title; the fix is on a second line', () => {
  assert.equal(
    annotationOf(problem({})),
    '::error file=i18n/es/fragments/next/_installation.mdx,line=12,col=5,title=spelling::unknown word "prueva" (es,en)%0AFix: fix the spelling',
  );
});

test('a warning becomes ::warning; every special character is escaped where it appears', () => {
  assert.equal(
    annotationOf(
      problem({
        path: 'docs/a,b:c.mdx',
        line: 1,
        column: 2,
        rule: 'broken-links',
        severity: 'warning',
        message: 'link to `/x` matches no page: 50% of\r\nthe links',
        fix: 'use /y, or /z',
      }),
    ),
    '::warning file=docs/a%2Cb%3Ac.mdx,line=1,col=2,title=broken-links::link to `/x` matches no page: 50%25 of%0D%0Athe links%0AFix: use /y, or /z',
  );
});

test('a site in a subfolder of the repository gets that folder in front of each file', () => {
  assert.equal(
    formatAnnotations([problem({}), problem({path: 'docs/b.mdx', line: 3, column: 1, rule: 'heading-ids', message: 'm', fix: 'f'})], 'site'),
    [
      '::error file=site/i18n/es/fragments/next/_installation.mdx,line=12,col=5,title=spelling::unknown word "prueva" (es,en)%0AFix: fix the spelling',
      '::error file=site/docs/b.mdx,line=3,col=1,title=heading-ids::m%0AFix: f',
    ].join('\n'),
  );
  assert.equal(sitePrefixIn('/home/runner/work/repo', '/home/runner/work/repo/site'), 'site');
  assert.equal(sitePrefixIn('/home/runner/work/repo', '/home/runner/work/repo'), '');
  assert.equal(sitePrefixIn(undefined, '/anywhere'), '');
  assert.equal(sitePrefixIn('/home/runner/work/repo', '/tmp/copy'), '');
});

test('workflow commands leave out empty properties', () => {
  assert.equal(workflowCommand('notice', {}, 'hello'), '::notice::hello');
  assert.equal(workflowCommand('error', {file: 'a', line: undefined, title: ''}, 'x'), '::error file=a::x');
});
