import './prism-setup';
import Prism from 'prismjs/components/prism-core';

// prismjs' language files extend a global `Prism`.
(globalThis as {Prism?: unknown}).Prism = Prism;

export default Prism;
