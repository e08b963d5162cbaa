/**
 * `npm run serve [-- --port 3000] [-- --dir build]`: serves the production
 * build with compression and cache headers (see static-server.ts).
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
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
    console.log(`Serving ${values.dir} at ${server.url}/ (English) and ${server.url}/es/ (Spanish). Ctrl+C stops.`);
  })
  .catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
