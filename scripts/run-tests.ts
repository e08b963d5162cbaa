/**
 * Runs node:test suites written in TypeScript. Node 20's runner neither globs
 * nor loads .ts on its own, so this finds `*.test.ts` under the given folders
 * and hands them to `node --import tsx --test`.
 *
 *   tsx scripts/run-tests.ts scripts            # unit tests of the tools
 *   tsx scripts/run-tests.ts tests/site         # checks of the built site
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {globSync} from 'tinyglobby';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: tsx scripts/run-tests.ts <folder> [folder …]');
  process.exit(2);
}
const root = path.resolve(__dirname, '..');
const files = dirs.flatMap((dir) =>
  globSync('**/*.test.ts', {cwd: path.resolve(root, dir), absolute: true, ignore: ['**/node_modules/**', '**/fixtures/**']}),
);
if (files.length === 0) {
  console.error(`No *.test.ts files under: ${dirs.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', ...files.sort()],
  {stdio: 'inherit', cwd: root},
);
process.exit(result.status ?? 1);
