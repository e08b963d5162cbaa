/**
 * admonitions: a translation has English's admonitions (`:::note`, `:::tip`,
 * `:::warning`…), of the same types and in the same order. Their bracketed
 * titles (`:::tip[Título]`) are text and are translated, but a title English
 * has must stay a title: `:::tip Título` is not one (Docusaurus prints it as
 * text).
 */
import type {DirectiveInfo} from '../../lib/mdx';
import {alignPairs} from '../align';
import {endOf, type SiteFile} from '../site';
import type {Finding, Rule} from '../types';

export const admonitions: Rule = {
  name: 'admonitions',
  check({site, config, isTarget}) {
    const findings: Finding[] = [];
    for (const file of site.files) {
      const english = site.englishOf(file);
      if (!file.facts || !english?.facts || !isTarget(file.path)) continue;
      findings.push(...compareFile(file, english, config.admonitions.types));
    }
    return findings;
  },
};

const opening = (d: DirectiveInfo) =>
  `:::${d.name}${d.label === null ? '' : `[${d.label}]`}${d.attributes.length ? `{${d.attributes.join(' ')}}` : ''}`;

function compareFile(file: SiteFile, english: SiteFile, types: string[]): Finding[] {
  const findings: Finding[] = [];
  const enAt = (d: DirectiveInfo) => `${english.path}:${d.position.line}`;
  const {pairs, missing, extra} = alignPairs(
    english.facts!.directives,
    file.facts!.directives,
    // Heading ids are the same in every language: an admonition is matched within its section.
    (d) => `${d.section}\u0000${d.name}\u0000${d.attributes.join(' ')}`,
    (d) => d.name,
  );
  for (const {en, tr} of pairs) {
    const at = {path: file.path, ...tr.position};
    if (tr.name !== en.name) {
      const known = types.includes(tr.name) ? '' : ` (\`${tr.name}\` is not an admonition type: ${types.join(', ')})`;
      findings.push({
        ...at,
        message: `admonition :::${tr.name} here is :::${en.name} in English (${enAt(en)})${known}`,
        fix: `open it with :::${en.name} as in English; only the [title] is translated`,
      });
      continue;
    }
    if (tr.attributes.join(' ') !== en.attributes.join(' ')) {
      findings.push({
        ...at,
        message: `admonition attributes {${tr.attributes.join(' ')}} differ from English {${en.attributes.join(' ')}} (${enAt(en)})`,
        fix: `copy the attributes from English: ${opening(en)}`,
      });
    }
    if (en.label !== null && tr.label === null) {
      findings.push({
        ...at,
        message: `admonition :::${tr.name} has no [title]; English has ${opening(en)} (${enAt(en)})`,
        fix: `translate the title in brackets right after the type, :::${en.name}[…]; a title after a space is printed as text`,
      });
    } else if (en.label === null && tr.label !== null) {
      findings.push({
        ...at,
        message: `admonition ${opening(tr)} has a title; English has none (${enAt(en)})`,
        fix: `remove [${tr.label}], or add a title to the English admonition first`,
      });
    }
  }
  for (const {en, before} of missing) {
    findings.push({
      path: file.path,
      ...(before ? before.position : endOf(file)),
      message: `admonition missing: English has ${opening(en)} at ${enAt(en)}`,
      fix:
        `add it ${before ? 'before this one' : 'at the end of the file'}, with the same type` +
        (en.label === null ? '' : `; write the title in brackets, :::${en.name}[…]; \`:::${en.name} Title\` is printed as text`),
    });
  }
  for (const d of extra) {
    findings.push({
      path: file.path,
      ...d.position,
      message: `extra admonition ${opening(d)}: English (${english.path}) has none here`,
      fix: 'remove the admonition, or add it to the English file first',
    });
  }
  return findings;
}
