/**
 * On a copy of the real content, in every translation locale: the edits a
 * translator may make to code and components pass, and the ones that break
 * the page (a translated directive, route, tab group, fragment prop or
 * admonition type) are each reported where they were made. The edits only
 * touch what is the same in every language (code, prop values, admonition
 * types), so they apply to any locale's translation.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after} from 'node:test';
import {translationLocales, translationPathFor} from '../../config/locales';
import {siteDir, toPosix} from '../lib/content';
import {runChecks} from './runner';
import {admonitions} from './rules/admonitions';
import {codeBlocks} from './rules/code-blocks';
import {codeStrings} from './rules/code-strings';
import {components} from './rules/components';

const rules = [codeBlocks, codeStrings, components, admonitions];
const roots: string[] = [];
after(() => roots.forEach((root) => fs.rmSync(root, {recursive: true, force: true})));

function copyContent(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-translation-edits-'));
  roots.push(root);
  for (const entry of ['docs', 'fragments', 'i18n']) fs.cpSync(path.join(siteDir, entry), path.join(root, entry), {recursive: true});
  return root;
}

type Edit = {english: string; from: string; to: string};

/**
 * Applies each edit to the translation of its English file in `locale`;
 * returns `path:line:column` of every edit (from the edited text itself), or
 * null when that locale has not translated one of the files.
 */
function applyEdits(root: string, locale: string, edits: Edit[]): string[] | null {
  const positions: string[] = [];
  for (const edit of edits) {
    const file = toPosix(translationPathFor(edit.english, locale)!);
    const absolute = path.join(root, file);
    if (!fs.existsSync(absolute)) return null;
    const text = fs.readFileSync(absolute, 'utf8');
    const offset = text.indexOf(edit.from);
    assert.ok(offset >= 0, `${file} no longer contains ${JSON.stringify(edit.from)}: update this test`);
    fs.writeFileSync(absolute, text.slice(0, offset) + edit.to + text.slice(offset + edit.from.length));
    const before = text.slice(0, offset).split('\n');
    positions.push(`${file}:${before.length}:${before[before.length - 1]!.length + 1}`);
  }
  return positions;
}

const INTEGRATION = 'fragments/next-app-router/_integration.mdx';
const INSTALLATION = 'fragments/next/_installation.mdx';
const PAGES_PAGE = 'docs/quick-starts/next.mdx';
const PAGES_INTEGRATION = 'fragments/next/_integration.mdx';
const ACCESS_TOKEN = 'fragments/next-app-router/api-resources/_fetch-access-token-for-api-resources.mdx';

test('legitimate edits pass: comments, messages, JSX text and labels', async () => {
  const root = copyContent();
  let checked = 0;
  for (const locale of translationLocales) {
    const edited = applyEdits(root, locale, [
      {english: INTEGRATION, from: 'export async function GET(request: NextRequest) {\n', to: 'export async function GET(request: NextRequest) {\n  // ¡comentario nuevo!\n'},
      {english: ACCESS_TOKEN, from: 'throw new Error(`', to: 'throw new Error(`¡Error! '},
      {english: PAGES_INTEGRATION, from: '<a href="/api/logto/sign-in">', to: '<a href="/api/logto/sign-in">→ '},
      {english: INSTALLATION, from: 'label="Yarn"', to: 'label="Yarn (clásico)"'},
    ]);
    if (edited) checked++;
  }
  assert.ok(checked > 0, 'no translation locale has these files translated');
  const {problems} = await runChecks({root, rules, cache: false});
  assert.deepEqual(problems.map((p) => `${p.path}:${p.line}:${p.column} ${p.rule} ${p.message}`), []);
});

test('translated code, tab groups, fragment props and admonition types are reported where they were changed', async () => {
  const root = copyContent();
  const expected: string[] = [];
  for (const locale of translationLocales) {
    const edits: Array<Edit & {rule: string}> = [
      {rule: 'code-strings', english: INTEGRATION, from: "'use client'", to: "'usar cliente'"},
      {rule: 'code-strings', english: INTEGRATION, from: "redirect('/')", to: "redirect('/inicio')"},
      {rule: 'code-strings', english: PAGES_INTEGRATION, from: "fetch('/api/logto/user')", to: "fetch('/api/logto/usuario')"},
      {rule: 'components', english: INSTALLATION, from: 'groupId="package-manager"', to: 'groupId="gestor"'},
      {rule: 'components', english: PAGES_PAGE, from: 'router="pages"', to: 'router="paginas"'},
      {rule: 'admonitions', english: INTEGRATION, from: ':::note', to: ':::nota'},
    ];
    const positions = applyEdits(root, locale, edits);
    if (!positions) continue;
    // A changed call reports at the string, not the callee; a changed prop at the prop.
    const shift = [0, "redirect(".length, "fetch(".length, 0, 0, 0];
    positions.forEach((at, i) => {
      const [file, line, column] = at.split(':');
      expected.push(`${file}:${line}:${Number(column) + shift[i]!} ${edits[i]!.rule}`);
    });
  }
  assert.ok(expected.length > 0, 'no translation locale has these files translated');
  const {problems} = await runChecks({root, rules, cache: false});
  assert.deepEqual(problems.map((p) => `${p.path}:${p.line}:${p.column} ${p.rule}`).sort(), expected.sort());
  const directive = problems.find((p) => p.message.includes("'usar cliente'"))!;
  assert.match(directive.message, /must be 'use client' as in English \(fragments\/next-app-router\/_integration\.mdx:\d+\): a directive is code/);
});
