/** Every rule, in the order their problems are grouped when they share a position. */
import type {Rule} from '../types';
import {admonitions} from './admonitions';
import {brokenLinks} from './broken-links';
import {codeBlocks} from './code-blocks';
import {codeFences} from './code-fences';
import {codeStrings} from './code-strings';
import {components} from './components';
import {duplicateHeadingId} from './duplicate-heading-id';
import {frontMatter} from './front-matter';
import {headingIds} from './heading-ids';
import {imports} from './imports';
import {mdxSyntax} from './mdx-syntax';
import {misplacedTranslation} from './misplaced-translation';
import {partialFrontMatter} from './partial-front-matter';
import {spelling} from './spelling';
import {translationRecords} from './translation-records';
import {uiStrings} from './ui-strings';

export const rules: Rule[] = [
  mdxSyntax,
  partialFrontMatter,
  headingIds,
  duplicateHeadingId,
  codeBlocks,
  codeStrings,
  codeFences,
  imports,
  frontMatter,
  components,
  admonitions,
  brokenLinks,
  misplacedTranslation,
  translationRecords,
  uiStrings,
  spelling,
];
