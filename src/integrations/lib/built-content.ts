import path from 'node:path';
import { loadSiteContent, type SiteContent } from '../../content/load-site-content';

const loads = new Map<string, Promise<SiteContent>>();

/**
 * The site's content as the build rendered it (glossary links included), read once per build for all the
 * integrations that check or index the built site, however many of them ask.
 */
export function builtContent(root: string, contentDir: string): Promise<SiteContent> {
  const dir = path.resolve(root, contentDir);
  if (!loads.has(dir)) loads.set(dir, loadSiteContent(dir, { cwd: root }));
  return loads.get(dir)!;
}
