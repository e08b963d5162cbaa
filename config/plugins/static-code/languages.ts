/**
 * The languages code blocks may use. Prism's full catalogue is available to
 * the highlighter (it runs in Node, not in the reader's browser), but a short
 * list keeps typos such as ```tsc from silently rendering as plain text.
 *
 * A module of its own, without Prism, because `npm run check` (rule
 * code-fences) needs only this list and loading Prism would cost every run.
 */
export const HIGHLIGHTED_LANGUAGES = [
  'bash', 'sh', 'shell', 'ts', 'typescript', 'tsx', 'js', 'javascript', 'jsx', 'json', 'yaml', 'yml', 'md', 'markdown', 'diff', 'text',
] as const;

export function isHighlightedLanguage(language: string): boolean {
  return (HIGHLIGHTED_LANGUAGES as readonly string[]).includes(language);
}
