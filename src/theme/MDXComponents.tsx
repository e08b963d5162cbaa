import MDXComponents from '@theme-original/MDXComponents';
import TranslationNotice from './TranslationNotice';

/**
 * TranslationNotice is available to every MDX file without an import because
 * the markers that use it are added at build time (see
 * config/plugins/translation-notices.ts), not written by authors.
 */
export default {
  ...MDXComponents,
  TranslationNotice,
};
