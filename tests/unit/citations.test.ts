import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishCitation } from '../../src/shared/citation-access';
import { formatCitation } from '../../src/features/citations';
import { expectFixture } from '../support/fixtures';

const FIXTURES = 'tests/fixtures/citations';
const source = {
  id: 'business-environment',
  part: '(III) Continue to deepen reform and opening up',
  url: 'https://example.org/part-3/#business-environment',
};
const FILES = { apa: 'apa.txt', bibtex: 'biblatex.bib', ris: 'ris.ris', csl: 'csl.json' } as const;

describe('citations', () => {
  const formatted = formatCitation(source);

  // One paragraph in each style, pinned: a change to citation-js or to our metadata shows here.
  for (const [key, file] of Object.entries(FILES) as [keyof typeof FILES, string][]) {
    it(`formats a paragraph as ${key}`, () => {
      expectFixture(path.join(FIXTURES, file), formatted[key] + '\n');
    });
  }

  it('formats each part once in APA and gives every citation of it its own URL', () => {
    const sentence = formatCitation({ ...source, id: 'business-environment-2', url: `${source.url}.2` });
    expect(sentence.apa).toBe(formatted.apa.replace(source.url, `${source.url}.2`));
    expect(sentence.apa.match(/https:/g)).toHaveLength(1);
  });

  it('invents no date: APA says n.d., and no style has a year of issue', () => {
    expect(formatted.apa).toContain('(n.d.)');
    expect(formatted.bibtex).not.toMatch(/^\s*(date|year) =/m);
    expect(formatted.ris).not.toMatch(/^(PY|DA|Y1)  -/m);
    expect(JSON.parse(formatted.csl)).not.toHaveProperty('issued');
  });

  it("puts in the reader's access date and, when asked, the quotation, in every format", () => {
    const citation = {
      ...formatted,
      url: source.url,
      quote: { zh: '打造信用赣州。', en: 'Build a creditworthy Ganzhou.' },
    };
    const day = new Date(2026, 10, 29);
    expect(finishCitation(citation, 'apa', false, day)).toContain('Retrieved November 29, 2026, from');
    expect(finishCitation(citation, 'bibtex', false, day)).toContain('urldate = {2026-11-29}');
    expect(finishCitation(citation, 'ris', false, day)).toContain('Y2  - 2026/11/29/');
    expect(JSON.parse(finishCitation(citation, 'csl', false, day))[0].accessed).toEqual({
      'date-parts': [[2026, 11, 29]],
    });
    for (const key of ['apa', 'bibtex', 'ris', 'csl'] as const) {
      expect(finishCitation(citation, key, false, day)).not.toContain('1900');
      expect(finishCitation(citation, key, true, day)).toContain('“打造信用赣州。” / “Build a creditworthy Ganzhou.”');
    }
    expect(finishCitation(citation, 'ris', true, day)).toMatch(/\nN1 {2}- “打造信用赣州。”.*\nER {2}-$/);
    expect(finishCitation(citation, 'bibtex', true, day)).toMatch(/\taddendum = \{.*\},\n\}$/);
  });

  it('completes a link the build could only give as a path with the address the page was loaded from', () => {
    const path = '/reader/part-3/#business-environment.3';
    const citation = {
      ...formatCitation({ ...source, url: path }),
      url: path,
      quote: { zh: '打造信用赣州。', en: 'Build a creditworthy Ganzhou.' },
    };
    const page = 'https://reader.test/reader/part-3/?view=zh#business-environment.3';
    const absolute = 'https://reader.test/reader/part-3/#business-environment.3';
    const day = new Date(2026, 10, 29);
    expect(finishCitation(citation, 'apa', false, day, page)).toMatch(
      /, from https:\/\/reader\.test\/reader\/part-3\/#business-environment\.3$/,
    );
    expect(finishCitation(citation, 'bibtex', true, day, page)).toContain(`\turl = {${absolute}},\n`);
    expect(finishCitation(citation, 'ris', true, day, page)).toContain(`\nUR  - ${absolute}\n`);
    expect(JSON.parse(finishCitation(citation, 'csl', false, day, page))[0].URL).toBe(absolute);
    for (const key of ['apa', 'bibtex', 'ris', 'csl'] as const) {
      expect(finishCitation(citation, key, true, day, page).split(absolute)).toHaveLength(2);
    }
    // An absolute link (the build knew the site's address) stays as it is, wherever the page is read.
    const built = { ...formatted, url: source.url, quote: citation.quote };
    expect(finishCitation(built, 'apa', false, day, page)).toMatch(
      /, from https:\/\/example\.org\/part-3\/#business-environment$/,
    );
  });
});
