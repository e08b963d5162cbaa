/**
 * The whole run: one provider and one protected API for everything, then for
 * each Next.js version, guide and stage: assemble the reader's app, build it,
 * start it, and go through the stage in Chromium. A failure is recorded with
 * the guide, stage, step, the blocks behind it and the artefacts, and the run
 * carries on with the next stage.
 */
import dns from 'node:dns/promises';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {randomBytes} from 'node:crypto';
import type {Browser} from 'playwright-core';
import {collectGuides, type Guide} from '../check-code/guides';
import {siteDir} from '../lib/content';
import {launchChromium} from '../lib/chromium';
import {assemble, AssemblyError, origin, registeredUris, writeApp, leftoverPlaceholders, type AppFile, type ReaderValues} from './assemble';
import {freePort, nextBuild, nextStart, StepError, type RunningApp} from './next-app';
import {startProtectedApi, type ProtectedApi} from './protected-api';
import {startProvider, type OidcProvider} from './provider';
import {commonRoot, installedNextVersions, prepareRuntime, runtimeNextVersion, type NextUnderTest} from '../check-code/next-runtime';
import {appRouterHarness, stagesFor, type Stage} from './scenarios';
import {StepFailure, withTimeout, type StageContext} from './session';
import {API_RESOURCE, createTenant, type Tenant} from './tenant';

export type RunOptions = {
  root?: string;
  locale: string;
  /** Next.js majors to run (installed ones only). */
  nextMajors?: number[];
  /** Page file names to run (`next-app-router`, `next`); all when empty. */
  guides?: string[];
  /** Stage heading ids to run; all when empty. */
  stages?: string[];
  artifactsDir?: string;
};

export type Failure = {
  guide: string;
  next: string;
  stage: string;
  step: string;
  message: string;
  blamed: Array<{path: string; from: string}>;
  artifacts: string;
};

export type RunResult = {failures: Failure[]; passed: number; skipped: string[]; observations: string[]; timings: Array<[string, number]>; versions: string[]};

const PRELOAD = path.join(__dirname, 'preload', 'api-host.cjs');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * CPU seconds (user + system) of this process's finished children, from /proc: a `next build`
 * is counted once it exits, whatever else the shared machine is doing. NaN off Linux.
 */
export function childrenCpuSeconds(): number {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5) (cutime, cstime), counted from field 3 here, in clock ticks (100 per second).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

async function timed<T>(timings: Array<[string, number]>, label: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const cpu = childrenCpuSeconds();
  try {
    return await fn();
  } finally {
    timings.push([label, Date.now() - started]);
    const used = childrenCpuSeconds() - cpu;
    console.log(`    ${label}: ${seconds(Date.now() - started)}${used > 0 ? ` (CPU ${used.toFixed(1)} s)` : ''}`);
  }
}

/** The provider's issuer uses the name localhost; it must be the loopback address the servers listen on. */
export async function checkLocalhost(): Promise<void> {
  const addresses = await dns.lookup('localhost', {all: true});
  if (!addresses.some((a) => a.address === '127.0.0.1')) {
    throw new Error(`localhost resolves to ${addresses.map((a) => a.address).join(', ')}, not 127.0.0.1: add "127.0.0.1 localhost" to /etc/hosts`);
  }
}

/** Files of the app a build error names (`./app/callback/route.ts:3:1`), with their blocks. */
function blamedByLog(log: string, files: Map<string, AppFile>): Array<{path: string; from: string}> {
  return [...files.values()].filter((f) => log.includes(f.path)).map((f) => ({path: f.path, from: origin(f)}));
}

