/**
 * front-matter: the fields that identify a page and place it in the gallery are
 * the same in every locale (`slug`, `sidebar_position`, logo file names); the
 * gallery card's description must exist (translated) wherever English has one,
 * and in any page that declares `sidebar_custom_props`.
 */
import {isDeepStrictEqual} from 'node:util';
import {stringify} from 'yaml';
import {frontMatterFields, type FrontMatterField} from '../front-matter-fields';
import type {Finding, Rule} from '../types';

const show = (value: unknown) => stringify(value).trim();

export const frontMatter: Rule = {
  name: 'front-matter',
  check({site, config, isTarget}) {
    const findings: Finding[] = [];
    for (const file of site.files) {
      if (file.kind !== 'page' || !file.facts || !isTarget(file.path)) continue;
      const english = site.englishOf(file);
      const tr = frontMatterFields(file);
      const en = english?.facts ? frontMatterFields(english) : null;
      const top = file.facts.frontMatterPosition ?? {line: 1, column: 1};
      const enAt = (f: FrontMatterField) => `${english!.path}:${f.position.line}`;
      if (en) {
        for (const key of config.frontMatter.mustEqual) {
          const e = en.get(key);
          const t = tr.get(key);
          if (!e && !t) continue;
          if (e && !t) {
            findings.push({
              path: file.path,
              ...top,
              message: `front matter \`${key}\` is missing; English has \`${show(e.value)}\` (${enAt(e)})`,
              fix: `copy \`${key.split('.').pop()}: ${show(e.value)}\` from English`,
            });
          } else if (!e && t) {
            findings.push({
              path: file.path,
              ...t.position,
              message: `front matter \`${key}\` is not in English (${english!.path})`,
              fix: 'remove the field, or add it to the English page first',
            });
          } else if (!isDeepStrictEqual(e!.value, t!.value)) {
            findings.push({
              path: file.path,
              ...t!.position,
              message: `front matter \`${key}\` is \`${show(t!.value)}\` here but \`${show(e!.value)}\` in English (${enAt(e!)})`,
              fix: `use the English value, \`${show(e!.value)}\`; this field is not translated`,
            });
          }
        }
      }
      for (const key of config.frontMatter.mustExist) {
        const parent = key.split('.').slice(0, -1).join('.');
        const e = en?.get(key);
        const needed = e !== undefined || (parent !== '' && tr.has(parent));
        const value = tr.get(key)?.value;
        if (!needed || (typeof value === 'string' && value.trim() !== '')) continue;
        findings.push({
          path: file.path,
          ...(tr.get(key)?.position ?? tr.get(parent)?.position ?? top),
          message: `front matter \`${key}\` is missing or empty${e ? ` (English: ${enAt(e)})` : ''}`,
          fix: `add \`${key.split('.').pop()}:\` with ${e ? 'the translated English text' : 'a one-sentence description for the gallery card'}`,
        });
      }
    }
    return findings;
  },
};
