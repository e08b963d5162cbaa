import {test} from 'node:test';
import assert from 'node:assert/strict';
import {withoutEnglishMessages} from './untranslated-text';

test('messages still equal to English are blanked, translated ones and positions are kept', () => {
  const source = '{\n  "a": {"message": "See all quick starts"},\n  "b": {"message": "Ver todas", "description": "x"}\n}\n';
  const masked = withoutEnglishMessages(source, {a: {message: 'See all quick starts'}, b: {message: 'See all'}});
  assert.equal(masked, '{\n  "a": {"message": "                    "},\n  "b": {"message": "Ver todas", "description": "x"}\n}\n');
  assert.equal(masked.length, source.length);
  assert.deepEqual(JSON.parse(masked).b, {message: 'Ver todas', description: 'x'});
});

test('without expected strings, or with invalid JSON, the text is unchanged', () => {
  assert.equal(withoutEnglishMessages('{"a": {"message": "x"}}', undefined), '{"a": {"message": "x"}}');
  assert.equal(withoutEnglishMessages('{"a": {"message": "x"},}', {a: {message: 'x'}}), '{"a": {"message": "x"},}');
});
