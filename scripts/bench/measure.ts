/**
 * Runs a command and measures it: wall time, CPU time (user+sys of the whole
 * child tree, from /usr/bin/time when present, else from /proc sampling) and
 * peak memory (the largest sum of RSS over the process tree, sampled from
 * /proc every 100 ms, compared with /usr/bin/time's max RSS of the largest
 * single process — the larger wins).
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Measurement = {
  exitCode: number;
  wallMs: number;
  /** user+sys CPU of the child tree, in ms; null when it could not be measured. */
  cpuMs: number | null;
  /** Peak resident memory of the process tree, in bytes. */
  peakRssBytes: number;
  /** Combined stdout+stderr (tail kept when large). */
  output: string;
};

export type RunOptions = {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Echo the child's output as it comes. */
  echo?: boolean;
  sampleMs?: number;
};

const TIME_BIN = '/usr/bin/time';
const PAGE_SIZE = 4096;
const CLK_TCK = 100;

export function hasGnuTime(): boolean {
  return fs.existsSync(TIME_BIN);
}

/** Every descendant pid of `root` (root included), from /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // process ended while we looked
    }
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

type Sample = {rss: number; cpuTicks: Map<number, number>};

function sampleTree(root: number): Sample {
  let rss = 0;
  const cpuTicks = new Map<number, number>();
  for (const pid of processTree(root)) {
    try {
      const statm = fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
      rss += Number(statm[1]) * PAGE_SIZE;
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields[11] = utime, fields[12] = stime (fields start at the 3rd /proc stat column)
      cpuTicks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // gone
    }
  }
  return {rss, cpuTicks};
}

/** Parses `-f '%e %U %S %M'` output written by /usr/bin/time to a file. */
export function parseTimeReport(text: string): {wallS: number; userS: number; sysS: number; maxRssKb: number} | null {
  const line = text.trim().split('\n').pop() ?? '';
  const m = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(line.trim());
  if (!m) return null;
  return {wallS: Number(m[1]), userS: Number(m[2]), sysS: Number(m[3]), maxRssKb: Number(m[4])};
}

export async function runMeasured(cmd: string, args: string[], opts: RunOptions): Promise<Measurement> {
  const useTime = hasGnuTime();
  const reportFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [bin, argv] = useTime
    ? [TIME_BIN, ['-o', reportFile, '-f', '%e %U %S %M', cmd, ...args]]
    : [cmd, args];
  const start = process.hrtime.bigint();
  const child = spawn(bin, argv, {
    cwd: opts.cwd,
    env: {...process.env, FORCE_COLOR: '0', ...opts.env},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    if (opts.echo) process.stderr.write(text);
    output += text;
    if (output.length > 1_000_000) output = output.slice(-500_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let peakRss = 0;
  // Last CPU ticks seen per pid: the fallback when /usr/bin/time is missing
  // (under-counts processes that live less than one sampling interval).
  const lastTicks = new Map<number, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    const s = sampleTree(child.pid);
    if (s.rss > peakRss) peakRss = s.rss;
    for (const [pid, t] of s.cpuTicks) lastTicks.set(pid, t);
  };
  const timer = setInterval(sample, opts.sampleMs ?? 100);
  const exitCode: number = await new Promise((resolve) => {
    child.on('close', (code) => resolve(code ?? 1));
  });
  clearInterval(timer);
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;

  let cpuMs: number | null = null;
  if (useTime && fs.existsSync(reportFile)) {
    const report = parseTimeReport(fs.readFileSync(reportFile, 'utf8'));
    fs.rmSync(reportFile, {force: true});
    if (report) {
      cpuMs = (report.userS + report.sysS) * 1000;
      peakRss = Math.max(peakRss, report.maxRssKb * 1024);
    }
  } else if (lastTicks.size > 0) {
    cpuMs = ([...lastTicks.values()].reduce((a, b) => a + b, 0) / CLK_TCK) * 1000;
  }
  return {exitCode, wallMs, cpuMs, peakRssBytes: peakRss, output};
}

/** Median of a list of numbers (mean of the two middle values for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
