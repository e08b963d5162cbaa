/**
 * Formats a check result for a terminal or a CI log: one line per failure,
 * `content-file:line:column  code  message`, so editors and CI annotate the
 * MDX source directly, then a one-line summary.
 */
import fs from 'node:fs';
import path from 'node:path';
import {siteDir} from '../lib/content';
import {blockId} from './blocks';
import {failureCount, type CheckResult} from './check';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)}s`;

function installedVersion(name: string): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(siteDir, 'node_modules', name, 'package.json'), 'utf8')) as {version: string};
    return pkg.version;
  } catch {
    return '?';
  }
}

/** Continuation lines of a TypeScript message chain, indented under the first. */
function indent(message: string): string {
  return message.split('\n').join('\n      ');
}

function titled(title: string | null): string {
  return title ? ` (in block titled ${title})` : ' (in an untitled block)';
}

export function formatReport(result: CheckResult): string {
  const out: string[] = [];
  out.push(
    `check:code: samples against @logto/next ${installedVersion('@logto/next')}, next ${result.nextVersions.join(' and ')}, ` +
      `react ${installedVersion('react')} (typescript ${installedVersion('typescript')})`,
  );
  for (const {guide, plan, installCommands} of result.guides) {
    const router = guide.router === 'app' ? 'App Router' : 'Pages Router';
    out.push(
      `  guide ${guide.id}  [${router}${guide.srcDir ? ', src/' : ''}]  ${guide.files.length} file(s), ` +
        `${plan.checked.length} TS block(s) in ${plan.variants.length} project variant(s), ${plan.skipped.length} skipped, ` +
        `${installCommands} shell block(s)`,
    );
  }
  for (const {id, sameAs} of result.duplicates) out.push(`  guide ${id}  same files as ${sameAs}, not checked twice`);
  for (const note of result.notes) out.push(`  note: ${note}`);

  for (const block of result.skipped) {
    const reason = block.skipReason ?? 'no reason given: write the reason in the sentence right before the block';
    out.push(`  skipped ${blockId(block)}${block.title ? ` (${block.title})` : ''}  check=false — ${reason}`);
  }

  const lines: string[] = [];
  for (const f of result.problems) lines.push(`${f.block.file}:${f.line}:${f.column}  ${f.code}  ${f.message}`);
  for (const f of result.tsFailures) {
    lines.push(`${f.block.file}:${f.line}:${f.column}  ${f.code}  ${indent(f.message)}${titled(f.block.title)}`);
  }
  for (const f of result.installFailures) lines.push(`${f.block.file}:${f.line}  ${f.pkg}  ${f.message}`);
  for (const message of result.internal) lines.push(`internal  ${message}`);
  if (lines.length) out.push('', ...lines, '');

  if (result.installPackages === null) {
    out.push('  WARNING: install commands were NOT checked against the npm registry (--no-registry).');
  }
  const failures = failureCount(result);
  const unreachable = result.installFailures.some((f) => f.unreachable);
  const t = result.timings;
  out.push(
    `check:code: ${result.checked.length} TypeScript block(s) checked, ${result.skipped.length} skipped (check=false), ` +
      `${result.installPackages === null ? 'install commands not checked' : `${result.installPackages} installed package spec(s) verified (${result.registryQueries} registry quer${result.registryQueries === 1 ? 'y' : 'ies'})`}; ` +
      `${failures === 0 ? 'no failures' : `${failures} failure(s)`}${unreachable ? ' (npm registry unreachable)' : ''} — ` +
      `${seconds(t.total)} (collect ${seconds(t.collect)}, type-check ${seconds(t.typecheck)} in ${result.programs} program(s), ` +
      `registry ${seconds(t.registry)} in parallel)`,
  );
  return out.join('\n');
}
