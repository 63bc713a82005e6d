// Loaded on first use of a reading aid: puts the annotated Chinese (words and pinyin ruby) into the page, and
// runs the word lookup: pointing at, tapping, or moving the arrow keys onto a word shows it in the panel.

import { PART_TITLE_KEY, type WordEntry } from '../site/part-data';
// The ruby layout and tone colours: a stylesheet of its own, linked when this module loads, not with the page.
// (A plain CSS import would be hoisted into every reader page by Astro.)
import stylesheet from './reading-aids.css?url';
import { element, linkStylesheet, pageData } from './dom';
import { entryFor, type ContextSense } from '../language/vocabulary-files';
import { isSaved, removeWord, saveWord, type Stored } from './saved-words';

/** The annotated Chinese goes in once its stylesheet has loaded, so the ruby is never seen unstyled. */
const styled = linkStylesheet(stylesheet);

/**
 * A copy of Chinese with pinyin on is the characters only: each character is a cell with its syllable in a block
 * of its own, which a browser's own copy would write one to a line.
 */
document.addEventListener('copy', (event) => {
  const selection = getSelection();
  if (!selection?.rangeCount || !document.documentElement.classList.contains('aid-pinyin')) return;
  const range = selection.getRangeAt(0);
  const container = range.commonAncestorContainer;
  const element = container instanceof Element ? container : container.parentElement;
  if (!element?.closest('.text--zh') || !event.clipboardData) return;
  const fragment = range.cloneContents();
  fragment.querySelectorAll('rt').forEach((rt) => rt.remove());
  event.clipboardData.setData('text/plain', fragment.textContent ?? '');
  event.preventDefault();
});

const aids = pageData<Record<string, string>>('aids.json');
const dictionary = pageData<Record<string, WordEntry>>('dict.json');
let annotated: Promise<void> | undefined;
let active: HTMLElement | undefined;
const panel = document.querySelector<HTMLElement>('.lookup-panel')!;
const body = panel.querySelector<HTMLElement>('.lookup-panel__body')!;
/** The Chinese of every block, and the page's title where the part has no heading block of its own. */
const chinese = () => [
  ...document.querySelectorAll<HTMLElement>('.pair[data-block] .text--zh, .pair--title:not([data-block]) .text--zh'),
];

/**
 * Replaces each Chinese block and the title with its annotated HTML (from this build's own aids.json), once; if
 * the file cannot be fetched, the next call tries again.
 */
export function annotate(): Promise<void> {
  annotated ??= Promise.all([aids(), styled]).then(
    ([blocks]) => {
      for (const cell of chinese()) {
        const key = cell.closest<HTMLElement>('.pair')!.dataset.block ?? PART_TITLE_KEY;
        if (blocks[key]) cell.innerHTML = blocks[key];
      }
    },
    (error: unknown) => {
      annotated = undefined;
      throw error;
    },
  );
  return annotated;
}

