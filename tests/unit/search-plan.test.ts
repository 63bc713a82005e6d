import { describe, expect, it } from 'vitest';
import { plan } from '../../src/client/search-engine';

describe('search plan: which index each part of a query goes to', () => {
  it.each([
    ['三线一单', [['zh', '三 线 一 单']]],
    ['navel oranges', [['en', 'navel oranges']]],
    [
      '2000',
      [
        ['zh', '2000'],
        ['en', '2000'],
      ],
    ],
    ['2000家', [['zh', '2000 家']]],
    ['GDP比重', [['zh', 'GDP 比 重']]],
    [
      'GDP比重 oranges',
      [
        ['zh', 'GDP 比 重'],
        ['en', 'oranges'],
      ],
    ],
    ['三线一单 2.5%', [['zh', '三 线 一 单 2.5%']]],
    [
      '。，、',
      [
        ['zh', '。 ， 、'],
        ['en', '。，、'],
      ],
    ],
  ])('%s', (query, expected) => {
    expect(plan(query).map((s) => [s.language, s.term])).toEqual(expected);
  });
});
