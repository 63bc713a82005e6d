import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site-session';

const site = useBuiltSite();

const KEY = 'saved-words';
const KEPT = /^saved-words-unreadable-\d{4}-\d\d-\d\dT[\d:.]+Z(-\d+)?$/;
const SAVED = {
  word: '巩固',
  pinyin: 'gǒng gù',
  glosses: ['to consolidate'],
  sentence: '巩固提升污染防治成效。',
  url: 'http://localhost/part-6/#environmental-governance.1',
  part: 'part-6',
  date: '2025-01-02',
};

/** Opens `route` with `value` as the stored saved words; the page's uncaught errors are collected. */
async function openWith(route: string, value: string) {
  const page = await site.open(route);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, value]);
  await page.reload();
  return { page, errors };
}

/** Every saved-words value in storage: the list and the values set aside, by key. */
const stored = (page: Page) =>
  page.evaluate(() => {
    const entries: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith('saved-words')) entries[key] = localStorage.getItem(key)!;
    }
    return entries;
  });
const keptKeys = async (page: Page) => Object.keys(await stored(page)).filter((key) => KEPT.test(key));
const savedList = async (page: Page) => JSON.parse((await stored(page))[KEY] ?? 'null');

/** Turns word lookup on (if it is not remembered on), opens a word of part 6 in the panel; returns its Save button. */
async function lookUp(page: Page, word: string) {
  if (!page.url().includes('/part-6/')) await page.goto(site.url('part-6/'));
  const toggle = page.getByRole('button', { name: /查词/ });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await page.locator(`#environmental-governance .text--zh .w[data-w="${word}"]`).first().click();
  await expect.poll(() => page.locator('.lookup__word').textContent()).toBe(word);
  return page.locator('.lookup__save-button');
}

async function downloaded(page: Page, button: ReturnType<Page['locator']>) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

