import {test} from 'node:test';
import assert from 'node:assert/strict';
import {placeholderDifferences, placeholdersOf, pluralFormsOf, pluralProblem} from './messages';

test('placeholders are found as Docusaurus interpolates them, every plural form together', () => {
  assert.deepEqual(placeholdersOf('{count} results for {query}|{count}'), ['{count}', '{query}']);
  assert.deepEqual(placeholdersOf('no {place holder} {}'), []);
  assert.deepEqual(placeholderDifferences('One result|{count} results', 'Un resultado|{count} resultados'), {missing: [], extra: []});
  assert.deepEqual(placeholderDifferences('Hello {name}', 'Hola {nombre}'), {missing: ['{name}'], extra: ['{nombre}']});
});

test('plural forms needed: 2 in Spanish and French, 3 in Polish, 6 in Arabic, 1 in Japanese', () => {
  assert.deepEqual(pluralFormsOf('es').needed, ['one', 'other']);
  assert.deepEqual(pluralFormsOf('fr').needed, ['one', 'other']);
  assert.deepEqual(pluralFormsOf('pl').needed, ['one', 'few', 'many']);
  assert.deepEqual(pluralFormsOf('ar').needed, ['zero', 'one', 'two', 'few', 'many', 'other']);
  assert.deepEqual(pluralFormsOf('ja').needed, ['other']);
});

test('a plural message passes with a fitting count of forms and fails otherwise', () => {
  assert.equal(pluralProblem('Un resultado|{count} resultados', 'es'), null);
  assert.equal(pluralProblem('{count} resultados', 'es'), 'has 1 plural form; es needs 2 (one, other), separated by |');
  assert.equal(pluralProblem('a|b|c|d', 'es'), 'has 4 plural forms; es has only 3 (one, many, other)');
  assert.equal(pluralProblem('Jeden wynik|{count} wyniki', 'pl'), 'has 2 plural forms; pl needs 3 (one, few, many), separated by |');
  assert.equal(pluralProblem('Jeden wynik|{count} wyniki|{count} wyników', 'pl'), null);
  assert.equal(pluralProblem('نتيجة واحدة|{count} نتائج', 'ar'), 'has 2 plural forms; ar needs 6 (zero, one, two, few, many, other), separated by |');
  assert.equal(pluralProblem('a|b|c|d|e|f', 'ar'), null);
  assert.equal(pluralProblem('{count}件', 'ja'), null);
  assert.equal(pluralProblem('1件|{count}件', 'ja'), 'has 2 plural forms; ja has only 1 (other)');
});
