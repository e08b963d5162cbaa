/**
 * Docusaurus' own HTML template, with one change: the app's scripts are
 * requested after the browser has painted the page, not from <head>.
 *
 * The pages are complete HTML; the scripts add the interactive parts (search,
 * copy buttons, client-side navigation). With `<script defer>` in <head>, a
 * fast connection delivers main.js before the first paint and Chrome runs it
 * first, so the reader waits for JavaScript to see text the HTML already had
 * (and Lighthouse's simulated slow-4G load then counts main.js's download
 * towards the largest paint). Here the scripts are added, in order, in the
 * frame after the first paint, into <head>, where Docusaurus had them (on the
 * loaded guide an insertion there measured ~0.5 ms and the style update after
 * it ~0.05 ms, slightly less than at the end of <body>; not a style re-check
 * of the whole page, as an earlier version of this comment said). A hidden
 * tab (no frames) loads them at once, and a timer covers a browser that
 * delays frames.
 * `it.scripts` holds the page's own chunks as well as runtime~main.js and
 * main.js (config/plugins/route-scripts), so they download together.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const templateModule: string | {default: string} = require('@docusaurus/core/lib/ssg/ssgTemplate.html.js');
// Docusaurus loads this config through jiti, which hands back a CommonJS module's default export itself.
const defaultTemplate = typeof templateModule === 'string' ? templateModule : templateModule.default;

const HEAD_SCRIPTS = /<% it\.scripts\.forEach\(\(script\) => \{ %>\s*<script src="<%= it\.baseUrl %><%= script %>" defer><\/script>\s*<% \}\); %>/;
const BODY_END = '<%~ it.postBodyTags %>';

/** Appends the scripts once, in order (`async = false` keeps the order of dynamically added scripts). */
export const LOADER = [
  '<script>(function(d,w){',
  'var srcs=<%~ JSON.stringify(it.scripts.map(function(s){return it.baseUrl+s})) %>,done=false;',
  'function load(){if(done)return;done=true;srcs.forEach(function(src){',
  "var s=d.createElement('script');s.src=src;s.async=false;d.head.appendChild(s)})}",
  "if(d.visibilityState!=='visible'){load();return}",
  'w.requestAnimationFrame(function(){w.setTimeout(load,0)});w.setTimeout(load,3000)',
  '})(document,window)</script>',
].join('');

export function paintFirstTemplate(template: string = defaultTemplate): string {
  if (!HEAD_SCRIPTS.test(template) || !template.includes(BODY_END)) {
    throw new Error(
      "config/ssr-template.ts: Docusaurus' HTML template (@docusaurus/core/lib/ssg/ssgTemplate.html.js) no longer " +
        'has the script tags or body end it expects; compare it with HEAD_SCRIPTS and BODY_END and update them.',
    );
  }
  return template.replace(HEAD_SCRIPTS, '').replace(BODY_END, `${BODY_END}\n    ${LOADER}`);
}
