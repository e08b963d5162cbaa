/**
 * The vocabulary shared by the runner, the rules and the reporter.
 */
import type {Site} from './site';
import type {CheckConfig} from './config';

export type Severity = 'error' | 'warning';

export const RULE_NAMES = [
  'mdx-syntax',
  'partial-front-matter',
  'heading-ids',
  'duplicate-heading-id',
  'code-blocks',
  'imports',
  'front-matter',
  'broken-links',
  'spelling',
] as const;

export type RuleName = (typeof RULE_NAMES)[number];

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
};

export type Problem = Finding & {rule: RuleName; severity: Severity};

export type RuleContext = {
  site: Site;
  config: CheckConfig;
  /** Whether problems in this file are wanted in this run (`--locale`, path arguments). */
  isTarget(path: string): boolean;
};

export type Rule = {
  name: RuleName;
  /** One line, shown by `npm run check -- --help`. */
  description: string;
  check(context: RuleContext): Finding[] | Promise<Finding[]>;
};
