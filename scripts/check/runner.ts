/**
 * Runs the rules over a site: loads (reads and compiles) every file once, lets
 * each rule read the shared facts, and returns every problem, sorted.
 */
import {defaultLocale, locales as allLocales, sourcePathFor} from '../../config/locales';
import {affectedBy, directlyChanged, spellingWordLists, type ChangedScope} from './affected';
import {checkConfig, type CheckConfig} from './config';
import {rules as allRules} from './rules';
import {spellingInputs} from './rules/spelling';
import {prefetchUiStrings} from './rules/ui-strings';
import {Site} from './site';
import {SpellingService} from './spelling-service';
import {RULE_NAMES, type Problem, type Rule} from './types';

export type RunOptions = {
  root: string;
  /** Report only files of this locale. */
  locale?: string;
  /** Report only these files or folders (relative to the root, POSIX separators). */
  paths?: string[];
  config?: CheckConfig;
  rules?: Rule[];
  /** Reuse compile results, code tokens and spelling results from node_modules/.cache (default true). */
  cache?: boolean;
  /** `--changed`: files changed since the merge base; report only what they can affect (affected.ts). */
  changed?: string[];
  /** The site's locales (default: config/locales.ts); tests pass others. */
  locales?: readonly string[];
};

export type RunResult = {problems: Problem[]; filesChecked: number; changedScope?: ChangedScope};

/** Wall and CPU time (ms) per phase of the last run, for `--timing`. */
export const timings: Array<[string, number, number]> = [];

function startClock(): () => [number, number] {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return [performance.now() - wall, (used.user + used.system) / 1000];
  };
}

export class RuleCrash extends Error {
  constructor(
    readonly rule: string,
    readonly cause: unknown,
  ) {
    super(`rule ${rule} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export function localeOfPath(filePath: string): string {
  return sourcePathFor(filePath)?.locale ?? (/^i18n\/([^/]+)\//.exec(filePath)?.[1] ?? defaultLocale);
}

export async function runChecks(options: RunOptions): Promise<RunResult> {
  const config = options.config ?? checkConfig;
  const rules = options.rules ?? allRules;
  timings.length = 0;
  const locales = options.locales ?? allLocales;
  let paths = options.paths?.map((p) => p.replace(/\/+$/, ''));
  // --changed: the files known from paths alone now, widened once the site is compiled.
  const wordLists = options.changed ? spellingWordLists(options.root, config.spelling.configFile) : [];
  let changedScope = options.changed ? directlyChanged(options.root, options.changed, locales, wordLists) : undefined;
  if (changedScope) paths = changedScope.paths;
  const isTarget = (filePath: string) =>
    (!options.locale || localeOfPath(filePath) === options.locale) &&
    (!paths || paths.some((p) => p === '' || p === '.' || filePath === p || filePath.startsWith(`${p}/`)));
  const spelling =
    config.severity.spelling !== 'off' && rules.some((r) => r.name === 'spelling')
      ? SpellingService.open(options.root, config.spelling.configFile, options.cache ?? true)
      : null;
  if (config.severity['ui-strings'] !== 'off' && rules.some((r) => r.name === 'ui-strings')) {
    prefetchUiStrings(options.root, options.cache ?? true, locales, isTarget);
  }
  try {
    let clock = startClock();
    const site = await Site.load(options.root, locales, {
      cache: options.cache ?? true,
      onRead: (files) => spelling?.prepare(spellingInputs(options.root, locales, files, config, isTarget)),
    });
    timings.push(['read and compile', ...clock()]);
    if (changedScope?.paths) {
      changedScope = affectedBy(site, options.changed!, wordLists);
      paths = changedScope.paths;
    }
    const problems: Problem[] = [];
    for (const rule of rules) {
      const severity = config.severity[rule.name];
      if (severity === 'off') continue;
      let findings;
      clock = startClock();
      try {
        findings = await rule.check({site, config, isTarget, spelling, useCache: options.cache ?? true});
        timings.push([rule.name, ...clock()]);
      } catch (error) {
        throw new RuleCrash(rule.name, error);
      }
      for (const finding of findings) problems.push({...finding, rule: rule.name, severity: finding.severity === 'warning' ? 'warning' : severity});
    }
    return {problems: sortAndDedupe(problems), filesChecked: site.files.filter((f) => isTarget(f.path)).length, changedScope};
  } finally {
    await spelling?.close();
  }
}

function sortAndDedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  const order = (p: Problem) => RULE_NAMES.indexOf(p.rule);
  return problems
    .filter((p) => {
      const key = `${p.path}\0${p.line}\0${p.column}\0${p.rule}\0${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || order(a) - order(b));
}
