/**
 * components: the JSX elements of a translated page or fragment are English's,
 * with the same names, props and prop values. `<Tabs groupId>` and
 * `<TabItem value>` keep tab choices in step across pages and languages, and a
 * fragment's props choose what it shows, so they are code. Only the props in
 * `translatableProps` (label, title, alt…) carry text and may be translated.
 *
 * Elements are matched in document order (aligned, so one missing element does
 * not shift every later one); inside a region that differs, by name.
 */
import type {JsxAttributeInfo, JsxInfo} from '../../lib/mdx';
import {alignPairs} from '../align';
import {endOf, type SiteFile} from '../site';
import type {Finding, Rule} from '../types';

export const components: Rule = {
  name: 'components',
  check({site, config, isTarget}) {
    const findings: Finding[] = [];
    const translatable = new Set(config.translatableProps);
    for (const file of site.files) {
      const english = site.englishOf(file);
      if (!file.facts || !english?.facts || !isTarget(file.path)) continue;
      findings.push(...compareFile(file, english, translatable));
    }
    return findings;
  },
};

const tag = (el: JsxInfo) => `<${el.name ?? ''}>`;
const shown = (a: JsxAttributeInfo) => (a.name === null ? a.value! : a.value === null ? a.name : `${a.name}=${a.value}`);
/** How the element is written in English, for messages: `<TabItem value="npm" label="npm">`. */
const written = (el: JsxInfo) => `<${[el.name ?? '', ...el.attributes.map(shown)].join(' ').trim()}>`;
/** Spreads have no name: they are told apart by what they spread. */
const propKey = (a: JsxAttributeInfo) => a.name ?? `{…}${a.value}`;

function compareFile(file: SiteFile, english: SiteFile, translatable: Set<string>): Finding[] {
  const findings: Finding[] = [];
  const enAt = (el: JsxInfo | JsxAttributeInfo) => `${english.path}:${el.position.line}`;
  // The signature leaves out translatable values, so translating a label keeps elements paired,
  // and includes the section (heading ids are the same in every language).
  const signature = (el: JsxInfo) => {
    const props = el.attributes.map((a) => (a.name !== null && translatable.has(a.name) ? a.name : `${propKey(a)}=${a.value}`));
    return [el.section ?? '', el.name ?? '', ...props.sort()].join('\u0000');
  };
  const {pairs, missing, extra} = alignPairs(english.facts!.jsxElements, file.facts!.jsxElements, signature, (el) => el.name ?? '');

  for (const {en, tr, same} of pairs) {
    if (same) continue;
    if (en.name !== tr.name) {
      findings.push({
        path: file.path,
        ...tr.position,
        message: `component ${tag(tr)} here is ${tag(en)} in English (${enAt(en)}): component names are code, not text`,
        fix: `write it as English does: ${written(en)}`,
      });
      continue;
    }
    findings.push(...compareProps(file, tr, en, enAt, translatable));
  }
  for (const {en, before} of missing) {
    findings.push({
      path: file.path,
      ...(before ? before.position : endOf(file)),
      message: `component missing: English has ${written(en)} at ${enAt(en)}`,
      fix: `copy the element from English ${before ? 'before this one' : 'at the end of the file'}; translate only its text and its ${[...translatable].slice(0, 3).join(', ')}… props`,
    });
  }
  for (const el of extra) {
    findings.push({
      path: file.path,
      ...el.position,
      message: `extra component ${written(el)}: English (${english.path}) has no such element here`,
      fix: 'remove the element, or add it to the English file first',
    });
  }
  return findings;
}

function compareProps(
  file: SiteFile,
  tr: JsxInfo,
  en: JsxInfo,
  enAt: (el: JsxInfo | JsxAttributeInfo) => string,
  translatable: Set<string>,
): Finding[] {
  const findings: Finding[] = [];
  const trProps = new Map(tr.attributes.map((a) => [propKey(a), a]));
  const enProps = new Map(en.attributes.map((a) => [propKey(a), a]));
  for (const [key, enProp] of enProps) {
    const trProp = trProps.get(key);
    if (!trProp) {
      const isText = enProp.name !== null && translatable.has(enProp.name);
      findings.push({
        path: file.path,
        ...tr.position,
        message: `${tag(tr)} has no ${enProp.name === null ? `${enProp.value} spread` : `prop \`${enProp.name}\``}; English has ${shown(enProp)} (${enAt(enProp)})`,
        fix: isText ? `add ${enProp.name}="…" with the translated text` : `add ${shown(enProp)} as in English`,
      });
    } else if (trProp.value !== enProp.value && !(enProp.name !== null && translatable.has(enProp.name))) {
      findings.push({
        path: file.path,
        ...trProp.position,
        message: `${tag(tr)} prop ${shown(trProp)} here is ${shown(enProp)} in English (${enAt(enProp)}): prop values are code, not text`,
        fix: `use the English value, ${shown(enProp)}; only the ${[...translatable].join(', ')} props are translated`,
      });
    }
  }
  for (const [key, trProp] of trProps) {
    if (enProps.has(key)) continue;
    findings.push({
      path: file.path,
      ...trProp.position,
      message: `${tag(tr)} prop ${shown(trProp)} is not in English (${enAt(en)})`,
      fix: 'remove the prop, or add it to the English element first',
    });
  }
  return findings;
}
