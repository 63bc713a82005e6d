import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeGlossaryLinks, { type GlossaryTerm } from '../../src/plugins/rehype-glossary-links';

const FIXTURES = path.resolve('tests/fixtures/glossary-links');
const terms = JSON.parse(readFileSync(path.join(FIXTURES, 'terms.json'), 'utf8')) as Record<
  'zh' | 'en',
  GlossaryTerm[]
>;
const update = process.env.UPDATE_FIXTURES === '1';

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
      const expectedPath = path.join(dir, 'output.html');
      if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
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
