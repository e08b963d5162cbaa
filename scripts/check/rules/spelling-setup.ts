/**
 * The spelling rule's findings about its own set-up rather than about words:
 * a cspell.config.yaml out of step with config/locales.ts, a declared
 * dictionary that is not installed, and locales checked without a dictionary.
 * Each is reported once per run, at the line that has to change.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type * as TS from 'typescript';
import {defaultLocale} from '../../../config/locales';
import {siteDir} from '../../lib/content';
import type {Position} from '../../lib/mdx';
import type {CheckConfig} from '../config';
import {CSPELL_CONFIG_FILE, cspellConfigDrift, SPELLING_CONFIG_COMMAND} from '../cspell-config';
import {englishLanguage} from '../spelling-locales';
import type {Finding} from '../types';

const LOCALES_FILE = 'config/locales.ts';

/** Whether a dictionary package resolves from the site (or, as cspell does, from this tool's install). */
function isInstalled(root: string, dictionary: string): boolean {
  for (const from of [root, siteDir]) {
    try {
      createRequire(path.join(from, 'package.json')).resolve(`${dictionary}/cspell-ext.json`);
      return true;
    } catch {
      // try the next place
    }
  }
  return false;
}

/** Where `locale` is declared in the site's config/locales.ts (its key in `localeConfigs`), else line 1. */
function localePosition(root: string, locale: string): Position {
  const file = path.join(root, LOCALES_FILE);
  if (!fs.existsSync(file)) return {line: 1, column: 1};
  // Loaded only here, when a locale has to be pointed at: rare, and the check's warm runs skip TypeScript.
  const ts = require('typescript') as typeof TS;
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let found: Position = {line: 1, column: 1};
  const visit = (node: TS.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'localeConfigs' &&
      node.initializer
    ) {
      let init: TS.Node = node.initializer;
      while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
      if (ts.isObjectLiteralExpression(init)) {
        for (const property of init.properties) {
          const name = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : null;
          if (name === locale) {
            const at = source.getLineAndCharacterOfPosition(property.getStart(source));
            found = {line: at.line + 1, column: at.character + 1};
          }
        }
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * @param checkedLocales locales with at least one file checked in this run: only
 *   those get the "not checked" notice, so `--locale es` does not mention `zh`.
 */
export function localeSetupFindings(root: string, config: CheckConfig, checkedLocales: Set<string>): Finding[] {
  const findings: Finding[] = [];
  const drift = cspellConfigDrift(root, config.spelling.locales);
  if (drift) {
    findings.push({
      path: CSPELL_CONFIG_FILE,
      line: 1,
      column: 1,
      message: `${drift}; spelling is not checked until they agree`,
      fix: `run \`${SPELLING_CONFIG_COMMAND}\`, which writes ${CSPELL_CONFIG_FILE} from config/locales.ts (change dictionaries there, not in ${CSPELL_CONFIG_FILE})`,
    });
  }
  for (const [locale, spelling] of Object.entries(config.spelling.locales)) {
    if (spelling && !isInstalled(root, spelling.dictionary)) {
      findings.push({
        path: LOCALES_FILE,
        ...localePosition(root, locale),
        message: `the spelling dictionary of ${locale}, ${spelling.dictionary}, is not installed; spelling is not checked until it is`,
        fix: `run \`npm install --save-dev ${spelling.dictionary}\`, or correct the package name in the \`spelling\` of ${locale}`,
      });
    }
  }
  for (const locale of checkedLocales) {
    if (locale === defaultLocale || config.spelling.locales[locale]) continue;
    findings.push({
      path: LOCALES_FILE,
      ...localePosition(root, locale),
      severity: 'warning',
      message: `spelling not checked for ${locale}: config/locales.ts gives it no dictionary; only its Latin-script words are checked, in English (${englishLanguage(config.spelling.locales)})`,
      fix: `nothing to do when cspell has no dictionary for the language (Chinese, Japanese); otherwise install its @cspell/dict-* package and name it in the \`spelling\` of ${locale}`,
    });
  }
  return findings;
}
