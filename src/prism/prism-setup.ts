// Must run before prismjs' core: tells it not to highlight the page by itself
// (Prism's default on DOMContentLoaded) nor to listen for worker messages.
// React renders the highlighted code; Prism only tokenizes.
(globalThis as {Prism?: unknown}).Prism = {manual: true, disableWorkerMessageHandler: true};
export {};
