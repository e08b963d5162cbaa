import {test} from 'node:test';
import assert from 'node:assert/strict';
import {at, check, lines, makeSite} from '../test-helpers';
import {codeBlocks} from './code-blocks';
import {codeStrings} from './code-strings';

const EN = 'docs/guide.mdx';
const ES = 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx';

/** A page with one tsx block; `code` lines start on line 4 of the file. */
const page = (...code: string[]) => lines('# Guide', '', '```tsx title="app/page.tsx"', ...code, '```');

const english = page(
  "'use client';", //                                                                 4
  '', //                                                                              5
  "import { redirect } from 'next/navigation';", //                                   6
  "import { cookies, headers } from 'next/headers';", //                              7
  '', //                                                                              8
  'export const config = {', //                                                       9
  "  scopes: ['read:products', 'write:products'],", //                               10
  "  resources: ['https://api.example.com'],", //                                    11
  "  secret: process.env['LOGTO_COOKIE_SECRET'],", //                                12
  "  'Set-Cookie': 'none',", //                                                      13
  '};', //                                                                           14
  '', //                                                                             15
  'export default async function Page() {', //                                      16
  "  const session = (await cookies()).get('logto_session');", //                   17
  "  const agent = (await headers()).get('user-agent');", //                        18
  "  if (process.env.NODE_ENV === 'production' && !session) {", //                  19
  "    console.warn('No session, sending the visitor to sign in');", //             20
  "    redirect('/api/logto/sign-in');", //                                          21
  '  }', //                                                                          22
  "  if (!agent) throw new Error('The request has no user agent');", //             23
  '  // Shows the products', //                                                      24
  '  return (', //                                                                   25
  '    <main>', //                                                                   26
  '      <a href="/products" title="All products">Products</a>{\' \'}', //          27
  '      <img src="/logo.svg" alt="Logo" />', //                                     28
  '      <p>{session ? \'Signed in\' : \'Signed out\'}</p>', //                      29
  '    </main>', //                                                                  30
  '  );', //                                                                         31
  '}', //                                                                            32
);

test('comments, JSX text, console and error messages, {…} children and alt/title attributes may be translated', async () => {
  const root = makeSite({
    [EN]: english,
    [ES]: page(
      "'use client';",
      '',
      "import { redirect } from 'next/navigation';",
      "import { cookies, headers } from 'next/headers';",
      '',
      'export const config = {',
      "  scopes: ['read:products', 'write:products'],",
      "  resources: ['https://api.example.com'],",
      "  secret: process.env['LOGTO_COOKIE_SECRET'],",
      "  'Set-Cookie': 'none',",
      '};',
      '',
      'export default async function Page() {',
      "  const session = (await cookies()).get('logto_session');",
      "  const agent = (await headers()).get('user-agent');",
      "  if (process.env.NODE_ENV === 'production' && !session) {",
      "    console.warn('No hay sesión: se envía al visitante a iniciar sesión');",
      "    redirect('/api/logto/sign-in');",
      '  }',
      "  if (!agent) throw new Error('La solicitud no tiene agente de usuario');",
      '  // Muestra los productos',
      '  return (',
      '    <main>',
      '      <a href="/products" title="Todos los productos">Productos</a>{\' \'}',
      '      <img src="/logo.svg" alt="Logotipo" />',
      '      <p>{session ? \'Sesión iniciada\' : \'Sesión cerrada\'}</p>',
      '    </main>',
      '  );',
      '}',
    ),
  });
  assert.deepEqual((await check(root, [codeBlocks, codeStrings])).rows, []);
});

test('a thrown template message and a `message` value may be translated; the substitutions stay', async () => {
  const en = page(
    'export async function GET() {',
    "  if (!ok) throw new Error(`The API answered with status ${status}`);",
    "  return Response.json({ message: 'Sign in first' }, { status: 401 });",
    '}',
  );
  const root = makeSite({
    [EN]: en,
    [ES]: page(
      'export async function GET() {',
      "  if (!ok) throw new Error(`La API respondió con el estado ${status}`);",
      "  return Response.json({ message: 'Primero inicia sesión' }, { status: 401 });",
      '}',
    ),
  });
  assert.deepEqual((await check(root, [codeBlocks, codeStrings])).rows, []);
});

