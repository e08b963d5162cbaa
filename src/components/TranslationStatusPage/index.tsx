import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {
  TranslationState,
  TranslationStatusPageData,
} from '@site/config/plugins/translation-status-data';
import styles from './styles.module.css';

type LocaleData = TranslationStatusPageData['locales'][number];
type FileData = LocaleData['files'][number];

const BADGE: Record<TranslationState, string> = {
  'up-to-date': 'badge--success',
  outdated: 'badge--warning',
  'in-progress': 'badge--info',
  missing: 'badge--secondary',
};

function StateLabel({state}: {state: TranslationState}): ReactNode {
  switch (state) {
    case 'up-to-date':
      return <Translate id="translationStatus.state.upToDate">Up to date</Translate>;
    case 'outdated':
      return <Translate id="translationStatus.state.outdated">Outdated</Translate>;
    case 'in-progress':
      return <Translate id="translationStatus.state.inProgress">In progress</Translate>;
    case 'missing':
      return <Translate id="translationStatus.state.missing">Not translated</Translate>;
  }
}

function StateDescription({state}: {state: TranslationState}): ReactNode {
  switch (state) {
    case 'up-to-date':
      return (
        <Translate id="translationStatus.legend.upToDate">Translated from the current English text.</Translate>
      );
    case 'outdated':
      return (
        <Translate id="translationStatus.legend.outdated">
          The English text has changed since it was translated.
        </Translate>
      );
    case 'in-progress':
      return <Translate id="translationStatus.legend.inProgress">Started, but not finished yet.</Translate>;
    case 'missing':
      return <Translate id="translationStatus.legend.missing">Shown in English for now.</Translate>;
  }
}

const STATES: TranslationState[] = ['up-to-date', 'outdated', 'in-progress', 'missing'];

function FileRow({file}: {file: FileData}): ReactNode {
  return (
    <tr>
      <td>
        {file.title && file.permalink ? (
          <>
            <Link to={file.permalink}>{file.title}</Link>
            <br />
          </>
        ) : null}
        <code className={styles.path}>{file.englishPath}</code>
      </td>
      <td>
        {file.kind === 'page' ? (
          <Translate id="translationStatus.kind.page">Page</Translate>
        ) : (
          <Translate id="translationStatus.kind.fragment">Fragment</Translate>
        )}
      </td>
      <td>
        <span className={clsx('badge', BADGE[file.state])}>
          <StateLabel state={file.state} />
        </span>
      </td>
    </tr>
  );
}

/** How much of the interface text (menus, buttons, notices) is in this language, and what is still English. */
function UiStrings({locale}: {locale: LocaleData}): ReactNode {
  const ui = locale.uiStrings;
  if (!ui) return null;
  return (
    <div className={styles.uiStrings}>
      <Heading as="h3" id={`ui-strings-${locale.locale}`}>
        <Translate id="translationStatus.ui.title">Interface text</Translate>
      </Heading>
      <p>
        <Translate id="translationStatus.ui.intro">Menus, buttons, notices and other text outside the pages.</Translate>{' '}
        <Translate
          id="translationStatus.ui.summary"
          values={{translated: ui.translated, total: ui.total, percent: ui.percent}}>
          {'{translated} of {total} interface strings translated ({percent}%)'}
        </Translate>
      </p>
      {ui.untranslated.length > 0 ? (
        <details>
          <summary>
            <Translate id="translationStatus.ui.untranslated" values={{count: ui.untranslated.length}}>
              {'Strings still shown in English ({count})'}
            </Translate>
          </summary>
          <ul className={styles.uiStringList}>
            {ui.untranslated.map(({file, id}) => (
              <li key={`${file}\0${id}`}>
                <code className={styles.path}>{id}</code> <span className={styles.uiStringFile}>({file})</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function LocaleSection({locale}: {locale: LocaleData}): ReactNode {
  return (
    <section className={styles.locale} aria-labelledby={`locale-${locale.locale}`}>
      <Heading as="h2" id={`locale-${locale.locale}`}>
        {locale.label} ({locale.locale})
      </Heading>
      <p className={styles.summary}>
        <Translate
          id="translationStatus.summary"
          values={{upToDate: locale.counts['up-to-date'], total: locale.total, percent: locale.percent}}>
          {'{upToDate} of {total} files up to date ({percent}%)'}
        </Translate>
      </p>
      <div className={styles.tableWrapper}>
        <table className={styles.table}>
          <caption className={styles.caption}>
            <Translate id="translationStatus.table.caption" values={{language: locale.label}}>
              {'{language}: status of every page and fragment'}
            </Translate>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Translate id="translationStatus.table.file">Page or fragment</Translate>
              </th>
              <th scope="col">
                <Translate id="translationStatus.table.kind">Kind</Translate>
              </th>
              <th scope="col">
                <Translate id="translationStatus.table.state">Status</Translate>
              </th>
            </tr>
          </thead>
          <tbody>
            {locale.files.map((file) => (
              <FileRow key={file.englishPath} file={file} />
            ))}
          </tbody>
        </table>
      </div>
      <UiStrings locale={locale} />
    </section>
  );
}

/** The /translation-status page; its data comes from config/plugins/translation-status.ts at build time. */
export default function TranslationStatusPage({status}: {status: TranslationStatusPageData}): ReactNode {
  return (
    <Layout
      title={translate({id: 'translationStatus.meta.title', message: 'Translation status'})}
      description={translate({
        id: 'translationStatus.meta.description',
        message: 'Which pages of this site are translated, which are out of date and which are still in English.',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="translationStatus.title">Translation status</Translate>
        </Heading>
        <p>
          <Translate id="translationStatus.intro">
            These guides are written in English first and translated afterwards. This page lists every page and
            every shared section (fragment) of the guides and tells you, for each language, whether its translation
            is up to date. It is generated each time the site is built.
          </Translate>
        </p>
        <dl className={styles.legend}>
          {STATES.map((state) => (
            <div key={state} className={styles.legendItem}>
              <dt>
                <span className={clsx('badge', BADGE[state])}>
                  <StateLabel state={state} />
                </span>
              </dt>
              <dd>
                <StateDescription state={state} />
              </dd>
            </div>
          ))}
        </dl>
        {status.locales.map((locale) => (
          <LocaleSection key={locale.locale} locale={locale} />
        ))}
        <section aria-labelledby="help-translate">
          <Heading as="h2" id="help-translate">
            <Translate id="translationStatus.help.title">Help translate</Translate>
          </Heading>
          <p>
            <Translate
              id="translationStatus.help.body"
              values={{
                newCommand: <code>npm run i18n:new</code>,
                statusCommand: <code>npm run i18n:status</code>,
                markCommand: <code>npm run i18n:mark</code>,
                contributing: <code>CONTRIBUTING.md</code>,
              }}>
              {
                'Translations are made in the repository of this site. Start a translation with {newCommand}, see what changed in English with {statusCommand} and mark your work as done with {markCommand}. The {contributing} file in the repository explains each step.'
              }
            </Translate>
          </p>
        </section>
      </main>
    </Layout>
  );
}
