// prismjs ships no types of its own; these are the parts the site uses.
declare module 'prismjs/components/prism-core' {
  type Grammar = Record<string, unknown>;
  const Prism: {
    languages: Record<string, Grammar | undefined>;
    hooks: {run(name: string, env: Record<string, unknown>): void};
    tokenize(text: string, grammar: Grammar): unknown[];
    manual?: boolean;
  };
  export default Prism;
}
declare module 'prismjs/components/*';
