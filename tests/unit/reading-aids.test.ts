import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { polyphonic } from 'pinyin-pro';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import { HAN } from '../../src/language/chinese/cjk-spacing';
import { lookUp, readDictionary } from '../../src/language/chinese/cedict';
import { createRequire } from 'node:module';
import { pinyinOf, toneMarks } from '../../src/language/chinese/pinyin';
import { readFileSync } from 'node:fs';
import { polyphoneIndices, readPolyphones, readReviewedReadings } from '../../src/language/chinese/polyphones';
import { segmentChinese } from '../../src/language/chinese/segment';
import rehypeReadingAids from '../../src/markdown/rehype-reading-aids';

const { parts, glossary, words } = await loadSiteContent('content');
const spellings = glossary.flatMap((entry) => entry.spellings.zh);
const HEADER = 'part\tblock\tindex\tchar\tcontext\treading';
const reportText = parts.flatMap((part) => part.blocks.map((block) => block.zh.text)).join('');

/** The pinyin of `word` where it occurs in `context` (a phrase of the report). */
function readingIn(context: string, word: string): string {
  expect(reportText, `"${context}" is in the report`).toContain(context);
  const readings = pinyinOf(context, words);
  const start = [...context.slice(0, context.indexOf(word))].length;
  return readings.slice(start, start + [...word].length).join(' ');
}

describe('pinyin of polyphonic words, read in their context in this report', () => {
  it.each([
    ['湿地银行', '银行', 'yín háng'],
    ['开工长赣高铁', '长赣', 'cháng gàn'],
    ['长江流域', '长江', 'cháng jiāng'],
    ['重点水域', '重点', 'zhòng diǎn'],
    ['规范涉企行政执法', '行政', 'xíng zhèng'],
    ['着力在精细化管理上下功夫', '着力', 'zhuó lì'],
    ['引桃入定调水工程', '调水', 'diào shuǐ'],
    ['向1型大城市迈进', '大城市', 'dà chéng shì'],
    ['建成长征国家文化公园', '长征', 'cháng zhēng'],
    ['领导干部自然资源资产离任审计', '干部', 'gàn bù'],
    ['北斗应用', '北斗', 'běi dǒu'],
    ['中心城区', '中心', 'zhōng xīn'],
    ['国家知识产权示范城市', '知识', 'zhī shi'],
    ['赣州港五云码头', '码头', 'mǎ tou'],
    ['着力在精细化管理上下功夫', '功夫', 'gōng fu'],
    ['等群体住房困难', '困难', 'kùn nan'],
    ['打响“干就赣好”品牌', '干就赣好', 'gàn jiù gàn hǎo'],
    ['干在实处、走在前列', '干在实处', 'gàn zài shí chù'],
    ['让搬迁群众稳得住', '稳得住', 'wěn de zhù'],
    ['打造河（湖）长制、林长制升级版', '林长制', 'lín zhǎng zhì'],
    ['“三重一大”集体决策制度', '三重一大', 'sān zhòng yī dà'],
    ['征程万里风正劲', '风正劲', 'fēng zhèng jìng'],
    ['更加紧密地团结在', '紧密地', 'jǐn mì de'],
    ['工程建设项目的所有报建手续', '项目的', 'xiàng mù de'],
    ['厦蓉高速', '厦蓉', 'xià róng'],
    ['济广高速', '济广', 'jǐ guǎng'],
    ['持续推进固体废物源头减量', '减量', 'jiǎn liàng'],
    ['最大限度减少填埋量', '填埋量', 'tián mái liàng'],
    // The neutral tones of CC-CEDICT and 现代汉语词典, and the readings kept where CC-CEDICT differs.
    ['坚决扛起粮食安全责任', '粮食', 'liáng shi'],
    ['确保粮食产能稳定', '粮食', 'liáng shi'],
    ['政治纪律和政治规矩', '规矩', 'guī ju'],
    ['放在心中最高位置', '位置', 'wèi zhi'],
    ['上级交办等情形', '情形', 'qíng xing'],
    ['原则上不入园', '原则上', 'yuán zé shang'],
    ['红旗插在山顶上', '山顶上', 'shān dǐng shang'],
    ['着力在精细化管理上下功夫', '管理上', 'guǎn lǐ shang'],
    ['为产业链上企业提供', '产业链上', 'chǎn yè liàn shang'],
    ['桃江支流太平江上新建石磨墩', '太平江上', 'tài píng jiāng shang'],
    ['瑞林镇梅江上长洲水电站', '江上', 'jiāng shàng'],
    ['指在一个地方可办理', '地方', 'dì fang'],
    ['坚决守住来之不易', '守住', 'shǒu zhù'],
    ['提振干事创业精气神', '干事', 'gàn shì'],
    ['在同一个阶段', '一个', 'yī gè'],
  ])('%s: %s is %s', (context, word, expected) => {
    expect(readingIn(context, word)).toBe(expected);
  });

  it('has a test above for every reviewed word (content/reading/words.tsv)', () => {
    const tested = ['调水', '大城市', '长征', '干部', '北斗', '知识', '码头', '功夫', '困难', '干就赣好', '干在实处'];
    tested.push('稳得住', '长制', '三重一大', '风正劲', '紧密地', '项目的', '厦蓉', '济广', '减量', '填埋量');
    tested.push('粮食', '规矩', '位置', '情形', '原则上', '守住', '干事', '一个');
    tested.push('山顶上', '管理上', '产业链上', '太平江上', '地方');
    expect(words.map((entry) => entry.word).sort()).toEqual(tested.sort());
  });

  // The phrase rule 以……为: 为 is wéi when a clause's 以 leads to it, wèi otherwise.
  it.each([
    ['以新发展理念为引领', 'wéi'],
    ['以习近平同志为核心的党中央', 'wéi'],
    ['以全市富硒绿色有机农产品基地为抓手', 'wéi'],
    ['以两侧1000米范围为廊道', 'wéi'],
    ['为建设革命老区高质量发展示范区', 'wèi'],
    ['我为群众办实事', 'wèi'],
  ])('以……为: in %s, 为 is %s', (phrase, expected) => {
    expect(pinyinOf(phrase, words)[[...phrase].indexOf('为')]).toBe(expected);
  });

  // polyphoneIndices() asks pinyin-pro for each character's readings once, out of context: that gives what
  // polyphonic() gives for the characters in their sentences, which a pinyin-pro upgrade could change.
  it('finds the polyphonic characters that pinyin-pro finds in their sentences', () => {
    for (const part of parts) {
      for (const block of part.blocks) {
        const chars = [...block.zh.text];
        const choices = polyphonic(block.zh.text, { type: 'array', nonZh: 'consecutive' });
        // One entry per Chinese character and one per run of other text.
        const inContext: number[] = [];
        let choice = 0;
        chars.forEach((char, index) => {
          const han = HAN.test(char);
          if (!han && index > 0 && !HAN.test(chars[index - 1]!)) return;
          if (han && new Set(choices[choice]).size > 1) inContext.push(index);
          choice++;
        });
        expect(polyphoneIndices(block.zh.text), `${part.slug}#${block.id}`).toEqual(inContext);
      }
    }
  });

  it('writes CC-CEDICT pinyin with tone marks', () => {
    expect(toneMarks('yin2 hang2')).toBe('yín háng');
    expect(toneMarks('lu:4 se4')).toBe('lǜ sè');
  });
});

