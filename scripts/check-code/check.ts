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

export type CheckOptions = {
  /** Content root (docs/, fragments/, i18n/); the site by default. */
  root?: string;
  /** Registry settings, or false to leave install commands unchecked (said loudly in the report). */
  registry?: RegistryOptions | false;
  /** Folder the virtual projects pretend to live in; must have node_modules above it. */
  projectsDir?: string;
};

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
  const checker = new TypeChecker(options.projectsDir);
  const tsFailures: TsFailure[] = [];
  const internal: string[] = [];
  for (const {guide, plan} of plans) {
    for (const variant of plan.variants) {
      // Type-checking blocks the event loop; yielding between programs lets finished registry
      // queries be collected (and queued ones started) while the checker works.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const result = await checker.check(guide, variant);
      tsFailures.push(...result.failures);
      internal.push(...result.internal);
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
    programs: checker.programs,
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
