/**
 * CONTRIBUTING.md, "Adding a new locale", followed word for word in a
 * temporary copy of the site, with French: the locale's line in
 * config/locales.ts, `npm run spelling:config`, `write-translations`,
 * `i18n:new` for one fragment, its translation, `i18n:mark`. Then
 * `npm run check` must pass before anything else is translated, and a French
 * misspelling in the translated fragment must fail it, naming the file.
 *
 * It runs the real commands (Docusaurus included), so it takes some 30 s.
 */
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {copySiteForBench} from '../bench/site';
import {removeSite} from '../lib/site-copy';

const dir = copySiteForBench('new-locale-');
after(() => removeSite(dir));

const FRAGMENT = 'fragments/shared/_api-resources-description.mdx';
const TRANSLATION = 'i18n/fr/fragments/shared/_api-resources-description.mdx';

/** A line CONTRIBUTING.md tells translators to add (the test reads it from there). */
function lineFromContributing(start: string): string {
  const contributing = fs.readFileSync(path.join(dir, 'CONTRIBUTING.md'), 'utf8');
  const section = contributing.slice(contributing.indexOf('## Adding a new locale'));
  const line = new RegExp(`\`\`\`ts\\n\\s*(${start}.*\\},)\\n\\s*\`\`\``).exec(section)?.[1];
  assert.ok(line, `CONTRIBUTING.md, "Adding a new locale", no longer shows the \`${start}…},\` line: update this test`);
  return line;
}

function run(command: string, ...args: string[]) {
  const result = spawnSync(command, args, {cwd: dir, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0', INIT_CWD: dir}});
  return {status: result.status, output: `${result.stdout}${result.stderr}`};
}

function mustRun(command: string, ...args: string[]): string {
  const result = run(command, ...args);
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.output}`);
  return result.output;
}

// Written for this test, from the English fragment: same inline code, same
// emphasis, prose in French.
const FRENCH = `Une **ressource d'API** est l'un de vos backends, par exemple une API REST ou GraphQL, enregistré dans la Logto Console sous **API resources**. Logto la connaît par son **identifiant d'API**, aussi appelé *indicateur de ressource* : une URI absolue comme \`https://api.example.com\`. Logto n'appelle jamais cette URI ; ce n'est qu'un nom, même si l'adresse réelle de votre API en fait un nom lisible.

Votre API ne peut pas s'appuyer sur le cookie de session de votre application Next.js : ce cookie appartient à l'application, et l'API n'a pas à le connaître. À la place, l'application demande à Logto un **jeton d'accès** pour l'API et l'envoie avec chaque requête dans un en-tête \`Authorization: Bearer\`. Le jeton est un JWT signé que l'API peut vérifier elle-même :

- Son audience (la revendication \`aud\`) est l'indicateur de ressource : une API refuse donc les jetons émis pour une autre API.
- Sa revendication \`scope\` énumère les **permissions** dont l'utilisateur dispose pour cette API, comme \`read:products\`. Vous définissez les permissions sur la ressource d'API et les accordez au moyen de rôles : deux utilisateurs de la même application peuvent donc recevoir des jetons aux portées différentes.

Vous ne manipulez jamais vous-même les jetons de rafraîchissement : le SDK en garde un dans la session et s'en sert pour obtenir et renouveler les jetons d'accès quand vous les demandez.
`;

test('a locale added as CONTRIBUTING.md says passes npm run check, and its misspellings are caught', () => {
  // 1. The locale's lines in config/locales.ts, then the spelling settings.
  const localesFile = path.join(dir, 'config', 'locales.ts');
  let locales = fs.readFileSync(localesFile, 'utf8');
  const esLine = /^ {2}es: \{.*\},\n/m.exec(locales);
  assert.ok(esLine, 'config/locales.ts no longer has a one-line `es: {…},` entry: update this test');
  locales = locales.replace(esLine[0], `${esLine[0]}  ${lineFromContributing('fr: \\{label')}\n`);
  const siteTexts = locales.indexOf('export const siteTexts');
  assert.ok(siteTexts >= 0, 'config/locales.ts no longer has `siteTexts`: update this test');
  const end = locales.indexOf('\n};', siteTexts);
  locales = `${locales.slice(0, end)}\n  ${lineFromContributing('fr: \\{title')}${locales.slice(end)}`;
  fs.writeFileSync(localesFile, locales);
  mustRun('npm', 'run', 'spelling:config');

  // 2. UI strings (left in English: nobody has translated them yet).
  mustRun('npx', 'docusaurus', 'write-translations', '--locale', 'fr');
  assert.ok(fs.existsSync(path.join(dir, 'i18n/fr/code.json')));

  // 3. One fragment, started and translated.
  mustRun('npm', 'run', 'i18n:new', '--', FRAGMENT, '--locale', 'fr');
  assert.equal(fs.readFileSync(path.join(dir, TRANSLATION), 'utf8'), fs.readFileSync(path.join(dir, FRAGMENT), 'utf8'));
  fs.writeFileSync(path.join(dir, TRANSLATION), FRENCH);
  mustRun('npm', 'run', 'i18n:mark', '--', TRANSLATION);

  // 4. The check passes: French prose with the French dictionary, English UI strings as English.
  const clean = run('npm', 'run', '--silent', 'check');
  assert.equal(clean.status, 0, clean.output);
  // (A locale with no dictionary, such as zh-CN, adds its one warning line: not a problem of fr.)
  assert.doesNotMatch(clean.output, /^i18n\/fr\/\S+\s+spelling/m);

  // 5. A French misspelling in the translated fragment fails it, at its line and column.
  fs.writeFileSync(path.join(dir, TRANSLATION), FRENCH.replace('renouveler', 'renouveller'));
  const broken = run('npm', 'run', '--silent', 'check');
  assert.equal(broken.status, 1, broken.output);
  const line = FRENCH.split('\n').findIndex((l) => l.includes('renouveler')) + 1;
  const column = FRENCH.split('\n')[line - 1]!.indexOf('renouveler') + 1;
  assert.match(broken.output, new RegExp(`^${TRANSLATION}:${line}:${column}  spelling  unknown word "renouveller" \\(fr,en\\)`, 'm'));
  assert.match(broken.output, /^\d+ problems? \(1 error, \d+ warnings?\) in \d+ files?$/m);
});