describe('the reviewed polyphones file', () => {
  // The rule's lookup must hold what the rows hold.
  it.each([
    ['the content', readFileSync('content/reading/polyphones.tsv', 'utf8')],
    ['a repeated row', `${HEADER}\na\tb\t1\t同\t[同]\ttóng\na\tb\t1\t同\t[同]\ttòng\na\tb\t2\t大\t[大]\tdà\n\n`],
    ['a header alone', `${HEADER}\n`],
  ])('is read by block and index as its rows say: %s', (_, tsv) => {
    const byRows = new Map<string, Map<number, string[]>>();
    for (const { part, block, index, reading } of readPolyphones(tsv).rows) {
      const readings = byRows.get(`${part}#${block}`) ?? new Map<number, string[]>();
      byRows.set(`${part}#${block}`, readings.set(index, [...(readings.get(index) ?? []), reading]));
    }
    expect(readReviewedReadings(tsv)).toEqual({ readings: byRows, problems: [] });
  });

  it('names every line it cannot read, at its line and column, and reads the others', () => {
    const tsv = [
      'part\tblock\tindex\tchar\treading',
      'a\tb\t1\t同\t[同]\ttóng',
      'a\tb\t1\t同\t[同]\ttòng\textra',
      'c\td',
      '',
      'a\tb\t-2\t大\t[大]\tdà',
      'a\tb\t3\t大\t[大]\t',
      'a\tb\t4\t长\t[长]\tcháng',
      '',
    ].join('\n');
    const { readings, problems } = readReviewedReadings(tsv);
    expect(readings).toEqual(
      new Map([
        [
          'a#b',
          new Map([
            [1, ['tóng']],
            [4, ['cháng']],
          ]),
        ],
      ]),
    );
    expect(problems.map(({ line, column, message }) => `${line}:${column} ${message}`)).toEqual([
      '1:1 The first line is not the header (part, block, index, char, context, reading, separated by tabs)',
      '3:1 The row has more than the 6 columns (part, block, index, char, context, reading)',
      '4:1 The row has 2 of the 6 columns (part, block, index, char, context, reading), separated by tabs',
      '5:1 The line is empty',
      '6:5 The index "-2" is not a character index (0, 1, 2 …)',
      '7:13 The reading is empty',
    ]);
  });
});

