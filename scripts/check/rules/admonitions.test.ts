import {test} from 'node:test';
import assert from 'node:assert/strict';
import {at, check, lines, makeSite} from '../test-helpers';
import {admonitions} from './admonitions';

const EN = 'docs/guide.mdx';
const ES = 'i18n/es/docusaurus-plugin-content-docs/current/guide.mdx';

const english = lines(
  ':::tip[What you will build]', // 1
  '',
  'A sign-in button.',
  '',
  ':::', //                          5
  '',
  ':::note', //                      7
  '',
  'Keep the route at `app/callback`.',
  '',
  ':::', //                         11
  '',
  ':::warning[A refreshed token is not saved]', // 13
  '',
  'Call it from a server action.',
  '',
  ':::', //                         17
);

test('translated titles and text pass', async () => {
  const root = makeSite({
    [EN]: english,
    [ES]: lines(
      ':::tip[Qué vas a construir]',
      '',
      'Un botón para iniciar sesión.',
      '',
      ':::',
      '',
      ':::note',
      '',
      'Mantén la ruta en `app/callback`.',
      '',
      ':::',
      '',
      ':::warning[El token renovado no se guarda]',
      '',
      'Llámalo desde una server action.',
      '',
      ':::',
    ),
  });
  assert.deepEqual((await check(root, [admonitions])).rows, []);
});

test('a changed type, a dropped title and a missing admonition are reported with the English opening line', async () => {
  const root = makeSite({
    [EN]: english,
    [ES]: lines(
      ':::info[Qué vas a construir]', // 1  type changed
      '',
      'Un botón para iniciar sesión.',
      '',
      ':::', //                           5
      '',
      'Mantén la ruta en `app/callback`.', // the note is gone
      '',
      ':::warning', // 9  title dropped
      '',
      'Llámalo desde una server action.',
      '',
      ':::',
    ),
  });
  const {rows, problems} = await check(root, [admonitions]);
  assert.deepEqual(rows, [
    ['admonitions', ES, 1, 1],
    ['admonitions', ES, 9, 1],
    ['admonitions', ES, 9, 1],
  ]);
  assert.equal(at(problems, ES, 1).message, 'admonition :::info here is :::tip in English (docs/guide.mdx:1)');
  assert.equal(at(problems, ES, 1).fix, 'open it with :::tip as in English; only the [title] is translated');
  const messages = problems.filter((p) => p.line === 9).map((p) => p.message);
  assert.deepEqual(messages.sort(), [
    'admonition :::warning has no [title]; English has :::warning[A refreshed token is not saved] (docs/guide.mdx:13)',
    'admonition missing: English has :::note at docs/guide.mdx:7',
  ]);
});

test('a type that is not an admonition says so; an extra admonition and an added title are reported', async () => {
  const root = makeSite({
    [EN]: lines(':::note', '', 'Text.', '', ':::'),
    [ES]: lines(
      ':::nota[Nota]', // 1
      '',
      'Texto.',
      '',
      ':::',
      '',
      ':::danger', //     7
      '',
      'Extra.',
      '',
      ':::',
    ),
  });
  const {rows, problems} = await check(root, [admonitions]);
  assert.deepEqual(rows, [
    ['admonitions', ES, 1, 1],
    ['admonitions', ES, 7, 1],
  ]);
  assert.match(at(problems, ES, 1).message, /:::nota here is :::note in English .*\(`nota` is not an admonition type: note, tip, info, warning, danger, caution\)/);
  assert.match(at(problems, ES, 7).message, /^extra admonition :::danger: English \(docs\/guide\.mdx\) has none here$/);

  const titled = makeSite({[EN]: lines(':::note', '', 'Text.', '', ':::'), [ES]: lines(':::note[Nota]', '', 'Texto.', '', ':::')});
  const added = await check(titled, [admonitions]);
  assert.deepEqual(added.rows, [['admonitions', ES, 1, 1]]);
  assert.match(at(added.problems, ES, 1).message, /^admonition :::note\[Nota\] has a title; English has none/);
});

test('a title after a space is no title: the admonition is not one, and the message says how to write it', async () => {
  const root = makeSite({
    [EN]: lines(':::warning[A refreshed token is not saved]', '', 'Text.', '', ':::'),
    [ES]: lines(':::warning El token renovado no se guarda', '', 'Texto.', '', ':::'),
  });
  const {rows, problems} = await check(root, [admonitions]);
  assert.deepEqual(rows, [['admonitions', ES, 5, 1]]);
  assert.equal(at(problems, ES, 5).message, 'admonition missing: English has :::warning[A refreshed token is not saved] at docs/guide.mdx:1');
  assert.match(at(problems, ES, 5).fix, /write the title in brackets, :::warning\[…\]; `:::warning Title` is printed as text/);
});

test('admonitions of the same type are matched within their section (heading ids are the same in every language)', async () => {
  const root = makeSite({
    [EN]: lines(
      '## Server actions \\{#server-actions}', // 1
      '',
      ':::warning[First]', //                    3
      '',
      'Text.',
      '',
      ':::',
      '',
      '## Route handlers \\{#route-handlers}', // 9
      '',
      ':::warning[Second]', //                  11
      '',
      'Text.',
      '',
      ':::',
    ),
    [ES]: lines(
      '## Server actions \\{#server-actions}', // 1
      '',
      'Texto.', //                               3: the first warning is gone
      '',
      '## Route handlers \\{#route-handlers}', // 5
      '',
      ':::warning[Segunda]', //                  7
      '',
      'Texto.',
      '',
      ':::',
    ),
  });
  const {rows, problems} = await check(root, [admonitions]);
  assert.deepEqual(rows, [['admonitions', ES, 7, 1]]);
  assert.equal(at(problems, ES, 7).message, 'admonition missing: English has :::warning[First] at docs/guide.mdx:3');
});
