/**
 * broken-links: internal links and anchors go somewhere, in every locale.
 * Routes come from each page's `slug` (or Docusaurus' default route), anchors
 * from the composed target page (its fragments included), resolved in the
 * locale the link is rendered in — an English page or fragment that is not
 * translated is rendered in the Spanish build too. External links are not checked.
 */
import path from 'node:path';
import {defaultLocale, docsDir, localizedDocsDir} from '../../../config/locales';
import {toPosix} from '../../lib/content';
import {closest} from '../closest';
import {normalizeRoute} from '../routes';
import {anchorsOf, type ComposedPage, type SiteFile, type Site} from '../site';
import type {Finding, Rule} from '../types';

type Context = {locale: string; page: ComposedPage | null};
type Failure = {message: string; fix: string};

export const brokenLinks: Rule = {
  name: 'broken-links',
  check({site, config, isTarget}) {
    const findings: Finding[] = [];
    for (const file of site.files) {
      if (!file.facts || !isTarget(file.path)) continue;
      const contexts = contextsOf(site, file);
      for (const link of file.facts.links) {
        const url = link.url.trim();
        if (url === '' || config.links.ignorePrefixes.some((p) => url.startsWith(p)) || /^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
        // A link broken in the file's own locale is reported once; one that only
        // breaks where the file is rendered in another locale says which build.
        const seen = new Set<string>();
        for (const own of [true, false]) {
          for (const context of contexts.filter((c) => (c.locale === file.locale) === own)) {
            const failure = check(site, file, url, context);
            if (!failure || seen.has(failure.message)) continue;
            seen.add(failure.message);
            const where = own ? '' : ` (in the ${context.locale} build)`;
            findings.push({path: file.path, ...link.position, message: failure.message + where, fix: failure.fix});
          }
          if (seen.size > 0) break;
        }
      }
    }
    return findings;
  },
};

/** The pages a file is rendered on, in every locale; a file rendered nowhere is checked on its own. */
function contextsOf(site: Site, file: SiteFile): Context[] {
  const locales = file.locale === defaultLocale ? site.locales : [file.locale];
  const contexts = locales.flatMap((locale) => site.pagesRendering(file, locale).map((page) => ({locale, page})));
  return contexts.length > 0 ? contexts : [{locale: file.locale, page: null}];
}

function check(site: Site, file: SiteFile, url: string, context: Context): Failure | null {
  const hash = url.indexOf('#');
  const target = (hash === -1 ? url : url.slice(0, hash)).replace(/\?.*$/, '');
  const anchor = hash === -1 ? null : decodeURIComponent(url.slice(hash + 1));

  let page: ComposedPage | null | undefined;
  let anchors: string[];
  if (target === '') {
    page = context.page;
    anchors = (page ? page.anchors : anchorsOf(file)).map((a) => a.id);
  } else if (/\.mdx?$/.test(target)) {
    if (file.kind === 'fragment') {
      return {
        message: `link to file \`${target}\`: file links are not resolved in fragments`,
        fix: 'link to the page route instead (its `slug`, e.g. `/quick-starts/…`)',
      };
    }
    // Docusaurus resolves a file link relative to the file, in its own docs folder or the English one.
    const contentRoot = file.locale === defaultLocale ? docsDir : toPosix(localizedDocsDir(file.locale));
    const relative = path.posix.normalize(path.posix.join(path.posix.dirname(file.path.slice(contentRoot.length + 1)), target));
    const key = `${docsDir}/${relative}`;
    page = site.get(key)?.kind === 'page' ? site.composed(key, context.locale) : undefined;
    if (!page) {
      const candidates = site.pageKeys().map((k) => path.posix.relative(path.posix.dirname(file.englishPath), k));
      const suggestion = closest(target.replace(/^\.\//, ''), candidates);
      return {
        message: `link to \`${target}\` matches no page (looked for ${key})`,
        fix: suggestion ? `did you mean \`${suggestion}\`?` : 'link to an existing page file, or to its route',
      };
    }
    anchors = page.anchors.map((a) => a.id);
  } else {
    const base = target.startsWith('/') ? '/' : path.posix.dirname(context.page?.route ?? '/');
    const route = normalizeRoute(path.posix.join(base, target));
    const key = site.routes(context.locale).get(route);
    if (!key) {
      if (site.isNonDocRoute(route)) return null; // src/pages or static/: exists, anchors unknown
      const suggestion = closest(route, [...site.routes(context.locale).keys()]);
      return {
        message: `link to \`${target}\` matches no page (route ${route})`,
        fix: suggestion ? `did you mean \`${suggestion}\`? Routes come from each page's \`slug\`` : "link to an existing route; routes come from each page's `slug`",
      };
    }
    page = site.composed(key, context.locale);
    anchors = page?.anchors.map((a) => a.id) ?? [];
  }

  if (anchor === null || anchor === '' || anchors.includes(anchor)) return null;
  const suggestion = closest(anchor, anchors);
  const on = page ? `on ${page.route} (${page.page.path} and its fragments)` : `in ${file.path}`;
  return {
    message: `anchor #${anchor} does not exist ${on}`,
    fix: suggestion ? `use an existing heading id: did you mean #${suggestion}?` : 'link to an existing heading id of that page',
  };
}
