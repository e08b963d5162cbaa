/**
 * imports: a translation imports exactly what English imports (same names, same
 * paths). Fragment imports must not point at a locale folder: the build's
 * `@fragments` alias already picks the translated fragment, with English fallback.
 */
import type {ImportInfo} from '../../lib/mdx';
import {diffHunks} from '../align';
import type {Finding, Rule} from '../types';

const canonical = (i: ImportInfo) => `${i.specifiers.join(', ')} from ${i.source}`;

export const imports: Rule = {
  name: 'imports',
  check({site, isTarget}) {
    const findings: Finding[] = [];
    for (const file of site.files) {
      const english = site.englishOf(file);
      if (!file.facts || !english?.facts || !isTarget(file.path)) continue;
      const en = english.facts.imports;
      const tr = file.facts.imports;
      const fix = 'copy the import line from English; imports are never translated';
      for (const hunk of diffHunks(en, tr, canonical)) {
        const paired = Math.min(hunk.en.length, hunk.tr.length);
        for (let i = 0; i < paired; i++) {
          const [t, e] = [hunk.tr[i]!, hunk.en[i]!];
          findings.push({
            path: file.path,
            ...t.position,
            message: `import differs from English: \`${t.statement}\` here, \`${e.statement}\` in English (${english.path}:${e.position.line})`,
            fix,
          });
        }
        for (const e of hunk.en.slice(paired)) {
          const next = tr[hunk.trStart + hunk.tr.length] ?? tr[tr.length - 1];
          findings.push({
            path: file.path,
            ...(next ? next.position : {line: 1, column: 1}),
            message: `import missing: \`${e.statement}\` (${english.path}:${e.position.line})`,
            fix,
          });
        }
        for (const t of hunk.tr.slice(paired)) {
          findings.push({
            path: file.path,
            ...t.position,
            message: `import not in English: \`${t.statement}\` (${english.path})`,
            fix: 'remove the import, or add it to the English file first',
          });
        }
      }
    }
    return findings;
  },
};
