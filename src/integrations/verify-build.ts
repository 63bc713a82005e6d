import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { builtContent, startBuiltContent } from './lib/built-content';

/** Options for {@link verifyBuild}. */
export interface VerifyBuildOptions {
  /** The content folder (with `report/` and `glossary/`), relative to the project root. */
  contentDir: string;
}

/**
 * Fails the build when a built reader page lacks any block of its content file. Astro only logs some
 * rendering failures and still writes the page, so this is the last guard that nothing a translator wrote is lost.
 */
export default function verifyBuild({ contentDir }: VerifyBuildOptions): AstroIntegration {
  let root = '';
  return {
    name: 'verify-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        startBuiltContent(root, contentDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { parts } = await builtContent(root, contentDir);
        const problems: string[] = [];
        for (const part of parts) {
          const page = path.join(fileURLToPath(dir), part.slug, 'index.html');
          const html = await readFile(page, 'utf8').catch(() => '');
          if (!html) {
            problems.push(`${part.files.zh}: page ${part.slug}/index.html was not written`);
            continue;
          }
          for (const block of part.blocks) {
            const count = html.split(`data-block="${block.id}"`).length - 1;
            if (count !== 1)
              problems.push(
                `${part.files.zh}:${block.zh.line}: block "${block.id}" appears ${count} times on ${part.slug}/index.html`,
              );
          }
        }
        if (problems.length) throw new Error(`Built pages lost content:\n${problems.join('\n')}`);
        logger.info(
          `verified ${parts.reduce((n, p) => n + p.blocks.length, 0)} blocks on ${parts.length} reader pages`,
        );
      },
    },
  };
}
