/**
 * The content folder the site, the check and the scripts read, relative to the project root: `content`, or the
 * folder CONTENT_DIR names (tests point it at broken fixtures to prove the build stops on them).
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';
