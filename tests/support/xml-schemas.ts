import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const SCHEMAS = 'node_modules/.cache/xml-schemas';

/** The schema (or DTD) each download is validated against; see scripts/fetch-xml-schemas.sh. */
export const SCHEMA = {
  xliff: { option: '--schema', file: path.join(SCHEMAS, 'xliff-core-2.0.xsd') },
  // The strict schema, not the transitional one: it refuses what 1.2 deprecated, so the export uses none of it.
  xliff12: { option: '--schema', file: path.join(SCHEMAS, 'xliff-core-1.2-strict.xsd') },
  tmx: { option: '--dtdvalid', file: path.join(SCHEMAS, 'omegat/tmx14.dtd') },
  tbx: { option: '--schema', file: path.join(SCHEMAS, 'omegat/tbx.xsd') },
} as const;

/**
 * Validates an XML file with xmllint (Debian's libxml2-utils) against a schema, without the network. Returns
 * xmllint's verdict and messages; throws with the fix when xmllint or the schemas are missing.
 */
export function validateXml(file: string, kind: keyof typeof SCHEMA): { valid: boolean; output: string } {
  const { option, file: schema } = SCHEMA[kind];
  if (!existsSync(schema))
    throw new Error(
      `Missing ${schema}: run "bash scripts/fetch-xml-schemas.sh" (it takes the schemas from Debian packages)`,
    );
  const result = spawnSync('xmllint', ['--noout', '--nonet', option, schema, file], { encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint did not run (${result.error.message}): apt-get install libxml2-utils`);
  return { valid: result.status === 0, output: result.stderr };
}
