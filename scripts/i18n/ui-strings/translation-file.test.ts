import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseTranslationFile} from './translation-file';

const lines = (...text: string[]) => `${text.join('\n')}\n`;
const problemsOf = (source: string) =>
  parseTranslationFile(source).problems.map((p) => [p.position.line, p.position.column, p.message]);

test('a valid file gives each entry with the position of its id and of its message', () => {
  const parsed = parseTranslationFile(
    lines('{', '  "home.title": {', '    "message": "Hola",', '    "description": "d"', '  },', '  "b": {"message": "B"}', '}'),
  );
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.entries, [
    {id: 'home.title', message: 'Hola', position: {line: 2, column: 3}, messagePosition: {line: 3, column: 16}},
    {id: 'b', message: 'B', position: {line: 6, column: 3}, messagePosition: {line: 6, column: 20}},
  ]);
});

test('a comma after the last entry is reported on the comma', () => {
  assert.deepEqual(problemsOf(lines('{', '  "a": {', '    "message": "x"', '  },', '}')), [
    [4, 4, 'invalid JSON: comma after the last entry'],
  ]);
  assert.deepEqual(problemsOf(lines('{', '  "a": {', '    "message": "x",', '  }', '}')), [
    [3, 19, 'invalid JSON: comma after the last entry'],
  ]);
});

test('a missing closing quote is reported at the end of its line, a missing opening quote on the word', () => {
  assert.deepEqual(problemsOf(lines('{', '  "a": {', '    "message": "Hola', '  }', '}')), [
    [3, 21, 'invalid JSON: a string is not closed (missing `"`)'],
  ]);
  assert.deepEqual(problemsOf(lines('{', '  "a": {', '    "message": Hola"', '  }', '}')), [
    [3, 16, 'invalid JSON: unexpected `Hola`'],
  ]);
});

test('a missing comma between entries and a comment are reported where they are', () => {
  assert.deepEqual(problemsOf(lines('{', '  "a": {"message": "x"}', '  "b": {"message": "y"}', '}')), [
    [3, 3, 'invalid JSON: a comma is missing before this'],
  ]);
  assert.deepEqual(problemsOf(lines('{', '  // note', '  "a": {"message": "x"}', '}')), [
    [2, 3, 'invalid JSON: comments are not allowed'],
  ]);
});

test('entries Docusaurus would refuse, and ids written twice, are reported on the id', () => {
  const parsed = parseTranslationFile(
    lines('{', '  "a": {"mesage": "x"},', '  "b": "y",', '  "c": {"message": 3},', '  "d": {"message": "x", "note": "n"},', '  "d": {"message": "z"}', '}'),
  );
  assert.deepEqual(
    parsed.problems.map((p) => [p.position.line, p.message]),
    [
      [2, 'entry "a" has no "message"'],
      [3, 'entry "b" is not an object'],
      [4, 'entry "c" has a "message" that is not a string'],
      [5, 'entry "d" has "note", which Docusaurus does not accept'],
      [6, 'id "d" appears twice (also on line 5); only the last one is used'],
    ],
  );
  assert.equal(parsed.entries?.find((e) => e.id === 'a')?.message, null);
});