describe('saved words that cannot be read', () => {
  it.each([
    ['truncated JSON', '[{"word":"巩固","pinyin":"gǒng gù","glosses":["to consol'],
    ['JSON that is not a list', '{"巩固":{"pinyin":"gǒng gù"}}'],
  ])('%s: kept aside, offered for download and removal, never written over', async (_, value) => {
    const { page, errors } = await openWith('words/', value);
    const note = page.locator('#words-kept');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Some saved words could not be read');
    expect(await page.locator('#words-status').textContent()).toContain('No saved words yet');
    // The value is copied as it was, and the list starts afresh.
    const [first] = await keptKeys(page);
    expect(await stored(page)).toEqual({ [first!]: value });
    const kept = page.locator('#words-kept-list li');
    expect(await kept.count()).toBe(1);
    expect(await downloaded(page, kept.locator('.kept__download'))).toEqual({
      name: `${first!.replace(/:/g, '-')}.txt`,
      text: value,
    });

    // A Save adds to a fresh list; the copy stays.
    const save = await lookUp(page, '确保');
    await save.click();
    expect(await save.getAttribute('aria-pressed')).toBe('true');
    expect((await savedList(page)).map((word: { word: string }) => word.word)).toEqual(['确保']);
    expect((await stored(page))[first!]).toBe(value);

    // A second unreadable list is kept beside the first, which is never overwritten.
    await page.evaluate((key) => localStorage.setItem(key, '[{"word":'), KEY);
    await page.goto(site.url('words/'));
    const keys = await keptKeys(page);
    expect(keys).toHaveLength(2);
    expect(keys).toContain(first);
    expect((await stored(page))[first!]).toBe(value);
    expect(await kept.count()).toBe(2);

    // Removed only when the reader chooses, from the keyboard too: focus moves to the next Remove, then on.
    await kept.first().locator('.kept__remove').focus();
    await page.keyboard.press('Enter');
    expect(await keptKeys(page)).toEqual(keys.filter((key) => key !== first));
    expect(await kept.count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('kept__remove');
    await page.keyboard.press('Enter');
    expect(await keptKeys(page)).toEqual([]);
    expect(await note.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('words-status');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('[null]: word lookup still works, and a Save keeps the null aside', async () => {
    const { page, errors } = await openWith('part-6/', '[null]');
    const save = await lookUp(page, '巩固');
    expect(await page.locator('.lookup__pinyin').textContent()).toBe('gǒng gù');
    expect(await save.getAttribute('aria-pressed')).toBe('false');
    await save.click();
    expect(await save.getAttribute('aria-pressed')).toBe('true');
    expect(await save.textContent()).toContain('Saved');
    expect(errors).toEqual([]);
    expect((await savedList(page)).map((word: { word: string }) => word.word)).toEqual(['巩固']);
    const [kept] = await keptKeys(page);
    expect((await stored(page))[kept!]).toBe('[null]');

    await page.goto(site.url('words/'));
    expect(await page.locator('#words-status').textContent()).toContain('1 word');
    expect(await page.locator('#words-list li .word__zh').allTextContents()).toEqual(['巩固']);
    expect(await page.locator('#words-kept-list li').count()).toBe(1);
    await page.context().close();
  });

  it('an entry without glosses: the count matches the words listed, and the entry is kept aside', async () => {
    const { glosses: _, ...noGlosses } = { ...SAVED, word: '确保' };
    const value = JSON.stringify([SAVED, noGlosses]);
    const { page, errors } = await openWith('words/', value);
    expect(await page.locator('#words-status').textContent()).toBe('1 个词 · 1 word');
    expect(await page.locator('#words-list li .word__zh').allTextContents()).toEqual(['巩固']);
    expect(await page.locator('#words-list li .word__glosses').textContent()).toBe('to consolidate');
    expect(await page.locator('#words-kept').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    expect(await savedList(page)).toEqual([SAVED]);
    const [kept] = await keptKeys(page);
    expect((await stored(page))[kept!]).toBe(value);
    await page.context().close();
  });
});

/** From the next page load on, every write to storage fails with `error` (a DOMException's name). */
async function failWrites(page: Page, error: string) {
  await page.context().addInitScript((name) => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Storage refused the write.', name);
    };
  }, error);
  await page.reload();
}

describe('a Save that cannot be stored', () => {
  it.each([
    ['QuotaExceededError', "Not saved: this browser's storage is full."],
    ['SecurityError', 'Not saved: this browser does not let the site store anything.'],
  ])('(%s) says so beside the button, which does not pretend it saved', async (error, message) => {
    const { page, errors } = await openWith('part-6/', JSON.stringify([SAVED]));
    await failWrites(page, error);
    const save = await lookUp(page, '确保');
    const status = page.locator('.lookup__save [role="status"]');
    expect(await status.textContent()).toBe('');
    await save.click();
    expect(await status.textContent()).toBe(
      `没能收藏：${error === 'SecurityError' ? '浏览器不允许本站存储' : '浏览器的存储空间已满'}。 ${message}`,
    );
    expect(await save.getAttribute('aria-pressed')).toBe('false');
    expect(await save.textContent()).toBe('☆ 收藏 Save');
    expect(await stored(page)).toEqual({ [KEY]: JSON.stringify([SAVED]) });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a list that cannot be read stays as it is when there is no room to keep it aside', async () => {
    const value = '[{"word":"巩固","pinyin":"gǒng gù","glosses":["to consol';
    const page = await site.open('words/');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, value]);
    await failWrites(page, 'QuotaExceededError');
    expect(await stored(page)).toEqual({ [KEY]: value });
    const kept = page.locator('#words-kept-list li');
    expect(await kept.count()).toBe(1);
    expect(await kept.textContent()).toContain('Storage is full, so it could not be set aside');
    expect((await downloaded(page, kept.locator('.kept__download'))).text).toBe(value);

    const save = await lookUp(page, '确保');
    await save.click();
    expect(await page.locator('.lookup__save [role="status"]').textContent()).toContain('Not saved');
    expect(await save.getAttribute('aria-pressed')).toBe('false');
    expect(await stored(page)).toEqual({ [KEY]: value });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
