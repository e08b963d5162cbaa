import React, {type ReactNode} from 'react';
import Notice from './Notice';
import {useTranslationNoticeKind} from './useTranslationNoticeKind';

type Props = {
  /** The English fragment rendered right after this marker (fragments/…). */
  fragment: string;
  /** Id of the heading above it, the same on the English page. */
  anchor?: string;
};

/**
 * What the remark plugin config/plugins/translation-notices.ts puts before each
 * fragment a translated page renders. It shows a notice only when that
 * fragment is shown in English, still in progress or outdated in this locale;
 * otherwise it renders nothing.
 */
export default function TranslationNotice({fragment, anchor}: Props): ReactNode {
  const kind = useTranslationNoticeKind(fragment);
  return kind ? <Notice kind={kind} scope="section" anchor={anchor} /> : null;
}
