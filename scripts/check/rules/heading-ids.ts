/**
 * heading-ids: anchors and the table of contents rely on heading ids, and a
 * translated page must keep the English ids so links work in every locale.
 *
 * - h2–h4 (configurable) carry an explicit `\{#id}` in every locale;
 * - a translation has exactly the English ids, each at the same depth and
 *   under the same parent heading. Headings are matched by id and structure,
 *   never by position, so a translation may reorder prose freely; an id that is
 *   missing in one slot while an unknown id (or a heading without id) sits in
 *   the same slot is reported once, as a rename.
 */
import GithubSlugger from 'github-slugger';
import type {HeadingInfo} from '../../lib/mdx';
import {endOf, type SiteFile} from '../site';
import type {Finding, Rule} from '../types';

/** A heading with the id of its nearest shallower heading (its parent in the outline). */
type OutlineHeading = HeadingInfo & {parent: string | null; index: number};

export const headingIds: Rule = {
  name: 'heading-ids',
  check({site, config, isTarget}) {
    const findings: Finding[] = [];
    const required = new Set(config.headingIds.requiredDepths);
    for (const file of site.files) {
      if (!file.facts || !isTarget(file.path)) continue;
      const english = site.englishOf(file);
      if (english?.facts) findings.push(...compareWithEnglish(file, english, required));
      else findings.push(...missingIds(file, required));
    }
    return findings;
  },
};

function outline(headings: HeadingInfo[]): OutlineHeading[] {
  const stack: HeadingInfo[] = [];
  return headings.map((heading, index) => {
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
    const parent = stack[stack.length - 1]?.id ?? null;
    stack.push(heading);
    return {...heading, parent, index};
  });
}

const hashes = (depth: number) => '#'.repeat(depth);
const at = (file: SiteFile, h: HeadingInfo) => `${file.path}:${h.position.line}`;

/** Headings without an id in a file that has no English counterpart to compare with. */
function missingIds(file: SiteFile, required: Set<number>): Finding[] {
  const slugger = new GithubSlugger();
  return file.facts!.headings.flatMap((h) => {
    const slug = slugger.slug(h.text);
    if (h.id !== null || !required.has(h.depth)) return [];
    return [
      {
        path: file.path,
        ...h.position,
        message: `h${h.depth} "${h.text}" has no explicit id`,
        fix: `append an id to the heading, e.g. \`${hashes(h.depth)} ${h.text} \\{#${slug}}\``,
      },
    ];
  });
}

function compareWithEnglish(file: SiteFile, english: SiteFile, required: Set<number>): Finding[] {
  const findings: Finding[] = [];
  const en = outline(english.facts!.headings);
  const tr = outline(file.facts!.headings);
  const enById = new Map(en.filter((h) => h.id).map((h) => [h.id!, h]));
  const trById = new Map(tr.filter((h) => h.id).map((h) => [h.id!, h]));

  // Pair each English id missing from the translation with an unknown id or an
  // id-less heading in the same slot (depth + parent). Shallow levels first, so
  // a renamed parent is already known when its children are matched.
  const renamed = new Map<string, string>(); // translated id → English id
  const pairedTr = new Set<OutlineHeading>();
  const pairedEn = new Set<OutlineHeading>();
  const slotOf = (h: OutlineHeading, translated: boolean) =>
    `${h.depth}\0${translated && h.parent ? (renamed.get(h.parent) ?? h.parent) : h.parent}`;
  const depths = [...new Set([...en, ...tr].map((h) => h.depth))].sort((a, b) => a - b);
  for (const depth of depths) {
    const candidates = new Map<string, OutlineHeading[]>();
    for (const h of tr) {
      if (h.depth !== depth) continue;
      const unknownId = h.id !== null && !enById.has(h.id);
      const requiredWithoutId = h.id === null && required.has(h.depth);
      if (unknownId || requiredWithoutId) candidates.set(slotOf(h, true), [...(candidates.get(slotOf(h, true)) ?? []), h]);
    }
    for (const h of en) {
      if (h.depth !== depth || h.id === null || trById.has(h.id)) continue;
      const slot = candidates.get(slotOf(h, false));
      const partner = slot?.shift();
      if (!partner) continue;
      pairedTr.add(partner);
      pairedEn.add(h);
      if (partner.id) {
        renamed.set(partner.id, h.id);
        findings.push({
          path: file.path,
          ...partner.position,
          message: `heading id #${partner.id} differs from the English id #${h.id} (${at(english, h)})`,
          fix: `use the English id, \`\\{#${h.id}}\`; ids are never translated`,
        });
      } else {
        findings.push({
          path: file.path,
          ...partner.position,
          message: `h${partner.depth} "${partner.text}" has no explicit id; the English heading here has #${h.id} (${at(english, h)})`,
          fix: `append \`\\{#${h.id}}\` to the heading`,
        });
      }
    }
  }

  for (const h of tr) {
    if (pairedTr.has(h)) continue;
    if (h.id === null) {
      if (required.has(h.depth)) {
        findings.push({
          path: file.path,
          ...h.position,
          message: `h${h.depth} "${h.text}" has no explicit id`,
          fix: `append the id of the English heading it translates (${english.path}), e.g. \`\\{#id}\``,
        });
      }
      continue;
    }
    const source = enById.get(h.id);
    if (!source) {
      findings.push({
        path: file.path,
        ...h.position,
        message: `heading id #${h.id} does not exist in English (${english.path})`,
        fix: 'use the id of the English heading this one translates, or remove the heading',
      });
      continue;
    }
    if (source.depth !== h.depth) {
      findings.push({
        path: file.path,
        ...h.position,
        message: `#${h.id} is an h${h.depth} here but an h${source.depth} in English (${at(english, source)})`,
        fix: `write the heading with \`${hashes(source.depth)}\` as in English`,
      });
      continue;
    }
    const parent = h.parent ? (renamed.get(h.parent) ?? h.parent) : null;
    if (parent !== source.parent) {
      findings.push({
        path: file.path,
        ...h.position,
        message: `#${h.id} is under ${parent ? `#${parent}` : 'the page title'} here but under ${source.parent ? `#${source.parent}` : 'the page title'} in English (${at(english, source)})`,
        fix: 'move the heading (and its section) to the same place in the outline as in English',
      });
    }
  }

  for (const h of en) {
    if (h.id === null || pairedEn.has(h) || trById.has(h.id)) continue;
    // Point at where the heading belongs: before the next English heading the translation has.
    const next = en.slice(h.index + 1).find((n) => n.id && trById.has(n.id));
    const anchor = next ? trById.get(next.id!)!.position : endOf(file);
    findings.push({
      path: file.path,
      ...anchor,
      message: `heading #${h.id} (h${h.depth} "${h.text}", ${at(english, h)}) is missing`,
      fix: `translate the heading and keep its id: \`${hashes(h.depth)} … \\{#${h.id}}\` ${next ? 'before this line' : 'at the end of the file'}`,
    });
  }
  return findings;
}
