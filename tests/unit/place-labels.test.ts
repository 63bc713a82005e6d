import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import { placeLabels } from '../../src/site/place-labels';

describe('the names of places in the report', async () => {
  const labels = placeLabels((await loadSiteContent('content')).parts);

  it('name a sentence by its part, paragraph (headings not counted) and number', () => {
    expect(labels.sentence({ part: 'part-3', block: 'business-environment', sentence: 3 })).toEqual({
      zh: '（三）第2段第3句',
      en: '(III) ¶ 2, sentence 3',
    });
    expect(labels.sentence({ part: 'part-3', block: 'reform-opening-up', sentence: 1 })).toEqual({
      zh: '（三）标题',
      en: '(III) heading',
    });
  });

  it('name a part without a number by its title, and an annex note by its own number', () => {
    expect(labels.sentence({ part: 'closing', block: 'closing-address', sentence: 3 })).toEqual({
      zh: '结束语 第1段第3句',
      en: 'Concluding remarks ¶ 1, sentence 3',
    });
    expect(labels.sentence({ part: 'annex', block: 'note-4', sentence: 1 })).toEqual({
      zh: '附件注4第1句',
      en: 'Annex, note 4, sentence 1',
    });
    expect(labels.block('annex', 'note-13')).toEqual({ zh: '注13', en: 'note 13' });
    expect(labels.part('part-5')).toEqual({ zh: '（五）', en: '(V)' });
  });

  it('stop on a place the report does not have', () => {
    expect(() => labels.sentence({ part: 'part-99', block: 'x', sentence: 1 })).toThrow(
      'The report has no part "part-99"',
    );
    expect(() => labels.block('part-3', 'no-such-block')).toThrow('Part "part-3" has no block "no-such-block"');
  });
});
