/** The site's two languages, in the order the report pairs them: the Chinese original, then the English. */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's tag for `lang` attributes and `Intl`: the Chinese is simplified, of the mainland. */
export const LANGUAGE_TAGS = { zh: 'zh-CN', en: 'en' } as const satisfies Record<Language, string>;

/** A text in both languages. */
export type Bilingual = Record<Language, string>;
