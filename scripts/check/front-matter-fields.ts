/**
 * Where each front matter field is written in the file, so front matter
 * problems (and misspellings in a description) point at the field's own line.
 */
import {isMap, isScalar, parseDocument, type Node as YamlNode} from 'yaml';
import type {Yaml} from 'mdast';
import type {Position} from '../lib/mdx';
import {positionIndex} from './positions';
import type {SiteFile} from './site';

export type FrontMatterField = {
  /** Dot path: `sidebar_custom_props.description`. */
  key: string;
  value: unknown;
  /** Where the key is written. */
  position: Position;
  /** Offsets in the file of the value as written (scalars only). */
  valueStart: number;
  valueEnd: number;
};

export function frontMatterFields(file: SiteFile): Map<string, FrontMatterField> {
  const fields = new Map<string, FrontMatterField>();
  const node = file.facts?.tree.children[0];
  if (node?.type !== 'yaml' || node.position?.start.offset === undefined) return fields;
  const contentStart = file.source.indexOf('\n', node.position.start.offset) + 1;
  const positionOf = positionIndex(file.source);
  const walk = (map: YamlNode | null, prefix: string) => {
    if (!isMap(map)) return;
    for (const pair of map.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const key = `${prefix}${String(pair.key.value)}`;
      const value = pair.value as YamlNode | null;
      const range = (value as {range?: [number, number, number]} | null)?.range;
      fields.set(key, {
        key,
        value: isScalar(value) ? value.value : value?.toJSON(),
        position: positionOf(contentStart + pair.key.range[0]),
        valueStart: contentStart + (range?.[0] ?? pair.key.range[1]),
        valueEnd: contentStart + (range?.[1] ?? pair.key.range[1]),
      });
      walk(value, `${key}.`);
    }
  };
  walk(parseDocument((node as Yaml).value).contents, '');
  return fields;
}
