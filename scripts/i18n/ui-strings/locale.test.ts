import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {ExtractedUiStrings} from './expected';
import {unexpectedJsonFiles} from './locale';

const expected: ExtractedUiStrings = {
  files: {'code.json': {}, 'docusaurus-theme-classic/navbar.json': {}, 'docusaurus-theme-classic/footer.json': {}},
  themeDefaults: {},
};

test('JSON files Docusaurus does not read are listed with the file they most likely are', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ui-json-'));
  try {
    for (const file of ['code.json', 'translation-status.json', 'codes.json', 'docusaurus-theme-classic/navbr.json', 'notes.json']) {
      fs.mkdirSync(path.dirname(path.join(root, 'i18n/es', file)), {recursive: true});
      fs.writeFileSync(path.join(root, 'i18n/es', file), '{}');
    }
    assert.deepEqual(unexpectedJsonFiles(root, 'es', expected), [
      {path: 'i18n/es/codes.json', likely: 'code.json'},
      {path: 'i18n/es/docusaurus-theme-classic/navbr.json', likely: 'docusaurus-theme-classic/navbar.json'},
      {path: 'i18n/es/notes.json', likely: null},
    ]);
  } finally {
    fs.rmSync(root, {recursive: true, force: true});
  }
});
