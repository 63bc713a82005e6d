// The My words page: lists the words saved in word lookup (saved-words.ts), removes them, and exports them as
// CSV or as an Anki TSV, made here in the browser.

import { vocabularyAnki, vocabularyCsv } from '../lib/vocabulary-files';
import { element } from './dom';
import { removeWord, savedWords } from './saved-words';

const list = document.querySelector<HTMLOListElement>('#words-list')!;
const status = document.querySelector<HTMLElement>('#words-status')!;
const exports = document.querySelector<HTMLElement>('.words__export')!;

function render() {
  const words = savedWords();
  status.textContent = words.length
    ? `${words.length} 个词 · ${words.length} word${words.length === 1 ? '' : 's'}`
    : '还没有收藏的词。 No saved words yet.';
  exports.hidden = !words.length;
  list.replaceChildren(
    ...words.map((word) => {
      const item = element('li', '');
      const head = element('p', 'word__head');
      head.append(
        element('span', 'word__zh', word.word, 'zh-CN'),
        element('span', 'word__pinyin', word.pinyin, 'zh-Latn-pinyin'),
      );
      const sentence = element('p', 'word__sentence');
      const link = element('a', '', word.sentence, 'zh-CN') as HTMLAnchorElement;
      link.href = word.url;
      sentence.append(link, ' ', element('span', 'word__date', word.date ?? '', 'en'));
      const remove = element('button', 'word__remove pill-button') as HTMLButtonElement;
      remove.type = 'button';
      remove.append('删除 ', element('span', '', 'Remove', 'en'));
      remove.setAttribute('aria-label', `删除 Remove ${word.word}`);
      remove.addEventListener('click', () => {
        removeWord(word.word);
        render();
      });
      item.append(head, remove, element('p', 'word__glosses', word.glosses.join('; '), 'en'), sentence);
      return item;
    }),
  );
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

exports.addEventListener('click', (event) => {
  const kind = (event.target as Element).closest<HTMLButtonElement>('button')?.dataset.export;
  if (kind === 'csv') download('my-words.csv', vocabularyCsv(savedWords()), 'text/csv;charset=utf-8');
  if (kind === 'anki')
    download('my-words.tsv', vocabularyAnki(savedWords()), 'text/tab-separated-values;charset=utf-8');
});
window.addEventListener('storage', render);
render();
