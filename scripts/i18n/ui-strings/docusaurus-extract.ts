/**
 * What `docusaurus write-translations` would write for the default locale,
 * computed with Docusaurus' own functions and printed as JSON instead of
 * written: the ids of every UI translation file and their English messages.
 *
 * It mirrors @docusaurus/core's lib/commands/writeTranslations.js step by step
 * (load the site, init its plugins, extract `<Translate>`/`translate()` from
 * the site's and the plugins' code plus @docusaurus/theme-common, apply the
 * plugins' default messages, then each plugin's getTranslationFiles). Those
 * are internal modules of @docusaurus/core: expected.test.ts compares this
 * output with what the real command writes, so an upgrade that moves them
 * fails a test instead of silently changing the expected ids.
 *
 * Loading the site and its plugins takes seconds, so this runs in a child
 * process and its result is cached by expected.ts.
 *
 *   tsx scripts/i18n/ui-strings/docusaurus-extract.ts <siteDir> <out.json>
 *
 * (expected.ts runs it without tsx: plain-node.ts)
 */
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import type {LoadContext, Plugin, TranslationFileContent} from '@docusaurus/types';

/** A translation file as Docusaurus writes it: id → message (and description). */
export type UiStringsFile = TranslationFileContent;

export type ExtractedUiStrings = {
  /** What write-translations writes for the default locale, by path relative to i18n/<locale>/ (POSIX). */
  files: Record<string, UiStringsFile>;
  /**
   * For each other locale of the site, the messages Docusaurus' theme ships
   * for it (what write-translations puts in a new code.json): id → message.
   */
  themeDefaults: Record<string, Record<string, string>>;
};

type InitializedPlugin = Plugin<unknown> & {name: string; path: string; options: {id?: string}};

/* eslint-disable @typescript-eslint/no-require-imports -- internal modules, resolved at run time on purpose */
const core = (module: string) => require(`@docusaurus/core/lib/${module}`);

export async function extractUiStrings(siteDir: string): Promise<ExtractedUiStrings> {
  const {loadContext} = core('server/site') as {loadContext(o: {siteDir: string; locale?: string}): Promise<LoadContext>};
  const {initPlugins} = core('server/plugins/init') as {initPlugins(c: LoadContext): Promise<InitializedPlugin[]>};
  const {loadPluginsDefaultCodeTranslationMessages, applyDefaultCodeTranslations} = core('server/translations/translations');
  const {globTranslatableSourceFiles, getPluginI18nPath, CODE_TRANSLATIONS_FILE_NAME, SRC_DIR_NAME} = require('@docusaurus/utils');
  const {extractAllSourceCodeFileTranslations, getBabelOptions, getCustomBabelConfigFilePath} = require('@docusaurus/babel');

  const context = await loadContext({siteDir});
  const plugins = await initPlugins(context);
  // The folders extractSiteSourceCodeTranslations() reads (translationsExtractor.js: the site's src/, each
  // plugin's paths to watch and theme path), plus theme-common's, which writeTranslations.js adds.
  const themeCommon = path.dirname(require.resolve('@docusaurus/theme-common', {paths: [siteDir]}));
  const folders = [
    path.join(siteDir, SRC_DIR_NAME),
    ...plugins.flatMap((plugin) =>
      [...(plugin.getPathsToWatch?.() ?? []), ...(plugin.getThemePath ? [plugin.getThemePath()] : [])].map((p) => path.resolve(plugin.path, p)),
    ),
    themeCommon,
  ];
  // Docusaurus' extractor finds nothing in a file that does not import @docusaurus/Translate (its first
  // pass looks for that import), so only those files are parsed: 55 of 285 here, a second less of Babel.
  const sourceFiles = ((await globTranslatableSourceFiles(folders)) as string[]).filter((file) =>
    fs.readFileSync(file, 'utf8').includes('@docusaurus/Translate'),
  );
  const babelOptions = getBabelOptions({isServer: true, babelOptions: await getCustomBabelConfigFilePath(siteDir)});
  const perFile = (await extractAllSourceCodeFileTranslations(sourceFiles, babelOptions)) as Array<{translations: UiStringsFile}>;
  // Merged in file order, as extractSiteSourceCodeTranslations does.
  const extracted = perFile.reduce<UiStringsFile>((all, file) => ({...all, ...file.translations}), {});
  const defaultCodeMessages = await loadPluginsDefaultCodeTranslationMessages(plugins);
  const files: ExtractedUiStrings['files'] = {
    [CODE_TRANSLATIONS_FILE_NAME]: applyDefaultCodeTranslations({extractedCodeTranslations: extracted, defaultCodeMessages}),
  };
  for (const plugin of plugins) {
    if (!plugin.getTranslationFiles) continue;
    const content = await plugin.loadContent?.();
    for (const file of await plugin.getTranslationFiles({content})) {
      const dir = getPluginI18nPath({localizationDir: '', pluginName: plugin.name, pluginId: plugin.options.id}) as string;
      files[path.posix.join(dir.split(path.sep).join('/'), `${file.path}.json`)] = file.content;
    }
  }
  // The classic theme's getDefaultCodeTranslationMessages(), for each locale instead of the current one.
  const {readDefaultCodeTranslationMessages} = require('@docusaurus/theme-translations');
  const themeDefaults: ExtractedUiStrings['themeDefaults'] = {};
  for (const locale of context.i18n.locales.filter((l) => l !== context.i18n.defaultLocale)) {
    themeDefaults[locale] = await readDefaultCodeTranslationMessages({locale, name: 'theme-common'});
  }
  return {files, themeDefaults};
}

/**
 * Command-line entry: writes the result to `out` (Docusaurus' logger may print
 * on stdout). expected.ts runs it in a child process (plain-node.ts).
 */
export async function main([siteDir, out]: string[]): Promise<void> {
  deferBundler();
  fs.writeFileSync(out!, JSON.stringify(await extractUiStrings(path.resolve(siteDir!))));
}

/**
 * loadContext() (server/site.js) requires @docusaurus/bundler, which loads
 * webpack, Rspack and the HTML and CSS minifiers — most of a second of CPU —
 * only to put the bundler in the context for the plugins' configureWebpack,
 * which write-translations never calls. For this process that module is
 * replaced by one that loads the real one on first use, except that
 * getCurrentBundler() hands out a bundler that refuses to be used: a plugin
 * that needed it to list its translations would fail loudly here, and
 * expected.test.ts compares this process's output with the real command.
 */
function deferBundler(): void {
  const core = path.dirname(require.resolve('@docusaurus/core/package.json'));
  const file = require.resolve('@docusaurus/bundler', {paths: [core]});
  if (require.cache[file]) return;
  let real: Record<string, unknown> | undefined;
  const load = () => {
    if (!real) {
      delete require.cache[file];
      real = require(file) as Record<string, unknown>;
    }
    return real;
  };
  const unusable = new Proxy({}, {
    get(_, key) {
      throw new Error(`The UI-strings extractor does not load the bundler, but a plugin used bundler.${String(key)} (docusaurus-extract.ts, deferBundler)`);
    },
  });
  const getCurrentBundler = async ({siteConfig}: {siteConfig: LoadContext['siteConfig']}) => ({
    name: siteConfig.future.faster.rspackBundler ? 'rspack' : 'webpack',
    instance: unusable,
  });
  const exports = new Proxy({}, {get: (_, key) => (key === 'getCurrentBundler' ? getCurrentBundler : load()[key as string])});
  const stub = new Module(file);
  Object.assign(stub, {filename: file, loaded: true, exports});
  require.cache[file] = stub;
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: Error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(1);
  });
}
