/**
 * check:code on small guides written for the purpose (fixtures/, and a few
 * written to a temp folder). Expected places are written by hand: they are the
 * lines a writer would jump to in the fixture files.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkCode, failureCount} from './check';
import {collectGuides} from './guides';
import {planGuide} from './project';
import {formatReport} from './report';

const fixtures = path.join(__dirname, 'fixtures');

/** A throwaway content root: docs/, fragments/, i18n/ from a path → text map. */
function contentRoot(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-code-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const fence = (meta: string, ...lines: string[]) => [`\`\`\`${meta}`, ...lines, '```', ''].join('\n');

const LOGTO_TS = [
  "import type { LogtoNextConfig } from '@logto/next';",
  '',
  'export const logtoConfig: LogtoNextConfig = {',
  "  appId: 'id',",
  "  appSecret: 'secret',",
  "  endpoint: 'https://tenant.logto.app/',",
  "  baseUrl: 'http://localhost:3000',",
  "  cookieSecret: 'a-random-string-of-at-least-32-characters',",
  '  cookieSecure: false,',
  '};',
];

test('a misspelt import fails at its file and line; nothing else is reported', async () => {
  const result = await checkCode({root: path.join(fixtures, 'misspelt'), registry: false});
  assert.deepEqual(
    result.tsFailures.map((f) => [f.block.file, f.line, f.column, f.code, f.block.title]),
    [['fragments/next-app-router/_integration.mdx', 19, 10, 'TS2724', 'app/page.tsx']],
  );
  assert.match(result.tsFailures[0]!.message, /'"@logto\/next\/server-actions"' has no exported member named 'signin'/);
  assert.ok(failureCount(result) > 0);
  assert.match(
    formatReport(result),
    /^fragments\/next-app-router\/_integration\.mdx:19:10 {2}TS2724 {2}.*signin.*\(in block titled app\/page\.tsx\)$/m,
  );
});

test('the correct guide passes: cross-block import, check=false skipped and counted, snippet checked', async () => {
  const result = await checkCode({root: path.join(fixtures, 'app-router'), registry: false});
  assert.deepEqual(result.tsFailures, []);
  assert.equal(failureCount(result), 0);
  // logto.ts, two page.tsx and the snippet; the check=false block is skipped, with the sentence before it as reason.
  assert.equal(result.checked.length, 4);
  assert.deepEqual(
    result.skipped.map((b) => [b.file, b.fenceLine, b.skipReason]),
    [['fragments/next-app-router/_integration.mdx', 38, 'Only the part that changes is shown here, so this block is not checked.']],
  );
  const report = formatReport(result);
  assert.match(report, /4 TypeScript block\(s\) checked, 1 skipped \(check=false\)/);
  assert.match(report, /skipped fragments\/next-app-router\/_integration\.mdx:38 \(app\/page\.tsx\) {2}check=false — Only the part/);
  assert.match(report, /NOT checked against the npm registry/);
});

test('a cross-block import sees the other block: ./logto is the guide\'s app/logto.ts', async () => {
  const page = fence(
    'tsx title="app/page.tsx"',
    "import { signIn } from '@logto/next/server-actions';",
    "import { logtoConfig } from './logto';",
    '',
    'export default async function Home() {',
    '  await signIn(logtoConfig);',
    '  return null;',
    '}',
  );
  // The config block exports a number: the page's call must fail on it (no signIn overload takes a
  // number), which shows the import resolved to that block.
  const root = contentRoot({
    'docs/g-app-router.mdx': ['# G', '', fence('ts title="app/logto.ts"', 'export const logtoConfig = 42;'), page].join('\n'),
  });
  const wrong = await checkCode({root, registry: false});
  assert.deepEqual(
    wrong.tsFailures.map((f) => [f.block.file, f.line, f.code]),
    [['docs/g-app-router.mdx', 12, 'TS2769']],
  );
  // Without the config block, the import has nothing to resolve to.
  fs.writeFileSync(path.join(root, 'docs/g-app-router.mdx'), ['# G', '', page].join('\n'));
  const missing = await checkCode({root, registry: false});
  assert.deepEqual(
    missing.tsFailures.map((f) => [f.line, f.column, f.code]),
    [[5, 29, 'TS2307']],
  );
});

test('same title: each block sees the latest version of the other files above it (or the first one below)', async () => {
  const root = contentRoot({
    'docs/g-app-router.mdx': [
      '# G',
      '',
      fence('tsx title="app/page.tsx"', "import { logtoConfig } from './logto';", 'export default function Home() { return <p>{logtoConfig.appId}</p>; }'),
      fence('ts title="app/logto.ts"', ...LOGTO_TS),
      'Later the config gains a resource:',
      '',
      fence('ts title="app/logto.ts"', ...LOGTO_TS, "export const apiResource = 'https://api.example.com';"),
      fence(
        'tsx title="app/page.tsx"',
        "import { apiResource } from './logto';",
        'export default function Home() { return <p>{apiResource}</p>; }',
      ),
    ].join('\n'),
  });
  const {guides} = collectGuides(root);
  const plan = planGuide(guides[0]!);
  // First page + first config share a project; the second config and the second page each change a file.
  assert.equal(plan.variants.length, 3);
  const result = await checkCode({root, registry: false});
  assert.deepEqual(result.tsFailures, []);
});

test('check=snippet: statements checked inside a function, errors at the content line', async () => {
  const root = contentRoot({
    'docs/g-app-router.mdx': [
      '# G',
      '',
      fence('ts title="app/logto.ts"', ...LOGTO_TS),
      fence(
        'ts title="app/page.tsx" check=snippet',
        "import { getLogtoContext } from '@logto/next/server-actions';",
        "import { logtoConfig } from './logto';",
        '',
        'const { isAuthenticated } = await getLogtoContext(logtoConfig);',
        'const flag: string = isAuthenticated;',
      ),
    ].join('\n'),
  });
  const result = await checkCode({root, registry: false});
  assert.deepEqual(
    result.tsFailures.map((f) => [f.line, f.column, f.code]),
    [[21, 7, 'TS2322']],
  );
});

test('an unknown check= value is a failure, not a silent skip', async () => {
  const root = contentRoot({'docs/g-app-router.mdx': ['# G', '', fence('ts title="app/a.ts" check=flase', 'export const a = 1;')].join('\n')});
  const result = await checkCode({root, registry: false});
  assert.deepEqual(result.problems.map((p) => [p.block.file, p.line, p.code]), [['docs/g-app-router.mdx', 3, 'check-meta']]);
});

test('Spanish page: failure reported in the Spanish file; its fragment falls back to English', async () => {
  const result = await checkCode({root: path.join(fixtures, 'bilingual'), registry: false});
  assert.deepEqual(
    result.tsFailures.map((f) => [f.block.file, f.line, f.column, f.code]),
    [['i18n/es/docusaurus-plugin-content-docs/current/quick-starts/next-app-router.mdx', 14, 10, 'TS2724']],
  );
  const es = result.guides.find((g) => g.guide.locale === 'es')!;
  assert.deepEqual(es.guide.files, [
    'i18n/es/docusaurus-plugin-content-docs/current/quick-starts/next-app-router.mdx',
    'fragments/next-app-router/_config.mdx',
  ]);
});

test('Pages Router guide: checked in a Pages Router project, API route validated', async () => {
  const result = await checkCode({root: path.join(fixtures, 'pages-router'), registry: false});
  assert.equal(result.guides[0]!.guide.router, 'pages');
  assert.deepEqual(result.tsFailures, []);
  assert.equal(result.checked.length, 3);
});

test("Next's route validator runs: a route handler with a sync params context fails at its export", async () => {
  const root = contentRoot({
    'docs/g-app-router.mdx': [
      '# G',
      '',
      fence(
        'ts title="app/api/items/[id]/route.ts"',
        'export async function GET(request: Request, { params }: { params: { id: string } }) {',
        '  return Response.json({ id: params.id });',
        '}',
      ),
    ].join('\n'),
  });
  const result = await checkCode({root, registry: false});
  assert.deepEqual(result.tsFailures.map((f) => [f.line, f.code]), [[4, 'TS2344']]);
  assert.match(result.tsFailures[0]!.message, /^Next\.js route check: .*app\/api\/items\/\[id\]\/route/);
});

test('MDX that does not parse stops the check with its place, not a stack trace', async () => {
  const root = contentRoot({'docs/g.mdx': ['# G', '', '<Unclosed>', '', 'text'].join('\n')});
  await assert.rejects(checkCode({root, registry: false}), (error: Error) => {
    assert.match(error.message, /^docs\/g\.mdx:\d+:\d+ {2}MDX {2}/);
    return true;
  });
});
