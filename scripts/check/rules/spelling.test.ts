import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {siteDir} from '../../lib/content';
import {checkConfig, type CheckConfig} from '../config';
import {cspellConfigText} from '../cspell-config';
import {siteSpellingLocales, type SpellingLocales} from '../spelling-locales';
import {at, check, lines, makeSite} from '../test-helpers';
import {spelling} from './spelling';

test('prose is checked in the language of its locale; code, URLs, imports and JSX attributes are not', async () => {
  const root = makeSite(
    {
      'docs/guide.mdx': lines(
        '---', //                                                            1
        'title: A guide', //                                                 2
        'description: How to configre Logto.', //                            3
        '---', //                                                            4
        '', //                                                               5
        "import Zxqvw from '@site/src/components/Zxqvw';", //                6
        '', //                                                               7
        '## Set up the clinet \\{#qqxx-yyzz}', //                             8
        '', //                                                               9
        'Call `getAccessTokenRSC` from <Zxqvw prop="wrongg" /> at https://qqq.example/zzyx.', // 10
        '', //                                                              11
        '```ts', //                                                         12
        'const mispeled = 1;', //                                           13
        '```', //                                                           14
      ),
      'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx': lines(
        '## Configura el cliente \\{#qqxx-yyzz}', //                          1
        '', //                                                               2
        'El componente de servidro lee la cookie de sesión.', //            3
      ),
      'i18n/es/code.json': lines('{', '  "home.title": {', '    "message": "Añade el inicio de sesion"', '  }', '}'),
    },
    {spelling: true},
  );
  const {rows, problems} = await check(root, [spelling]);
  assert.deepEqual(rows, [
    ['spelling', 'docs/guide.mdx', 3, 21],
    ['spelling', 'docs/guide.mdx', 8, 15],
    ['spelling', 'i18n/es/code.json', 3, 36],
    ['spelling', 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx', 3, 18],
  ]);
  assert.match(at(problems, 'docs/guide.mdx', 3).message, /unknown word "configre" \(en\)/);
  assert.match(at(problems, 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx', 3).message, /unknown word "servidro" \(es,en\)/);
  assert.match(at(problems, 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx', 3).fix, /did you mean .*"servidor"/);
});

test('correct prose passes, and in-file cspell directives are honoured', async () => {
  const root = makeSite(
    {
      'docs/guide.mdx': lines('{/* cspell:ignore zzyzx */}', '', 'Sign in with Logto, then zzyzx.'),
      'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx': lines('Inicia la sesión con Logto y usa las server actions.'),
    },
    {spelling: true},
  );
  assert.deepEqual((await check(root, [spelling])).rows, []);
});

/** A site with French, Chinese and Japanese, each with its `spelling` as config/locales.ts would declare it. */
const otherLocales: SpellingLocales = {
  en: siteSpellingLocales.en,
  fr: {dictionary: '@cspell/dict-fr-fr', language: 'fr'},
  zh: null,
  ja: null,
};
const withLocales = (locales: SpellingLocales): CheckConfig => ({...checkConfig, spelling: {...checkConfig.spelling, locales}});
const LOCALES_TS = lines(
  "export const localeConfigs = {", //                                                                     1
  "  en: {label: 'English', htmlLang: 'en', spelling: {dictionary: '@cspell/dict-en_us', language: 'en'}},", // 2
  "  fr: {label: 'Français', htmlLang: 'fr', spelling: {dictionary: '@cspell/dict-fr-fr', language: 'fr'}},", // 3
  "  zh: {label: '简体中文', htmlLang: 'zh-Hans', spelling: null},", //                                      4
  "  ja: {label: '日本語', htmlLang: 'ja', spelling: null},", //                                              5
  '} as const;', //                                                                                          6
);

test('each locale is checked with its own dictionary: a French misspelling is caught, correct French and English UI strings pass', async () => {
  const root = makeSite(
    {
      'config/locales.ts': LOCALES_TS,
      'docs/guide.mdx': lines('## Install the package \\{#install}', '', 'Install the SDK, then sign users in.'),
      'i18n/fr/docusaurus-plugin-content-docs/current/guide.mdx': lines(
        '## Installer le paquet \\{#install}', //                                                           1
        '', //                                                                                              2
        "Installez le SDK, puis connectez vos utilisateurs avec les server actions de l'aplication.", //     3
        '', //                                                                                              4
        'Le jeton est renouvelé avant son expiration.', //                                                  5
      ),
      // As `write-translations` leaves it: one message translated, the others still in English.
      'i18n/fr/code.json': lines(
        '{',
        '  "home.hero.title": {"message": "Ajoutez la connexion à votre application Next.js"},',
        '  "home.steps.signIn.title": {"message": "Sign users in", "description": "Step title"},',
        '  "home.steps.callApis.body": {"message": "Request access tokens and organization tokens for your own backend."}',
        '}',
      ),
    },
    {spelling: {en: otherLocales.en, fr: otherLocales.fr}},
  );
  const {rows, problems} = await check(root, [spelling], {
    locales: ['en', 'fr'],
    config: withLocales({en: otherLocales.en, fr: otherLocales.fr}),
  });
  assert.deepEqual(rows, [['spelling', 'i18n/fr/docusaurus-plugin-content-docs/current/guide.mdx', 3, 78]] /* l'aplication */);
  const problem = at(problems, 'i18n/fr/docusaurus-plugin-content-docs/current/guide.mdx', 3);
  assert.match(problem.message, /unknown word "l.aplication" \(fr,en\)/);
  assert.match(problem.fix, /did you mean "l’application"/);
  assert.equal(problem.severity, 'error');
});

test('a locale without a dictionary (zh, ja) is reported once as not checked, and its Latin-script words are checked in English', async () => {
  const root = makeSite(
    {
      'config/locales.ts': LOCALES_TS,
      'docs/guide.mdx': lines('Sign users in with Logto.'),
      'docs/other.mdx': lines('Read the user profile.'),
      'i18n/zh/docusaurus-plugin-content-docs/current/guide.mdx': lines('使用 Logto 让用户登录。', '', '然后 configre 客户端。'),
      'i18n/zh/docusaurus-plugin-content-docs/current/other.mdx': lines('读取用户资料。'),
      'i18n/zh/code.json': lines('{', '  "home.hero.title": {"message": "为你的 Next.js 应用添加登录"},', '  "home.steps.signIn.title": {"message": "Sign users in"}', '}'),
      'i18n/ja/docusaurus-plugin-content-docs/current/guide.mdx': lines('Logto でユーザーをサインインさせます。'),
    },
    {spelling: otherLocales},
  );
  const {rows, problems} = await check(root, [spelling], {locales: ['en', 'zh', 'ja'], config: withLocales(otherLocales)});
  assert.deepEqual(rows, [
    ['spelling', 'config/locales.ts', 4, 3],
    ['spelling', 'config/locales.ts', 5, 3],
    ['spelling', 'i18n/zh/docusaurus-plugin-content-docs/current/guide.mdx', 3, 4],
  ]);
  const notice = at(problems, 'config/locales.ts', 4);
  assert.equal(notice.severity, 'warning');
  assert.match(notice.message, /^spelling not checked for zh: /);
  assert.equal(at(problems, 'config/locales.ts', 5).severity, 'warning');
  assert.match(at(problems, 'i18n/zh/docusaurus-plugin-content-docs/current/guide.mdx', 3).message, /unknown word "configre" \(en\)/);

  // Only locales with files in this run get the notice.
  assert.deepEqual((await check(root, [spelling], {locales: ['en', 'zh', 'ja'], config: withLocales(otherLocales), locale: 'ja'})).rows, [
    ['spelling', 'config/locales.ts', 5, 3],
  ]);
});

test('a cspell.config.yaml that does not match config/locales.ts, or a dictionary that is not installed, is one error and no word is checked', async () => {
  const files = {'config/locales.ts': LOCALES_TS, 'docs/guide.mdx': lines('A mispeled word.')};
  const fr = {en: otherLocales.en, fr: otherLocales.fr};
  // The site's own cspell.config.yaml knows nothing of French.
  const stale = makeSite(files, {spelling: true});
  const {rows, problems} = await check(stale, [spelling], {locales: ['en', 'fr'], config: withLocales(fr)});
  assert.deepEqual(rows, [['spelling', 'cspell.config.yaml', 1, 1]]);
  assert.match(problems[0]!.fix, /npm run spelling:config/);

  const missing = {...fr, fr: {dictionary: '@cspell/dict-fr-xx', language: 'fr'}};
  const uninstalled = makeSite(files, {spelling: missing});
  const second = await check(uninstalled, [spelling], {locales: ['en', 'fr'], config: withLocales(missing)});
  assert.deepEqual(second.rows, [['spelling', 'config/locales.ts', 3, 3]]);
  assert.match(second.problems[0]!.message, /@cspell\/dict-fr-xx, is not installed/);
});

test("the site's cspell.config.yaml is the one config/locales.ts gives (editors and the check read the same dictionaries)", () => {
  assert.equal(fs.readFileSync(path.join(siteDir, 'cspell.config.yaml'), 'utf8'), cspellConfigText(siteSpellingLocales));
  const text = cspellConfigText(otherLocales);
  assert.match(text, /^ {2}- '@cspell\/dict-fr-fr\/cspell-ext\.json'$/m);
  assert.match(text, /^ {2}- filename: 'i18n\/fr\/\*\*'\n {4}language: 'fr,en'$/m);
  assert.match(text, /^ {2}- filename: 'i18n\/zh\/\*\*'\n {4}language: 'en'$/m);
});
