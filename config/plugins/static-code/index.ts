/**
 * Build-time code highlighting. Docusaurus' CodeBlock highlights every block
 * in the browser, twice on a page's first load (hydration, then a remount to
 * pick up the colour mode), which on the long guide pages was most of the
 * main thread's blocking time. This plugin moves the work to the build:
 *
 * - remark.ts turns each fence into pre-rendered markup (docs and fragments
 *   register it as a remark plugin);
 * - this plugin writes the colours of both code themes as one stylesheet, so
 *   the markup needs no inline colours and no re-render for dark mode;
 * - src/theme/StaticCodeBlock and the CodeBlock overrides in src/theme render it.
 *
 * Prism itself is no longer in the browser bundle: `prism-react-renderer`
 * resolves to src/lib/no-prism.ts there (Node still reads the real package).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {darkCodeTheme, lightCodeTheme} from '../../prism-themes';
import {themesToCss} from './theme-css';

export {default as remarkStaticCode} from './remark';

export default function staticCodePlugin(context: LoadContext): Plugin {
  const cssFile = path.join(context.generatedFilesDir, 'static-code', 'code-themes.css');
  fs.mkdirSync(path.dirname(cssFile), {recursive: true});
  fs.writeFileSync(cssFile, themesToCss(lightCodeTheme, darkCodeTheme));
  return {
    name: 'static-code',
    getClientModules() {
      return [cssFile];
    },
    configureWebpack() {
      return {
        resolve: {alias: {'prism-react-renderer$': path.join(context.siteDir, 'src', 'lib', 'no-prism.ts')}},
      };
    },
  };
}
