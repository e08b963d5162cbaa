/** The import prefix pages use for fragments: `import X from '@fragments/next/_installation.mdx'`. */
export const FRAGMENTS_ALIAS = '@fragments';
