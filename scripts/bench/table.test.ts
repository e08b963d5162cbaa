import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {median, parseTimeReport} from './measure';
import {parsePhases} from './scale';
import {formatBytes, formatMs, formatRatio, formatSeconds, renderTable} from './table';

describe('formatters', () => {
  test('bytes in binary units', () => {
    assert.equal(formatBytes(512), '512 B');
    assert.equal(formatBytes(1536), '1.5 KB');
    assert.equal(formatBytes(450 * 1024), '450.0 KB');
    assert.equal(formatBytes(3 * 1024 ** 3), '3.0 GB');
    assert.equal(formatBytes(null), '–');
  });

  test('seconds, milliseconds and ratios', () => {
    assert.equal(formatSeconds(1234), '1.2 s');
    assert.equal(formatSeconds(353_000), '353.0 s');
    assert.equal(formatSeconds(null), '–');
    assert.equal(formatMs(12.6), '13 ms');
    assert.equal(formatRatio(57, 173), '0.33×');
    assert.equal(formatRatio(50, 0), '–');
  });
});

describe('renderTable', () => {
  test('pads cells and right-aligns numeric columns', () => {
    const table = renderTable(
      [{header: 'pages'}, {header: 'wall', align: 'right'}],
      [
        ['250', '57.0 s'],
        ['2000', '353.0 s'],
      ],
    );
    assert.equal(
      table,
      ['| pages |    wall |', '| ----- | ------: |', '| 250   |  57.0 s |', '| 2000  | 353.0 s |'].join('\n'),
    );
  });

  test('keeps columns at least three wide and fills missing cells', () => {
    assert.equal(renderTable([{header: 'a'}, {header: 'b'}], [['x']]), ['| a   | b   |', '| --- | --- |', '| x   |     |'].join('\n'));
  });
});

describe('measurement helpers', () => {
  test('median', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
  });

  test('parses /usr/bin/time -f "%e %U %S %M"', () => {
    assert.deepEqual(parseTimeReport('Command exited with non-zero status 1\n56.03 27.98 3.49 533532\n'), {
      wallS: 56.03,
      userS: 27.98,
      sysS: 3.49,
      maxRssKb: 533532,
    });
    assert.equal(parseTimeReport('garbage'), null);
  });

  test('sums Docusaurus PerfLogger phases over locales', () => {
    const log = [
      '[PERF] Build > en > Load site - 5.94 seconds! - (Heap 53mb -> 67mb / Total 95mb)',
      '[PERF] Build > en > Bundling with rspack - 5.12 seconds! - (Heap 72mb -> 80mb / Total 100mb)',
      '[PERF] Build > en > SSG - 10.39 seconds! - (Heap 80mb -> 94mb / Total 121mb)',
      '[PERF] Build > en > SSG > Thread pool - 9.00 seconds! - (Heap 80mb -> 94mb / Total 121mb)',
      '[PERF] Build > en > Broken links checker - 20.35 ms - (Heap 94mb -> 95mb / Total 121mb)',
      '[PERF] Build > en - 22.86 seconds! - (Heap 53mb -> 95mb / Total 121mb)',
      '[PERF] Build > es > SSG - 6.61 seconds! - (Heap 96mb -> 118mb / Total 141mb)',
      '[PERF] Build - 38.47 seconds! - (Heap 53mb -> 118mb / Total 141mb)',
    ].join('\n');
    const phases = parsePhases(log);
    assert.deepEqual(Object.keys(phases).sort(), ['Broken links checker', 'Bundling', 'Load site', 'SSG']);
    assert.equal(phases['Load site'], 5.94);
    assert.equal(phases['Bundling'], 5.12);
    assert.equal(Math.round(phases['SSG']! * 100), 1700);
    assert.equal(Math.round(phases['Broken links checker']! * 1e5), 2035);
  });

  test('a split build: both bundles (logged by scripts/build/bundle.ts) add up', () => {
    const phases = parsePhases(
      [
        '[PERF] Load site - 1.50 seconds! - (Heap 50mb -> 90mb / Total 120mb)',
        '[PERF] Bundling with rspack (client) - 4.00 seconds! - (Heap 90mb -> 150mb / Total 300mb)',
        '[PERF] Load site - 1.25 seconds! - (Heap 50mb -> 90mb / Total 120mb)',
        '[PERF] Bundling with rspack (server) - 2.50 seconds! - (Heap 90mb -> 120mb / Total 200mb)',
      ].join('\n'),
    );
    assert.deepEqual(phases, {'Load site': 2.75, Bundling: 6.5});
  });
});
