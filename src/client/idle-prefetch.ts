/**
 * Prefetches the pages behind visible links when the browser is idle, not
 * while the page is still starting. Docusaurus prefetches every internal
 * link as soon as it scrolls into view, which on load means a burst of
 * `<link rel=prefetch>` insertions and downloads in the same moments as
 * hydration, the busiest part of the page's start. Queued and spread over
 * idle periods, the same pages are still fetched before the reader clicks;
 * hovering a link still preloads it at once (that path is untouched).
 */
import type {ClientModule} from '@docusaurus/types';

const queue: string[] = [];
let scheduled = false;
let installed = false;

/** requestIdleCallback, or a short timeout where it is missing (Safari). */
function whenIdle(callback: (hasTime: () => boolean) => void): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback((deadline) => callback(() => deadline.timeRemaining() > 5), {timeout: 3000});
  } else {
    window.setTimeout(() => {
      const end = performance.now() + 10;
      callback(() => performance.now() < end);
    }, 300);
  }
}

function install(): void {
  const original = window.docusaurus;
  const drain = (hasTime: () => boolean) => {
    // One page at a time, while the idle period lasts.
    do original.prefetch(queue.shift()!);
    while (queue.length > 0 && hasTime());
    if (queue.length > 0) whenIdle(drain);
    else scheduled = false;
  };
  // The global is frozen; replace it with a copy whose prefetch queues.
  window.docusaurus = {
    ...original,
    prefetch(routePath: string) {
      if (!queue.includes(routePath)) queue.push(routePath);
      if (!scheduled) {
        scheduled = true;
        whenIdle(drain);
      }
      return false;
    },
  };
}

const clientModule: ClientModule = {
  // Runs in a layout effect after the first render, before links set up the
  // observers that call prefetch; `window.docusaurus` exists by then.
  onRouteDidUpdate() {
    if (installed || typeof window === 'undefined' || !window.docusaurus) return;
    installed = true;
    install();
  },
};

export default clientModule;
