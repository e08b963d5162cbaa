import assert from 'node:assert/strict';
import {test} from 'node:test';
import {writesClientManifest} from './index';

// The plugin Docusaurus adds to production client builds (@docusaurus/core/lib/webpack/client.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ReactLoadableSSRAddon = require('react-loadable-ssr-addon-v5-slorber') as new (options: {filename: string}) => object;

const compiler = (plugins: unknown[]) => ({options: {plugins}, hooks: {afterEmit: {tap() {}}}});

test('a production client compilation (with the manifest writer) is one the plugin fixes', () => {
  assert.equal(writesClientManifest(compiler([{}, new ReactLoadableSSRAddon({filename: '/tmp/m.json'})])), true);
});

test('the dev server, which writes no manifest, is left alone', () => {
  assert.equal(writesClientManifest(compiler([{}, null, undefined])), false);
  assert.equal(writesClientManifest({options: {}, hooks: {afterEmit: {tap() {}}}}), false);
});
