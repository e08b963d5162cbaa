import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {run} from './cli-status';
import {formatJobSummary} from './job-summary';
import {markTranslations} from './mark';
import type {FileStatus, LocaleStatus} from './status';
import {captureIo, git, INTRO_ES, makeOutdatedSite, PATHS, removeSite, write} from './test-site';

const roots: string[] = [];
after(() => roots.forEach(removeSite));

/**
 * main: the guide up to date, the intro outdated, setup missing (33%). The
 * pull request updates the Spanish intro, changes the English guide without
 * translating it, and adds an English fragment (partly uncommitted, as on a
 * contributor's machine). The test site has Spanish files only, so the runs
 * name `--locale es`: the site's config may list more locales.
 */
function pullRequest(): string {
  const root = makeOutdatedSite();
  roots.push(root);
  git(root, 'branch', '-M', 'main');
  git(root, 'checkout', '-q', '-b', 'pr');
  write(root, PATHS.introEs, `${INTRO_ES}También cierra su sesión.\n`);
  markTranslations(root, [{englishPath: PATHS.introEn, translatedPath: PATHS.introEs, locale: 'es'}]);
  git(root, 'commit', '-qam', 'Update the Spanish intro');
  write(root, PATHS.guideEn, `${fs.readFileSync(path.join(root, PATHS.guideEn), 'utf8')}\nOne more sentence.\n`);
  write(root, 'fragments/_new.mdx', 'A new section.\n');
  return root;
}

function summaryFile(initial: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-'));
  roots.push(dir);
  const file = path.join(dir, 'step_summary');
  fs.writeFileSync(file, initial);
  return file;
}

test('GITHUB_STEP_SUMMARY gets, appended, the counts, the percentage and what the pull request changed', () => {
  const root = pullRequest();
  const file = summaryFile('# An earlier step\n');
  const io = captureIo(root);
  assert.equal(run(['--locale', 'es', '--no-diff'], io, {GITHUB_STEP_SUMMARY: file}), 0);
  const base = git(root, 'rev-parse', '--short=7', 'main').trim();
  assert.equal(
    fs.readFileSync(file, 'utf8'),
    `# An earlier step
## Translation status

### es (Español): 25% up to date

1 of 4 files up to date.

| Kind | Up to date | Outdated | In progress | Missing | Total |
| :-- | --: | --: | --: | --: | --: |
| Pages | 0 | 1 | 0 | 0 | 1 |
| Fragments | 1 | 0 | 0 | 2 | 3 |
| **All** | **1** | **1** | **0** | **2** | **4** |

**What this pull request changed**, compared with \`main\` at \`${base}\` (where es was 33% up to date):

| English file | Translation | Before | Now |
| :-- | :-- | :-- | :-- |
| \`fragments/_intro.mdx\` | \`i18n/es/fragments/_intro.mdx\` | outdated | **up to date** |
| \`docs/guide.mdx\` | \`i18n/es/docusaurus-plugin-content-docs/current/guide.mdx\` | up to date | **outdated** |
| \`fragments/_new.mdx\` | \`i18n/es/fragments/_new.mdx\` | new English file | **missing** |

<details>
<summary>Every file (4)</summary>

| State | Kind | English file | Translation |
| :-- | :-- | :-- | :-- |
| outdated | page | \`docs/guide.mdx\` | \`i18n/es/docusaurus-plugin-content-docs/current/guide.mdx\` |
| up to date | fragment | \`fragments/_intro.mdx\` | \`i18n/es/fragments/_intro.mdx\` |
| missing | fragment | \`fragments/_new.mdx\` | \`i18n/es/fragments/_new.mdx\` |
| missing | fragment | \`fragments/_setup.mdx\` | \`i18n/es/fragments/_setup.mdx\` |

</details>
`,
  );
  // The text report on stdout is unchanged by the summary.
  assert.match(io.out(), /^Translation status for es \(Español\): 1 of 4 files up to date \(25%\)$/m);
  assert.equal(io.err(), '');
  // The working tree and the real index are untouched by reading the base.
  assert.equal(git(root, 'status', '--porcelain'), ' M docs/guide.mdx\n?? fragments/_new.mdx\n');
});

