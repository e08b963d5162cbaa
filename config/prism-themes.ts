/**
 * Code block colours with at least 4.5:1 contrast (WCAG AA) against the code
 * background, also on highlighted lines (custom.css keeps their tint light
 * enough for that). The stock GitHub and Dracula themes fall short for
 * comments, strings, constants and keywords (2.6–4.3:1 on GitHub), which the
 * accessibility audit reports.
 */
import {themes, type PrismTheme} from 'prism-react-renderer';

type Style = PrismTheme['styles'][number]['style'];

/** Overrides the style of each rule whose first token type is listed (a string is a colour). */
function recolour(base: PrismTheme, overrides: Record<string, string | Style>): PrismTheme {
  return {
    ...base,
    styles: base.styles.map((rule) => {
      const override = overrides[rule.types[0]!];
      if (!override) return rule;
      return {...rule, style: {...rule.style, ...(typeof override === 'string' ? {color: override} : override)}};
    }),
  };
}

// Contrast on #f6f8fa / on a highlighted line (#eae8f9) in the comments.
export const lightCodeTheme = recolour(themes.github, {
  comment: '#5f5f50', // 6.1 / 5.4
  namespace: {opacity: 1}, // 0.7 opacity took the plain colour below 4.5:1
  string: '#b3105f', // 6.3 / 5.5
  entity: '#176b6a', // 5.9 / 5.2
  atrule: '#0a66a0', // 5.8 / 5.1
  function: '#b52a37', // 5.9 / 5.2
});

// Contrast on #282a36 / on a highlighted line (#36364a).
export const darkCodeTheme = recolour(themes.dracula, {
  comment: '#a4aed4', // 6.5 / 5.4
  prolog: '#c6a4fa', // 6.8 / 5.7
  keyword: '#c6a4fa',
  deleted: '#ff7b7b', // 5.7 / 4.7
  string: '#ff8acd', // 6.6 / 5.5
});
