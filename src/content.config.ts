import { defineCollection } from 'astro:content';
import { figureRowSchema } from './content/figure-schema';
import { glossaryEntrySchema } from './content/glossary-entry-schema';
import { figuresLoader, glossaryLoader, reportLoader, wordsLoader } from './content/loaders';
import { reportPartSchema } from './content/report-schema';
import { reviewedWordSchema } from './content/reviewed-word-schema';

// Tests point CONTENT_DIR at broken fixtures to prove the build stops on them.
const dir = process.env.CONTENT_DIR ?? 'content';

export const collections = {
  report: defineCollection({ loader: reportLoader({ dir }), schema: reportPartSchema }),
  glossary: defineCollection({ loader: glossaryLoader({ dir }), schema: glossaryEntrySchema }),
  figures: defineCollection({ loader: figuresLoader({ dir }), schema: figureRowSchema }),
  words: defineCollection({ loader: wordsLoader({ dir }), schema: reviewedWordSchema }),
};
