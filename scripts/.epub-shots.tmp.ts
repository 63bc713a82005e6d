import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { launchChromium } from './lib/chromium';

const out = path.resolve('test-results/epub');
for (const [name, file] of [['plain', 'dist/downloads/ganzhou-report.epub'], ['pinyin', 'dist/downloads/ganzhou-report-pinyin.epub']]) {
  const entries = unzipSync(readFileSync(file));
  for (const [entry, data] of Object.entries(entries)) {
    const target = path.join(out, name, entry);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, colorScheme: 'light' });
const shots: [string, string, boolean?][] = [
  ['plain/OEBPS/cover.xhtml', 'cover'],
  ['plain/OEBPS/part-2.xhtml', 'chapter-part-2'],
  ['plain/OEBPS/part-3.xhtml', 'chapter-part-3'],
  ['plain/OEBPS/part-2.xhtml#fn-jie-bang-gua-shuai', 'footnote-term'],
  ['plain/OEBPS/part-2.xhtml#tn-cut', 'footnote-translator-note'],
  ['plain/OEBPS/nav.xhtml', 'nav'],
  ['plain/OEBPS/glossary.xhtml', 'glossary'],
  ['pinyin/OEBPS/part-3.xhtml', 'pinyin-part-3'],
];
for (const [file, shot] of shots) {
  await page.goto('file://' + path.join(out, file));
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, `${shot}.png`) });
}
await browser.close();
