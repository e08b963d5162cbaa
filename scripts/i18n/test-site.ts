/**
 * A tiny site in a temporary git repository, for the translation tools' tests:
 * one page, two fragments, a Spanish page and one Spanish fragment.
 */
import {gitRaw} from '../lib/test-git';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {CliOptions} from './cli';
import {markTranslations} from './mark';

export const GUIDE_EN = `---
slug: /guide
sidebar_label: Guide
---

import Intro from '@fragments/_intro.mdx';
import Setup from '@fragments/_setup.mdx';

# Guide

## Intro \\{#intro}

<Intro />

## Setup \\{#setup}

\`\`\`bash title="terminal"
npm i @logto/next
\`\`\`

<Setup />
`;

export const GUIDE_ES = `---
slug: /guide
sidebar_label: Guía
---

import Intro from '@fragments/_intro.mdx';
import Setup from '@fragments/_setup.mdx';

# Guía

## Introducción \\{#intro}

<Intro />

## Configuración \\{#setup}

\`\`\`bash title="terminal"
npm i @logto/next
\`\`\`

<Setup />
`;

export const INTRO_EN = 'Logto signs your users in.\n';
export const INTRO_ES = 'Logto inicia la sesión de tus usuarios.\n';
export const SETUP_EN = 'Install the SDK.\n';

export const PATHS = {
  guideEn: 'docs/guide.mdx',
  guideEs: 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx',
  introEn: 'fragments/_intro.mdx',
  introEs: 'i18n/es/fragments/_intro.mdx',
  setupEn: 'fragments/_setup.mdx',
  setupEs: 'i18n/es/fragments/_setup.mdx',
  manifest: 'i18n/es/translation-status.json',
} as const;

/** Untrimmed: tests compare `git status --porcelain` lines exactly. */
export const git = gitRaw;

export function write(root: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
  fs.writeFileSync(path.join(root, file), text);
}

export function read(root: string, file: string): string {
  return fs.readFileSync(path.join(root, file), 'utf8');
}

/** The fixture site, committed, with nothing recorded yet. */
export function makeSite(options: {git?: boolean} = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-tools-'));
  write(root, PATHS.guideEn, GUIDE_EN);
  write(root, PATHS.guideEs, GUIDE_ES);
  write(root, PATHS.introEn, INTRO_EN);
  write(root, PATHS.introEs, INTRO_ES);
  write(root, PATHS.setupEn, SETUP_EN);
  if (options.git !== false) {
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'English and Spanish');
  }
  return root;
}

/**
 * The fixture site after a typical round: both Spanish files recorded as
 * translated and committed, then the English intro changed and committed.
 */
export function makeOutdatedSite(): string {
  const root = makeSite();
  markTranslations(root, [
    {englishPath: PATHS.guideEn, translatedPath: PATHS.guideEs, locale: 'es'},
    {englishPath: PATHS.introEn, translatedPath: PATHS.introEs, locale: 'es'},
  ]);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'Record the Spanish translations');
  write(root, PATHS.introEn, `${INTRO_EN}It also signs them out.\n`);
  git(root, 'commit', '-qam', 'Say more in the English intro');
  return root;
}

export function removeSite(root: string): void {
  fs.rmSync(root, {recursive: true, force: true});
}

/** CLI options that capture output instead of printing it. */
export function captureIo(root: string): CliOptions & {out: () => string; err: () => string} {
  let out = '';
  let err = '';
  return {
    root,
    io: {stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: root},
    out: () => out,
    err: () => err,
  };
}