test('every data string translated is reported at its line and column, with the English value and why', async () => {
  const root = makeSite({
    [EN]: english,
    [ES]: page(
      "'usar cliente';", //                                                            4  directive
      '',
      "import { redirect } from 'next/navigation';",
      "import { cookies, headers } from 'next/headers';",
      '',
      'export const config = {',
      "  scopes: ['leer:productos', 'write:products'],", //                            10 scope
      "  resources: ['https://api.ejemplo.com'],", //                                  11 resource indicator
      "  secret: process.env['LOGTO_SECRETO_COOKIE'],", //                             12 env var name
      "  'Poner-Cookie': 'none',", //                                                  13 header name (object key)
      '};',
      '',
      'export default async function Page() {',
      "  const session = (await cookies()).get('sesion_logto');", //                   17 cookie name
      "  const agent = (await headers()).get('agente-de-usuario');", //                18 header name
      "  if (process.env.NODE_ENV === 'produccion' && !session) {", //                 19 compared value
      "    console.warn('No session, sending the visitor to sign in');",
      "    redirect('/api/logto/iniciar-sesion');", //                                   21 redirect target
      '  }',
      "  if (!agent) throw new Error('The request has no user agent');",
      '  // Shows the products',
      '  return (',
      '    <main>',
      '      <a href="/productos" title="All products">Products</a>{\' \'}', //          27 JSX attribute
      '      <img src="/logo.svg" alt="Logo" />',
      '      <p>{session ? \'Signed in\' : \'Signed out\'}</p>',
      '    </main>',
      '  );',
      '}',
    ),
  });
  const {rows, problems} = await check(root, [codeBlocks, codeStrings]);
  assert.deepEqual(rows, [
    ['code-strings', ES, 4, 1],
    ['code-strings', ES, 10, 12],
    ['code-strings', ES, 11, 15],
    ['code-strings', ES, 12, 23],
    ['code-strings', ES, 13, 3],
    ['code-strings', ES, 17, 41],
    ['code-strings', ES, 18, 39],
    ['code-strings', ES, 19, 32],
    ['code-strings', ES, 21, 14],
    ['code-strings', ES, 27, 15],
  ]);
  const directive = at(problems, ES, 4);
  assert.equal(
    directive.message,
    "string 'usar cliente' here must be 'use client' as in English (docs/guide.mdx:4): a directive is code, not text",
  );
  assert.match(directive.fix, /^copy the English value, 'use client';/);
  assert.match(at(problems, ES, 10).message, /'leer:productos' here must be 'read:products' .*an element of `scopes` is code/);
  assert.match(at(problems, ES, 11).message, /must be 'https:\/\/api\.example\.com' .*an element of `resources`/);
  assert.match(at(problems, ES, 12).message, /must be 'LOGTO_COOKIE_SECRET' .*a property name/);
  assert.match(at(problems, ES, 13).message, /must be 'Set-Cookie' .*an object key/);
  assert.match(at(problems, ES, 17).message, /must be 'logto_session' .*an argument of `cookies\(\)\.get\(\)`/);
  assert.match(at(problems, ES, 18).message, /must be 'user-agent' .*an argument of `headers\(\)\.get\(\)`/);
  assert.match(at(problems, ES, 19).message, /must be 'production' .*a value the code compares against/);
  assert.match(at(problems, ES, 21).message, /must be '\/api\/logto\/sign-in' .*the URL or route passed to `redirect\(\)`/);
  assert.match(at(problems, ES, 27).message, /string "\/productos" here must be "\/products" .*the JSX attribute `href`/);
});

test('a route in a template literal, a switch case and a redirect destination are data', async () => {
  const en = page(
    'export function target(id: string, kind: string) {',
    '  switch (kind) {',
    "    case 'team':",
    "      return { redirect: { destination: '/teams', permanent: false } };",
    '  }',
    '  return fetch(`https://api.example.com/organizations/${id}/projects`);',
    '}',
  );
  const root = makeSite({
    [EN]: en,
    [ES]: page(
      'export function target(id: string, kind: string) {', //                      4
      '  switch (kind) {', //                                                      5
      "    case 'equipo':", //                                                     6
      "      return { redirect: { destination: '/equipos', permanent: false } };", // 7
      '  }', //                                                                    8
      '  return fetch(`https://api.example.com/organizaciones/${id}/proyectos`);', // 9
      '}',
    ),
  });
  const {rows, problems} = await check(root, [codeBlocks, codeStrings]);
  assert.deepEqual(rows, [
    ['code-strings', ES, 6, 10],
    ['code-strings', ES, 7, 41],
    ['code-strings', ES, 9, 16],
    ['code-strings', ES, 9, 60],
  ]);
  assert.match(at(problems, ES, 7).message, /'\/equipos' here must be '\/teams' .*the value of `destination`/);
  assert.match(problems[2]!.message, /`https:\/\/api\.example\.com\/organizaciones\/\$\{ here must be `https:\/\/api\.example\.com\/organizations\/\$\{/);
});

test('a string next to changed code is left to code-blocks; quotes count as code', async () => {
  const root = makeSite({
    [EN]: page("const a = fetch('/api/a');", "const b = 'x';"),
    [ES]: page("const a = fetch('/api/a', options);", 'const b = "x";'),
  });
  const {rows, problems} = await check(root, [codeBlocks, codeStrings]);
  assert.deepEqual(rows, [
    ['code-blocks', ES, 4, 25],
    ['code-strings', ES, 5, 11],
  ]);
  assert.match(at(problems, ES, 5).message, /string "x" here must be 'x'/);
});

test('strings of other languages are left to code-blocks, which compares them line by line', async () => {
  const root = makeSite({
    [EN]: lines('```bash', "curl -H 'Authorization: Bearer token' https://api.example.com", '```'),
    [ES]: lines('```bash', "curl -H 'Autorizacion: Bearer token' https://api.example.com", '```'),
  });
  assert.deepEqual((await check(root, [codeBlocks, codeStrings])).rows, [['code-blocks', ES, 2, 1]]);
});
