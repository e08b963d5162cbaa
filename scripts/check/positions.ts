/** Offset → 1-based line and column, by binary search over line starts (linear to build, log to query). */
import type {Position} from '../lib/mdx';

export function positionIndex(source: string): (offset: number) => Position {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return {line: low + 1, column: offset - starts[low]! + 1};
  };
}
