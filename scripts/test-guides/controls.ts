/**
 * Which elements on a page are the guide's controls, read from the guide's own
 * JSX (TypeScript syntax tree), so the browser session can pick the sign-in
 * button or the sign-up link without matching their (translated) labels.
 */
import ts from 'typescript';

function parse(text: string, fileName: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function tagName(node: ts.Node): string | null {
  if (ts.isJsxElement(node)) return node.openingElement.tagName.getText();
  if (ts.isJsxSelfClosingElement(node)) return node.tagName.getText();
  return null;
}

function firstJsxTag(node: ts.Node): string | null {
  const own = tagName(node);
  if (own) return own;
  let found: string | null = null;
  node.forEachChild((child) => {
    found ??= firstJsxTag(child);
  });
  return found;
}

function declares(statement: ts.Statement, name: string): boolean {
  if (ts.isFunctionDeclaration(statement)) return statement.name?.text === name;
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name);
  return false;
}

/**
 * The outermost element the file's default-exported component renders, when it
 * is an HTML element (`button`, `a`, `form`): `app/sign-in.tsx` renders a
 * `button`. Null when there is no default export, or it renders a component.
 */
export function renderedElement(text: string, fileName: string): string | null {
  const source = parse(text, fileName);
  for (const statement of source.statements) {
    const isDefault = ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (!isDefault && !ts.isExportAssignment(statement)) continue;
    // `export default SignIn;` names a component declared above it
    const named = ts.isExportAssignment(statement) && ts.isIdentifier(statement.expression) ? statement.expression.text : null;
    const declaration = named ? source.statements.find((s) => declares(s, named)) : statement;
    const tag = declaration ? firstJsxTag(declaration) : null;
    return tag && /^[a-z][a-z0-9]*$/.test(tag) ? tag : null;
  }
  return null;
}

/**
 * The `href` string literals of the file's links (`<a>` or `<Link>`) whose path
 * is `route` (query allowed): the home page's links to `/sign-in`.
 */
export function linksTo(text: string, fileName: string, route: string): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    const tag = ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node) ? node.tagName.getText() : null;
    if (tag === 'a' || tag === 'Link') {
      for (const attribute of (node as ts.JsxOpeningLikeElement).attributes.properties) {
        if (!ts.isJsxAttribute(attribute) || attribute.name.getText() !== 'href' || !attribute.initializer) continue;
        const value = ts.isStringLiteral(attribute.initializer)
          ? attribute.initializer.text
          : ts.isJsxExpression(attribute.initializer) && attribute.initializer.expression && ts.isStringLiteralLike(attribute.initializer.expression)
            ? attribute.initializer.expression.text
            : null;
        if (value !== null && value.split(/[?#]/)[0] === route) out.push(value);
      }
    }
    node.forEachChild(visit);
  };
  visit(parse(text, fileName));
  return out;
}