function slug(text: string): string {
  return text.replace(/\.mdx?$/, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export async function runGuides(options: RunOptions): Promise<RunResult> {
  const root = options.root ?? siteDir;
  const artifactsRoot = options.artifactsDir ?? path.join(siteDir, 'artifacts', 'guides');
  const result: RunResult = {failures: [], passed: 0, skipped: [], observations: [], timings: [], versions: []};
  await checkLocalhost();

  const {guides: all, duplicates} = collectGuides(root);
  const guides = all.filter(
    (g) => g.locale === options.locale && (!options.guides?.length || options.guides.includes(path.basename(g.page).replace(/\.mdx?$/, ''))),
  );
  for (const d of duplicates) if (d.id.startsWith(`${options.locale}:`)) result.skipped.push(`${d.id}: same files as ${d.sameAs}, run there`);
  if (!guides.length) throw new Error(`no guide with code in locale "${options.locale}"${options.guides?.length ? ` named ${options.guides.join(', ')}` : ''}`);

  const nexts = installedNextVersions().filter((n) => !options.nextMajors?.length || options.nextMajors.includes(n.major));
  if (!nexts.length) throw new Error(`no installed Next.js matches ${options.nextMajors?.join(', ')} (installed: ${installedNextVersions().map((n) => n.version).join(', ')})`);

  const tenant = createTenant();
  const provider = await timed(result.timings, 'start provider', () => withTimeout(startProvider(tenant), 15_000, 'starting the OIDC provider'));
  let api: ProtectedApi | null = null;
  let browser: Browser | null = null;
  try {
    api = await startProtectedApi(tenant, provider.issuer);
    console.log(`  provider ${provider.issuer}, protected API ${api.origin} (as ${API_RESOURCE})`);
    browser = await timed(result.timings, 'launch Chromium', () => withTimeout(launchChromium(), 30_000, 'launching Chromium'));
    for (const next of nexts) {
      const runtime = await timed(result.timings, `next ${next.major}: link node_modules`, async () => prepareRuntime(next));
      const actual = runtimeNextVersion(runtime);
      if (actual !== next.version) throw new Error(`${runtime}/node_modules/next is ${actual}, expected ${next.version}`);
      result.versions.push(actual);
      console.log(`  Next.js ${actual} (${runtime}/node_modules/next)`);
      for (const guide of guides) {
        for (const stage of stagesFor(guide.router)) {
          if (options.stages?.length && !options.stages.includes(stage.until)) continue;
          await runStage({guide, stage, next, runtime, provider, api, tenant, browser, root, artifactsRoot, result});
        }
      }
    }
  } finally {
    await browser?.close().catch(() => {});
    await api?.close();
    await provider.close();
  }
  return result;
}

type StageRun = {
  guide: Guide;
  stage: Stage;
  next: NextUnderTest;
  runtime: string;
  provider: OidcProvider;
  api: ProtectedApi;
  tenant: Tenant;
  browser: Browser;
  root: string;
  artifactsRoot: string;
  result: RunResult;
};

async function runStage(run: StageRun): Promise<void> {
  const {guide, stage, next, runtime, provider, api, tenant, browser, result} = run;
  const label = `${guide.id} · Next ${next.version} · ${stage.name} (#${stage.until})`;
  console.log(`\n  ${label}`);
  const appName = `${slug(path.basename(guide.page))}-${guide.locale}-${stage.until}`;
  const appDir = path.join(runtime, appName);
  const artifacts = path.join(run.artifactsRoot, guide.locale, `next-${next.major}`, slug(path.basename(guide.page)), stage.until);
  fs.rmSync(artifacts, {recursive: true, force: true});
  fs.mkdirSync(artifacts, {recursive: true});
  const providerLogStart = provider.log.length;
  const apiLogStart = api.log.length;
  let files = new Map<string, AppFile>();
  let app: RunningApp | null = null;
  const buildLog = path.join(artifacts, 'next-build.log');
  const startLog = path.join(artifacts, 'next-start.log');

  const fail = (step: string, message: string, blamed: Failure['blamed']) => {
    result.failures.push({guide: guide.id, next: next.version, stage: `${stage.name} (#${stage.until})`, step, message, blamed, artifacts: path.relative(siteDir, artifacts)});
  };

  try {
    const port = await freePort();
    const values: ReaderValues = {
      endpoint: provider.endpoint,
      appId: `app-${appName}-${next.major}`,
      appSecret: randomBytes(16).toString('hex'),
      cookieSecret: randomBytes(32).toString('base64url'),
      appUrl: `http://localhost:${port}`,
      organizationId: tenant.memberOrganization,
    };
    const prefix = guide.srcDir ? 'src/' : '';
    const assembled = assemble({
      guide,
      until: stage.until,
      values,
      nextMajor: next.major,
      // The runtime's links lead into the project's node_modules, wherever that really is.
      turbopackRoot: commonRoot(runtime, path.join(siteDir, 'node_modules')),
      harness: guide.router === 'app' ? appRouterHarness(prefix, tenant.memberOrganization) : undefined,
    });
    files = assembled.files;
    for (const file of files.values()) {
      const left = leftoverPlaceholders(file.text);
      if (left.length) throw new AssemblyError(`${origin(file)}: ${file.path} still holds ${left.join(', ')} after pasting the reader's values; the runner knows the placeholders https://your-tenant.logto.app, your-app-id, http://localhost:3000, your-organization-id`);
    }
    writeApp(assembled, appDir);
    fs.writeFileSync(path.join(artifacts, 'files.txt'), [...files.values()].map((f) => `${f.path}  ← ${origin(f)}`).join('\n') + '\n');
    const uris = registeredUris(guide, run.root, values.appUrl);
    provider.register({clientId: values.appId, clientSecret: values.appSecret, redirectUris: uris, postLogoutRedirectUris: uris});

    await timed(result.timings, `${label}: next build`, () => nextBuild(appDir, buildLog, next.major < 16 ? ['--turbopack'] : []));
    const env = {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${PRELOAD}`.trim(),
      GUIDES_API_ORIGIN: API_RESOURCE,
      GUIDES_API_TARGET: api.origin,
    };
    app = await timed(result.timings, `${label}: next start`, () => nextStart(appDir, port, startLog, env));
    const context = await browser.newContext({locale: guide.locale});
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const ctx: StageContext = {
      app,
      clientId: values.appId,
      files,
      prefix,
      provider,
      api,
      tenant,
      context,
      page,
      artifactsDir: artifacts,
      observations: [],
      restart: async () => {
        await app!.stop();
        app = await nextStart(appDir, port, startLog, env);
        ctx.app = app;
      },
    };
    try {
      await timed(result.timings, `${label}: browser session`, () => stage.run(ctx));
      result.passed++;
    } finally {
      result.observations.push(...ctx.observations.map((o) => `${guide.id} · Next ${next.version}: ${o}`));
      await context.close().catch(() => {});
    }
  } catch (error) {
    if (error instanceof StepFailure) fail(error.step, error.cause.message, error.blamed);
    else if (error instanceof StepError) fail(error.step, error.message, blamedByLog(error.message, files));
    else if (error instanceof AssemblyError) fail('assemble the app', error.message, []);
    else fail('runner', error instanceof Error ? (error.stack ?? error.message) : String(error), []);
  } finally {
    await app?.stop().catch(() => {});
    fs.writeFileSync(path.join(artifacts, 'provider.log'), provider.log.slice(providerLogStart).join('\n') + '\n');
    fs.writeFileSync(path.join(artifacts, 'api.log'), api.log.slice(apiLogStart).join('\n') + '\n');
  }
}

export function formatFailures(result: RunResult): string {
  const out: string[] = [];
  for (const f of result.failures) {
    out.push(`FAIL ${f.guide} · Next ${f.next} · ${f.stage}`);
    out.push(`  step: ${f.step}`);
    out.push(`  ${f.message.split('\n').join('\n  ')}`);
    if (f.blamed.length) {
      out.push('  the files behind this step, and the code blocks they come from:');
      for (const b of f.blamed) out.push(`    ${b.path}  ← ${b.from}`);
    }
    out.push(`  artefacts: ${f.artifacts}/ (screenshot, next-build.log, next-start.log, provider.log, api.log, files.txt)`);
  }
  return out.join('\n');
}

export function loadSummary(): string {
  const [one, five] = os.loadavg();
  return `load average ${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min) on ${os.cpus().length} CPU(s)`;
}
