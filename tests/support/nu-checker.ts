import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const VNU_JAR = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

/** Java for a checker: JAVA_HOME's, or the one on PATH; a clear failure with the install line when there is none. */
export async function findJava(checker = 'the W3C Nu HTML Checker'): Promise<string> {
  const candidates = [process.env.JAVA_HOME && path.join(process.env.JAVA_HOME, 'bin', 'java'), 'java'];
  for (const java of candidates) {
    if (!java) continue;
    try {
      await run(java, ['-version']);
      return java;
    } catch {
      // try the next one
    }
  }
  throw new Error(
    `No Java found for ${checker}: install it with \`apt-get install -y default-jre-headless\` or set JAVA_HOME.`,
  );
}

export interface NuMessage {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Runs the W3C Nu HTML Checker (vnu.jar) on HTML files and returns its errors; warnings are left out. */
export async function nuErrors(files: string[]): Promise<NuMessage[]> {
  if (!existsSync(VNU_JAR)) throw new Error(`${VNU_JAR} is missing: run \`npm ci\`.`);
  const java = await findJava();
  // vnu exits 1 when it finds errors; its JSON report is on stderr either way.
  const { stderr } = await run(java, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stderr?: string; stdout?: string }) => {
    if (typeof error.stderr !== 'string' || !error.stderr.startsWith('{')) throw error;
    return { stderr: error.stderr };
  });
  const report = JSON.parse(stderr) as {
    messages: {
      type: string;
      subType?: string;
      url: string;
      lastLine?: number;
      firstColumn?: number;
      lastColumn?: number;
      message: string;
    }[];
  };
  return report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => ({
      file: decodeURIComponent(m.url.replace(/^file:/, '')),
      line: m.lastLine ?? 0,
      column: m.firstColumn ?? m.lastColumn ?? 0,
      message: m.message,
    }));
}
