import {test} from 'node:test';
import assert from 'node:assert/strict';
import {compareWithExpected, type ComparisonInput} from './compare';
import {parseTranslationFile} from './translation-file';

const expected = {
  'home.title': {message: 'Add sign-in to your app'},
  'search.count': {message: 'One result|{count} results'},
  'notice.body': {message: 'Read {link} in English'},
  'brand': {message: 'Logto'},
  'theme.admonition.info': {message: 'info', description: 'Info admonition label'},
};

function compare(locale: string, entries: Record<string, string>, extra: Partial<ComparisonInput> = {}) {
  const source = `${JSON.stringify(Object.fromEntries(Object.entries(entries).map(([id, message]) => [id, {message}])), null, 2)}\n`;
  return compareWithExpected({
    locale,
    entries: parseTranslationFile(source).entries,
    expected,
    localeDefaults: {},
    sameAsEnglish: new Set(),
    end: {line: 99, column: 1},
    ...extra,
  });
}

const spanish = {
  'home.title': 'Añade el inicio de sesión a tu aplicación',
  'search.count': 'Un resultado|{count} resultados',
  'notice.body': 'Lee {link} en inglés',
  brand: 'Logto',
  'theme.admonition.info': 'info',
};

test('a complete translation passes; messages equal to English are untranslated, not errors', () => {
  const result = compare('es', spanish);
  assert.deepEqual(result.problems, []);
  assert.equal(result.total, 5);
  assert.deepEqual(result.untranslated, ['brand', 'theme.admonition.info']);
});

test('ids declared the same in every language, and Docusaurus\' own translation for the locale, count as translated', () => {
  const result = compare('es', spanish, {sameAsEnglish: new Set(['brand']), localeDefaults: {'theme.admonition.info': 'info'}});
  assert.deepEqual(result.untranslated, []);
});

test('a missing id is reported at the end of the file and counted untranslated; an obsolete id on its line', () => {
  const {'notice.body': _, ...rest} = spanish;
  const result = compare('es', {...rest, 'home.old': 'Antiguo'});
  assert.deepEqual(
    result.problems.map((p) => [p.position.line, p.message]),
    [
      [99, 'id "notice.body" is missing: readers see the English "Read {link} in English"'],
      [14, 'id "home.old" is not used by the site (no longer in its code or configuration); Docusaurus ignores it'],
    ],
  );
  assert.match(result.problems[0]!.fix, /npx docusaurus write-translations --locale es/);
  assert.deepEqual(result.untranslated, ['notice.body', 'brand', 'theme.admonition.info']);
});

test('a changed placeholder is reported on the message', () => {
  const result = compare('es', {...spanish, 'notice.body': 'Lee {enlace} en inglés'});
  assert.deepEqual(
    result.problems.map((p) => [p.position.line, p.position.column, p.message]),
    [[9, 16, 'placeholders of "notice.body" differ from English: {link} missing; {enlace} not in English (English: "Read {link} in English")']],
  );
});

test('plural forms are checked against the locale, only for messages whose English is plural', () => {
  assert.deepEqual(compare('es', {...spanish, 'search.count': '{count} resultados'}).problems.map((p) => p.message), [
    '"search.count" has 1 plural form; es needs 2 (one, other), separated by | (English: "One result|{count} results")',
  ]);
  const polish = {...spanish, 'search.count': 'Jeden wynik|{count} wyniki', 'home.title': 'Dodaj|logowanie'};
  assert.deepEqual(compare('pl', polish).problems.map((p) => p.message), [
    '"search.count" has 2 plural forms; pl needs 3 (one, few, many), separated by | (English: "One result|{count} results")',
  ]);
  assert.deepEqual(compare('pl', {...polish, 'search.count': 'Jeden wynik|{count} wyniki|{count} wyników'}).problems, []);
  assert.equal(compare('ar', {...spanish, 'search.count': 'نتيجة واحدة|{count} نتائج'}).problems.length, 1);
});

test('a missing or unreadable file reports nothing here (the rule says the file is missing) and counts everything untranslated', () => {
  const result = compareWithExpected({locale: 'es', entries: null, expected, localeDefaults: {}, sameAsEnglish: new Set(), end: {line: 1, column: 1}});
  assert.deepEqual(result.problems, []);
  assert.equal(result.untranslated.length, 5);
});
