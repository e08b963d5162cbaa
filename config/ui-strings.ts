/**
 * UI strings whose translation is rightly the English text in every language:
 * product and brand names. Their ids, per translation file (relative to
 * i18n/<locale>/), are not counted as untranslated by `npm run i18n:status`,
 * the status page or `npm run check`. Anything else still equal to English is
 * untranslated. CONTRIBUTING.md ("UI strings") explains when to add an id.
 */
export const sameAsEnglish: Record<string, readonly string[]> = {
  'docusaurus-theme-classic/footer.json': [
    'link.title.Logto',
    'link.item.label.Next.js (App Router)',
    'link.item.label.Next.js (Pages Router)',
  ],
};
