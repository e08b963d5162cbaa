/**
 * The vocabulary shared by the runner, the rules and the reporter.
 */
import type {Site} from './site';
import type {CheckConfig} from './config';
import type {SpellingService} from './spelling-service';

export type Severity = 'error' | 'warning';

/** Every rule with its one-line description (`npm run check -- --help`), in reporting order. */
export const RULE_CATALOG = {
  'mdx-syntax': 'pages and fragments compile with the MDX 3 compiler (@mdx-js/mdx + GFM, directives, front matter)',
  'partial-front-matter': 'partials (`_*.mdx`) have no front matter',
  'heading-ids': 'h2–h4 have explicit ids; translations keep the English ids, depths and nesting',
  'duplicate-heading-id': 'no id is used twice on a page composed with its fragments, in any locale',
  'code-blocks': 'translated code blocks match English except in comments, strings and JSX text',
  'code-strings': 'strings the code depends on (directives, URLs, routes, keys, scopes…) are byte-identical to English',
  'code-fences': 'code blocks use a language and a fence line the site\'s build-time highlighter can render',
  'imports': 'translations import the same components and fragments, from the same paths, as English',
  'front-matter': 'translated pages keep slug, sidebar_position and logo file names; descriptions exist',
  'components': 'JSX elements in MDX keep their English names, props and prop values (except label, title, alt…)',
  'admonitions': 'admonitions (:::note, :::tip…) keep their English types, in order; only their [titles] are translated',
  'broken-links': 'internal links and #anchors resolve to existing pages and headings, in every locale',
  'misplaced-translation': 'every translated page and fragment has an English file at the same path (else it is never shown)',
  'translation-records': 'i18n/<locale>/translation-status.json only records files that exist',
  'ui-strings': 'UI translation JSON files are valid, have the ids Docusaurus expects, keep placeholders and fit plural forms',
  'spelling': 'prose is spelled correctly (cspell; each locale\'s dictionary from config/locales.ts; project-words.txt)',
} as const;

export const RULE_NAMES = Object.keys(RULE_CATALOG) as RuleName[];

export type RuleName = keyof typeof RULE_CATALOG;

/** What a rule finds. The runner adds the severity from the config. */
export type Finding = {
  /** Path relative to the site root, POSIX separators. */
  path: string;
  line: number;
  column: number;
  /** What is wrong, naming the English file and line when the problem is a difference from English. */
  message: string;
  /** How to fix it, in the imperative. */
  fix: string;
  /** 'warning' for a finding that never fails the run, whatever the rule's severity (a notice). */
  severity?: Severity;
};

export type Problem = Finding & {rule: RuleName; severity: Severity};

export type RuleContext = {
  site: Site;
  config: CheckConfig;
  /** Whether problems in this file are wanted in this run (`--locale`, path arguments). */
  isTarget(path: string): boolean;
  /** cspell behind a result cache; null when the spelling rule is off. */
  spelling: SpellingService | null;
  /** Whether rules may keep results in node_modules/.cache (disk-cache.ts). */
  useCache: boolean;
};

export type Rule = {
  name: RuleName;
  check(context: RuleContext): Finding[] | Promise<Finding[]>;
};