async function show(word: HTMLElement) {
  active?.classList.remove('w--active');
  active = word;
  word.classList.add('w--active');
  const text = word.dataset.w!;
  const entries = await dictionary();
  if (active !== word) return;
  const reading = [...word.querySelectorAll('rt')].map((rt) => rt.textContent).join(' ');
  const head = element('p', 'lookup__head');
  head.append(
    element('span', 'lookup__word', text, 'zh-CN'),
    element('span', 'lookup__pinyin', reading, 'zh-Latn-pinyin'),
  );
  const parts: HTMLElement[] = [head];
  const entry = entries[text];
  if (entry?.term) {
    const term = element('p', 'lookup__term');
    // The glossary's rendering, labelled as the glossary's, so the entry's kind does not read as its source.
    const { zh, en } = entry.term.source;
    const link = element('a', '', `词汇表（${zh}） Glossary (${en}): `) as HTMLAnchorElement;
    link.href = entry.term.href;
    link.append(element('span', '', entry.term.en, 'en'));
    term.append(link);
    parts.push(term);
  }
  // The reviewed sense in this text comes before the dictionary, whose first sense misleads here.
  for (const sense of entry?.senses ?? []) {
    const line = element('p', 'lookup__sense');
    line.append(
      element('span', 'lookup__sense-label', '文中 '),
      element('span', 'lookup__sense-label', 'In context', 'en'),
      ' ',
      element('span', 'lookup__char', sense.context, 'zh-CN'),
      ' ',
      element('span', 'lookup__glosses', sense.gloss, 'en'),
    );
    parts.push(line);
  }
  const cedict = entry?.cedict.length
    ? [{ word: text, entries: entry.cedict }]
    : [...text].map((char) => ({ word: char, entries: entries[char]?.cedict ?? [] }));
  for (const { word: headword, entries: list } of cedict) {
    for (const item of list) {
      const line = element('p', 'lookup__entry');
      if (headword !== text) line.append(element('span', 'lookup__char', headword, 'zh-CN'), ' ');
      // Entries of one simplified headword can be different traditional words (管 and 筦, "variant of 管"): one
      // written otherwise than its headword names its own, or the variant would seem to point at itself.
      if (item.traditional !== headword && list.some((other) => other.traditional !== item.traditional))
        line.append(element('span', 'lookup__char', `（${item.traditional}）`, 'zh-Hant'), ' ');
      line.append(element('span', 'lookup__entry-pinyin', item.marks, 'zh-Latn-pinyin'), ' ');
      line.append(element('span', 'lookup__glosses', item.glosses.join('; '), 'en'));
      parts.push(line);
    }
  }
  if (parts.length === 1) parts.push(element('p', 'lookup__none', '词典中未收此词。 No dictionary entry.'));
  const first = entryFor<WordEntry['cedict'][number]>(entry?.cedict ?? [], reading, (item) => item.marks);
  parts.push(saveButton(word, reading, entry?.senses ?? [], first?.glosses.slice(0, 3) ?? []));
  body.replaceChildren(...parts);
  panel.hidden = false;
}

/** Why a change to the saved words did not happen, in both languages. */
const NOT_STORED = {
  full: ['浏览器的存储空间已满', "this browser's storage is full"],
  off: ['浏览器不允许本站存储', 'this browser does not let the site store anything'],
};

/**
 * "☆ 收藏 Save": adds the word, with the sentence it is in, to the reader's list; pressed again, removes it. The
 * button shows what is stored; a change that could not be stored is said beside it.
 */
function saveButton(word: HTMLElement, pinyin: string, senses: ContextSense[], glosses: string[]): HTMLElement {
  const text = word.dataset.w!;
  const bar = element('p', 'lookup__save');
  const button = element('button', 'lookup__save-button pill-button') as HTMLButtonElement;
  button.type = 'button';
  const status = element('span', 'lookup__save-status');
  status.setAttribute('role', 'status');
  const render = () => {
    const saved = isSaved(text);
    button.setAttribute('aria-pressed', String(saved));
    button.replaceChildren(`${saved ? '★ 已收藏' : '☆ 收藏'} `, element('span', '', saved ? 'Saved' : 'Save', 'en'));
  };
  button.addEventListener('click', () => {
    const removing = isSaved(text);
    let stored: Stored;
    if (removing) stored = removeWord(text);
    else {
      const sentence = word.closest<HTMLElement>('[data-s]');
      const pair = word.closest<HTMLElement>('.pair')!;
      const anchor = sentence ? `${pair.id}.${sentence.dataset.s}` : pair.id;
      const clean = sentence?.cloneNode(true) as HTMLElement | undefined;
      clean?.querySelectorAll('rt').forEach((rt) => rt.remove());
      stored = saveWord({
        word: text,
        pinyin,
        ...(senses.length ? { senses } : {}),
        glosses,
        sentence: (clean ?? pair.querySelector('.text--zh')!).textContent?.trim() ?? '',
        url: new URL(`#${anchor}`, location.href.split('#')[0]).href,
        part: location.pathname.split('/').filter(Boolean).at(-1) ?? '',
        date: new Date().toISOString().slice(0, 10),
      });
    }
    status.replaceChildren();
    if (stored !== 'ok') {
      const [zh, en] = NOT_STORED[stored];
      status.append(
        `${removing ? '没能删除' : '没能收藏'}：${zh}。 `,
        element('span', '', `${removing ? 'Not removed' : 'Not saved'}: ${en}.`, 'en'),
      );
    }
    render();
  });
  render();
  const list = element('a', 'lookup__words', '生词 ') as HTMLAnchorElement;
  list.href = new URL('../words/', location.href).pathname;
  list.append(element('span', '', 'My words →', 'en'));
  bar.append(button, ' ', list, status);
  return bar;
}

