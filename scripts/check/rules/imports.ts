/**
 * imports: a translation imports exactly what English imports (same names, same
 * paths): the build's `@fragments` alias already picks the translated fragment,
 * with English fallback, so a translated import path is always a mistake. And
 * in every locale, each fragment import must resolve to a file.
 */
import type {ImportInfo} from '../../lib/mdx';
import {defaultLocale, fragmentsDir, localizedFragmentsDir} from '../../../config/locales';
import {FRAGMENTS_ALIAS} from '../../../config/plugins/fragments-alias';
import {toPosix} from '../../lib/content';
import {diffHunks} from '../align';
import type {SiteFile} from '../site';
import type {Finding, Rule} from '../types';

const canonical = (i: ImportInfo) => `${i.specifiers.join(', ')} from ${i.source}`;

export const imports: Rule = {
  name: 'imports',
  check({site, isTarget}) {
    const findings: Finding[] = [];
    for (const file of site.files) {
      if (!file.facts || !isTarget(file.path)) continue;
      const reported = new Set<number>();
      const english = site.englishOf(file);
      if (english?.facts) {
        const differences = compareWithEnglish(file, english);
        for (const d of differences) reported.add(d.line);
        findings.push(...differences);
      }
      for (const imp of file.facts.imports) {
        if (reported.has(imp.position.line) || !isContentImport(imp.source)) continue;
        if (site.resolveImport(file, imp.source, file.locale)) continue;
        findings.push({
          path: file.path,
          ...imp.position,
          message: `import \`${imp.source}\` resolves to no file (${file.locale === defaultLocale ? fragmentsDir : `${toPosix(localizedFragmentsDir(file.locale))} or ${fragmentsDir}`})`,
          fix: 'fix the path: fragments are imported as `@fragments/<path under fragments/>`',
        });
      }
    }
    return findings;
  },
};

/** Imports of other content files (fragments), as opposed to components and code. */
const isContentImport = (source: string) => source.startsWith(`${FRAGMENTS_ALIAS}/`) || /^\.\.?\/.*\.mdx?$/.test(source);

function compareWithEnglish(file: SiteFile, english: SiteFile): Finding[] {
  const findings: Finding[] = [];
  const en = english.facts!.imports;
  const tr = file.facts!.imports;
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
  return findings;
}
