// The My words page: lists the words saved in word lookup (saved-words.ts), removes them, and exports them as
// CSV or as an Anki TSV, made here in the browser. Above the list, a note offers what could not be read of the
// stored list for download and removal.

import { senseText, vocabularyAnki, vocabularyCsv } from '../language/vocabulary-files';
import { element } from './dom';
import { keptValues, removeKept, removeWord, savedWords, type KeptValue } from './saved-words';
import { shorten } from '../shared/shorten';

const list = document.querySelector<HTMLOListElement>('#words-list')!;
const status = document.querySelector<HTMLElement>('#words-status')!;
const exports = document.querySelector<HTMLElement>('.words__export')!;
const kept = document.querySelector<HTMLElement>('#words-kept')!;
const keptList = document.querySelector<HTMLUListElement>('#words-kept-list')!;

/** A pill button named in both languages; `label` names it for screen readers when the text alone is ambiguous. */
function pillButton(className: string, zh: string, en: string, label: string, onClick: () => void) {
  const button = element('button', `${className} pill-button`) as HTMLButtonElement;
  button.type = 'button';
  button.append(`${zh} `, element('span', '', en, 'en'));
  button.setAttribute('aria-label', label);
  button.addEventListener('click', onClick);
  return button;
}

/**
 * After a removal the list is drawn again: focus goes to the button of the same kind that took the removed one's
 * place (or the last one), else to the status line, so a keyboard reader is not sent back to the top of the page.
 */
function refocus(root: HTMLElement, selector: string, index: number) {
  const buttons = root.querySelectorAll<HTMLElement>(selector);
  (buttons[Math.min(index, buttons.length - 1)] ?? status).focus();
}

// A date and time in ISO order, in the reader's time zone (Swedish writes them so).
const when = (time: string) =>
  new Date(time.slice(0, 24)).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' });

function keptItem(value: KeptValue, index: number): HTMLElement {
  const item = element('li', '');
  const about = element('p', 'kept__about');
  if (value.time) {
    about.append('另存于 ', element('span', '', 'Set aside on', 'en'), ` ${when(value.time)}`);
  } else {
    about.append(
      '存储空间已满，无法另存：在删除之前，不能收藏新词。 ',
      element(
        'span',
        '',
        'Storage is full, so it could not be set aside: no word can be saved until it is removed.',
        'en',
      ),
    );
  }
  const preview = element('code', 'kept__preview', shorten(value.text, 80));
  const name = value.time ? `set aside on ${when(value.time)}` : 'that could not be set aside';
  const file = `${value.key.replace(/:/g, '-')}.txt`;
  item.append(
    about,
    preview,
    pillButton('kept__download', '下载', 'Download', `下载 Download the words ${name}`, () =>
      download(file, value.text, 'text/plain;charset=utf-8'),
    ),
    pillButton('kept__remove', '删除', 'Remove', `删除 Remove the words ${name}`, () => {
      removeKept(value.key);
      render();
      refocus(keptList, '.kept__remove', index);
    }),
  );
  return item;
}

function render() {
  // Reading the list first sets aside what cannot be read, which the note then lists.
  const words = savedWords();
  const values = keptValues();
  kept.hidden = !values.length;
  keptList.replaceChildren(...values.map(keptItem));
  status.textContent = words.length
    ? `${words.length} 个词 · ${words.length} word${words.length === 1 ? '' : 's'}`
    : '还没有收藏的词。 No saved words yet.';
  exports.hidden = !words.length;
  list.replaceChildren(
    ...words.map((word, index) => {
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
      const remove = pillButton('word__remove', '删除', 'Remove', `删除 Remove ${word.word}`, () => {
        removeWord(word.word);
        render();
        refocus(list, '.word__remove', index);
      });
      // Reviewed senses in context first, as the word lookup shows them.
      const glosses = [...(word.senses ?? []).map(senseText), word.glosses.join('; ')].filter(Boolean).join(' | ');
      item.append(head, remove, element('p', 'word__glosses', glosses, 'en'), sentence);
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
