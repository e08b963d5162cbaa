/**
 * Problems as GitHub Actions workflow commands (`::error file=…,line=…::…`),
 * which GitHub turns into annotations on the pull request's diff, at the line
 * of each problem. Written here rather than taken from @actions/core: these
 * few lines are all of it that the check needs.
 *
 * Escaping follows @actions/core (command.ts): in the message, `%`, CR and LF
 * become `%25`, `%0D`, `%0A`; property values also escape `:` and `,`, which
 * separate the properties. `%` goes first so the escapes are not escaped again.
 */
import path from 'node:path';
import type {Problem} from './types';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command line; properties keep their order, empty ones are left out. */
export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/**
 * GitHub matches `file` against the repository, while problems name paths in
 * the site. They are the same folder here; `sitePrefix` covers a site that
 * lives in a subfolder of its repository.
 */
export function annotationOf(problem: Problem, sitePrefix = ''): string {
  return workflowCommand(
    problem.severity === 'error' ? 'error' : 'warning',
    {
      file: sitePrefix ? path.posix.join(sitePrefix, problem.path) : problem.path,
      line: problem.line,
      col: problem.column,
      title: problem.rule,
    },
    `${problem.message}\nFix: ${problem.fix}`,
  );
}

export function formatAnnotations(problems: Problem[], sitePrefix = ''): string {
  return problems.map((p) => annotationOf(p, sitePrefix)).join('\n');
}

/** Where the site is inside the checked-out repository (GITHUB_WORKSPACE), as a POSIX prefix. */
export function sitePrefixIn(workspace: string | undefined, root: string): string {
  if (!workspace) return '';
  const relative = path.relative(path.resolve(workspace), root);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return '';
  return relative.split(path.sep).join('/');
}
