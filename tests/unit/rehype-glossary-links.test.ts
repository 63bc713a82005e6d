import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import rehypeGlossaryLinks, { type GlossaryTerm } from '../../src/markdown/rehype-glossary-links';
import { textOf } from '../../src/markdown/lib/text-of';
import { expectFixture } from '../support/fixtures';

const FIXTURES = path.resolve('tests/fixtures/glossary-links');
const terms = JSON.parse(readFileSync(path.join(FIXTURES, 'terms.json'), 'utf8')) as Record<
  'zh' | 'en',
  GlossaryTerm[]
>;

async function render(markdown: string, language: 'zh' | 'en') {
  const file = await unified()
    .use(remarkParse)
    .use(remarkCjkFriendly)
    .use(remarkRehype)
    .use(rehypeGlossaryLinks, { terms: terms[language], language, href: (id: string) => `/glossary/#${id}` })
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

describe('public API', () => {
  it('is a default-exported plugin factory that takes terms, language and href', async () => {
    expect(typeof rehypeGlossaryLinks).toBe('function');
    const html = await render('放管服', 'zh');
    expect(html).toBe('<p><a href="/glossary/#fang-guan-fu" class="term" data-term="fang-guan-fu">放管服</a></p>');
  });
});

// Each folder holds input.md and output.html; a folder whose name starts with "english" is English text.
// UPDATE_FIXTURES=1 rewrites output.html after an intended change: review the diff before committing.
describe('fixtures', () => {
  for (const name of readdirSync(FIXTURES).filter((n) => !n.endsWith('.json'))) {
    it(name, async () => {
      const dir = path.join(FIXTURES, name);
      const actual = await render(
        readFileSync(path.join(dir, 'input.md'), 'utf8'),
        name.startsWith('english') ? 'en' : 'zh',
      );
      expectFixture(path.join(dir, 'output.html'), actual);
    });
  }
});

describe('matching', () => {
  it('prefers the longest spelling and never links a term inside another', async () => {
    const html = await render('碳达峰、碳中和', 'zh');
    expect(html.match(/data-term="([^"]+)"/g)).toEqual(['data-term="tan-da-feng-tan-zhong-he"']);
  });

  it('matches English only on whole words, in any case', async () => {
    expect(await render('THREE LINES AND ONE LIST', 'en')).toContain('data-term="san-xian-yi-dan"');
    expect(await render('three lines and one listing', 'en')).not.toContain('data-term');
    expect(await render('the zero-waste cityscape', 'en')).not.toContain('data-term');
  });

  it('leaves the text unchanged apart from the links', async () => {
    const html = await render('坚决执行“三线一单”分区管控要求。', 'zh');
    expect(html.replace(/<[^>]+>/g, '')).toBe('坚决执行“三线一单”分区管控要求。\n'.trimEnd());
  });
});

// Cases the fixtures do not reach, each on its own terms: how the matcher chooses, and where a word starts and ends.
describe('matching', () => {
  /** The text of one paragraph with each link as [term id, linked text]. */
  const linked = (forms: Record<string, string[]>, text: string, language: 'zh' | 'en' = 'en') => {
    const tree: Root = { type: 'root', children: [{ type: 'text', value: text }] };
    const terms = Object.entries(forms).map(([id, spellings]) => ({ id, forms: spellings }));
    rehypeGlossaryLinks({ terms, language, href: (id) => `#${id}` })(tree);
    return tree.children.map((node) =>
      node.type === 'text'
        ? node.value
        : node.type === 'element'
          ? [String(node.properties.dataTerm), textOf(node)]
          : '',
    );
  };

  it.each<[string, Record<string, string[]>, string, unknown[]]>([
    [
      'a shorter spelling where the longer one ends mid-word',
      { long: ['handled across provinces'], short: ['handled across'] },
      'handled across provincesX',
      [['short', 'handled across'], ' provincesX'],
    ],
    [
      'the next spelling after one that starts mid-word',
      { mid: ['a-b'], next: ['-b c'] },
      'xa-b c',
      ['xa', ['next', '-b c']],
    ],
    [
      'a spelling two terms share, for the first of them',
      { first: ['gdp'], second: ['gdp'] },
      'gdp',
      [['first', 'gdp']],
    ],
    [
      'spellings with the characters of regular expressions, as written',
      { plan: ['1+5+N'], rd: ['R&D (research)'] },
      '1+5+N and R&D (research).',
      [['plan', '1+5+N'], ' and ', ['rd', 'R&D (research)'], '.'],
    ],
    ['in any case', { gdp: ['gdp'] }, 'GDP and Gdp', [['gdp', 'GDP'], ' and ', ['gdp', 'Gdp']]],
    [
      'not next to an astral letter, before or after',
      { gdp: ['gdp'] },
      '𝐀gdp gdp𝐀 gdp',
      ['𝐀gdp gdp𝐀 ', ['gdp', 'gdp']],
    ],
    [
      'a spelling that starts with an astral letter, not mid-word',
      { math: ['𝐀bc'] },
      'x𝐀bc 𝐀bc',
      ['x𝐀bc ', ['math', '𝐀bc']],
    ],
    [
      'after İ, whose lower case is two characters',
      { gdp: ['gdp'], city: ['istanbul'] },
      'İ gdp, İSTANBUL',
      ['İ ', ['gdp', 'gdp'], ', ', ['city', 'İSTANBUL']],
    ],
  ])('links %s', (_, forms, text, expected) => {
    expect(linked(forms, text)).toEqual(expected);
  });

  it('links Chinese anywhere, longest spelling first', () => {
    expect(linked({ short: ['放管'], long: ['放管服'] }, '深化放管服改革', 'zh')).toEqual([
      '深化',
      ['long', '放管服'],
      '改革',
    ]);
  });
});
