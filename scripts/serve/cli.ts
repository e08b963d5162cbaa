/**
 * `npm run serve [-- --port 3000] [-- --dir build]`: serves the production
 * build with compression and cache headers (see static-server.ts).
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {defaultLocale, localeConfigs, locales} from '../../config/locales';
import {siteDir} from '../lib/content';
import {startStaticServer} from './static-server';

const {values} = parseArgs({
  options: {
    port: {type: 'string', default: process.env.PORT ?? '3000'},
    host: {type: 'string', default: 'localhost'},
    dir: {type: 'string', default: 'build'},
  },
});

startStaticServer({root: path.resolve(siteDir, values.dir!), port: Number(values.port), host: values.host})
  .then((server) => {
    const urls = locales.map((l) => `${server.url}/${l === defaultLocale ? '' : `${l}/`} (${localeConfigs[l].label})`);
    console.log(`Serving ${values.dir} at ${urls.join(', ')}. Ctrl+C stops.`);
  })
  .catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
