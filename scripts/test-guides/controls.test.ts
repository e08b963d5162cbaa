/**
 * Finding the guide's controls in its JSX: samples written by hand, in the
 * shapes the guides use and in shapes that must not match.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {linksTo, renderedElement} from './controls';

test('renderedElement: the HTML element a default-exported component renders', () => {
  const button = "'use client';\nexport default function SignIn({ go }: { go: () => void }) {\n  return (\n    <button type=\"button\" onClick={go}>Iniciar sesión</button>\n  );\n}\n";
  assert.equal(renderedElement(button, 'app/sign-in.tsx'), 'button');
  const form = 'const F = () => <form action="/x"><button>Go</button></form>;\nexport default F;\n';
  assert.equal(renderedElement(form, 'app/f.tsx'), 'form');
});

test('renderedElement: null for a component, or no default export', () => {
  assert.equal(renderedElement('export default function A() { return <Button>x</Button>; }\n', 'a.tsx'), null);
  assert.equal(renderedElement('export function A() { return <button>x</button>; }\n', 'a.tsx'), null);
});

test('linksTo: the hrefs of links to a route, query allowed, other paths ignored', () => {
  const page = [
    "import Link from 'next/link';",
    'export default function Home() {',
    '  return (<p>',
    '    <a href="/sign-in?screen=register">Crear una cuenta</a>',
    "    <Link href={'/sign-in'}>Entrar</Link>",
    '    <a href="/sign-in-help">Ayuda</a>',
    '    <a href="/dashboard">Panel</a>',
    '  </p>);',
    '}',
  ].join('\n');
  assert.deepEqual(linksTo(page, 'app/page.tsx', '/sign-in'), ['/sign-in?screen=register', '/sign-in']);
  assert.deepEqual(linksTo(page, 'app/page.tsx', '/orders'), []);
});
