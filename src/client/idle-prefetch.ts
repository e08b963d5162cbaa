/**
 * Prefetches the pages behind visible links when the browser is idle, not
 * while the page is still starting. Docusaurus prefetches every internal
 * link as soon as it scrolls into view, which on load means a burst of
 * `<link rel=prefetch>` insertions and downloads in the same moments as
 * hydration, the busiest part of the page's start. Each insertion starts a
 * request on the main thread (0.5–2 ms here) and Docusaurus adds one link per
 * chunk of the page, chunks already loaded included: prefetching one page
 * took 10–20 ms on this machine, four times that in Lighthouse's simulation.
 * So prefetching waits until the main thread is really idle (an idle period
 * of 40 ms or more, which only comes once loading and hydration are over, or
 * at most 3 s) and then prefetches one page per idle period. The pages are
 * still fetched well before a reader's click; hovering a link still preloads
 * it at once (that path is untouched).
 */
import type {ClientModule} from '@docusaurus/types';

/** Pages waiting to be prefetched; a drain is pending exactly while it is not empty. */
const queue: string[] = [];
let installed = false;

/** The idle period that shows the page has finished starting (50 ms is the most a browser gives). */
const QUIET_MS = 40;
/** The longest wait for such a period: a page that animates never has one. */
const MAX_WAIT_MS = 3000;

/** Set once the page has been quiet (or the wait ran out); later prefetches take any idle period. */
let startedUp = false;

/** Calls back in an idle period: a quiet one while the page is still starting. */
function whenIdle(callback: () => void): void {
  if (typeof window.requestIdleCallback !== 'function') {
    // Safari: no idle callbacks; give the page time to start first.
    window.setTimeout(callback, startedUp ? 300 : 2000);
    startedUp = true;
    return;
  }
  const begin = performance.now();
  const wait = (deadline: IdleDeadline) => {
    if (startedUp || deadline.timeRemaining() >= QUIET_MS || deadline.didTimeout || performance.now() - begin > MAX_WAIT_MS) {
      startedUp = true;
      callback();
    } else {
      window.requestIdleCallback(wait, {timeout: MAX_WAIT_MS});
    }
  };
  window.requestIdleCallback(wait, {timeout: MAX_WAIT_MS});
}

function install(): void {
  const original = window.docusaurus;
  const drain = () => {
    original.prefetch(queue.shift()!);
    if (queue.length > 0) whenIdle(drain);
  };
  // The global is frozen; replace it with a copy whose prefetch queues.
  window.docusaurus = {
    ...original,
    prefetch(routePath: string) {
      if (queue.includes(routePath)) return false;
      queue.push(routePath);
      if (queue.length === 1) whenIdle(drain);
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
