/** The site's two languages, in the order the report pairs them: the Chinese original, then the English. */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in both languages. */
export type Bilingual = Record<Language, string>;
