/**
 * Options of `npm run check`, one place for all rules. Change a rule's
 * severity to 'warning' to report without failing, or to 'off' to skip it.
 * CONTRIBUTING.md ("Checks") explains each rule.
 */
import {siteSpellingLocales, type SpellingLocales} from './spelling-locales';
import type {RuleName, Severity} from './types';

export type CheckConfig = {
  severity: Record<RuleName, Severity | 'off'>;
  headingIds: {
    /** Heading depths that must carry an explicit `\{#id}` in every locale. */
    requiredDepths: number[];
  };
  frontMatter: {
    /** Keys (dot paths) a translation must copy unchanged from English. */
    mustEqual: string[];
    /** Keys a translation must have (translated) whenever English has them. */
    mustExist: string[];
  };
  codeBlocks: {
    /** Compared token by token with the TypeScript scanner. */
    typescriptLanguages: string[];
    /** Free text (terminal output, prose samples): only language, title and meta are compared. */
    freeTextLanguages: string[];
    /**
     * Comment syntax of other languages: a line-comment marker ('#') or a block
     * comment's opening and closing markers separated by a space (as for CSS).
     * Their blocks are compared line by line with comments removed; a language
     * not listed is compared line by line as is.
     */
    comments: Record<string, string[]>;
    /** At most this many differences are listed per code block; the rest are counted. */
    maxDifferencesPerBlock: number;
  };
  /**
   * JSX props whose values are text for people (`<TabItem label="…">`,
   * `<img alt="…">`): a translation may change their values, in MDX and in code
   * samples alike. Every other prop is code and keeps its English value.
   */
  translatableProps: string[];
  codeStrings: {
    /**
     * Calls whose string arguments are messages for people, matched against
     * the callee as written (`new ` for constructors; `*` stands for any name).
     * Every string in a position not listed here or below is data.
     */
    messageCalls: string[];
    /** Object properties whose string values are messages (`{message: 'Sign in first'}`). */
    messageProperties: string[];
    /** Calls whose first argument is a URL or route: named as such in messages (all call arguments are data anyway). */
    urlCalls: string[];
  };
  admonitions: {
    /** Docusaurus admonition types: `:::note` etc. Any other container directive is compared too, by name. */
    types: string[];
  };
  links: {
    /** URLs starting with one of these are not checked (external or not routes). */
    ignorePrefixes: string[];
  };
  spelling: {
    /** cspell config at the site root: project word list, dictionaries. */
    configFile: string;
    /**
     * Each locale's dictionary, from the `spelling` field of config/locales.ts
     * (see spelling-locales.ts for the language each locale is checked in).
     */
    locales: SpellingLocales;
    /** Front matter fields that are visible prose and so spell-checked. */
    frontMatterFields: string[];
    /** Docusaurus translation files (UI strings) spell-checked per locale, relative to i18n/<locale>. */
    uiStrings: string[];
  };
};

export const checkConfig: CheckConfig = {
  // Every rule is an error: a broken id, snippet or link is a broken page, and a
  // typo is published in both languages. Spelling false positives are fixed by
  // adding the word to project-words.txt (or `{/* cspell:ignore word */}` in the file).
  severity: {
    'mdx-syntax': 'error',
    'partial-front-matter': 'error',
    'heading-ids': 'error',
    'duplicate-heading-id': 'error',
    'code-blocks': 'error',
    'code-strings': 'error',
    'code-fences': 'error',
    imports: 'error',
    'front-matter': 'error',
    components: 'error',
    admonitions: 'error',
    'broken-links': 'error',
    'misplaced-translation': 'error',
    'translation-records': 'error',
    'ui-strings': 'error',
    spelling: 'error',
  },
  headingIds: {requiredDepths: [2, 3, 4]},
  frontMatter: {
    mustEqual: [
      'slug',
      'sidebar_position',
      'sidebar_custom_props.logoFilename',
      'sidebar_custom_props.darkLogoFilename',
    ],
    mustExist: ['sidebar_custom_props.description'],
  },
  codeBlocks: {
    typescriptLanguages: ['ts', 'tsx', 'js', 'jsx', 'typescript', 'javascript', 'mjs', 'cjs', 'mts', 'cts'],
    freeTextLanguages: ['text', 'txt', 'plaintext', 'plain', 'md', 'markdown', 'mdx'],
    comments: {
      bash: ['#'],
      sh: ['#'],
      shell: ['#'],
      zsh: ['#'],
      console: ['#'],
      powershell: ['#'],
      env: ['#'],
      dotenv: ['#'],
      ini: ['#', ';'],
      toml: ['#'],
      yaml: ['#'],
      yml: ['#'],
      python: ['#'],
      dockerfile: ['#'],
      json: [],
      jsonc: ['//', '/* */'],
      json5: ['//', '/* */'],
      css: ['/* */'],
      scss: ['//', '/* */'],
      html: ['<!-- -->'],
      xml: ['<!-- -->'],
      sql: ['--'],
      go: ['//', '/* */'],
      java: ['//', '/* */'],
    },
    maxDifferencesPerBlock: 5,
  },
  translatableProps: ['label', 'title', 'alt', 'aria-label', 'aria-description', 'placeholder'],
  codeStrings: {
    messageCalls: [
      'new *Error',
      'console.*',
      'alert',
      'window.alert',
      'confirm',
      'window.confirm',
      'prompt',
      'window.prompt',
    ],
    messageProperties: ['message'],
    urlCalls: [
      'fetch',
      'redirect',
      'permanentRedirect',
      'NextResponse.redirect',
      'NextResponse.rewrite',
      'Response.redirect',
      'router.*',
      'revalidatePath',
      'new URL',
      'new Request',
    ],
  },
  admonitions: {types: ['note', 'tip', 'info', 'warning', 'danger', 'caution']},
  links: {
    ignorePrefixes: ['http://', 'https://', 'mailto:', 'tel:', '//', 'pathname://'],
  },
  spelling: {
    configFile: 'cspell.config.yaml',
    locales: siteSpellingLocales,
    frontMatterFields: ['title', 'description', 'sidebar_label', 'sidebar_custom_props.description'],
    uiStrings: ['code.json', 'docusaurus-*/**/*.json'],
  },
};
