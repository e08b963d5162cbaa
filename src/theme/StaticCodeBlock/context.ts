import {createContext, useContext} from 'react';

/**
 * The pre-rendered inner HTML of the code block being rendered, from
 * StaticCodeBlock down to CodeBlock/Content (the layout between them is
 * Docusaurus' own and takes no props).
 */
export const StaticCodeHtml = createContext<string | null>(null);

export function useStaticCodeHtml(): string | null {
  return useContext(StaticCodeHtml);
}
