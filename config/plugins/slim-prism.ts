/**
 * Points `prism-react-renderer` at src/prism/prism-react-renderer.tsx in the
 * browser and server bundles: Prism with only the languages the guides use
 * (see that file for why). The config itself (themes) still reads the real
 * package, which the bundler alias does not touch.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

export default function slimPrismPlugin(context: LoadContext): Plugin {
  return {
    name: 'slim-prism',
    configureWebpack() {
      return {
        resolve: {
          alias: {'prism-react-renderer$': path.join(context.siteDir, 'src', 'prism', 'prism-react-renderer.tsx')},
        },
      };
    },
  };
}
