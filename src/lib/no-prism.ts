/**
 * What `prism-react-renderer` resolves to in the site's bundles
 * (config/plugins/static-code aliases it). Docusaurus' theme imports the
 * package's Prism on every page only to hand it to `prism-include-languages`,
 * which pulled ~60 kB of highlighter into main.js; code blocks are highlighted
 * at build time, so the browser gets this empty stand-in. Anything that needs
 * the real Highlight component fails the build with a missing export.
 */
export const Prism = {languages: {}};
