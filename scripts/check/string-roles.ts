/**
 * Which strings of a code sample a translator may change. The answer comes
 * from where the string sits in the TypeScript syntax tree, never from its
 * wording: JSX children, thrown errors, console output and `message` values
 * are text for people; a directive, a URL passed to `fetch`, an object key, a
 * value the code compares against, an element of `scopes`… is data the code
 * depends on. A position not known to hold text is data.
 */
import type * as TS from 'typescript';
import type {CheckConfig} from './config';

/** `text`: may be translated. Otherwise `what` names the position, for messages ("the JSX attribute `href`"). */
export type StringRole = {text: true} | {text: false; what: string};

export type RoleOptions = CheckConfig['codeStrings'] & {translatableProps: string[]};

const TEXT: StringRole = {text: true};
const data = (what: string): StringRole => ({text: false, what});

/** A callee pattern of the config (`console.*`, `new *Error`) as a test on the callee as written. */
function calleeMatcher(patterns: string[]): (callee: string) => boolean {
  const regexps = patterns.map(
    (p) => new RegExp(`^${p.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[\\w$]*')}$`),
  );
  return (callee) => regexps.some((r) => r.test(callee));
}

export function stringRoles(ts: typeof TS, source: TS.SourceFile, options: RoleOptions) {
  const {SyntaxKind} = ts;
  const isMessageCall = calleeMatcher(options.messageCalls);
  const isUrlCall = calleeMatcher(options.urlCalls);
  /** A callee as people name it: `cookies().get` for `(await cookies()).get`, `fetch(…).then` for a chain. */
  const calleeName = (node: TS.Node): string => {
    if (ts.isIdentifier(node) || node.kind === SyntaxKind.ThisKeyword || node.kind === SyntaxKind.SuperKeyword) {
      return node.getText(source);
    }
    if (ts.isPropertyAccessExpression(node)) return `${calleeName(node.expression)}.${node.name.text}`;
    if (ts.isCallExpression(node)) return `${calleeName(node.expression)}()`;
    if (ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node) || ts.isNonNullExpression(node)) {
      return calleeName(node.expression);
    }
    if (ts.isElementAccessExpression(node)) return `${calleeName(node.expression)}[…]`;
    return '…';
  };
  const nameOf = (name: TS.Node | undefined): string | null =>
    name && (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name))
      ? name.text
      : null;

  /** The expression a string token belongs to: the literal itself, or its whole template. */
  function expressionOf(token: TS.Node): TS.Node {
    if (token.kind === SyntaxKind.TemplateHead) return token.parent;
    if (token.kind === SyntaxKind.TemplateMiddle || token.kind === SyntaxKind.TemplateTail) return token.parent.parent;
    return token;
  }

  /**
   * Climbs through what does not change a string's purpose: parentheses, type
   * assertions, concatenation, fallbacks (`a ?? 'b'`), the branches of `?:`
   * and substitutions inside a template.
   */
  function placeOf(expression: TS.Node): {node: TS.Node; parent: TS.Node} {
    let node = expression;
    for (;;) {
      const parent = node.parent;
      const transparent =
        ts.isParenthesizedExpression(parent) ||
        ts.isAsExpression(parent) ||
        ts.isSatisfiesExpression(parent) ||
        ts.isNonNullExpression(parent) ||
        ts.isTypeAssertionExpression(parent) ||
        (ts.isBinaryExpression(parent) &&
          (parent.operatorToken.kind === SyntaxKind.PlusToken ||
            (parent.right === node &&
              [SyntaxKind.QuestionQuestionToken, SyntaxKind.BarBarToken, SyntaxKind.AmpersandAmpersandToken].includes(
                parent.operatorToken.kind,
              )))) ||
        (ts.isConditionalExpression(parent) && parent.condition !== node);
      if (transparent) node = parent;
      else if (ts.isTemplateSpan(parent)) node = parent.parent;
      else return {node, parent};
    }
  }

  function isDirective(statement: TS.ExpressionStatement): boolean {
    const container = statement.parent;
    const inPrologue = ts.isSourceFile(container) || (ts.isBlock(container) && ts.isFunctionLike(container.parent));
    if (!inPrologue) return false;
    for (const sibling of container.statements) {
      if (sibling === statement) return true;
      if (!ts.isExpressionStatement(sibling) || !ts.isStringLiteral(sibling.expression)) return false;
    }
    return false;
  }

  function jsxAttribute(attribute: TS.JsxAttribute): StringRole {
    const name = attribute.name.getText(source);
    return options.translatableProps.includes(name) ? TEXT : data(`the JSX attribute \`${name}\``);
  }

  function holderName(node: TS.Node): string | null {
    const parent = node.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === node) return nameOf(parent.name);
    if (ts.isVariableDeclaration(parent) && parent.initializer === node) return nameOf(parent.name);
    return null;
  }

  /** The role of a string token (string literal or template part). */
  return function roleOf(token: TS.Node): StringRole {
    const {node, parent} = placeOf(expressionOf(token));
    if (ts.isExpressionStatement(parent)) {
      return isDirective(parent) ? data('a directive') : data('a statement');
    }
    if (ts.isThrowStatement(parent)) return TEXT;
    if (ts.isJsxAttribute(parent)) return jsxAttribute(parent);
    if (ts.isJsxExpression(parent)) {
      if (ts.isJsxAttribute(parent.parent)) return jsxAttribute(parent.parent);
      if (ts.isJsxElement(parent.parent) || ts.isJsxFragment(parent.parent)) return TEXT; // `{'…'}` child: shown as text
      return data('a JSX expression');
    }
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(node as TS.Expression)) {
      const callee = `${ts.isNewExpression(parent) ? 'new ' : ''}${calleeName(parent.expression)}`;
      if (isMessageCall(callee)) return TEXT;
      return data(isUrlCall(callee) ? `the URL or route passed to \`${callee}()\`` : `an argument of \`${callee}()\``);
    }
    if (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent)) {
      if (parent.name === node) return data('an object key');
      const key = nameOf(parent.name);
      if (key !== null && options.messageProperties.includes(key)) return TEXT;
      return data(key === null ? 'an object value' : `the value of \`${key}\``);
    }
    if (ts.isComputedPropertyName(parent) || ts.isElementAccessExpression(parent)) return data('a property name');
    if (
      (ts.isBinaryExpression(parent) &&
        [
          SyntaxKind.EqualsEqualsEqualsToken,
          SyntaxKind.ExclamationEqualsEqualsToken,
          SyntaxKind.EqualsEqualsToken,
          SyntaxKind.ExclamationEqualsToken,
        ].includes(parent.operatorToken.kind)) ||
      ts.isCaseClause(parent)
    ) {
      return data('a value the code compares against');
    }
    if (ts.isArrayLiteralExpression(parent)) {
      const holder = holderName(parent);
      return data(holder ? `an element of \`${holder}\`` : 'an array element');
    }
    if (ts.isVariableDeclaration(parent)) return data(`the value of \`${nameOf(parent.name) ?? 'a variable'}\``);
    if (ts.isParameter(parent) || ts.isBindingElement(parent)) return data('a default value');
    if (ts.isLiteralTypeNode(parent)) return data('a type');
    if (ts.isEnumMember(parent)) return data('an enum value');
    if (ts.isReturnStatement(parent)) return data('a returned value');
    if (ts.isImportAttribute?.(parent)) return data('an import attribute');
    return data('a value the code uses');
  };
}
