import path from 'node:path';
import type { SiteContent } from '../../content/load-site-content';
import { dropSharedContent, sharedContent } from '../../content/shared-content';

/**
 * Starts a build's own read of the content. Called at `astro:config:done`, before the content loaders run: a
 * read left by an earlier build in the same process would not show the files as they are now.
 */
export function startBuiltContent(root: string, contentDir: string): void {
  dropSharedContent(path.resolve(root, contentDir));
}

/**
 * The site's content as the build rendered it (glossary links included), for the integrations that check or
 * index the built site: the read the content loaders made, so a build parses the content once.
 */
export async function builtContent(root: string, contentDir: string): Promise<SiteContent> {
  const read = sharedContent(path.resolve(root, contentDir));
  if (!read)
    throw new Error(`No read of ${contentDir} in this build: the content loaders of src/content.config.ts did not run`);
  return read;
}
