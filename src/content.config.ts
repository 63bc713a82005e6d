import { defineCollection } from 'astro:content';
import { CONTENT_DIR as dir } from './content/content-dir';
import { figureRowSchema } from './content/figure-schema';
import { glossaryEntrySchema } from './content/glossary-entry-schema';
import {
  figuresLoader,
  glossaryLoader,
  glossesLoader,
  reportLoader,
  segmentationLoader,
  wordsLoader,
} from './content/loaders';
import { reportPartSchema } from './content/report-schema';
import { reviewedGlossSchema, reviewedPhraseSchema } from './language/chinese/reviewed-lexicon';
import { reviewedWordSchema } from './language/chinese/reviewed-words';

export const collections = {
  report: defineCollection({ loader: reportLoader({ dir }), schema: reportPartSchema }),
  glossary: defineCollection({ loader: glossaryLoader({ dir }), schema: glossaryEntrySchema }),
  figures: defineCollection({ loader: figuresLoader({ dir }), schema: figureRowSchema }),
  words: defineCollection({ loader: wordsLoader({ dir }), schema: reviewedWordSchema }),
  segmentation: defineCollection({ loader: segmentationLoader({ dir }), schema: reviewedPhraseSchema }),
  glosses: defineCollection({ loader: glossesLoader({ dir }), schema: reviewedGlossSchema }),
};
