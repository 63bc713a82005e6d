import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const temp = mkdtempSync(path.join(tmpdir(), 'reader-pdf-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** `npm run pdf` on a machine whose Chromium is not where CHROMIUM_PATH says. */
const pdfWithoutChromium = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pdf.ts', '--out', path.join(temp, 'report.pdf'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CHROMIUM_PATH: path.join(temp, 'no-chromium') },
  });

describe('npm run pdf without Chromium', () => {
  it('fails with the setting that is wrong and the line that installs Chromium', () => {
    const result = pdfWithoutChromium();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`CHROMIUM_PATH=${path.join(temp, 'no-chromium')} does not exist`);
    expect(result.stderr).toContain('apt-get install -y chromium');
    expect(existsSync(path.join(temp, 'report.pdf'))).toBe(false);
  });

  it('with --if-chromium, as npm start runs it, says what is missing and lets the preview start', () => {
    const result = pdfWithoutChromium('--if-chromium');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('apt-get install -y chromium');
    expect(result.stderr).toContain("not written: the home page's link to the printed report is broken");
    expect(existsSync(path.join(temp, 'report.pdf'))).toBe(false);
  });
});
