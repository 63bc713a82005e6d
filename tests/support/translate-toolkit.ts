import { spawnSync } from 'node:child_process';

/** Debian's interpreter, which the translate-toolkit package installs the `translate` module for. */
const PYTHON = '/usr/bin/python3';
const INSTALL = 'apt-get install translate-toolkit (Debian; .ci/run installs it)';

/**
 * Runs a Python script against the Translate Toolkit, a translator's tool that reads XLIFF 1.x (and TMX) only,
 * with `args` as sys.argv[1:]; returns what it prints. Throws, naming the install line, when the toolkit is missing:
 * the tests that use it fail rather than skip.
 */
export function translateToolkit(script: string, ...args: string[]): string {
  const result = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8' });
  if (result.error || /ModuleNotFoundError: No module named 'translate'/.test(result.stderr))
    throw new Error(
      `The Translate Toolkit is missing (${result.error?.message ?? `no module "translate" for ${PYTHON}`}): ${INSTALL}`,
    );
  if (result.status !== 0) throw new Error(`The Translate Toolkit script failed:\n${result.stderr}`);
  return result.stdout;
}
