/**
 * partial-front-matter: a partial (`_*.mdx`, every fragment) is rendered inside
 * a page and has no front matter of its own; Docusaurus rejects one that has
 * it when building under CI.
 */
import path from 'node:path';
import type {Finding, Rule} from '../types';

export const partialFrontMatter: Rule = {
  name: 'partial-front-matter',
  check({site, isTarget}) {
    const findings: Finding[] = [];
    for (const file of site.files) {
      if (!isTarget(file.path) || !file.facts?.frontMatterPosition) continue;
      if (!path.posix.basename(file.path).startsWith('_')) continue;
      findings.push({
        path: file.path,
        ...file.facts.frontMatterPosition,
        message: 'partial has front matter; partials are rendered inside a page and cannot have any',
        fix: 'remove the `---` block; put titles and metadata in the page that imports the partial',
      });
    }
    return findings;
  },
};
