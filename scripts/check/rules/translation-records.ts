/**
 * translation-records: every entry of i18n/<locale>/translation-status.json
 * (written by i18n:new and i18n:mark) names a translation and an English file
 * that both exist. A record left behind by a renamed or deleted file is
 * reported on its line, with the command that removes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseTree, type Node, type ParseError} from 'jsonc-parser';
import {defaultLocale} from '../../../config/locales';
import {manifestPath} from '../../i18n/record';
import {describeSyntaxError} from '../../i18n/ui-strings/translation-file';
import {positionIndex} from '../positions';
import type {Finding, Rule} from '../types';

const child = (node: Node | undefined, key: string) =>
  node?.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];

export const translationRecords: Rule = {
  name: 'translation-records',
  check({site, isTarget}) {
    const findings: Finding[] = [];
    for (const locale of site.locales.filter((l) => l !== defaultLocale)) {
      const relative = manifestPath(locale);
      const file = path.join(site.root, relative);
      if (!isTarget(relative) || !fs.existsSync(file)) continue;
      const source = fs.readFileSync(file, 'utf8');
      const at = positionIndex(source);
      const errors: ParseError[] = [];
      const root = parseTree(source, errors, {allowTrailingComma: false, disallowComments: true});
      if (errors.length > 0 || !root) {
        const problem = describeSyntaxError(source, errors[0]!, at);
        findings.push({
          path: relative,
          ...problem.position,
          message: problem.message,
          fix: `restore the file with \`git checkout -- ${relative}\` (only i18n:new and i18n:mark write it)`,
        });
        continue;
      }
      const prune = `\`npm run i18n:mark -- --prune --locale ${locale}\``;
      for (const entry of child(root, 'files')?.children ?? []) {
        const [keyNode, value] = entry.children as [Node, Node | undefined];
        const translated = String(keyNode.value);
        const source = child(value, 'source')?.value;
        const position = at(keyNode.offset);
        if (!fs.existsSync(path.join(site.root, translated))) {
          findings.push({
            path: relative,
            ...position,
            message: `record of ${translated}, which does not exist (renamed or deleted)`,
            fix: `run ${prune}: it removes the records of files that no longer exist and changes nothing else`,
          });
        } else if (typeof source === 'string' && !fs.existsSync(path.join(site.root, source))) {
          findings.push({
            path: relative,
            ...position,
            message: `record of ${translated} names the English file ${source}, which does not exist (renamed or deleted)`,
            fix: `move or delete the translation (see its misplaced-translation problem), then run ${prune}`,
          });
        }
      }
    }
    return findings;
  },
};
