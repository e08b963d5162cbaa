/**
 * Assembling the reader's app from a guide written for the purpose: which
 * version of each file a section ends with, the values the reader pastes, the
 * URIs the guide tells them to register. Expected values are written by hand.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {collectGuides} from '../check-code/guides';
import {AssemblyError, assemble, envFileAt, filesAt, origin, pasteValues, registeredUris, sectionEnd, type ReaderValues} from './assemble';

const values: ReaderValues = {
  endpoint: 'http://localhost:4000/',
  appId: 'app-1',
  appSecret: 'secret-1',
  cookieSecret: 'cookie-1',
  appUrl: 'http://localhost:5000',
  organizationId: 'org-1',
};

const fence = (meta: string, ...lines: string[]) => ['```' + meta, ...lines, '```', ''].join('\n');

function guideFrom(page: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'test-guides-assemble-'));
  fs.mkdirSync(path.join(dir, 'docs'), {recursive: true});
  fs.writeFileSync(path.join(dir, 'docs', 'next-app-router.mdx'), page);
  const {guides} = collectGuides(dir);
  assert.equal(guides.length, 1);
  return {dir, guide: guides[0]!};
}

const PAGE = [
  '# Guide',
  '',
  '## Integration \\{#integration}',
  '',
  fence('ts title="app/logto.ts"', "export const endpoint = 'https://your-tenant.logto.app';", "export const v = 1;"),
  '### Register the redirect URIs \\{#app-router-redirect-uris}',
  '',
  '1. Add `http://localhost:3000/callback`.',
  '2. Add `http://localhost:3000` for sign-out.',
  '3. Not this one: `https://example.com`.',
  '',
  fence('bash title=".env.local"', 'LOGTO_APP_SECRET=paste-the-app-secret', 'LOGTO_COOKIE_SECRET=paste-a-long-random-string', 'OTHER=kept'),
  '## More \\{#more}',
  '',
  fence('ts title="app/logto.ts"', 'export const v = 2;'),
  '### Inside more \\{#inside-more}',
  '',
  fence('tsx title="app/page.tsx"', 'export default function Page() { return null; }'),
  fence('ts title="app/partial.ts" check=false', 'export const partial = true;'),
  '## Last \\{#last}',
  '',
  fence('ts title="app/logto.ts"', 'export const v = 3;'),
].join('\n');

test('a section ends after its subsections, and each file holds its latest version before that point', () => {
  const {guide} = guideFrom(PAGE);
  assert.equal(sectionEnd(guide, 'integration'), 2);
  assert.equal(sectionEnd(guide, 'more'), 5);
  assert.equal(sectionEnd(guide, 'last'), 6);

  const atIntegration = filesAt(guide, sectionEnd(guide, 'integration'));
  assert.deepEqual([...atIntegration.keys()], ['app/logto.ts']);
  assert.match(atIntegration.get('app/logto.ts')!.text, /v = 1/);
  assert.equal(origin(atIntegration.get('app/logto.ts')), 'docs/next-app-router.mdx:5 (#integration)');

  const atMore = filesAt(guide, sectionEnd(guide, 'more'));
  assert.deepEqual([...atMore.keys()].sort(), ['app/logto.ts', 'app/page.tsx']);
  assert.match(atMore.get('app/logto.ts')!.text, /v = 2/);
  assert.equal(origin(atMore.get('app/page.tsx')), 'docs/next-app-router.mdx:30 (#inside-more)');
});

test('a stage whose section the guide lacks is an error naming the guide and the section', () => {
  const {guide} = guideFrom(PAGE);
  assert.throws(() => sectionEnd(guide, 'fetch-organization-tokens'), (error: Error) => {
    assert.ok(error instanceof AssemblyError);
    assert.match(error.message, /en:docs\/next-app-router\.mdx: the guide has no section #fetch-organization-tokens/);
    return true;
  });
});

test('the reader pastes values into string literals only, never into comments or longer strings', () => {
  const source = [
    "// see https://your-tenant.logto.app for details",
    "const a = 'https://your-tenant.logto.app';",
    'const b = "your-app-id";',
    'const c = `http://localhost:3000`;',
    "const d = 'http://localhost:3000/callback';",
    "const e = `${'your-organization-id'}`;",
  ].join('\n');
  assert.equal(
    pasteValues(source, 'x.ts', values),
    [
      '// see https://your-tenant.logto.app for details',
      'const a = "http://localhost:4000";',
      'const b = "app-1";',
      'const c = "http://localhost:5000";',
      "const d = 'http://localhost:3000/callback';",
      'const e = `${"org-1"}`;',
    ].join('\n'),
  );
});

test('.env.local gets the secrets by variable name and keeps other lines', () => {
  const {guide} = guideFrom(PAGE);
  const env = envFileAt(guide, guide.blocks.length, values)!;
  assert.equal(env.text, 'LOGTO_APP_SECRET=secret-1\nLOGTO_COOKIE_SECRET=cookie-1\nOTHER=kept\n');
  assert.equal(origin(env), 'docs/next-app-router.mdx:16 (#app-router-redirect-uris)');
});

test('the URIs to register come from the redirect-URIs section, at the app’s address', () => {
  const {dir, guide} = guideFrom(PAGE);
  assert.deepEqual(registeredUris(guide, dir, 'http://localhost:5000'), ['http://localhost:5000/callback', 'http://localhost:5000']);
});

test('the assembled app has the reader’s files with values pasted, plus scaffolding and the build config', () => {
  const {guide} = guideFrom(PAGE);
  const app = assemble({guide, until: 'integration', values, nextMajor: 16, turbopackRoot: '/'});
  assert.match(app.files.get('app/logto.ts')!.text, /endpoint = "http:\/\/localhost:4000"/);
  assert.ok(app.files.has('.env.local'));
  assert.ok(app.support.has('app/layout.tsx'), 'a default root layout when the guide shows none');
  const config = app.support.get('next.config.js')!;
  assert.match(config, /"root": "\/"/);
  assert.doesNotMatch(config, /eslint/, 'Next 16 has no eslint option');
  assert.match(assemble({guide, until: 'integration', values, nextMajor: 15, turbopackRoot: '/'}).support.get('next.config.js')!, /ignoreDuringBuilds/);
});