describe('segmentation', () => {
  it('keeps every glossary term whole wherever it occurs, and loses no character', () => {
    for (const part of parts) {
      for (const block of part.blocks) {
        const tokens = segmentChinese(block.zh.text, spellings);
        expect(tokens.join('')).toBe(block.zh.text);
        for (const form of spellings.filter((s) => block.zh.text.includes(s))) {
          // The term is one token, unless a longer term contains it there.
          const longer = spellings.some(
            (other) => other !== form && other.includes(form) && block.zh.text.includes(other),
          );
          if (!longer) expect(tokens, `${block.id}: ${form}`).toContain(form);
        }
      }
    }
  });

  // About 700 KB of UTF-8: the report's paragraphs one after another, as many times as it takes.
  const longParagraph = (blocks: string[]) => {
    let text = '';
    while (text.length < 240_000) text += blocks.join('\n');
    return text;
  };

  it('segments a 700 KB paragraph of the report into the words its paragraphs give one by one', () => {
    const blocks = parts.flatMap((part) => part.blocks.map((block) => block.zh.text));
    const text = longParagraph(blocks);
    const tokens = segmentChinese(text, spellings);
    expect(tokens.join('')).toBe(text);
    const copies = text.split('\n').map((block) => segmentChinese(block, spellings));
    expect(tokens).toEqual(copies.flatMap((words, i) => (i ? ['\n', ...words] : words)));
  });

  it('segments a 700 KB paragraph without punctuation, losing no character', () => {
    const text = '中'.repeat(240_000);
    const tokens = segmentChinese(text, spellings);
    expect(tokens.join('')).toBe(text);
    expect(tokens.length).toBe(240_000);
  });
});

describe('CC-CEDICT', () => {
  it('is read as the very string the hanzi package exports', () => {
    const exported: string = createRequire(import.meta.url)('hanzi/lib/data/cedict_ts.u8.js');
    expect(readDictionary() === exported).toBe(true);
  });

  it('has the unaltered entries of common words of the report', () => {
    expect(lookUp('银行')[0]).toMatchObject({ traditional: '銀行', pinyin: 'yin2 hang2' });
    expect(lookUp('银行')[0]!.glosses).toContain('bank');
    expect(lookUp('生态')[0]!.glosses.join(' ')).toMatch(/ecolog/);
  });
});

describe('rehype-reading-aids', () => {
  it('wraps words and gives each character its pinyin, keeping links and bold', async () => {
    const html = String(
      await unified()
        .use(rehypeParse, { fragment: true })
        .use(rehypeReadingAids, {
          segment: (t: string) => segmentChinese(t, ['三线一单']),
          pinyin: (t: string) => pinyinOf(t, words),
        })
        .use(rehypeStringify)
        .process('<strong>坚决执行</strong>“<a href="x" class="term">三线一单</a>”。'),
    );
    // Each syllable knows its tone (for the tone colours); the quotation marks join the term's word, bound to
    // the character next to them (span.nb), so that no line starts with ” or ends with “ once each character is
    // a ruby cell.
    expect(html).toBe(
      '<strong><span class="w" data-w="坚决执行"><ruby>坚<rt data-t="1">jiān</rt></ruby><ruby>决<rt data-t="2">jué</rt></ruby>' +
        '<ruby>执<rt data-t="2">zhí</rt></ruby><ruby>行<rt data-t="2">xíng</rt></ruby></span></strong>' +
        '<a href="x" class="term"><span class="w" data-w="三线一单"><span class="nb">“<ruby>三<rt data-t="1">sān</rt></ruby></span>' +
        '<ruby>线<rt data-t="4">xiàn</rt></ruby><ruby>一<rt data-t="1">yī</rt></ruby>' +
        '<span class="nb"><ruby>单<rt data-t="1">dān</rt></ruby>”。</span></span></a>',
    );
  });
});
