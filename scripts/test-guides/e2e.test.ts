/**
 * The reason test:guides exists, end to end on a copy of the real content: a
 * callback route that redirects without completing sign-in still type-checks
 * (check:code passes), but the reader's app never signs in, and test:guides
 * must fail naming the step, the file and the fragment line it came from.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import {copySite, removeSite} from '../lib/site-copy';

const FRAGMENT = 'fragments/next-app-router/_integration.mdx';
const TITLE_LINE = '```ts title="app/callback/route.ts"';

/** Replaces the handleSignIn call in the callback block with a redirect home; returns the fence line (1-based). */
function breakCallback(file: string): number {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const fence = lines.findIndex((line) => line.trim() === TITLE_LINE);
  assert.ok(fence >= 0, `${FRAGMENT} has no block titled app/callback/route.ts`);
  const close = lines.findIndex((line, i) => i > fence && line.trim() === '```');
  const code = lines.slice(fence + 1, close).join('\n');
  const source = ts.createSourceFile('route.ts', code, ts.ScriptTarget.Latest, true);
  let edited: string | null = null;
  const visit = (node: ts.Node) => {
    if (edited === null && ts.isExpressionStatement(node) && /\bhandleSignIn\(/.test(node.getText(source))) {
      const fn = ts.findAncestor(node, ts.isFunctionLike);
      const request = fn?.parameters[0]?.name.getText(source) ?? 'request';
      const replacement = `return Response.redirect(new URL('/', ${request}.url));`;
      edited = code.slice(0, node.getStart(source)) + replacement + code.slice(node.getEnd());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  assert.ok(edited !== null, 'the callback block has no handleSignIn(...) statement to replace');
  fs.writeFileSync(file, [...lines.slice(0, fence + 1), edited, ...lines.slice(close)].join('\n'));
  return fence + 1;
}

test('a callback that type-checks but never signs in: check:code passes, test:guides fails naming the fragment', {timeout: 600_000}, (t) => {
  const dir = copySite('test-guides-e2e-');
  const artifacts = fs.mkdtempSync(path.join(os.tmpdir(), 'test-guides-e2e-artifacts-'));
  t.after(() => {
    removeSite(dir);
    fs.rmSync(artifacts, {recursive: true, force: true});
  });
  const fenceLine = breakCallback(path.join(dir, FRAGMENT));

  const check = spawnSync('npx', ['tsx', 'scripts/check-code/cli.ts', '--no-registry', '--next', '15'], {cwd: dir, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024});
  assert.equal(check.status, 0, `the broken callback should still type-check:\n${check.stdout}${check.stderr}`);

  const run = spawnSync(
    'npx',
    ['tsx', 'scripts/test-guides/cli.ts', '--next', '15', '--guide', 'next-app-router', '--stage', 'fetch-user-information', '--artifacts', artifacts],
    {cwd: dir, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024, timeout: 540_000},
  );
  const output = `${run.stdout}${run.stderr}`;
  assert.equal(run.status, 1, output);
  assert.match(output, /step: signed in: the callback completes and the home page shows the user ID/);
  const blame = `app/callback/route.ts  ← ${FRAGMENT}:${fenceLine} (#app-router-sign-in-callback)`;
  assert.ok(output.includes(blame), `expected "${blame}" in:\n${output}`);
  const stageDir = path.join(artifacts, 'en', 'next-15', 'next-app-router', 'fetch-user-information');
  const kept = fs.readdirSync(stageDir);
  assert.ok(kept.some((f) => f.endsWith('.png')), `no screenshot in ${stageDir}: ${kept.join(', ')}`);
  for (const log of ['next-build.log', 'next-start.log', 'provider.log', 'api.log']) assert.ok(kept.includes(log), `${log} missing`);
});
