import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {plainNodeCommand, plainNodeCommandAsync} from './plain-node';

async function withModule(source: string, run: (file: string, work: string) => void | Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plain-node-'));
  try {
    // CommonJS, as a plain Node child loads it: shows where the module's requires resolve from.
    fs.writeFileSync(path.join(dir, 'helper.cjs'), 'exports.twice = (n) => n * 2;\n');
    fs.writeFileSync(path.join(dir, 'entry.ts'), source);
    fs.mkdirSync(path.join(dir, 'work'));
    await run(path.join(dir, 'entry.ts'), path.join(dir, 'work'));
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

for (const [variant, commandFor] of [
  ['plainNodeCommand', async (file: string, args: string[], work: string) => plainNodeCommand(file, args, work)],
  ['plainNodeCommandAsync', plainNodeCommandAsync],
] as const) {
  test(`${variant}: runs main(args) of a TypeScript module without tsx, its requires resolved from its own folder`, async () => {
    const source = `import fs from 'node:fs';
const {twice} = require('./helper.cjs');
type Args = string[];
export async function main([n, out]: Args): Promise<void> {
  const tsx = Object.keys(require.cache).some((file) => file.includes('/tsx/'));
  fs.writeFileSync(out!, JSON.stringify({value: twice(Number(n)), tsx, file: __filename}));
}
`;
    await withModule(source, async (file, work) => {
      const out = path.join(work, 'out.json');
      const [command, args] = await commandFor(file, ['21', out], work);
      const result = spawnSync(command, args, {encoding: 'utf8', env: {...process.env, NODE_OPTIONS: ''}});
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(JSON.parse(fs.readFileSync(out, 'utf8')), {value: 42, tsx: false, file});
    });
  });
}

test('a failing main exits with status 1 and its error on stderr', async () => {
  await withModule('export async function main(): Promise<void> {\n  throw new Error(\'no site here\');\n}\n', (file, work) => {
    const [command, args] = plainNodeCommand(file, [], work);
    const result = spawnSync(command, args, {encoding: 'utf8', env: {...process.env, NODE_OPTIONS: ''}});
    assert.equal(result.status, 1);
    // Line numbers are the transpiled code's; the file is the module's own.
    assert.match(result.stderr, /Error: no site here\n\s+at (Object\.)?main \(.*entry\.ts:\d+/);
  });
});
