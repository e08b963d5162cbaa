import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Notice from '../../TranslationNotice/Notice';
import {useTranslationNoticeKind} from '../../TranslationNotice/useTranslationNoticeKind';

type Props = WrapperProps<typeof ContentType>;

/**
 * Adds the page-level translation notice above a doc. `metadata.source` is the
 * file the docs plugin used: `@site/docs/…` on a Spanish page means no
 * translation exists and the English file was served in its place.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  const kind = useTranslationNoticeKind(metadata.source.replace(/^@site\//, ''));
  return (
    <>
      {kind && <Notice kind={kind} scope="page" />}
      <Content {...props} />
    </>
  );
}
