/**
 * `next build` and `next start` for an assembled app, each with a timeout,
 * their output kept in log files for the artefacts.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {spawn, type ChildProcess} from 'node:child_process';

export class StepError extends Error {
  constructor(
    readonly step: string,
    message: string,
  ) {
    super(message);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function nextBin(appDir: string): string {
  return path.join(appDir, '..', 'node_modules', 'next', 'dist', 'bin', 'next');
}

const baseEnv = (extra: Record<string, string>) => ({
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
  ...extra,
});

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Runs `next build`; resolves with its output, rejects with the tail of it. */
export function nextBuild(appDir: string, logFile: string, args: string[] = [], timeoutMs = 300_000, env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'w');
    const child = spawn(process.execPath, [nextBin(appDir), 'build', ...args], {cwd: appDir, env: baseEnv(env), stdio: ['ignore', out, out], detached: true});
    const timer = setTimeout(() => {
      stopGroup(child);
      reject(new StepError('next build', `next build did not finish in ${timeoutMs / 1000} s (log: ${logFile})`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fs.closeSync(out);
      const log = fs.readFileSync(logFile, 'utf8');
      if (code === 0) resolve(log);
      else reject(new StepError('next build', `next build failed (exit ${code}):\n${buildErrors(log)}`));
    });
  });
}

/** The build's error lines, without stack frames or repeated links, first ones first (they name the file). */
export function buildErrors(log: string, max = 40): string {
  const seen = new Set<string>();
  const kept = log
    .split('\n')
    .filter((line) => line.trim() && !/^\s+at /.test(line) && !/^https:\/\/nextjs\.org\/docs\/messages\//.test(line.trim()))
    .filter((line) => (seen.has(line) ? false : (seen.add(line), true)));
  const start = kept.findIndex((line) => /error|failed/i.test(line));
  return kept.slice(Math.max(start, 0), Math.max(start, 0) + max).join('\n');
}

export type RunningApp = {url: string; port: number; logFile: string; stop(): Promise<void>};

/** `next start` on 127.0.0.1:port; resolves once it answers HTTP. */
export async function nextStart(appDir: string, port: number, logFile: string, env: Record<string, string>, timeoutMs = 60_000): Promise<RunningApp> {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [nextBin(appDir), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    env: baseEnv(env),
    stdio: ['ignore', out, out],
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const stop = async () => {
    stopGroup(child);
    const timer = setTimeout(() => child.pid && child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    fs.closeSync(out);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      await stop().catch(() => {});
      const log = fs.readFileSync(logFile, 'utf8');
      const inUse = /EADDRINUSE/.test(log);
      throw new StepError('next start', inUse ? `port ${port} is in use` : `next start exited (code ${child.exitCode}):\n${log.slice(-3000)}`);
    }
    try {
      await fetch(`http://127.0.0.1:${port}/__guides-test/ping`, {signal: AbortSignal.timeout(2000), redirect: 'manual'});
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new StepError('next start', `next start did not answer on port ${port} within ${timeoutMs / 1000} s (log: ${logFile})`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {url: `http://localhost:${port}`, port, logFile, stop};
}
