/**
 * The whole check, as a function the CLI and the tests share: collect the
 * guides, type-check their TypeScript blocks variant by variant, and verify
 * their install commands against the registry (in parallel with the
 * type-checking, which is CPU-bound while the registry is network-bound).
 */
import {performance} from 'node:perf_hooks';
import {siteDir} from '../lib/content';
import {blockId, isShellBlock, type Block} from './blocks';
import {collectGuides, type Guide} from './guides';
import {checkInstallBlocks, Registry, type InstallFailure, type RegistryOptions} from './install';
import {typegenUnavailable} from './next-types';
import {planGuide, type BlockProblem, type GuidePlan} from './project';
import {TypeChecker, type TsFailure} from './typecheck';
import {packageVersion} from './next-runtime';

export type CheckOptions = {
  /** Content root (docs/, fragments/, i18n/); the site by default. */
  root?: string;
  /** Registry settings, or false to leave install commands unchecked (said loudly in the report). */
  registry?: RegistryOptions | false;
  /** Folder the virtual projects pretend to live in; must have node_modules above it. */
  projectsDir?: string;
  /**
   * The Next.js versions to check against, each with the folder its projects live in (whose
   * node_modules holds that `next`). Default: the project's own `next` only.
   */
  nexts?: NextTarget[];
};

export type NextTarget = {version: string; projectsDir?: string; nextDir?: string};

export type GuideSummary = {guide: Guide; plan: GuidePlan; installCommands: number};

export type CheckResult = {
  guides: GuideSummary[];
  duplicates: Array<{id: string; sameAs: string}>;
  /** Distinct blocks, across guides and locales. */
  checked: Block[];
  skipped: Block[];
  tsFailures: TsFailure[];
  problems: BlockProblem[];
  installFailures: InstallFailure[];
  /** Null when the registry check was turned off. */
  installPackages: number | null;
  /** Distinct registry queries made (each spec is asked once). */
  registryQueries: number;
  internal: string[];
  notes: string[];
  programs: number;
  /** The Next.js versions the samples were checked against. */
  nextVersions: string[];
  timings: {collect: number; typecheck: number; registry: number; total: number};
};

function uniqueBlocks(blocks: Block[]): Block[] {
  const seen = new Map<string, Block>();
  for (const block of blocks) if (!seen.has(blockId(block))) seen.set(blockId(block), block);
  return [...seen.values()];
}

/** Same message at the same place, from two guides sharing a fragment: report it once. */
function dedupe<T extends {block: Block; line: number; column: number; message: string}>(items: T[], extra: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.block.file}:${item.line}:${item.column}:${extra(item)}:${item.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function checkCode(options: CheckOptions = {}): Promise<CheckResult> {
  const started = performance.now();
  const root = options.root ?? siteDir;
  const {guides, duplicates} = collectGuides(root);
  const plans = guides.map((guide) => ({guide, plan: planGuide(guide)}));
  const collect = performance.now() - started;

  // Registry queries run in child processes while this process type-checks.
  const shellBlocks = uniqueBlocks(guides.flatMap((g) => g.blocks.filter(isShellBlock)));
  const registryStarted = performance.now();
  let registryDone = registryStarted;
  const registry = options.registry === false ? null : new Registry(options.registry ?? {});
  const installCheck =
    registry === null
      ? null
      : checkInstallBlocks(shellBlocks, registry).then((r) => {
          registryDone = performance.now();
          return r;
        });

  const typecheckStarted = performance.now();
  const targets = options.nexts ?? [{version: packageVersion('next'), projectsDir: options.projectsDir}];
  const tsFailures: TsFailure[] = [];
  const internal: string[] = [];
  let programs = 0;
  const failureKey = (f: TsFailure) => `${f.block.file}:${f.line}:${f.column}:${f.code}:${f.message}`;
  const seenOn = new Map<string, Set<string>>();
  for (const target of targets) {
    const checker = new TypeChecker(target.projectsDir ?? options.projectsDir, target.nextDir);
    for (const {guide, plan} of plans) {
      for (const variant of plan.variants) {
        // Type-checking blocks the event loop; yielding between programs lets finished registry
        // queries be collected (and queued ones started) while the checker works.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const result = await checker.check(guide, variant);
        for (const failure of result.failures) {
          const key = failureKey(failure);
          if (!seenOn.has(key)) {
            seenOn.set(key, new Set());
            tsFailures.push(failure);
          }
          seenOn.get(key)!.add(target.version);
        }
        internal.push(...result.internal.map((m) => (targets.length > 1 ? `[next ${target.version}] ${m}` : m)));
      }
    }
    programs += checker.programs;
  }
  // A failure on some versions only says which: a sample may be right for 15 and wrong for 16.
  if (targets.length > 1) {
    for (const failure of tsFailures) {
      const on = seenOn.get(failureKey(failure))!;
      if (on.size < targets.length) failure.message = `${failure.message} [Next.js ${[...on].join(', ')} only]`;
    }
  }
  const typecheck = performance.now() - typecheckStarted;

  const install = installCheck ? await installCheck : null;
  const sortKey = (f: {block: Block; line: number; column: number}) => `${f.block.file}\0${String(f.line).padStart(6, '0')}\0${String(f.column).padStart(4, '0')}`;
  const byPlace = <T extends {block: Block; line: number; column: number}>(a: T, b: T) => sortKey(a).localeCompare(sortKey(b));

  return {
    guides: plans.map(({guide, plan}) => ({
      guide,
      plan,
      installCommands: guide.blocks.filter(isShellBlock).length,
    })),
    duplicates,
    checked: uniqueBlocks(plans.flatMap(({plan}) => plan.checked)),
    skipped: uniqueBlocks(plans.flatMap(({plan}) => plan.skipped)),
    tsFailures: dedupe(tsFailures, (f) => f.code).sort(byPlace),
    problems: dedupe(plans.flatMap(({plan}) => plan.problems), (p) => p.code).sort(byPlace),
    installFailures: dedupe(install?.failures ?? [], (f) => f.pkg).sort(byPlace),
    installPackages: install ? install.specs : null,
    registryQueries: registry?.queries ?? 0,
    internal: [...new Set(internal)],
    notes: typegenUnavailable ? [typegenUnavailable] : [],
    programs,
    nextVersions: targets.map((t) => t.version),
    timings: {
      collect,
      typecheck,
      registry: installCheck ? registryDone - registryStarted : 0,
      total: performance.now() - started,
    },
  };
}

export function failureCount(result: CheckResult): number {
  return result.tsFailures.length + result.problems.length + result.installFailures.length + result.internal.length;
}