test('--base names the ref to compare with; an unknown one becomes a sentence in the summary, not a failure', () => {
  const root = pullRequest();
  git(root, 'commit', '-qam', 'Change the guide');
  git(root, 'tag', 'before-guide', 'HEAD~1');
  let file = summaryFile('');
  assert.equal(run(['--locale', 'es', '--no-diff', '--base', 'before-guide'], captureIo(root), {GITHUB_STEP_SUMMARY: file}), 0);
  const summary = fs.readFileSync(file, 'utf8');
  assert.ok(summary.includes('(where es was 66% up to date)'), summary);
  assert.ok(summary.includes('| `docs/guide.mdx` | `i18n/es/docusaurus-plugin-content-docs/current/guide.mdx` | up to date | **outdated** |'));
  assert.ok(!summary.includes('_intro.mdx` | outdated |'));

  file = summaryFile('');
  assert.equal(run(['--locale', 'es', '--no-diff', '--base', 'nope'], captureIo(root), {GITHUB_STEP_SUMMARY: file}), 0);
  assert.ok(
    fs
      .readFileSync(file, 'utf8')
      .includes(
        '\n\nWhat this pull request changed is not shown: the git ref `nope` does not exist in this clone. Fetch it (`git fetch origin nope`) or name another branch or commit.\n\n<details>',
      ),
  );
});

test('in a shallow clone the summary says why there is no comparison and how to get one', () => {
  const origin = pullRequest();
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'The rest of the pull request');
  const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-shallow-'));
  roots.push(clone);
  git(clone, 'clone', '-q', '--depth', '1', '--branch', 'pr', `file://${origin}`, '.');
  git(clone, 'fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main');
  const file = summaryFile('');
  assert.equal(run(['--locale', 'es', '--no-diff'], captureIo(clone), {GITHUB_STEP_SUMMARY: file, GITHUB_BASE_REF: 'main'}), 0);
  const summary = fs.readFileSync(file, 'utf8');
  assert.ok(
    summary.includes(
      'What this pull request changed is not shown: HEAD and `origin/main` have no merge base: this is a shallow clone, ' +
        'so the commit they share is not here. Run `git fetch --unshallow` (in GitHub Actions, check out with `fetch-depth: 0`).',
    ),
    summary,
  );
  assert.ok(summary.includes('### es (Español): 25% up to date'));
});

test('rows follow the kinds in the status data, and a | in a path cannot break a table', () => {
  const file = (over: Partial<FileStatus>): FileStatus => ({
    locale: 'es',
    kind: 'page',
    englishPath: 'docs/a.mdx',
    translatedPath: 'i18n/es/docusaurus-plugin-content-docs/current/a.mdx',
    state: 'up-to-date',
    recordedBlob: null,
    currentBlob: '0'.repeat(40),
    englishChanged: false,
    ...over,
  });
  const status: LocaleStatus = {
    locale: 'es',
    files: [
      file({}),
      // A kind this module has no label for (as UI strings may be), shown by its own name.
      file({kind: 'ui-strings' as FileStatus['kind'], englishPath: 'i18n/en/code|x.json', translatedPath: 'i18n/es/code.json', state: 'outdated'}),
    ],
    counts: {'up-to-date': 1, outdated: 1, 'in-progress': 0, missing: 0},
    percent: 50,
    staleRecords: [],
    uiStrings: {
      total: 4,
      translated: 2,
      percent: 50,
      untranslated: {'code.json': ['home.title', 'copy|page']},
      unreadable: ['i18n/es/docusaurus-theme-classic/footer.json'],
    },
  };
  assert.equal(
    formatJobSummary([status], {available: false, reason: 'no base.'}),
    `## Translation status

### es (Español): 50% up to date

1 of 2 files up to date.

| Kind | Up to date | Outdated | In progress | Missing | Total |
| :-- | --: | --: | --: | --: | --: |
| Pages | 1 | 0 | 0 | 0 | 1 |
| ui-strings | 0 | 1 | 0 | 0 | 1 |
| **All** | **1** | **1** | **0** | **0** | **2** |

UI strings: 2 of 4 translated (50%).

<details>
<summary>Untranslated UI strings (2)</summary>

- \`code.json\`: \`home.title\`, \`copy|page\`

</details>

Unreadable (missing or invalid JSON): \`i18n/es/docusaurus-theme-classic/footer.json\`.

What this pull request changed is not shown: no base.

<details>
<summary>Every file (2)</summary>

| State | Kind | English file | Translation |
| :-- | :-- | :-- | :-- |
| up to date | page | \`docs/a.mdx\` | \`i18n/es/docusaurus-plugin-content-docs/current/a.mdx\` |
| outdated | ui-strings | \`i18n/en/code\\|x.json\` | \`i18n/es/code.json\` |

</details>
`,
  );
});
