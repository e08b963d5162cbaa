import React, {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import type {NoticeKind} from './useTranslationNoticeKind';
import styles from './styles.module.css';

export type NoticeScope = 'page' | 'section';

type Props = {
  kind: NoticeKind;
  scope: NoticeScope;
  /** Heading id of the section on the English page, for section notices. */
  anchor?: string;
};

function Title({kind}: {kind: NoticeKind}): ReactNode {
  switch (kind) {
    case 'untranslated':
      return <Translate id="translationNotice.title.untranslated">Not translated yet</Translate>;
    case 'in-progress':
      return <Translate id="translationNotice.title.inProgress">Translation in progress</Translate>;
    case 'outdated':
      return <Translate id="translationNotice.title.outdated">This translation may be out of date</Translate>;
  }
}

// One message per case rather than a sentence assembled from pieces: word
// order and gender differ between languages ("esta página" / "esta sección").
function Body({kind, scope}: {kind: NoticeKind; scope: NoticeScope}): ReactNode {
  const key = `${kind}.${scope}` as const;
  switch (key) {
    case 'untranslated.page':
      return (
        <Translate id="translationNotice.body.untranslated.page">
          This page has not been translated into this language yet, so you are reading the English original.
        </Translate>
      );
    case 'untranslated.section':
      return (
        <Translate id="translationNotice.body.untranslated.section">
          This section has not been translated into this language yet, so it is shown in English.
        </Translate>
      );
    case 'in-progress.page':
      return (
        <Translate id="translationNotice.body.inProgress.page">
          The translation of this page is not finished: some parts may still be in English.
        </Translate>
      );
    case 'in-progress.section':
      return (
        <Translate id="translationNotice.body.inProgress.section">
          The translation of this section is not finished: some parts may still be in English.
        </Translate>
      );
    case 'outdated.page':
      return (
        <Translate id="translationNotice.body.outdated.page">
          The English version of this page has changed since it was translated, so this translation may be missing
          something.
        </Translate>
      );
    case 'outdated.section':
      return (
        <Translate id="translationNotice.body.outdated.section">
          The English version of this section has changed since it was translated, so this translation may be
          missing something.
        </Translate>
      );
  }
}

/**
 * The notice itself: a titled note (role="note", named by its title) with an
 * icon and text, so it does not rely on colour. Infima's alert styles give it
 * readable colours in light and dark mode.
 */
export default function Notice({kind, scope, anchor}: Props): ReactNode {
  const titleId = useId();
  const {i18n} = useDocusaurusContext();
  const {createUrl} = useAlternatePageUtils();
  const englishUrl = createUrl({locale: i18n.defaultLocale, fullyQualified: false}) + (anchor ? `#${anchor}` : '');

  return (
    <div
      role="note"
      aria-labelledby={titleId}
      data-testid={`${kind}-notice`}
      data-translation-notice={kind}
      data-translation-notice-scope={scope}
      className={clsx('alert', kind === 'outdated' ? 'alert--warning' : 'alert--info', styles.notice)}>
      <p id={titleId} className={styles.title}>
        {/* A globe: "this is about languages", drawn in the text colour. */}
        <svg
          className={styles.icon}
          viewBox="0 0 24 24"
          width="20"
          height="20"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
          focusable="false">
          <circle cx="12" cy="12" r="9" />
          <ellipse cx="12" cy="12" rx="4" ry="9" />
          <path d="M3 12h18" />
        </svg>
        <Title kind={kind} />
      </p>
      <p className={styles.body}>
        <Body kind={kind} scope={scope} />
      </p>
      <p className={styles.links}>
        {/* A plain link: the English page is another locale's build, outside this one's router. */}
        <a href={englishUrl} hrefLang={i18n.defaultLocale}>
          {scope === 'page' ? (
            <Translate id="translationNotice.link.englishPage">Read the English original</Translate>
          ) : (
            <Translate id="translationNotice.link.englishSection">Read this section in English</Translate>
          )}
        </a>
        <span aria-hidden="true"> · </span>
        <Link to="/translation-status">
          {kind === 'outdated' ? (
            <Translate id="translationNotice.link.helpUpdate">Help update it</Translate>
          ) : (
            <Translate id="translationNotice.link.helpTranslate">Help translate it</Translate>
          )}
        </Link>
      </p>
    </div>
  );
}
