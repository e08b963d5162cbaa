import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkBudget, suggestBudget, type PageWeight} from './page-weight';
import {buildFileFor, compressedSizes} from './compressed-size';

const weight = (js: number, requests: number): PageWeight => ({
  page: '/p',
  requests,
  prefetches: 0,
  byKind: {html: {files: 1, raw: 9000, gzip: 3000, br: 2500, wire: 2600}, js: {files: 2, raw: 4 * js, gzip: js + 10, br: js, wire: js}},
  total: {files: 3, raw: 9000 + 4 * js, gzip: 3010 + js, br: 2500 + js, wire: 2600 + js},
  resources: [],
});
const budget = {requests: 5, htmlBr: 3000, cssBr: 1000, jsBr: 10_000, jsRaw: 40_000, totalBr: 13_000};

test('a page within its budget has no violation', () => {
  assert.deepEqual(checkBudget(weight(10_000, 5), budget), []);
});

test('each figure over its budget is reported with both numbers', () => {
  assert.deepEqual(checkBudget(weight(10_001, 6), budget), [
    {page: '/p', metric: 'requests', actual: 6, budget: 5},
    {page: '/p', metric: 'js br bytes', actual: 10_001, budget: 10_000},
    {page: '/p', metric: 'js raw bytes', actual: 40_004, budget: 40_000},
  ]);
  assert.deepEqual(checkBudget(weight(11_000, 5), {...budget, jsBr: 20_000, jsRaw: 50_000}), [
    {page: '/p', metric: 'total br bytes', actual: 13_500, budget: 13_000},
  ]);
});

test('build files are found for extension-less routes and index pages', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weight-'));
  fs.mkdirSync(path.join(dir, 'es/quick-starts'), {recursive: true});
  fs.writeFileSync(path.join(dir, 'es/quick-starts/next.html'), 'x');
  fs.writeFileSync(path.join(dir, 'es/index.html'), 'x');
  assert.equal(buildFileFor(dir, '/es/quick-starts/next'), path.join(dir, 'es/quick-starts/next.html'));
  assert.equal(buildFileFor(dir, '/es'), path.join(dir, 'es/index.html'));
  assert.equal(buildFileFor(dir, '/es/missing'), null);
  assert.equal(buildFileFor(dir, '/../../etc/passwd'), null);
  fs.rmSync(dir, {recursive: true});
});

test('compressed sizes are smaller than raw for text', () => {
  const sizes = compressedSizes(Buffer.from('token '.repeat(1000)));
  assert.equal(sizes.raw, 6000);
  assert.ok(sizes.gzip < 200 && sizes.br < 100, JSON.stringify(sizes));
});

test('a suggested budget is the measurement plus 10 %, rounded up to 100 B, with the measured request count', () => {
  assert.deepEqual(suggestBudget(weight(10_000, 5)), {requests: 5, htmlBr: 2800, cssBr: 0, jsBr: 11_000, jsRaw: 44_000, totalBr: 13_800});
  // A suggestion is never over budget for the page it was measured on.
  assert.deepEqual(checkBudget(weight(12_345, 7), suggestBudget(weight(12_345, 7))), []);
});
