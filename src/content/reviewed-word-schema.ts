import { z } from 'astro/zod';
import type { ReviewedWord } from '../language/chinese/reviewed-words';

/** A reviewed reading of a word, as the `words` collection holds it: the schema may not drift from ReviewedWord. */
export const reviewedWordSchema = z.object({
  word: z.string().min(2),
  reading: z.string().min(1),
  note: z.string(),
  line: z.number().int(),
}) satisfies z.ZodType<ReviewedWord>;
