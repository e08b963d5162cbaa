/**
 * Replaces Docusaurus' hook that loads `prism.additionalLanguages` through a
 * dynamic require of prismjs' components, which pulls prismjs' whole language
 * catalogue into the main bundle. The guides' languages are registered in
 * src/prism/prism-react-renderer.tsx instead.
 */
export default function prismIncludeLanguages(): void {}
