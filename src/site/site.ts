import { translationStatusSchema, type TranslationStatus } from '../content/frontmatter-schema';
import { REPORT } from '../content/report-identity';
import type { Bilingual } from '../shared/languages';
import { withSlash } from '../shared/with-slash';

/** Names and notes the site shows in both languages. */
export const site = {
  ...REPORT,
  description: 'The Ganzhou municipal government work report in Chinese and English, paragraph beside paragraph.',
} as const;

/** The site's name in both languages: the pages' titles end with it, and the web app manifest names the app so. */
export const SITE_NAME = `${site.city.zh}${site.title.zh} · ${site.city.en} ${site.title.en}`;

/** The reader's view modes, in the order the switch shows them. The first is the default. */
export const VIEW_MODES = [
  { id: 'parallel', zh: '对照', en: 'Parallel' },
  { id: 'interleaved', zh: '交替', en: 'Interleaved' },
  { id: 'zh', zh: '中文', en: 'Chinese' },
  { id: 'en', zh: '英文', en: 'English' },
] as const;

export const THEMES = [
  { id: 'auto', zh: '自动', en: 'Auto' },
  { id: 'light', zh: '浅色', en: 'Light' },
  { id: 'dark', zh: '深色', en: 'Dark' },
] as const;

/**
 * Where a content file is opened for editing on the repository host: EDIT_URL_BASE + the file's path, e.g.
 * https://github.com/owner/repo/edit/main/ (the Pages workflow sets it). Without it, no edit links are shown.
 */
export function editUrl(file: string): string | undefined {
  const base = process.env.EDIT_URL_BASE;
  return base ? withSlash(base) + file : undefined;
}

const STATUS_LABELS: Record<TranslationStatus, Bilingual> = {
  draft: { zh: '草稿', en: 'Draft' },
  translated: { zh: '已译', en: 'Translated' },
  reviewed: { zh: '已审', en: 'Reviewed' },
};

/** Translation statuses of an English paragraph, in the schema's order; a paragraph without one is translated. */
export const STATUSES = translationStatusSchema.options.map((id) => ({ id, ...STATUS_LABELS[id] }));
