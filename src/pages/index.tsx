import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import styles from './index.module.css';

type Step = {id: string; title: ReactNode; body: ReactNode};

const steps: Step[] = [
  {
    id: 'configure',
    title: <Translate id="home.steps.configure.title">Configure once</Translate>,
    body: (
      <Translate id="home.steps.configure.body">
        One typed config object holds your tenant endpoint, app credentials and cookie secret.
      </Translate>
    ),
  },
  {
    id: 'sign-in',
    title: <Translate id="home.steps.signIn.title">Sign users in</Translate>,
    body: (
      <Translate id="home.steps.signIn.body">
        Server actions start sign-in and sign-out; a single callback route finishes the flow.
      </Translate>
    ),
  },
  {
    id: 'call-apis',
    title: <Translate id="home.steps.callApis.title">Call your APIs</Translate>,
    body: (
      <Translate id="home.steps.callApis.body">
        Request access tokens and organization tokens for your own backend, from the server.
      </Translate>
    ),
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({id: 'home.meta.title', message: 'Logto authentication for Next.js'})}
      description={translate({
        id: 'home.meta.description',
        message:
          'Guides in English and Spanish for adding Logto sign-in, user data and API access tokens to Next.js apps.',
      })}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            <Translate id="home.hero.title">Add sign-in to your Next.js app with Logto</Translate>
          </Heading>
          <p className={styles.subtitle}>
            <Translate id="home.hero.subtitle">
              Practical guides for the App Router and the Pages Router: configure the SDK, sign users in
              and out, read their profile and call protected APIs.
            </Translate>
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/quick-starts/next-app-router">
              <Translate id="home.hero.primaryAction">Start with the App Router guide</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/quick-starts">
              <Translate id="home.hero.secondaryAction">See all quick starts</Translate>
            </Link>
          </div>
        </div>
      </header>
      <main className="container">
        <ol className={styles.steps}>
          {steps.map((step) => (
            <li key={step.id} className={styles.step}>
              <Heading as="h2" className={styles.stepTitle}>
                {step.title}
              </Heading>
              <p>{step.body}</p>
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
