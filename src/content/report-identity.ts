/** What the report is, in both languages: its title, and the city whose government delivered it. */
export const REPORT = {
  title: { zh: '政府工作报告', en: 'Report on the Work of the Government' },
  city: { zh: '赣州市', en: 'Ganzhou' },
} as const;
