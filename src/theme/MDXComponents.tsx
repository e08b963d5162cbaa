import MDXComponents from '@theme-original/MDXComponents';
import StaticCodeBlock from './StaticCodeBlock';
import TranslationNotice from './TranslationNotice';

/**
 * TranslationNotice and StaticCodeBlock are available to every MDX file
 * without an import because the elements that use them are added at build
 * time (config/plugins/translation-notices.ts, config/plugins/static-code),
 * not written by authors.
 */
export default {
  ...MDXComponents,
  StaticCodeBlock,
  TranslationNotice,
};
