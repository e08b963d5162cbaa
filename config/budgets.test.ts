import {test} from 'node:test';
import assert from 'node:assert/strict';
import {guideWeightBudgets, lighthousePages, localeRoute, pageWeightBudgets} from './budgets';
import {locales} from './locales';

test('the guide is budgeted and audited in every locale, at its URL in that locale', () => {
  // Written out: these are the URLs a reader opens.
  assert.deepEqual(Object.keys(pageWeightBudgets).sort(), [
    '/es/quick-starts/next-app-router',
    '/quick-starts/next-app-router',
    '/zh-CN/quick-starts/next-app-router',
  ]);
  assert.deepEqual(lighthousePages, [
    '/',
    '/quick-starts/next-app-router',
    '/es/quick-starts/next-app-router',
    '/zh-CN/quick-starts/next-app-router',
  ]);
  assert.deepEqual(Object.keys(guideWeightBudgets).sort(), [...locales].sort());
});

test('locale routes: no prefix for English, the locale code otherwise', () => {
  assert.equal(localeRoute('en', '/quick-starts'), '/quick-starts');
  assert.equal(localeRoute('zh-CN', '/quick-starts'), '/zh-CN/quick-starts');
  assert.equal(localeRoute('es', '/'), '/es');
});
