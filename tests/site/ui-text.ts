/**
 * A translated locale's UI strings, as its translators wrote them in
 * i18n/<locale>/code.json and the theme's JSON files. Tests read them here
 * instead of hard-coding one language's words, so the same test holds for
 * every locale of config/locales.ts; a missing string is a clear failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import {siteDir} from '../../scripts/lib/content';

type Messages = Record<string, {message: string}>;

function readMessages(file: string): Messages {
  if (!fs.existsSync(file)) {
    throw new Error(`${path.relative(siteDir, file)} is missing: run \`npx docusaurus write-translations --locale <locale>\` and translate it.`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Messages;
}

function message(file: string, id: string): string {
  const found = readMessages(file)[id]?.message;
  if (found === undefined) throw new Error(`${path.relative(siteDir, file)} has no "${id}"`);
  return found;
}

/** A string of i18n/<locale>/code.json, with `{name}` placeholders filled from `values`. */
export function uiText(locale: string, id: string, values: Record<string, string | number> = {}, root = siteDir): string {
  const text = message(path.join(root, 'i18n', locale, 'code.json'), id);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A regular expression matching the string with every `{placeholder}` standing for a number. */
export function uiPattern(locale: string, id: string, root = siteDir): RegExp {
  const text = message(path.join(root, 'i18n', locale, 'code.json'), id);
  const parts = text.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*'));
  return new RegExp(parts.join('\\d+'));
}

/** A footer label of the locale (docusaurus-theme-classic/footer.json). */
export function footerText(locale: string, key: string, root = siteDir): string {
  return message(path.join(root, 'i18n', locale, 'docusaurus-theme-classic', 'footer.json'), key);
}
