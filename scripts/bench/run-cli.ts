/**
 * Ends a benchmark CLI: exits with the code its main returns (1 when a budget
 * is missed under --check), or prints the stack and exits 1 when it throws,
 * since an unexpected error in a benchmark is a bug to look at.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(error.stack ?? error.message);
      process.exit(1);
    },
  );
}
