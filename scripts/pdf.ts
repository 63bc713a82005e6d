// Writes a PDF of the whole report from the built site: npm run pdf -- [--view parallel|interleaved|zh|en] [--out F]
// [--if-chromium]
// Chromium prints each reader page with the site's own print layout (running part titles, the part's terms defined
// at its end, each paragraph's permalink), in the order of the home page's contents, and the pages are joined into
// one file: by default dist/downloads/ganzhou-report.pdf, the file the home page offers. Run it after a build.
// With --if-chromium (as `npm start` runs it) a machine without Chromium gets the line that installs it and no PDF,
// and the preview still starts.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { PDFDocument } from 'pdf-lib';
import { findChromium, launchChromium } from './lib/chromium';
import { serveStatic } from './lib/static-server';

const VIEWS = ['parallel', 'interleaved', 'zh', 'en'];
const usage =
  'usage: npm run pdf -- [--view parallel|interleaved|zh|en] [--out dist/downloads/ganzhou-report.pdf] [--if-chromium]';
let values: { view: string; out: string; 'if-chromium': boolean };
try {
  ({ values } = parseArgs({
    options: {
      view: { type: 'string', default: 'parallel' },
      out: { type: 'string', default: 'dist/downloads/ganzhou-report.pdf' },
      'if-chromium': { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (!VIEWS.includes(values.view)) {
  console.error(`--view must be one of ${VIEWS.join(', ')}, not ${values.view}\n${usage}`);
  process.exit(2);
}

try {
  findChromium();
} catch (error) {
  const message = (error as Error).message;
  if (!values['if-chromium']) {
    console.error(message);
    process.exit(1);
  }
  console.warn(
    `${message}\n${values.out} not written: the home page's link to the printed report is broken until it is.`,
  );
  process.exit(0);
}

const dist = path.resolve('dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('dist/index.html not found: build the site first (npm run build).');
  process.exit(1);
}
const home = fromHtml(await readFile(path.join(dist, 'index.html'), 'utf8'));
// The base the site was built for (SITE_BASE), which its links start with.
const base = String(selectAll('html', home)[0]?.properties.dataBase ?? '/');
const parts = selectAll('a.toc__part-link', home).map((link) => String(link.properties.href));
if (parts.length === 0) throw new Error("dist/index.html lists no parts (a.toc__part-link): is it this site's build?");

const server = await serveStatic(dist, base);
const browser = await launchChromium();
const whole = await PDFDocument.create({ updateMetadata: false });
try {
  const page = await browser.newPage();
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  for (const href of parts) {
    const url = new URL(href.slice(base.length), server.url);
    url.searchParams.set('view', values.view);
    await page.goto(url.href, { waitUntil: 'load' });
    const printed = await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: false }));
    for (const sheet of await whole.copyPages(printed, printed.getPageIndices())) whole.addPage(sheet);
  }
} finally {
  await browser.close();
  await server.close();
}
whole.setTitle('赣州市政府工作报告 · Ganzhou Report on the Work of the Government', { showInWindowTitleBar: true });
whole.setSubject('The Chinese text and an English translation by this project, paragraph beside paragraph.');
whole.setLanguage('zh-CN');
whole.setCreator('npm run pdf');
await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
await writeFile(values.out, await whole.save());
console.log(`${values.out}: ${parts.length} parts, ${whole.getPageCount()} pages (${values.view} view)`);
