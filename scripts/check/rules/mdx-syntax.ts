/**
 * mdx-syntax: every page and fragment, in every locale, must compile with the
 * MDX 3 compiler, or the build of its locale fails. The compiler stops at the
 * first error, so HTML comments (the most common MDX 3 mistake in translated
 * Markdown) are also looked for in the rest of the file.
 */
import type {MdxSyntaxError} from '../../lib/mdx';
import {htmlComments} from '../html-comments';
import type {Finding, Rule} from '../types';

const COMMENT_MESSAGE = 'HTML comment `<!-- -->` is not valid in MDX 3: MDX comments are written `{/* … */}`';
const COMMENT_FIX = 'replace `<!-- text -->` with `{/* text */}`';

export const mdxSyntax: Rule = {
  name: 'mdx-syntax',
  check({site, isTarget}) {
    const findings: Finding[] = [];
    for (const file of site.files) {
      if (!file.error || !isTarget(file.path)) continue;
      const first = describe(file.error, file.source);
      // Without facts, no other rule can look at this file: say so.
      const skipped = file.facts ? '' : '; the other checks skip this file until it compiles';
      findings.push({path: file.path, ...first, fix: first.fix + skipped});
      for (const comment of htmlComments(file.source)) {
        if (comment.line === first.line && comment.column === first.column) continue;
        findings.push({
          path: file.path,
          ...comment,
          message: COMMENT_MESSAGE,
          fix: COMMENT_FIX,
        });
      }
    }
    return findings;
  },
};

function describe(error: MdxSyntaxError, source: string): Omit<Finding, 'path'> {
  const {line, column} = error.position;
  const text = source.split('\n')[line - 1] ?? '';
  // The compiler points at the `!` of `<!--`; point at the comment itself.
  if (text.slice(column - 2, column + 2) === '<!--') {
    return {line, column: column - 1, message: COMMENT_MESSAGE, fix: COMMENT_FIX};
  }
  const reason = `invalid MDX: ${error.message}`;
  if (error.ruleId === 'acorn' && /^#{1,6}\s/.test(text) && /\{#[^}]*\}\s*$/.test(text)) {
    return {line, column, message: `${reason} (unescaped heading id)`, fix: 'escape the heading id as `\\{#id}`'};
  }
  if (error.ruleId === 'acorn' && /import|export/.test(error.message)) {
    return {line, column, message: reason, fix: 'make the import/export a valid JavaScript statement, copied from the English file'};
  }
  if (error.ruleId === 'acorn') {
    return {line, column, message: reason, fix: 'escape a literal `{` as `\\{`, or fix the JavaScript expression inside `{…}`'};
  }
  if (error.ruleId === 'unexpected-character' || error.ruleId === 'unexpected-eof') {
    return {line, column, message: reason, fix: 'escape a literal `<` as `\\<` (or put it in `inline code`), or fix the JSX tag'};
  }
  if (error.ruleId === 'end-tag-mismatch') {
    return {line, column, message: reason, fix: 'close every JSX tag, with blank lines around block content as in the English file'};
  }
  if (error.ruleId === 'front-matter-yaml') {
    return {line, column, message: error.message, fix: 'fix the YAML (quote values that contain `:` or start with a special character)'};
  }
  return {line, column, message: reason, fix: 'fix the syntax at this position; compare with the English file'};
}
