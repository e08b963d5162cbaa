/**
 * Prints problems one per line, `path:line:column  rule  message  (how to fix)`,
 * then a summary line; or everything as JSON (`--format json`) for tools.
 */
import type {RunResult} from './runner';
import type {Problem} from './types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatProblem(p: Problem): string {
  return `${p.path}:${p.line}:${p.column}  ${p.rule}  ${p.message}  (${p.fix})`;
}

export function summarize({problems, filesChecked}: RunResult): string {
  if (problems.length === 0) return `✔ ${plural(filesChecked, 'file')} checked, no problems`;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const files = new Set(problems.map((p) => p.path)).size;
  return `${plural(problems.length, 'problem')} (${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}) in ${plural(files, 'file')}`;
}

export function formatText(result: RunResult): string {
  return [...result.problems.map(formatProblem), summarize(result)].join('\n');
}

export function formatJson(result: RunResult): string {
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  return JSON.stringify(
    {
      problems: result.problems,
      summary: {
        filesChecked: result.filesChecked,
        problems: result.problems.length,
        errors,
        warnings: result.problems.length - errors,
        text: summarize(result),
      },
    },
    null,
    2,
  );
}
