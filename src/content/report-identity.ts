/** What the report is, in both languages: its title, the city whose government delivered it, and that government. */
export const REPORT = {
  title: { zh: '政府工作报告', en: 'Report on the Work of the Government' },
  city: { zh: '赣州市', en: 'Ganzhou' },
  /** The government that issued it: the author the citations and the e-book name. */
  issuer: { zh: '赣州市人民政府', en: "Ganzhou Municipal People's Government" },
  /** Who translated it: this project, as the citations and the e-book credit it. */
  translator: 'Ganzhou Government Work Report bilingual reader',
} as const;
