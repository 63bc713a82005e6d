import { z } from 'astro/zod';

/** A reviewed reading of a word, as the `words` collection holds it (see ReviewedWord). */
export const reviewedWordSchema = z.object({
  word: z.string().min(2),
  reading: z.string().min(1),
  note: z.string(),
  line: z.number().int(),
});
