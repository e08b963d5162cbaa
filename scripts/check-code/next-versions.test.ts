/**
 * check:code against both installed Next.js majors: a sample that uses an API
 * only Next 16 has fails on 15 alone, and the report says so. This proves the
 * Next 16 project really resolves `next` to next@16 (the `next-16` alias
 * linked as `node_modules/next` in its runtime folder), not to the project's 15.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkCode} from './check';
import {installedNextVersions, prepareRuntime} from './next-runtime';
import {formatReport} from './report';

test('a Next 16-only API fails on Next 15 only, and the failure says which version', async (t) => {
  const versions = installedNextVersions();
  const v15 = versions.find((v) => v.major === 15);
  const v16 = versions.find((v) => v.major === 16);
  if (!v15 || !v16) {
    t.skip(`needs next 15 and the next-16 alias installed (found ${versions.map((v) => v.version).join(', ')})`);
    return;
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-code-next-'));
  t.after(() => fs.rmSync(root, {recursive: true, force: true}));
  fs.mkdirSync(path.join(root, 'docs'));
  fs.writeFileSync(
    path.join(root, 'docs', 'next-app-router.mdx'),
    ['# Guide', '', '```ts title="app/actions.ts"', "'use server';", '', "import { updateTag } from 'next/cache';", '', 'export async function save() {', "  updateTag('posts');", '}', '```', ''].join('\n'),
  );
  const runtime = prepareRuntime(v16);
  const result = await checkCode({
    root,
    registry: false,
    nexts: [
      {version: v15.version},
      {version: v16.version, projectsDir: path.join(runtime, '.check-code'), nextDir: path.join(runtime, 'node_modules', 'next')},
    ],
  });
  assert.deepEqual(result.nextVersions, [v15.version, v16.version]);
  assert.equal(result.tsFailures.length, 1, formatReport(result));
  const [failure] = result.tsFailures;
  assert.equal(failure!.line, 6);
  assert.equal(failure!.code, 'TS2305');
  assert.match(failure!.message, new RegExp(`has no exported member 'updateTag'. \\[Next\\.js ${v15.version.replace(/\./g, '\\.')} only\\]$`));
  assert.match(formatReport(result), new RegExp(`next ${v15.version.replace(/\./g, '\\.')} and ${v16.version.replace(/\./g, '\\.')}`));
});
