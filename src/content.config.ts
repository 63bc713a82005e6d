import { defineCollection } from 'astro:content';
import reportLoader from './content/report-loader';
import { reportPartSchema } from './content/report-schema';

// Tests point REPORT_CONTENT_DIR at broken fixtures to prove the build stops on them.
const reportDir = process.env.REPORT_CONTENT_DIR ?? 'content/report';

export const collections = {
  report: defineCollection({ loader: reportLoader({ dir: reportDir }), schema: reportPartSchema }),
};
