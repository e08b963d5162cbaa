/**
 * `npm run check -- --changed [<git ref>]`: `--changed` takes an optional
 * value, which parseArgs cannot express. The word after it is its ref unless
 * it is another option; `--changed=<ref>` works too.
 */
export function takeChanged(argv: string[]): {args: string[]; changed: false | {ref: string | undefined}} {
  const args: string[] = [];
  let changed: false | {ref: string | undefined} = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--changed') {
      const next = argv[i + 1];
      changed = {ref: next !== undefined && !next.startsWith('-') ? next : undefined};
      if (changed.ref !== undefined) i++;
    } else if (arg.startsWith('--changed=')) {
      changed = {ref: arg.slice('--changed='.length) || undefined};
    } else {
      args.push(arg);
    }
  }
  return {args, changed};
}
