import assert from 'node:assert/strict';
import vm from 'node:vm';
import {describe, test} from 'node:test';
import {load} from 'cheerio';
import {paintFirstTemplate} from './ssr-template';

// Docusaurus' own template compiler, so the test renders exactly what the build renders.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const {compileSSGTemplate} = require('@docusaurus/core/lib/ssg/ssgTemplate.js');

async function render(): Promise<string> {
  const compiled = await compileSSGTemplate(paintFirstTemplate());
  return compiled({
    version: '3',
    htmlAttributes: 'lang="es"',
    bodyAttributes: '',
    metaAttributes: [],
    headTags: '',
    stylesheets: ['assets/css/styles.css'],
    scripts: ['assets/js/runtime~main.1.js', 'assets/js/main.2.js'],
    baseUrl: '/es/',
    preBodyTags: '',
    postBodyTags: '',
    appHtml: '<p>Hola</p>',
  });
}

type Fake = {appended: {src: string; async: boolean}[]; frames: (() => void)[]; timers: {fn: () => void; ms: number}[]};

function runLoader(script: string, visibilityState: 'visible' | 'hidden'): Fake {
  const fake: Fake = {appended: [], frames: [], timers: []};
  const document = {
    visibilityState,
    createElement: () => ({src: '', async: true}),
    head: {appendChild: (el: {src: string; async: boolean}) => fake.appended.push({...el})},
  };
  const window = {
    requestAnimationFrame: (fn: () => void) => fake.frames.push(fn),
    setTimeout: (fn: () => void, ms: number) => fake.timers.push({fn, ms}),
  };
  vm.runInNewContext(script, {document, window});
  return fake;
}

describe('paint-first HTML template', () => {
  test('no script tags in <head>; the loader comes after the page content', async () => {
    const html = await render();
    const $ = load(html);
    assert.equal($('head script[src]').length, 0);
    assert.equal($('link[rel=stylesheet]').attr('href'), '/es/assets/css/styles.css', 'stylesheets stay render-blocking in <head>');
    const inline = $('body script:not([src])');
    assert.equal(inline.length, 1);
    assert.ok(html.indexOf('<p>Hola</p>') < html.indexOf(inline.html()!), 'loader after the app HTML');
  });

  test('scripts are added in order, in the frame after the first paint, once', async () => {
    const script = load(await render())('body script:not([src])').html()!;
    const fake = runLoader(script, 'visible');
    assert.deepEqual(fake.appended, [], 'nothing before a frame');
    assert.equal(fake.frames.length, 1);
    fake.frames[0]!();
    const afterFrame = fake.timers.find((t) => t.ms === 0)!;
    afterFrame.fn();
    assert.deepEqual(fake.appended, [
      {src: '/es/assets/js/runtime~main.1.js', async: false},
      {src: '/es/assets/js/main.2.js', async: false},
    ]);
    // The fallback timer fires later and must not add them again.
    fake.timers.find((t) => t.ms === 3000)!.fn();
    assert.equal(fake.appended.length, 2);
  });

  test('a hidden tab (no frames to wait for) loads them at once', async () => {
    const script = load(await render())('body script:not([src])').html()!;
    const fake = runLoader(script, 'hidden');
    assert.deepEqual(fake.appended.map((a) => a.src), ['/es/assets/js/runtime~main.1.js', '/es/assets/js/main.2.js']);
    assert.equal(fake.frames.length, 0);
  });

  test('a template without the expected script tags is refused with what to update', () => {
    assert.throws(
      () => paintFirstTemplate('<html><head></head><body><%~ it.postBodyTags %></body></html>'),
      /no longer has the script tags or body end it expects; compare it with HEAD_SCRIPTS and BODY_END/,
    );
  });
});
