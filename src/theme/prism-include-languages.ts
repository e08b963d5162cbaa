/**
 * Replaces Docusaurus' hook that registers `prism.additionalLanguages` in the
 * browser: it imports Prism into the main bundle. Code blocks are highlighted
 * at build time (config/plugins/static-code), so the browser needs no Prism.
 */
export default function prismIncludeLanguages(): void {}