/**
 * A word the reader chose (a click, a tap, the arrow keys) stays in the panel until another is chosen or the panel
 * closes: the pointer on its way to the panel's Save button passes over other words, which would replace it.
 */
let chosen = false;

function close() {
  panel.hidden = true;
  active?.classList.remove('w--active');
  active = undefined;
  chosen = false;
}

const wordOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.w') : null);
const on = () => document.documentElement.classList.contains('aid-lookup');

function onPointer(event: PointerEvent) {
  const word = wordOf(event.target);
  if (on() && !chosen && word && word !== active && event.pointerType === 'mouse') void show(word);
}
function onClick(event: MouseEvent) {
  const word = wordOf(event.target);
  if (!on() || !word) return;
  // A word inside a glossary link shows in the panel, glossary entry first, instead of leaving the page.
  if ((event.target as Element).closest('a')) event.preventDefault();
  chosen = true;
  void show(word);
}
/**
 * Left and right arrows move a word "caret" through a focused Chinese paragraph; Tab from there goes into the
 * panel (its controls come last in the page); Escape closes the panel, and from inside it returns to the paragraph.
 */
function onKey(event: KeyboardEvent) {
  if (!on()) return;
  if (event.key === 'Escape' && !panel.hidden) {
    const back = panel.contains(document.activeElement) ? active?.closest<HTMLElement>('.text--zh') : undefined;
    close();
    back?.focus();
    return;
  }
  const cell = (event.target as Element).closest?.('.text--zh');
  if (cell && event.key === 'Tab' && !event.shiftKey && active && !panel.hidden) {
    const first = panel.querySelector<HTMLElement>('.lookup-panel__body :is(a, button)');
    if (first) {
      event.preventDefault();
      first.focus();
    }
    return;
  }
  if (!cell || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
  const words = [...cell.querySelectorAll<HTMLElement>('.w')];
  if (!words.length) return;
  event.preventDefault();
  const index = active ? words.indexOf(active) : -1;
  const next =
    index === -1 ? 0 : Math.min(Math.max(index + (event.key === 'ArrowRight' ? 1 : -1), 0), words.length - 1);
  chosen = true;
  void show(words[next]!);
  words[next]!.scrollIntoView({ block: 'nearest' });
}

export async function startLookup() {
  for (const cell of chinese()) {
    cell.tabIndex = 0;
    cell.setAttribute(
      'aria-description',
      '查词：用左右方向键逐词查看，Tab 进入词条 Word lookup: the left and right arrow keys move word by word, Tab goes into the entry',
    );
  }
  document.addEventListener('pointerover', onPointer);
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKey);
  panel.querySelector('.lookup-panel__close')!.addEventListener('click', close);
}

export function stopLookup() {
  close();
  for (const cell of chinese()) {
    cell.removeAttribute('tabindex');
    cell.removeAttribute('aria-description');
  }
  document.removeEventListener('pointerover', onPointer);
  document.removeEventListener('click', onClick);
  document.removeEventListener('keydown', onKey);
}
