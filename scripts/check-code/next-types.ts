/**
 * The files `next build` generates before it type-checks a project:
 * `.next/types/routes.d.ts` (global PageProps, LayoutProps, RouteContext) and
 * `.next/types/validator.ts` (each page, layout and route handler must export
 * what Next.js expects, e.g. `params` as a Promise in Next 15). Generating
 * them with Next's own typegen makes a sample fail here exactly when it would
 * fail `next build`, not only when it fails a bare `tsc`.
 *
 * The generators are Next.js internals (next/dist/…), pinned by the installed
 * `next`; if they move, the checker carries on without them and says so.
 */
import path from 'node:path';
import type {Router} from './guides';

export const ROUTES_FILE = '.next/types/routes.d.ts';
export const VALIDATOR_FILE = '.next/types/validator.ts';

type RouteEntry = {route: string; filePath: string};

const PAGE_EXT = /\.(tsx|ts|jsx|js)$/;

/** `app/(group)/posts/[id]/page.tsx` → `/posts/[id]`: groups and parallel-route slots do not reach the URL. */
function appRoute(segments: string[]): string {
  const kept = segments.filter((s) => !(s.startsWith('(') && s.endsWith(')')) && !s.startsWith('@'));
  return `/${kept.join('/')}`;
}

/** `pages/api/logto/[action].ts` → `/api/logto/[action]`; `index` names its folder. */
function pagesRoute(relative: string): string {
  const withoutExt = relative.replace(PAGE_EXT, '');
  const route = withoutExt === 'index' ? '' : withoutExt.replace(/\/index$/, '');
  return `/${route}`;
}

export type RouteFiles = {
  appRoutes: RouteEntry[];
  appRouteHandlers: RouteEntry[];
  layoutRoutes: RouteEntry[];
  pageRoutes: RouteEntry[];
  pageApiRoutes: RouteEntry[];
};

/** Sorts a project's files into the route kinds Next.js knows, the way its build would. */
export function classifyRoutes(projectRoot: string, files: string[], srcDir: boolean): RouteFiles {
  const result: RouteFiles = {appRoutes: [], appRouteHandlers: [], layoutRoutes: [], pageRoutes: [], pageApiRoutes: []};
  const prefix = srcDir ? 'src/' : '';
  for (const file of files) {
    const filePath = path.join(projectRoot, file);
    if (file.startsWith(`${prefix}app/`)) {
      const segments = file.slice(`${prefix}app/`.length).split('/');
      const base = segments.pop()!.replace(PAGE_EXT, '');
      if (segments.some((s) => s.startsWith('_'))) continue; // private folders are not routes
      const route = appRoute(segments);
      if (base === 'page') result.appRoutes.push({route, filePath});
      else if (base === 'route') result.appRouteHandlers.push({route, filePath});
      else if (base === 'layout') result.layoutRoutes.push({route, filePath});
    } else if (file.startsWith(`${prefix}pages/`) && PAGE_EXT.test(file)) {
      const relative = file.slice(`${prefix}pages/`.length);
      if (/^_(app|document|error)\./.test(relative)) continue;
      const entry = {route: pagesRoute(relative), filePath};
      if (relative.startsWith('api/')) result.pageApiRoutes.push(entry);
      else result.pageRoutes.push(entry);
    }
  }
  return result;
}

type Typegen = {
  createRouteTypesManifest: typeof import('next/dist/server/lib/router-utils/route-types-utils').createRouteTypesManifest;
  generateRouteTypesFile: typeof import('next/dist/server/lib/router-utils/typegen').generateRouteTypesFile;
  generateValidatorFile: typeof import('next/dist/server/lib/router-utils/typegen').generateValidatorFile;
};

/** Typegen per Next.js package folder (`undefined`: the project's own `next`). */
const typegens = new Map<string | undefined, Typegen | null>();
export let typegenUnavailable: string | null = null;

function loadTypegen(nextDir?: string): Typegen | null {
  if (typegens.has(nextDir)) return typegens.get(nextDir)!;
  const from = (file: string) => (nextDir ? path.join(nextDir, file) : `next/${file}`);
  let typegen: Typegen | null;
  try {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const utils = require(from('dist/server/lib/router-utils/route-types-utils')) as Typegen;
    const gen = require(from('dist/server/lib/router-utils/typegen')) as Typegen;
    typegen = {
      createRouteTypesManifest: utils.createRouteTypesManifest,
      generateRouteTypesFile: gen.generateRouteTypesFile,
      generateValidatorFile: gen.generateValidatorFile,
    };
    if (typeof typegen.createRouteTypesManifest !== 'function') throw new Error('createRouteTypesManifest is not a function');
  } catch (error) {
    typegen = null;
    typegenUnavailable = `Next.js route typegen not available (${(error as Error).message}); pages, layouts and route handlers are checked without Next's route validator`;
  }
  typegens.set(nextDir, typegen);
  return typegen;
}

/**
 * `.next/types/*` for a project, keyed by project-relative path; empty when
 * Next's typegen cannot be loaded. `nextDir`: the Next.js package to take it from
 * (the project's `next` when absent).
 */
export async function generateNextTypes(
  projectRoot: string,
  files: string[],
  srcDir: boolean,
  _router: Router,
  nextDir?: string,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const gen = loadTypegen(nextDir);
  if (!gen) return out;
  const routes = classifyRoutes(projectRoot, files, srcDir);
  const manifest = await gen.createRouteTypesManifest({
    dir: projectRoot,
    ...routes,
    slots: [],
    validatorFilePath: path.join(projectRoot, VALIDATOR_FILE),
  });
  out.set(ROUTES_FILE, gen.generateRouteTypesFile(manifest));
  out.set(VALIDATOR_FILE, gen.generateValidatorFile(manifest));
  return out;
}

/**
 * The project file a validator line is about: the `// Validate ../../app/page.tsx`
 * comment above the failing check names it.
 */
export function validatedFileAt(validatorText: string, line0: number): string | null {
  const lines = validatorText.split('\n');
  for (let i = Math.min(line0, lines.length - 1); i >= 0; i--) {
    const match = /^\/\/ Validate (.+)$/.exec(lines[i]!);
    if (match) return path.posix.normalize(path.posix.join(path.posix.dirname(VALIDATOR_FILE), match[1]!));
  }
  return null;
}
