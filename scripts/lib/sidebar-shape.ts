/**
 * The sidebar rule that keeps builds linear (see README, "keeping builds fast"):
 * Docusaurus renders the expanded part of the sidebar into every page's HTML, and a
 * category is expanded on every page inside it (and on every page, when it is not
 * collapsible). A category with thousands of items therefore puts thousands of
 * links into thousands of pages: HTML, SSG time and broken-link checking grow with
 * the square of the page count. Nested, collapsible categories of bounded size
 * keep what each page renders small.
 */
type Item = string | {type?: string; label?: string; items?: unknown; collapsible?: boolean; [key: string]: unknown};

export type ShapeLimits = {
  /** Most items one category may hold. */
  maxCategoryItems: number;
  /** Most items a category that cannot be collapsed may hold (it is expanded on every page of its sidebar). */
  maxAlwaysOpenItems: number;
};

export const DEFAULT_LIMITS: ShapeLimits = {maxCategoryItems: 50, maxAlwaysOpenItems: 20};

/** Problems with a sidebars config, as readable sentences; empty when the shape scales. */
export function sidebarShapeProblems(sidebars: Record<string, unknown>, limits: ShapeLimits = DEFAULT_LIMITS): string[] {
  const problems: string[] = [];
  const walk = (items: unknown, trail: string) => {
    if (!Array.isArray(items)) return;
    for (const item of items as Item[]) {
      if (typeof item !== 'object' || item === null || item.type !== 'category') continue;
      const where = `${trail} > ${item.label ?? '(category)'}`;
      const children = Array.isArray(item.items) ? item.items : [];
      if (children.length > limits.maxCategoryItems) {
        problems.push(`${where} has ${children.length} items (at most ${limits.maxCategoryItems}): split it into nested categories`);
      }
      if (item.collapsible === false && children.length > limits.maxAlwaysOpenItems) {
        problems.push(
          `${where} is not collapsible and has ${children.length} items (at most ${limits.maxAlwaysOpenItems}): make it collapsible`,
        );
      }
      walk(children, where);
    }
  };
  for (const [id, items] of Object.entries(sidebars)) walk(items, id);
  return problems;
}
