/**
 * code-fences: every fenced block can be rendered by the site's build-time
 * highlighter (config/plugins/static-code): a language it knows, and a fence
 * line it understands. The build stops on the same problems; this reports
 * them for all files at once, with the fix, before anyone waits for a build.
 */
import {HIGHLIGHTED_LANGUAGES, isHighlightedLanguage} from '../../../config/plugins/static-code/languages';
import {CodeMetaError, parseCodeMeta} from '../../../config/plugins/static-code/meta';
import type {Finding, Rule} from '../types';

export const codeFences: Rule = {
  name: 'code-fences',
  check({site, isTarget}) {
    const findings: Finding[] = [];
    for (const file of site.files) {
      if (!isTarget(file.path) || !file.facts) continue;
      for (const block of file.facts.codeBlocks) {
        const at = {path: file.path, ...block.position};
        const language = block.lang ?? 'text';
        if (!isHighlightedLanguage(language)) {
          findings.push({
            ...at,
            message: `code block language "${language}" is not one the site highlights`,
            fix: `use one of ${HIGHLIGHTED_LANGUAGES.join(', ')}; a new language is added in config/plugins/static-code/languages.ts`,
          });
        }
        try {
          parseCodeMeta(block.meta, block.value);
        } catch (error) {
          if (!(error instanceof CodeMetaError)) throw error;
          findings.push({...at, message: error.message, fix: 'write the fence as English does: ```lang title="file" {line numbers}'});
        }
      }
    }
    return findings;
  },
};
