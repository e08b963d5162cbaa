/**
 * cspell, in process, through the cspell-lib API (no process per file):
 * settings come from the site's cspell.config.yaml (the same file the cspell
 * CLI and editor extensions read), each document is checked with the language
 * of its locale, and dictionaries are loaded once for the whole run.
 */
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

export type SpellingIssue = {offset: number; word: string; suggestions: string[]};

export type Speller = {
  check(text: string, language: string, file: string): Promise<SpellingIssue[]>;
};

type CspellLib = typeof import('cspell-lib');

export async function createSpeller(root: string, configFile: string): Promise<Speller | {error: string}> {
  const configPath = path.join(root, configFile);
  if (!fs.existsSync(configPath)) return {error: `no ${configFile} at the site root`};
  // cspell-lib is ESM only; it ships with (and is installed by) the cspell package.
  const cspell: CspellLib = await import('cspell-lib');
  const settings = await cspell.readSettings(configPath);
  return {
    async check(text, language, file) {
      const result = await cspell.spellCheckDocument(
        {uri: pathToFileURL(path.join(root, file)).href, text, languageId: 'plaintext', locale: language},
        {noConfigSearch: true, generateSuggestions: true, numSuggestions: 3},
        settings,
      );
      if (result.errors?.length) throw new Error(`cspell: ${result.errors.map((e) => e.message).join('; ')}`);
      return result.issues.map((issue) => ({
        offset: issue.offset,
        word: issue.text,
        suggestions: (issue.suggestions ?? []).slice(0, 3),
      }));
    },
  };
}
