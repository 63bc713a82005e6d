// Loaded with node --import before a script that writes files: the first rename of a temporary file over its
// file is done, then the script waits for SIGINT (saying so on stderr), so a test can interrupt it in the middle.
import { promises } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const rename = promises.rename;
let paused = false;
promises.rename = async (from, to) => {
  await rename(from, to);
  if (paused || !String(from).endsWith('.tmp')) return;
  paused = true;
  // A timer keeps the process alive while it waits, as the file operation it stands for would.
  const alive = setInterval(() => {}, 1000);
  const signal = new Promise((resolve) => process.once('SIGINT', resolve));
  process.stderr.write('paused after the first rename\n');
  await signal;
  clearInterval(alive);
};
syncBuiltinESMExports();
