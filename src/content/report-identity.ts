/** What the report is, in both languages: its title, the city whose government delivered it, and that government. */
export const REPORT = {
  title: { zh: '政府工作报告', en: 'Report on the Work of the Government' },
  city: { zh: '赣州市', en: 'Ganzhou' },
  /** The government that issued it: the author the citations and the e-book name. */
  issuer: { zh: '赣州市人民政府', en: "Ganzhou Municipal People's Government" },
  /** Who translated it: this project, as the citations and the e-book credit it. */
  translator: 'Ganzhou Government Work Report bilingual reader',
} as const;

/** Said where the report's text begins, on the first reader page and in the e-books: the excerpt starts mid-sentence. */
export const EXCERPT_NOTE = {
  zh: '本文为节选，始于第（二）部分中段，开头句子不完整。',
  en: 'This excerpt begins partway through part (II), in the middle of a sentence.',
} as const;
