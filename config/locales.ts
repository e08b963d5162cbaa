/**
 * The one place that knows which locales the site has. The Docusaurus config,
 * the fragment resolver and every script under scripts/ read from here, so adding
 * a locale is a one-line change (see CONTRIBUTING.md).
 */
import path from 'node:path';
import type {Config} from '@docusaurus/types';

export const defaultLocale = 'en';

/**
 * htmlLang is also what Docusaurus writes in `hreflang`. The guides are written
 * for every reader of the language, not for one country, so it names the
 * language alone: `es`, not `es-ES`, which would tell search engines the
 * Spanish pages are for Spain only.
 */
export const localeConfigs = {
  en: {label: 'English', htmlLang: 'en'},
  es: {label: 'Español', htmlLang: 'es'},
  'zh-CN': {label: '简体中文', htmlLang: 'zh-CN'},
} as const satisfies Record<string, {label: string; htmlLang: string}>;

export type Locale = keyof typeof localeConfigs;

export const locales = Object.keys(localeConfigs) as Locale[];

/**
 * The site's title and tagline in each locale. Docusaurus has no translation
 * file for them, and puts the title in every page's <title> and og:title
 * ("Page | Title"), so a Spanish page needs a Spanish title. Typed over every
 * locale: adding a locale without its texts is a type error.
 */
export const siteTexts: Record<Locale, {title: string; tagline: string}> = {
  en: {
    title: 'Logto for Next.js',
    tagline: 'Add sign-in, user data and API access to your Next.js app with Logto.',
  },
  es: {
    title: 'Logto para Next.js',
    tagline: 'Añade a tu aplicación Next.js el inicio de sesión, los datos del usuario y el acceso a tus API con Logto.',
  },
  'zh-CN': {
    title: 'Logto Next.js 指南',
    tagline: '使用 Logto 为你的 Next.js 应用添加登录、用户信息和 API 访问。',
  },
};

/**
 * The locale Docusaurus is building or serving. Docusaurus sets
 * DOCUSAURUS_CURRENT_LOCALE before it loads the configuration, as its way to
 * translate site config values (`npm start` without --locale sets it to
 * "undefined", hence the fallback).
 */
export function currentLocale(): Locale {
  const locale = process.env.DOCUSAURUS_CURRENT_LOCALE;
  return locale !== undefined && Object.hasOwn(localeConfigs, locale) ? (locale as Locale) : (defaultLocale as Locale);
}

/** Locales other than the default: the ones translators work on. */
export const translationLocales = locales.filter((l) => l !== defaultLocale);

/**
 * Set by scripts/build, which builds one locale per process: a single-locale
 * build would otherwise give its locale baseUrl "/" (Docusaurus' multi-domain
 * default), so every locale's baseUrl is then stated as a full build infers it.
 */
export const LOCALE_BASE_URLS_ENV = 'DOCS_EXPLICIT_LOCALE_BASE_URLS';

function localeBaseUrl(locale: string): string {
  return locale === defaultLocale ? '/' : `/${locale}/`;
}

export const i18n: Config['i18n'] = {
  defaultLocale,
  locales: [...locales],
  localeConfigs:
    process.env[LOCALE_BASE_URLS_ENV] === 'true'
      ? Object.fromEntries(locales.map((l) => [l, {...localeConfigs[l], baseUrl: localeBaseUrl(l)}]))
      : localeConfigs,
};

/** Folder (relative to the site) holding English fragments. */
export const fragmentsDir = 'fragments';

/** Folder (relative to the site) holding a translated locale's fragments. */
export function localizedFragmentsDir(locale: string): string {
  return path.join('i18n', locale, 'fragments');
}

/** Folder (relative to the site) holding a translated locale's docs. */
export function localizedDocsDir(locale: string): string {
  return path.join('i18n', locale, 'docusaurus-plugin-content-docs', 'current');
}

/**
 * The fallback rule, stated once: a fragment is looked up in the page's locale
 * first, then in English. Paths are relative to the site directory.
 */
export function fragmentSearchPath(locale: string): string[] {
  return locale === defaultLocale
    ? [fragmentsDir]
    : [localizedFragmentsDir(locale), fragmentsDir];
}

/** Where the English docs live (relative to the site). */
export const docsDir = 'docs';

/**
 * Maps an English content file (relative to the site) to where its translation
 * lives for `locale`, or null when the file is not translatable content.
 * docs/X → i18n/<locale>/docusaurus-plugin-content-docs/current/X
 * fragments/X → i18n/<locale>/fragments/X
 */
export function translationPathFor(englishPath: string, locale: string): string | null {
  const posix = englishPath.split(path.sep).join('/');
  if (posix.startsWith(`${docsDir}/`)) {
    return path.join(localizedDocsDir(locale), posix.slice(docsDir.length + 1));
  }
  if (posix.startsWith(`${fragmentsDir}/`)) {
    return path.join(localizedFragmentsDir(locale), posix.slice(fragmentsDir.length + 1));
  }
  return null;
}

/** The inverse of translationPathFor: which English file a translation comes from. */
export function sourcePathFor(translatedPath: string): {locale: string; englishPath: string} | null {
  const posix = translatedPath.split(path.sep).join('/');
  const match = /^i18n\/([^/]+)\/(?:(fragments)|docusaurus-plugin-content-docs\/current)\/(.+)$/.exec(posix);
  if (!match) return null;
  const [, locale, isFragment, rest] = match;
  return {locale: locale!, englishPath: path.join(isFragment ? fragmentsDir : docsDir, rest!)};
}
