/**
 * duplicate-heading-id: an id used twice on a rendered page makes the second
 * heading unreachable by its anchor (and the build's anchor check ambiguous).
 * Checked on the composed page, per locale: the page plus every fragment it
 * renders, recursively, resolved with the locale's fallback rule — a Spanish
 * page may render English fragments that are not translated yet.
 */
import type {Anchor} from '../site';
import type {Finding, Rule} from '../types';

export const duplicateHeadingId: Rule = {
  name: 'duplicate-heading-id',
  check({site, isTarget}) {
    const findings: Finding[] = [];
    for (const locale of site.locales) {
      for (const key of site.pageKeys()) {
        const page = site.composed(key, locale);
        if (!page) continue;
        const first = new Map<string, Anchor>();
        for (const anchor of page.anchors) {
          const earlier = first.get(anchor.id);
          if (!earlier) {
            first.set(anchor.id, anchor);
            continue;
          }
          if (!isTarget(anchor.file)) continue;
          const where = earlier.file === anchor.file ? `line ${earlier.position.line}` : `${earlier.file}:${earlier.position.line}`;
          findings.push({
            path: anchor.file,
            ...anchor.position,
            message: `id #${anchor.id} is already used at ${where} on page ${page.route}${anchor.explicit ? '' : ' (generated from the heading text)'}`,
            fix: anchor.explicit
              ? 'give this heading a distinct id (in English first, then in every translation)'
              : 'give this heading an explicit, distinct `\\{#id}`',
          });
        }
      }
    }
    return findings;
  },
};
