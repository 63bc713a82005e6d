// Compares screenshots of the working tree's site with those of a git ref, page by page:
//   npm run visual-diff [-- --base REF] [--threshold 0.1] [--only home,part-3]
// Builds the ref in a git worktree (cached by commit), builds the working tree into dist/, screenshots the
// same scenes of both in Chromium, and prints the share of pixels that differ. Diff images go to
// test-results/visual-diff/. Exits 1 when a scene differs by more than the threshold (per cent of pixels).
// A tool for restyles, not a test: fonts and anti-aliasing differ between machines.
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pixelmatch from 'pixelmatch';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchChromium } from './lib/chromium';
import { serveStatic } from './lib/static-server';
import { SCENES, type Scene } from './visual-diff/scenes';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    threshold: { type: 'string', default: '0.1' },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const root = process.cwd();
const out = path.resolve('test-results/visual-diff');
const threshold = Number(values.threshold);
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();

/** The default base: origin/main when the clone has it, else the last commit (the working tree's changes). */
function defaultBase(): string {
  try {
    git('rev-parse', '--verify', '--quiet', 'origin/main');
    return 'origin/main';
  } catch {
    return 'HEAD';
  }
}

/** Builds `ref` once in a worktree under node_modules/.cache and returns its dist/ folder. */
async function buildRef(ref: string): Promise<string> {
  const sha = git('rev-parse', '--verify', `${ref}^{commit}`);
  const dir = path.resolve('node_modules/.cache/visual-diff', sha);
  const dist = path.join(dir, 'dist');
  if (existsSync(path.join(dist, 'index.html'))) return dist;
  if (existsSync(dir)) {
    git('worktree', 'remove', '--force', dir);
  }
  await mkdir(path.dirname(dir), { recursive: true });
  git('worktree', 'add', '--detach', dir, sha);
  // The base builds with the working tree's packages; a base whose lock file differs may need its own install.
  if (git('diff', '--stat', sha, '--', 'package-lock.json')) {
    console.warn(`note: package-lock.json differs between ${ref} and the working tree`);
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  console.log(`Building ${ref} (${sha.slice(0, 7)}) in ${path.relative(root, dir)} …`);
  execFileSync(path.join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return dist;
}

async function shoot(browser: Browser, siteUrl: string, scene: Scene, width: number, scheme: 'light' | 'dark') {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: scheme,
    reducedMotion: 'reduce',
    // Lets the caret-hiding style below past the site's Content-Security-Policy.
    bypassCSP: true,
  });
  const page: Page = await context.newPage();
  await page.goto(siteUrl + scene.route);
  await scene.prepare?.(page);
  // Let fonts and layout settle; the caret of a focused field would blink between shots.
  await page.evaluate(() => document.fonts.ready);
  await page.addStyleTag({ content: '*{caret-color:transparent!important}' });
  const png = await page.screenshot({ fullPage: scene.fullPage ?? true, animations: 'disabled' });
  await context.close();
  return PNG.sync.read(png);
}

/** Pads an image with transparent pixels to `width` × `height`, so pages of different lengths compare. */
function padded(image: PNG, width: number, height: number): PNG {
  if (image.width === width && image.height === height) return image;
  const result = new PNG({ width, height });
  PNG.bitblt(image, result, 0, 0, image.width, image.height, 0, 0);
  return result;
}

const base = values.base ?? defaultBase();
const scenes = values.only ? SCENES.filter((scene) => values.only!.split(',').includes(scene.name)) : SCENES;
const baseDist = await buildRef(base);
if (!values['no-build']) {
  console.log('Building the working tree into dist/ …');
  execFileSync(path.join(root, 'node_modules/.bin/astro'), ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const baseServer = await serveStatic(baseDist);
const headServer = await serveStatic(path.resolve('dist'));
const browser = await launchChromium();
const rows: { shot: string; size: string; differing: number; share: number }[] = [];
try {
  for (const scene of scenes) {
    for (const width of [1280, 375]) {
      for (const scheme of ['light', 'dark'] as const) {
        const shot = `${scene.name}-${width}-${scheme}`;
        const after = await shoot(browser, headServer.url, scene, width, scheme);
        // A scene of a feature the base does not have yet cannot be brought into its state there: it is new.
        const before = await shoot(browser, baseServer.url, scene, width, scheme).catch(() => undefined);
        if (!before) {
          rows.push({
            shot,
            size: `${after.width}×${after.height} (new)`,
            differing: after.width * after.height,
            share: 100,
          });
          await writeFile(path.join(out, `${shot}.after.png`), PNG.sync.write(after));
          console.log(`${shot.padEnd(34)}     new`);
          continue;
        }
        const w = Math.max(before.width, after.width);
        const h = Math.max(before.height, after.height);
        const diff = new PNG({ width: w, height: h });
        const differing = pixelmatch(padded(before, w, h).data, padded(after, w, h).data, diff.data, w, h, {
          threshold: 0.1,
        });
        const share = (differing / (w * h)) * 100;
        const size = before.height === after.height ? `${w}×${h}` : `${w}×${before.height}→${after.height}`;
        rows.push({ shot, size, differing, share });
        if (differing > 0) {
          await writeFile(path.join(out, `${shot}.diff.png`), PNG.sync.write(diff));
          await writeFile(path.join(out, `${shot}.before.png`), PNG.sync.write(before));
          await writeFile(path.join(out, `${shot}.after.png`), PNG.sync.write(after));
        }
        console.log(`${shot.padEnd(34)} ${share.toFixed(3).padStart(7)} %`);
      }
    }
  }
} finally {
  await browser.close();
  await baseServer.close();
  await headServer.close();
}

const over = rows.filter((row) => row.share > threshold);
const table = [
  `Visual diff: working tree against ${base}, threshold ${threshold} % of pixels`,
  '',
  '| screenshot | size | differing pixels | share |',
  '| --- | --- | ---: | ---: |',
  ...rows.map(
    (row) =>
      `| ${row.shot} | ${row.size} | ${row.differing} | ${row.share.toFixed(3)} %${row.share > threshold ? ' ✗' : ''} |`,
  ),
  '',
  over.length ? `${over.length} of ${rows.length} above the threshold.` : `All ${rows.length} within the threshold.`,
].join('\n');
await writeFile(path.join(out, 'report.md'), table + '\n');
console.log(`\n${table}\nDiff images and this table: ${path.relative(root, out)}/`);
process.exit(over.length ? 1 : 0);
