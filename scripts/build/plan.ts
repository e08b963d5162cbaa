/**
 * Which processes `npm run build` runs, in order. Pure, so tests can read the
 * plan without building anything.
 *
 * Every locale gets its own processes (Docusaurus builds one locale per
 * compilation anyway, and a process per locale caps memory at one locale's).
 * A locale is then built either by one `docusaurus build --locale X`, or, when
 * split, by three processes: the client bundle, the server bundle, then
 * `docusaurus build` with DOCUSAURUS_SKIP_BUNDLING=true for SSG, postBuild and
 * the broken-links check (see config/build-mode.ts for why).
 */
import path from 'node:path';
import {SPLIT_BUILD_ENV} from '../../config/build-mode';
import {LOCALE_BASE_URLS_ENV} from '../../config/locales';

export type BuildStep = {
  /** Shown before the step runs, e.g. "es: server bundle". */
  label: string;
  command: string;
  args: string[];
  env: Record<string, string>;
};

export type PlanOptions = {
  siteDir: string;
  locales: readonly string[];
  split: boolean;
  /** docusaurus build options passed through: --config F, --out-dir D, --no-minify. */
  passThrough: string[];
};

export function planBuild({siteDir, locales, split, passThrough}: PlanOptions): BuildStep[] {
  const docusaurus = path.join(siteDir, 'node_modules', '.bin', 'docusaurus');
  const tsx = path.join(siteDir, 'node_modules', '.bin', 'tsx');
  const bundleScript = path.join(siteDir, 'scripts', 'build', 'bundle.ts');
  // A single-locale build would give its locale baseUrl "/"; see config/locales.ts.
  const env: Record<string, string> = {[LOCALE_BASE_URLS_ENV]: 'true'};
  const steps: BuildStep[] = [];
  for (const locale of locales) {
    if (!split) {
      steps.push({label: `${locale}: build`, command: docusaurus, args: ['build', '--locale', locale, ...passThrough], env});
      continue;
    }
    const splitEnv = {...env, [SPLIT_BUILD_ENV]: 'true'};
    for (const side of ['client', 'server'] as const) {
      steps.push({
        label: `${locale}: ${side} bundle`,
        command: tsx,
        args: [bundleScript, '--side', side, '--locale', locale, ...passThrough],
        env: splitEnv,
      });
    }
    steps.push({
      label: `${locale}: static pages`,
      command: docusaurus,
      args: ['build', '--locale', locale, ...passThrough],
      env: {...splitEnv, DOCUSAURUS_SKIP_BUNDLING: 'true'},
    });
  }
  return steps;
}
